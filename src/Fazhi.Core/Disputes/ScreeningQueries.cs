using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Disputes;

public sealed record ScreeningRow(long Id, DisputeLevel Level, string? VillageName, string? GroupName, DateOnly PlannedOn, DateOnly? HeldOn,
    string Place, ScreeningStatus Status, bool FoundNone, int FoundCount, string? Participants, string? AreaCovered)
{
    public bool IsOverdue(DateOnly today) => Status == ScreeningStatus.Planned && today > PlannedOn;
}

/// <summary>One village's screening in one month: rounds held, and planned rounds overdue.</summary>
public sealed record ScreeningMonth(int Month, int Held, int Overdue, int Found);

public sealed record ScreeningCoverage(long VillageId, string VillageName, IReadOnlyList<ScreeningMonth> Months);

public static class ScreeningQueries
{
    public static IQueryable<ScreeningRow> List(AppDbContext db, int? year, long? villageId, ScreeningStatus? status)
    {
        var q = db.Set<ScreeningRound>().AsNoTracking();
        if (year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            q = q.Where(r => r.PlannedOn >= from && r.PlannedOn <= to);
        }
        if (villageId is { } v) q = q.Where(r => r.VillageId == v);
        if (status is { } s) q = q.Where(r => r.Status == s);
        return q.OrderByDescending(r => r.PlannedOn).ThenByDescending(r => r.Id)
            .Select(r => new ScreeningRow(r.Id, r.Level,
                db.Regions.Where(x => x.Id == r.VillageId).Select(x => x.Name).FirstOrDefault(),
                db.Regions.Where(x => x.Id == r.GroupId).Select(x => x.Name).FirstOrDefault(),
                r.PlannedOn, r.HeldOn, r.Place, r.Status, r.FoundNone,
                db.Set<Dispute>().Count(d => d.ScreeningRoundId == r.Id), r.Participants, r.AreaCovered));
    }

    public static Task<ScreeningRound?> DetailsAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        db.Set<ScreeningRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>
    /// Village × month for a year: rounds held (at village or group level), planned rounds overdue, disputes found.
    /// A month gone by with nothing held shows as a gap for the village.
    /// </summary>
    public static async Task<IReadOnlyList<ScreeningCoverage>> CoverageAsync(AppDbContext db, int year, DateOnly today, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var villages = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Village)
            .Where(r => r.Path.StartsWith(db.CurrentUser.ScopePath) || db.CurrentUser.ScopePath.StartsWith(r.Path))
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        var rounds = await db.Set<ScreeningRound>().AsNoTracking().Where(r => r.VillageId != null && r.PlannedOn >= from && r.PlannedOn <= to)
            .Select(r => new { r.Id, VillageId = r.VillageId!.Value, r.PlannedOn, r.HeldOn, r.Status }).ToListAsync(ct);
        var found = await db.Set<Dispute>().AsNoTracking().Where(d => d.ScreeningRoundId != null && d.ReportedOn >= from && d.ReportedOn <= to)
            .GroupBy(d => d.ScreeningRoundId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return villages.Select(v => new ScreeningCoverage(v.Id, v.Name, Enumerable.Range(1, 12).Select(m =>
        {
            var ofMonth = rounds.Where(r => r.VillageId == v.Id && (r.HeldOn ?? r.PlannedOn).Month == m && (r.HeldOn ?? r.PlannedOn).Year == year).ToList();
            return new ScreeningMonth(m,
                ofMonth.Count(r => r.Status == ScreeningStatus.Held),
                ofMonth.Count(r => r.Status == ScreeningStatus.Planned && today > r.PlannedOn),
                ofMonth.Sum(r => found.GetValueOrDefault(r.Id)));
        }).ToList())).ToList();
    }
}
