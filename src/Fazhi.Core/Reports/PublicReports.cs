using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reports;

/// <summary>A published annual report as the public sees it: which town and year, its title and number, when it was published.</summary>
public sealed record PublishedReport(long Id, string Town, int Year, string Title, string? DocumentNumber, DateOnly PublishedOn);

/// <summary>
/// 法治政府建设年度报告公开 (《法治政府建设与责任落实督察工作规定》第二十四条, domain reference §4.1): the reports towns have
/// published, newest year first, each with the .docx as it was published (<see cref="AnnualReport.PublishedFileKey"/>) —
/// never a draft, never the live compile. <paramref name="db"/> acts as the public reader.
/// </summary>
public static class PublicReports
{
    public static async Task<IReadOnlyList<PublishedReport>> ListAsync(AppDbContext db, CancellationToken ct = default) =>
        (await Published(db).Join(db.Regions.AsNoTracking(), r => r.TownId, t => t.Id, (r, t) => new { r.Id, Town = t.Name, r.Year, r.Title, r.DocumentNumber, r.PublishedOn })
            .OrderByDescending(r => r.Year).ThenBy(r => r.Town).ThenBy(r => r.Id).ToListAsync(ct))
        .Select(r => new PublishedReport(r.Id, r.Town, r.Year, r.Title, r.DocumentNumber, r.PublishedOn!.Value)).ToList();

    /// <summary>A published report; null for any other (a draft is not found, not forbidden).</summary>
    public static Task<AnnualReport?> FindAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        Published(db).FirstOrDefaultAsync(r => r.Id == id, ct);

    static IQueryable<AnnualReport> Published(AppDbContext db) =>
        db.Set<AnnualReport>().AsNoTracking().Where(r => r.Status == ReportStatus.Published && r.PublishedFileKey != null && r.PublishedOn != null);
}
