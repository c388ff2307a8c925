using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Education.Study;

/// <summary>
/// Cadre study (干部学法) of a year: the sessions with attendance against the roster of each day (实到/应到), and the
/// exams with who sat and who passed.
/// </summary>
public sealed class IndexModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    public sealed record SessionLine(StudyRow Row, int Expected);
    public sealed record ExamLine(ExamRow Row, int Expected);

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public int ExamPageNo { get; set; } = 1;

    public IReadOnlyList<SessionLine> Sessions { get; private set; } = [];
    public IReadOnlyList<ExamLine> Exams { get; private set; } = [];
    public Paging SessionPaging { get; private set; } = null!;
    public Paging ExamPaging { get; private set; } = null!;
    /// <summary>Study and exams are the town's: only its staff record them.</summary>
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= ChinaTime.Today(clock).Year;
        CanWrite = !user.IsReadOnly && await EducationForms.HoldsTownAsync(db, ct);
        var roster = await EducationQueries.RosterAsync(db, ct);

        var sessions = EducationQueries.Studies(db, Year);
        SessionPaging = Paging.Of(PageNo, await sessions.CountAsync(ct), p => LinkTo(p, ExamPageNo));
        var sessionRows = await sessions.Skip(SessionPaging.Skip).Take(Paging.Size).ToListAsync(ct);
        var sessionIds = sessionRows.Select(r => r.Id).ToList();
        var sessionTowns = await db.Set<StudySession>().AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.TownId, ct);
        Sessions = sessionRows.Select(r => new SessionLine(r, Expected(roster, sessionTowns[r.Id], r.HeldOn))).ToList();

        var exams = EducationQueries.Exams(db, Year);
        ExamPaging = Paging.Of(ExamPageNo, await exams.CountAsync(ct), p => LinkTo(PageNo, p));
        var examRows = await exams.Skip(ExamPaging.Skip).Take(Paging.Size).ToListAsync(ct);
        var examIds = examRows.Select(r => r.Id).ToList();
        var examTowns = await db.Set<Exam>().AsNoTracking().Where(e => examIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.TownId, ct);
        Exams = examRows.Select(r => new ExamLine(r, Expected(roster, examTowns[r.Id], r.HeldOn))).ToList();
    }

    /// <summary>Who was expected: the town's staff on the roster that day.</summary>
    public static int Expected(IEnumerable<StaffMember> roster, long townId, DateOnly day) => roster.Count(m => m.TownId == townId && m.OnRosterOn(day));

    string LinkTo(int page, int examPage) => EducationForms.Link("/Education/Study", new Dictionary<string, string?>
    {
        ["year"] = Year?.ToString(CultureInfo.InvariantCulture), ["pageNo"] = page.ToString(CultureInfo.InvariantCulture),
        ["examPageNo"] = examPage.ToString(CultureInfo.InvariantCulture),
    });
}
