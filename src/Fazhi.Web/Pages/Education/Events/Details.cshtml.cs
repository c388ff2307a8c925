using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Web.Pages.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Education.Events;

/// <summary>One education event: everything recorded, its partners, the consultations taken at it, and its sign-in sheet and photos.</summary>
public sealed class DetailsModel(AppDbContext db, ICurrentUser user) : PageModel
{
    /// <summary>A consultation registered at the event; the person's phone is not shown here.</summary>
    public sealed record ConsultationAtEvent(long Id, DateOnly On, string? PersonName, string Category, string Question, string AnsweredBy,
        ReferralStatus? Referral);

    public EducationEvent Event { get; private set; } = null!;
    public string TownName { get; private set; } = "";
    public string? VillageName { get; private set; }
    public string? OfficeName { get; private set; }
    public IReadOnlyList<ConsultationAtEvent> Consultations { get; private set; } = [];
    public AttachmentPanel Attachments { get; private set; } = null!;
    public bool CanWrite => !user.IsReadOnly;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await EducationQueries.EventAsync(db, id, ct) is not { } e) return NotFound();
        Event = e;
        var places = new[] { e.TownId, e.VillageId ?? 0 };
        var regions = await db.Regions.AsNoTracking().Where(r => places.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        TownName = regions.GetValueOrDefault(e.TownId) ?? "";
        VillageName = e.VillageId is { } v ? regions.GetValueOrDefault(v) : null;
        OfficeName = e.OrganiserOfficeId is { } o ? await db.Offices.AsNoTracking().Where(x => x.Id == o).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        Consultations = await db.Set<Consultation>().AsNoTracking().Where(c => c.EventId == id).OrderBy(c => c.On).ThenBy(c => c.Id)
            .Select(c => new ConsultationAtEvent(c.Id, c.On, c.PersonName, c.Category, c.Question, c.AnsweredBy, c.Referral)).ToListAsync(ct);
        Attachments = new AttachmentPanel(EducationForms.EventOwnerType, id, await AttachmentList.ForOwnerAsync(db, EducationForms.EventOwnerType, id, ct),
            CanWrite, $"/Education/Events/{id}");
        return Page();
    }
}
