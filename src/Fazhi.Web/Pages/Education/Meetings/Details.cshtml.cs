using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Web.Pages.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Education.Meetings;

/// <summary>One meeting: its agenda items with the rule-of-law topics marked and the decisions, and its attachments (minutes, sign-in sheet).</summary>
public sealed class DetailsModel(AppDbContext db, ICurrentUser user) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;
    public AttachmentPanel Attachments { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var m = await EducationQueries.MeetingAsync(db, id, ct);
        if (m is null) return NotFound();
        Meeting = m;
        Attachments = new AttachmentPanel(ServiceForms.MeetingOwnerType, m.Id, await AttachmentList.ForOwnerAsync(db, ServiceForms.MeetingOwnerType, m.Id, ct),
            ServiceForms.MayWrite(user), $"/Education/Meetings/{m.Id}");
        return Page();
    }
}
