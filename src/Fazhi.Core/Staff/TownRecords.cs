using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Staff;

/// <summary>Lookups shared by the use cases of town-level registers (rosters, campaigns, meetings): the town, its offices and its partners.</summary>
public static class TownRecords
{
    /// <summary>The town, which the user's scope must cover (a village cadre cannot keep a town's registers).</summary>
    public static async Task<Region> TownAsync(AppDbContext db, long townId, string outOfScope, CancellationToken ct)
    {
        var town = await db.Regions.FirstOrDefaultAsync(r => r.Id == townId && r.Level == RegionLevel.Town, ct) ?? throw new DomainRuleException("请选择乡镇。");
        if (!town.Path.StartsWith(db.CurrentUser.ScopePath, StringComparison.Ordinal)) throw new DomainRuleException(outOfScope);
        return town;
    }

    public static async Task RequireOfficeAsync(AppDbContext db, long? officeId, long townId, CancellationToken ct)
    {
        if (officeId is { } id && !await db.Set<Office>().AnyAsync(o => o.Id == id && o.TownId == townId, ct)) throw new DomainRuleException("所选科室不存在。");
    }

    /// <summary>The chosen partner organisations of the town, by id and name; an unknown id is refused.</summary>
    public static async Task<IReadOnlyList<(long Id, string Name)>> PartnersAsync(AppDbContext db, IReadOnlyList<long> ids, long townId, CancellationToken ct)
    {
        var found = await db.Set<PartnerOrganisation>().Where(p => ids.Contains(p.Id) && p.TownId == townId).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        if (found.Count != ids.Distinct().Count()) throw new DomainRuleException("所选协作单位不存在。");
        return found.Select(p => (p.Id, p.Name)).ToList();
    }
}
