using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Fazhi.Core.Regions;
using Fazhi.Core.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages;

/// <summary>The home page: what the signed-in user must do soon or is late with, from the deadline service, and the annual report's publication deadline.</summary>
public sealed class IndexModel(DeadlineService deadlines, AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    const int WithinDays = 7;

    /// <summary>A town's report of the year now due: not started (no id), or where it stands.</summary>
    public sealed record ReportTile(string Town, long? ReportId, ReportStatus? Status, DateOnly? PublishedOn);

    public string Today { get; private set; } = "";
    public IReadOnlyList<DueDeadline> Mine { get; private set; } = [];
    public IReadOnlyList<DueDeadline> InScope { get; private set; } = [];
    /// <summary>Those who oversee a town or district also see everything due in it.</summary>
    public bool ShowScope { get; private set; }
    public bool ShowReports { get; private set; }
    /// <summary>The year whose report is due this year: last year's, public before 1 April.</summary>
    public int ReportYear { get; private set; }
    public DateOnly ReportDue { get; private set; }
    public DateOnly TodayDate { get; private set; }
    public IReadOnlyList<ReportTile> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        TodayDate = ChinaTime.Today(clock);
        Today = ChinaTime.Format(TodayDate);
        if (user.UserId is { } id) Mine = await deadlines.ListDueAsync(WithinDays, id, ct: ct);
        ShowScope = user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Leader) || user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);
        if (ShowScope) InScope = await deadlines.ListDueAsync(WithinDays, ct: ct);
        ShowReports = Authorization.ModuleAccess.CanUse(User, Modules.Report);
        if (ShowReports)
        {
            ReportYear = TodayDate.Year - 1;
            ReportDue = AnnualReport.PublicationDueFor(ReportYear);
            var towns = await RegionQueries.TownsAsync(db, ct);
            var reports = await db.Set<AnnualReport>().AsNoTracking().Where(r => r.Year == ReportYear)
                .Select(r => new { r.Id, r.TownId, r.Status, r.PublishedOn }).ToListAsync(ct);
            Reports = towns.Select(t => reports.FirstOrDefault(r => r.TownId == t.Id) is { } r
                ? new ReportTile(t.Name, r.Id, r.Status, r.PublishedOn) : new ReportTile(t.Name, null, null, null)).ToList();
        }
    }
}
