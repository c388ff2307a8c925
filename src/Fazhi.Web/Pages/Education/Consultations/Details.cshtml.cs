using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.PersonalData;
using Fazhi.Web.Pages.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Education.Consultations;

/// <summary>
/// One consultation: the person (phone masked for those who do not handle it), question and answer, the event it was
/// taken at; the legal-aid referral with a form for each next step its state allows (转法律援助 → 受理 / 不予援助 →
/// 援助完毕); the attachments.
/// </summary>
public sealed class DetailsModel(AppDbContext db, EducationCommands education, ICurrentUser user, TimeProvider clock) : PageModel
{
    public Consultation Consultation { get; private set; } = null!;
    public string? PhoneText { get; private set; }
    public string? VillageName { get; private set; }
    public (long Id, string Title, DateOnly HeldOn)? Event { get; private set; }
    public AttachmentPanel Attachments { get; private set; } = null!;
    public bool CanAct { get; private set; }
    public DateOnly Today { get; private set; }
    public string? Posted { get; private set; }
    public string? StepError { get; private set; }

    [BindProperty] public string? On { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Result { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostReferAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Refer", "转介日期", on => education.ReferAsync(id, on, Note, ct), ct);

    public Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Accept", "受理日期", on => education.ReferralDecidedAsync(id, on, true, null, ct), ct);

    public Task<IActionResult> OnPostRefuseAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Refuse", "决定日期", on => education.ReferralDecidedAsync(id, on, false, Reason, ct), ct);

    public Task<IActionResult> OnPostCompleteAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Complete", "援助完毕日期", on => education.ReferralCompletedAsync(id, on, Result ?? "", ct), ct);

    /// <summary>One step: a refused step shows its Chinese message with the typed values kept; a done step redirects (PRG).</summary>
    async Task<IActionResult> StepAsync(long id, string handler, string dateLabel, Func<DateOnly, Task> step, CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        if (!await db.Set<Consultation>().AnyAsync(c => c.Id == id, ct)) return NotFound();
        try
        {
            await step(ServiceForms.RequireDate(On, dateLabel));
            TempData["Message"] = "已保存。";
            return Redirect($"/Education/Consultations/{id}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            Posted = handler;
            StepError = e.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    /// <summary>What a step form's field shows: what was typed when this form was refused, else the default.</summary>
    public string? Typed(string handler, string? typed, string? fallback = null) => Posted == handler ? typed : fallback;

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var c = await EducationQueries.ConsultationAsync(db, id, ct);
        if (c is null) return false;
        Consultation = c;
        Today = ChinaTime.Today(clock);
        // 《个人信息保护法》第六条: the phone in full only for those who call the person back.
        PhoneText = PersonalDataAccess.Phone(user, c.Phone);
        VillageName = c.VillageId is { } v ? await db.Regions.Where(r => r.Id == v).Select(r => r.Name).FirstOrDefaultAsync(ct) : null;
        if (c.EventId is { } eid)
        {
            var e = await db.Set<EducationEvent>().AsNoTracking().Where(x => x.Id == eid).Select(x => new { x.Id, x.Title, x.HeldOn }).FirstOrDefaultAsync(ct);
            if (e is not null) Event = (e.Id, e.Title, e.HeldOn);
        }
        CanAct = !user.IsReadOnly;
        Attachments = new AttachmentPanel(ServiceForms.ConsultationOwnerType, c.Id,
            await AttachmentList.ForOwnerAsync(db, ServiceForms.ConsultationOwnerType, c.Id, ct), CanAct, $"/Education/Consultations/{c.Id}");
        return true;
    }
}
