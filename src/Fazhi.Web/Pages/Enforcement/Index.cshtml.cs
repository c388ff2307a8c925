using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement;

/// <summary>
/// The enforcement hub (行政执法): this year's inspections and what stands open today (orders, overdue orders, cases,
/// patrol tasks), the certificate warnings, and the way to every register. Counts come from EnforcementQueries
/// through the scoped context, so a village cadre sees their village's only.
/// </summary>
public sealed class IndexModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }
    public DateOnly Today { get; private set; }
    public int Inspections { get; private set; }
    public int OpenOrders { get; private set; }
    public int OverdueOrders { get; private set; }
    public int OpenCases { get; private set; }
    public int OpenTasks { get; private set; }
    public IReadOnlyList<string> CertificateWarnings { get; private set; } = [];
    public bool CanWrite => !user.IsReadOnly;
    /// <summary>Officers, campaigns and inspections belong to the town; a village cadre reports patrol findings.</summary>
    public bool HoldsTown { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = ChinaTime.Today(clock);
        Year = Today.Year;
        Inspections = await EnforcementQueries.Inspections(db, new InspectionFilter(Year: Year)).CountAsync(ct);
        // Orders and cases count while they stand open, whatever year they were issued or filed in.
        var openDue = await EnforcementQueries.Orders(db, new OrderFilter(Status: OrderStatus.Open)).ToListAsync(ct);
        OpenOrders = openDue.Count;
        OverdueOrders = openDue.Count(o => Today > o.DueOn);
        OpenCases = await EnforcementQueries.Cases(db, new CaseFilter(Status: CaseStatus.Open)).CountAsync(ct);
        OpenTasks = await EnforcementQueries.Tasks(db, PatrolTaskStatus.Open).CountAsync(ct);
        CertificateWarnings = EnforcementQueries.CertificateWarnings(await EnforcementQueries.OfficersAsync(db, Today, ct), Today);
        HoldsTown = await RegisterUi.HoldsTownAsync(db, ct);
    }
}
