using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Education;

/// <summary>
/// The hub of legal education and legal services (普法与法律服务): the year's events, integrity events, study sessions,
/// consultations and meetings, the legal-aid referrals still open, and the way to every register. Counts come from
/// EducationQueries through the scoped context.
/// </summary>
public sealed class IndexModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public int ShownYear { get; private set; }
    public DateOnly Today { get; private set; }
    public int Events { get; private set; }
    public int IntegrityEvents { get; private set; }
    public int StudySessions { get; private set; }
    public int Consultations { get; private set; }
    public int OpenReferrals { get; private set; }
    public int Meetings { get; private set; }
    public bool CanWrite => !user.IsReadOnly;
    /// <summary>Study sessions, exams, the roster and meetings are the town's: a village cadre keeps none of them.</summary>
    public bool HoldsTown { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = ChinaTime.Today(clock);
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : Today.Year;
        Events = await EducationQueries.Events(db, new EventFilter(ShownYear, Integrity: false)).CountAsync(ct);
        IntegrityEvents = await EducationQueries.Events(db, new EventFilter(ShownYear, Integrity: true)).CountAsync(ct);
        StudySessions = await EducationQueries.Studies(db, ShownYear).CountAsync(ct);
        Consultations = await EducationQueries.Consultations(db, new ConsultationFilter(ShownYear)).CountAsync(ct);
        // A referral stands open until the legal-aid centre has finished or refused it, whatever year it was made in.
        OpenReferrals = await EducationQueries.Consultations(db, new ConsultationFilter(Referral: ReferralStatus.Referred)).CountAsync(ct)
            + await EducationQueries.Consultations(db, new ConsultationFilter(Referral: ReferralStatus.Accepted)).CountAsync(ct);
        Meetings = await EducationQueries.Meetings(db, ShownYear).CountAsync(ct);
        HoldsTown = await EducationForms.HoldsTownAsync(db, ct);
    }
}
