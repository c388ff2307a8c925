using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Web.Pages.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Education.Study;

/// <summary>One study session: who attended, and the attendance against the roster of that day (实到/应到) with who was absent.</summary>
public sealed class DetailsModel(AppDbContext db, ICurrentUser user) : PageModel
{
    public StudySession Session { get; private set; } = null!;
    public int Expected { get; private set; }
    /// <summary>On the roster that day and not ticked as attending.</summary>
    public IReadOnlyList<string> Absent { get; private set; } = [];
    public AttachmentPanel Attachments { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await EducationQueries.StudyAsync(db, id, ct) is not { } s) return NotFound();
        Session = s;
        var onRoster = (await EducationForms.RosterOfAsync(db, s.TownId, ct)).Where(m => m.OnRosterOn(s.HeldOn)).ToList();
        Expected = onRoster.Count;
        var attended = s.Attendees.Select(a => a.StaffMemberId).ToHashSet();
        Absent = onRoster.Where(m => !attended.Contains(m.Id)).Select(m => m.Name).ToList();
        Attachments = new AttachmentPanel(EducationForms.StudyOwnerType, id, await AttachmentList.ForOwnerAsync(db, EducationForms.StudyOwnerType, id, ct),
            !user.IsReadOnly, $"/Education/Study/{id}");
        return Page();
    }
}
