using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.PersonalData;
using Fazhi.Web.Pages.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Cases;

/// <summary>
/// One penalty case: the party (personal data masked for those who do not handle it), the officers, its clocks — the
/// 90-day decision, the hearing request, the publicity, the fine, the appeal window before forced demolition — and a
/// small form for each next step its state allows; the step history and the full-process record (attachments).
/// </summary>
public sealed class DetailsModel(AppDbContext db, CaseCommands cases, ICurrentUser user, TimeProvider clock) : PageModel
{
    public EnforcementCase Case { get; private set; } = null!;
    public string? PartyIdText { get; private set; }
    public string? PartyAddressText { get; private set; }
    public string? VillageName { get; private set; }
    public (long Id, string Name)? Entity { get; private set; }
    public (long Id, string Number)? FromOrder { get; private set; }
    public IReadOnlyList<OfficerChoice> Officers { get; private set; } = [];
    public IReadOnlyList<OfficerChoice> Reviewers { get; private set; } = [];
    public AttachmentPanel Attachments { get; private set; } = null!;
    public bool CanAct { get; private set; }
    public DateOnly Today { get; private set; }
    public string? Posted { get; private set; }
    public string? StepError { get; private set; }

    [BindProperty] public string? On { get; set; }
    [BindProperty] public List<long> OfficerIds { get; set; } = [];
    [BindProperty] public string? Evidence { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public long? ReviewerId { get; set; }
    [BindProperty] public string? Opinion { get; set; }
    [BindProperty] public string? DecisionNumber { get; set; }
    [BindProperty] public string? PenaltyKind { get; set; }
    [BindProperty] public string? Fine { get; set; }
    [BindProperty] public string? Basis { get; set; }
    [BindProperty] public string? DecisionSummary { get; set; }
    [BindProperty] public string? DemolishBy { get; set; }
    [BindProperty] public bool? Forced { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool Confirmed { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostInvestigateAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Investigate", on => cases.InvestigateAsync(id, on, Evidence ?? "", Chosen, ct), ct);

    public Task<IActionResult> OnPostNotifyAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Notify", on => cases.NotifyRightsAsync(id, on, Chosen, ct), ct);

    public Task<IActionResult> OnPostHearingRequestAsync(long id, CancellationToken ct) =>
        StepAsync(id, "HearingRequest", on => cases.RequestHearingAsync(id, on, ct), ct);

    public Task<IActionResult> OnPostHearingAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Hearing", on => cases.HoldHearingAsync(id, on, Note ?? "", ct), ct);

    public Task<IActionResult> OnPostReviewAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Review", on => cases.ReviewAsync(id, on, ReviewerId ?? throw new DomainRuleException("请选择法制审核人员。"), Opinion ?? "", ct), ct);

    public Task<IActionResult> OnPostDecideAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Decide", on =>
        {
            var fine = WorkForms.ParseYuan(Fine, "罚款金额");
            if (string.IsNullOrWhiteSpace(PenaltyKind)) throw new DomainRuleException("请选择处罚种类。");
            return cases.DecideAsync(id, new EnforcementCase.Decision(on, DecisionNumber ?? "", PenaltyKind, fine, Basis ?? "", DecisionSummary ?? ""), ct);
        }, ct);

    public Task<IActionResult> OnPostServeAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Serve", on => cases.ServeAsync(id, on, Chosen, ct), ct);

    public Task<IActionResult> OnPostPayAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Pay", on => cases.RecordPaymentAsync(id, on, ct), ct);

    public Task<IActionResult> OnPostPublishAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Publish", on => cases.PublishAsync(id, on, ct), ct);

    public Task<IActionResult> OnPostExecuteAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Execute", on => cases.RecordExecutionAsync(id, on, Note ?? "", ct), ct);

    public Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Close", on => cases.CloseAsync(id, on, ct), ct);

    public Task<IActionResult> OnPostDropAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Drop", on => Confirmed ? cases.DropAsync(id, on, Reason ?? "", ct)
            : throw new DomainRuleException("请勾选“我确认撤销立案（不予处罚）”。"), ct);

    public Task<IActionResult> OnPostStopWorkAsync(long id, CancellationToken ct) =>
        StepAsync(id, "StopWork", on => cases.OrderStopWorkAsync(id, on, Chosen, ct), ct);

    public Task<IActionResult> OnPostNoticeAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Notice", on => cases.PostNoticeAsync(id, on, ct), ct);

    public Task<IActionResult> OnPostDemandAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Demand", on => cases.DemandAsync(id, on,
            WorkForms.ParseDate(DemolishBy, "自行拆除期限") ?? throw new DomainRuleException("请填写自行拆除期限。"), ct), ct);

    public Task<IActionResult> OnPostDemolishAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Demolish", on => cases.RecordDemolitionAsync(id, on,
            Forced ?? throw new DomainRuleException("请选择拆除方式：当事人自行拆除或依法强制拆除。"), Chosen, ct), ct);

    /// <summary>The officers ticked on the form; none ticked means the case's own officers (CaseCommands).</summary>
    IReadOnlyList<long>? Chosen => OfficerIds.Count > 0 ? OfficerIds : null;

    /// <summary>One step: refused steps show their Chinese message with the typed values kept; done steps redirect (PRG).</summary>
    async Task<IActionResult> StepAsync(long id, string handler, Func<DateOnly, Task> step, CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        // Enforcement is the town's power: a village cadre who can see the record does not act on it.
        var townId = await db.Set<EnforcementCase>().Where(x => x.Id == id).Select(x => (long?)x.TownId).FirstOrDefaultAsync(ct);
        if (townId is null) return NotFound();
        if (!await WorkForms.CoversTownAsync(db, townId.Value, ct)) return Forbid();
        try
        {
            await step(WorkForms.RequireDate(On, "日期"));
            TempData["Message"] = "已保存。";
            return Redirect($"/Enforcement/Cases/{id}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            Posted = handler;
            StepError = e.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    /// <summary>What a form field shows: what was typed when this form was refused, else the default.</summary>
    public string? Typed(string handler, string? typed, string? fallback = null) => Posted == handler ? typed : fallback;

    /// <summary>The officers a form starts with ticked: those typed when it was refused, else the case's own.</summary>
    public IReadOnlyCollection<long> Ticked(string handler) => Posted == handler ? OfficerIds : Case.Officers.Select(o => o.OfficerId).ToList();

    public OfficerPicker PickerFor(string handler, string legend) => new("officerIds", $"{handler.ToLowerInvariant()}-officer", legend, Officers, Ticked(handler),
        "不少于两人，且须持有在当日有效的行政执法证（《行政处罚法》第四十二条）；不勾选的，按立案时的承办人员。");

    public long SurchargeFen => Case.SurchargeFen(Today);

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var c = await EnforcementQueries.CaseAsync(db, id, ct);
        if (c is null) return false;
        Case = c;
        Today = ChinaTime.Today(clock);
        // 《个人信息保护法》第六条: a person's ID number and address in full only for those who handle the case; an
        // organisation's credit code is public register data and shown as it is.
        PartyIdText = c.PartyIsPerson ? PersonalDataAccess.IdNumber(user, c.PartyIdNumber) : c.PartyIdNumber;
        PartyAddressText = PersonalDataAccess.Address(user, c.PartyAddress);
        VillageName = c.VillageId is { } v ? await db.Regions.Where(r => r.Id == v).Select(r => r.Name).FirstOrDefaultAsync(ct) : null;
        if (c.EntityId is { } eid)
        {
            var name = await db.Set<RegulatedEntity>().Where(e => e.Id == eid).Select(e => e.Name).FirstOrDefaultAsync(ct);
            if (name is not null) Entity = (eid, name);
        }
        if (c.OrderId is { } oid)
        {
            var number = await db.Set<RectificationOrder>().Where(o => o.Id == oid).Select(o => o.Number).FirstOrDefaultAsync(ct);
            if (number is not null) FromOrder = (oid, number);
        }
        CanAct = !user.IsReadOnly && await WorkForms.CoversTownAsync(db, c.TownId, ct);
        if (CanAct && c.Status is CaseStatus.Open or CaseStatus.Decided)
        {
            Officers = await WorkForms.OfficersAsync(db, (Posted is null ? null : WorkForms.TryDate(On)) ?? Today, ct);
            Reviewers = Officers.Where(o => o.LegallyQualified).ToList();
        }
        Attachments = new AttachmentPanel(CaseCommands.OwnerType, c.Id, await AttachmentList.ForOwnerAsync(db, CaseCommands.OwnerType, c.Id, ct),
            !user.IsReadOnly, $"/Enforcement/Cases/{c.Id}");
        return true;
    }
}
