using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Disputes;

public sealed record CommitteeRow(long Id, string Name, string? VillageName, DateOnly TermStartedOn, DateOnly TermEndsOn, int MemberCount,
    bool IsActive, IReadOnlyList<string> Warnings);

public static class CommitteeQueries
{
    /// <summary>The committees in scope with their make-up warnings (《人民调解法》第九条) as of <paramref name="today"/>.</summary>
    public static async Task<IReadOnlyList<CommitteeRow>> ListAsync(AppDbContext db, DateOnly today, CancellationToken ct = default)
    {
        var committees = await db.Set<MediationCommittee>().AsNoTracking().Include(c => c.Members).OrderBy(c => c.VillageId != null).ThenBy(c => c.Name)
            .ToListAsync(ct);
        var villageIds = committees.Where(c => c.VillageId is not null).Select(c => c.VillageId!.Value).ToList();
        var names = await db.Regions.AsNoTracking().Where(r => villageIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        return committees.Select(c => new CommitteeRow(c.Id, c.Name, c.VillageId is { } v ? names.GetValueOrDefault(v) : null, c.TermStartedOn,
            c.TermEndsOn, c.Active.Count(), c.IsActive, c.IsActive ? c.Warnings(today) : [])).ToList();
    }

    public static Task<MediationCommittee?> DetailsAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        db.Set<MediationCommittee>().AsNoTracking().Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>The active committees of a town, for choosing one when people's mediation starts.</summary>
    public static async Task<IReadOnlyList<(long Id, string Name)>> OfTownAsync(AppDbContext db, long townId, CancellationToken ct = default) =>
        (await db.Set<MediationCommittee>().AsNoTracking().Where(c => c.TownId == townId && c.IsActive).OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(c => (c.Id, c.Name)).ToList();
}
