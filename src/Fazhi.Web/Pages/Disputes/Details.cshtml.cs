using System.Globalization;
using Fazhi.Core.Attachments;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.Identity;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Petitions;
using Fazhi.Web.Authorization;
using Fazhi.Web.Pages.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Disputes;

/// <summary>
/// One dispute: what it is about, who is involved, where it stands against its time limits, its history, and the
/// next steps of its handling as small forms — only the steps its status allows, only for those who may act.
/// </summary>
public sealed class DetailsModel(AppDbContext db, DisputeCommands disputes, CalendarProvider calendars, ICurrentUser user, TimeProvider clock) : PageModel
{
    public sealed record PartyView(PartyKind Kind, string Name, string? IdNumber, string? Phone, string? Address);

    public Dispute Dispute { get; private set; } = null!;
    public IReadOnlyList<PartyView> Parties { get; private set; } = [];
    public string TownName { get; private set; } = "";
    public string? VillageName { get; private set; }
    public string? GroupName { get; private set; }
    public string? CommitteeName { get; private set; }
    public string? OfficeName { get; private set; }
    public string? FromPetitionNumber { get; private set; }
    public string? ToPetitionNumber { get; private set; }
    public string? ScreeningText { get; private set; }
    public DateOnly Today { get; private set; }
    public DateOnly Target { get; private set; }
    public string? TargetWarning { get; private set; }
    public DateOnly? ConfirmationDeadline { get; private set; }
    public IReadOnlyList<(long Id, string Name)> Committees { get; private set; } = [];
    public IReadOnlyList<(long Id, string Name)> Offices { get; private set; } = [];
    public AttachmentPanel Attachments { get; private set; } = null!;
    public bool CanAct => !user.IsReadOnly;
    /// <summary>督办 comes from the town: only users whose scope is the dispute's town or above (a cadre's path is longer).</summary>
    public bool CanSupervise { get; private set; }
    public bool CanUsePetitions => ModuleAccess.CanUse(User, Modules.Petitions);
    /// <summary>The step form that was posted and refused: it opens again with what was typed.</summary>
    public string? Posted { get; private set; }
    /// <summary>Why the posted step was refused. Not in ModelState: the attachments panel shows ModelState's model-level errors as its own.</summary>
    public string? StepError { get; private set; }

    // The step forms' fields, kept when a step is refused. Dates are text so a bad one gets a Chinese message.
    [BindProperty] public string? On { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public DisputeLevel? ToLevel { get; set; }
    [BindProperty] public RiskLevel? NewRisk { get; set; }
    [BindProperty] public string? DueOn { get; set; }
    [BindProperty] public string? Requirement { get; set; }
    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public MediationKind? Kind { get; set; }
    [BindProperty] public long? CommitteeId { get; set; }
    [BindProperty] public long? OfficeId { get; set; }
    [BindProperty] public string? CourtName { get; set; }
    [BindProperty] public string? Mediators { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public string? Attendees { get; set; }
    [BindProperty] public string? Minutes { get; set; }
    [BindProperty] public AgreementForm? Form { get; set; }
    [BindProperty] public string? Facts { get; set; }
    [BindProperty] public string? Terms { get; set; }
    [BindProperty] public string? PerformanceDue { get; set; }
    [BindProperty] public string? SignedOn { get; set; }
    [BindProperty] public FailureRoute? Route { get; set; }
    [BindProperty] public PerformanceStatus? Performance { get; set; }
    [BindProperty] public string? Court { get; set; }
    [BindProperty] public ConfirmationResult? Result { get; set; }
    [BindProperty] public string? CaseNumber { get; set; }
    [BindProperty] public bool Confirmed { get; set; }
    [BindProperty] public PetitionChannel? Channel { get; set; }
    [BindProperty] public PetitionClass? Class { get; set; }
    [BindProperty] public string? PetitionCategory { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostEscalateAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Escalate", on => disputes.EscalateAsync(id, ToLevel ?? throw new DomainRuleException("请选择上报到的层级。"), on, Reason ?? "", ct), ct);

    public Task<IActionResult> OnPostHandDownAsync(long id, CancellationToken ct) =>
        StepAsync(id, "HandDown", on => disputes.HandDownAsync(id, ToLevel ?? throw new DomainRuleException("请选择下交到的层级。"), on, Reason ?? "", ct), ct);

    public Task<IActionResult> OnPostRiskAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Risk", on => disputes.ChangeRiskAsync(id, NewRisk ?? throw new DomainRuleException("请选择风险等级。"), on, Reason ?? "", ct), ct);

    public Task<IActionResult> OnPostSuperviseAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Supervise", on => disputes.SuperviseAsync(id, on,
            ParseDate(DueOn, "督办期限") ?? throw new DomainRuleException("请填写督办期限。"), Requirement ?? "", ct), ct);

    public Task<IActionResult> OnPostAnswerAsync(long id, long orderId, CancellationToken ct) =>
        StepAsync(id, $"Answer{orderId}", on => disputes.AnswerSupervisionAsync(id, orderId, on, Answer ?? "", ct), ct);

    public Task<IActionResult> OnPostMediateAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Mediate", on => disputes.StartMediationAsync(id, Kind ?? throw new DomainRuleException("请选择调解方式。"), on,
            CommitteeId, OfficeId, CourtName, Mediators, ct), ct);

    public Task<IActionResult> OnPostSessionAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Session", on => disputes.RecordSessionAsync(id, on, Place ?? "", Mediators ?? "", Attendees ?? "", Minutes ?? "", ct), ct);

    public Task<IActionResult> OnPostSuccessAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Success", on => disputes.RecordSuccessAsync(id, on, Form ?? throw new DomainRuleException("请选择协议形式。"), Facts, Terms ?? "",
            ParseDate(PerformanceDue, "履行期限"), PastDate(SignedOn, "签名盖章日期"), Note, ct), ct);

    public Task<IActionResult> OnPostFailureAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Failure", on => disputes.RecordFailureAsync(id, on, Route ?? throw new DomainRuleException("请选择告知当事人的途径。"), Note, ct), ct);

    public Task<IActionResult> OnPostWithdrawAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Withdraw", on => Confirmed ? disputes.RecordWithdrawalAsync(id, on, Reason ?? "", ct)
            : throw new DomainRuleException("请勾选“我确认当事人撤回或不同意调解”。"), ct);

    public Task<IActionResult> OnPostPerformanceAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Performance", on => disputes.RecordPerformanceAsync(id, Performance ?? throw new DomainRuleException("请选择履行情况。"), on, Note, ct), ct);

    public Task<IActionResult> OnPostApplyAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Apply", on => disputes.ApplyForConfirmationAsync(id, on, Court ?? "", ct), ct);

    public Task<IActionResult> OnPostConfirmationAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Confirmation", on => disputes.RecordConfirmationAsync(id, on, Result ?? throw new DomainRuleException("请选择法院的裁定结果。"),
            CaseNumber, ct), ct);

    public Task<IActionResult> OnPostCriminalAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Criminal", on => disputes.RecordCriminalCaseAsync(id, on, Note ?? "", ct), ct);

    public Task<IActionResult> OnPostReopenAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Reopen", on => Confirmed ? disputes.ReopenAsync(id, on, Reason ?? "", ct)
            : throw new DomainRuleException("请勾选“我确认重新启动该纠纷”。"), ct);

    public async Task<IActionResult> OnPostToPetitionAsync(long id, CancellationToken ct)
    {
        if (!CanUsePetitions) return Forbid();
        Petition? petition = null;
        var result = await StepAsync(id, "ToPetition", async on => petition = await disputes.ToPetitionAsync(id,
            Channel ?? throw new DomainRuleException("请选择信访形式。"), Class ?? throw new DomainRuleException("请选择信访事项分类。"),
            string.IsNullOrWhiteSpace(PetitionCategory) ? throw new DomainRuleException("请选择信访事项类别。") : PetitionCategory, on, ct), ct);
        if (petition is not null) TempData["Message"] = $"已转为信访事项 {petition.Number}。";
        return result;
    }

    /// <summary>One step: refused steps show their Chinese message with the typed values kept; done steps redirect (PRG).</summary>
    async Task<IActionResult> StepAsync(long id, string handler, Func<DateOnly, Task> step, CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        try
        {
            var on = PastDate(On, "日期") ?? throw new DomainRuleException("请填写日期。");
            await step(on);
            TempData["Message"] = "已保存。";
            return Redirect($"/Disputes/{id}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            Posted = handler;
            StepError = e.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    DateOnly? PastDate(string? text, string what)
    {
        var date = ParseDate(text, what);
        if (date > ChinaTime.Today(clock)) throw new DomainRuleException($"{what}不能晚于今天。");
        return date;
    }

    static DateOnly? ParseDate(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new DomainRuleException($"{what}“{text}”无效，请按“年-月-日”填写。");
    }

    /// <summary>What a form field shows: what was typed when this form was refused, else the default.</summary>
    public string? Typed(string handler, string? typed, string? fallback = null) => Posted == handler ? typed : fallback;

    public string TodayText => Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Levels a dispute may be escalated to: higher than the current one.</summary>
    public IEnumerable<DisputeLevel> EscalateTargets => Enum.GetValues<DisputeLevel>().Where(l => l > Dispute.Level);

    /// <summary>Levels it may be handed down to: lower, and only where its place names that village or group.</summary>
    public IEnumerable<DisputeLevel> HandDownTargets =>
        Dispute.Risk == RiskLevel.High || Dispute.MediationKind is not null ? [] :
        Enum.GetValues<DisputeLevel>().Where(l => l < Dispute.Level
            && (l != DisputeLevel.Village || Dispute.VillageId is not null) && (l != DisputeLevel.Group || Dispute.GroupId is not null));

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var d = await DisputeQueries.DetailsAsync(db, id, ct);
        if (d is null) return false;
        Dispute = d;
        // Personal data in full only for the roles that work the case; masked for the others.
        Parties = d.Parties.OrderBy(p => p.Id).Select(p => new PartyView(p.Kind, p.Name, PersonalDataAccess.IdNumber(user, p.IdNumber),
            PersonalDataAccess.Phone(user, p.Phone), PersonalDataAccess.Address(user, p.Address))).ToList();
        var places = new[] { d.TownId, d.VillageId ?? 0, d.GroupId ?? 0 };
        var regions = await db.Regions.AsNoTracking().Where(r => places.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        TownName = regions.TryGetValue(d.TownId, out var town) ? town.Name : "";
        VillageName = d.VillageId is { } v && regions.TryGetValue(v, out var village) ? village.Name : null;
        GroupName = d.GroupId is { } g && regions.TryGetValue(g, out var group) ? group.Name : null;
        CanSupervise = town is not null && town.Path.StartsWith(user.ScopePath, StringComparison.Ordinal);
        // The names of the committee or office handling the dispute belong to the dispute's own record, even where the
        // committee or office itself lies above the viewer's scope (a village cadre and the town's committee).
        CommitteeName = d.CommitteeId is { } c
            ? await db.Set<MediationCommittee>().IgnoreQueryFilters().Where(x => x.Id == c).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        OfficeName = d.OfficeId is { } o ? await db.Offices.IgnoreQueryFilters().Where(x => x.Id == o).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        FromPetitionNumber = d.FromPetitionId is { } from ? await db.Set<Petition>().Where(p => p.Id == from).Select(p => p.Number).FirstOrDefaultAsync(ct) : null;
        ToPetitionNumber = d.ToPetitionId is { } to ? await db.Set<Petition>().Where(p => p.Id == to).Select(p => p.Number).FirstOrDefaultAsync(ct) : null;
        if (d.ScreeningRoundId is { } roundId)
        {
            var round = await db.Set<ScreeningRound>().AsNoTracking().Where(r => r.Id == roundId).Select(r => new { r.HeldOn, r.PlannedOn }).FirstOrDefaultAsync(ct);
            if (round is not null) ScreeningText = $"{ChinaTime.Format(round.HeldOn ?? round.PlannedOn)}排查";
        }
        if (CanAct)
        {
            Committees = await CommitteeQueries.OfTownAsync(db, d.TownId, ct);
            Offices = (await db.Offices.AsNoTracking().Where(x => x.TownId == d.TownId && x.IsActive).OrderBy(x => x.Name)
                .Select(x => new { x.Id, x.Name }).ToListAsync(ct)).Select(x => (x.Id, x.Name)).ToList();
        }
        var calendar = await calendars.GetAsync(db, ct);
        Today = ChinaTime.Today(clock);
        Target = d.MediationTarget(calendar);
        TargetWarning = d.TargetWarning(calendar, Today);
        ConfirmationDeadline = d.ConfirmationDeadline(calendar);
        Attachments = new AttachmentPanel(DisputeCommands.OwnerType, d.Id, await AttachmentList.ForOwnerAsync(db, DisputeCommands.OwnerType, d.Id, ct),
            CanAct, $"/Disputes/{d.Id}");
        return true;
    }
}
