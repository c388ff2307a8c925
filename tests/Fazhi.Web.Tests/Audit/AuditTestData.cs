using Fazhi.Core.Audit;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Audit;

/// <summary>Arranges what the audit tests need through domain code, beside whatever the demo town holds.</summary>
internal static class AuditTestData
{
    const string TownCode = "999999101000";

    /// <summary>A province → city → district → town chain of its own (codes no real region uses).</summary>
    public static async Task<Region> TownAsync(FazhiApp app)
    {
        await using var scope = app.SystemScope(out var db);
        var existing = await db.Regions.SingleOrDefaultAsync(r => r.Code == TownCode);
        if (existing is not null) return existing;
        Region? parent = null;
        foreach (var (kind, name, code) in new[]
                 {
                     (RegionKind.Province, "审计测试省", "990000000000"),
                     (RegionKind.City, "审计测试市", "999900000000"),
                     (RegionKind.District, "审计测试区", "999999000000"),
                     (RegionKind.Town, "审计测试镇", TownCode),
                 })
        {
            var region = Region.Create(parent, kind, name, code);
            db.Regions.Add(region);
            await db.SaveChangesAsync();
            region.AssignPath(parent);
            await db.SaveChangesAsync();
            parent = region;
        }
        return parent!;
    }

    public static async Task<Office> AddOfficeAsync(FazhiApp app, string name, string? phone = null)
    {
        var town = await TownAsync(app);
        await using var scope = app.SystemScope(out var db);
        var office = Office.Create(town.Id, town.Path, name, phone);
        db.Offices.Add(office);
        await db.SaveChangesAsync();
        return office;
    }

    public static async Task<long> CountAsync(FazhiApp app)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Set<AuditEvent>().LongCountAsync();
    }

    public static async Task<List<AuditEvent>> EventsAfterAsync(FazhiApp app, long seq)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Set<AuditEvent>().AsNoTracking().Where(e => e.Seq > seq).OrderBy(e => e.Seq).ToListAsync();
    }

    public static async Task<long> HeadAsync(FazhiApp app)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Set<AuditEvent>().MaxAsync(e => (long?)e.Seq) ?? 0;
    }

    public static async Task<AuditChainResult> VerifyAsync(FazhiApp app)
    {
        await using var scope = app.SystemScope(out var db);
        return await new AuditChainVerifier(db).VerifyAsync();
    }

    public static Dictionary<string, (string? Before, string? After)> ChangesOf(AuditEvent e) =>
        AuditEventList.ParseChanges(e.Changes).ToDictionary(c => c.Field, c => (c.Before, c.After));
}
