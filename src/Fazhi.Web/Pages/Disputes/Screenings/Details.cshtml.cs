using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Web.Pages.Attachments;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Disputes.Screenings;

/// <summary>One screening round: what was planned, the record once held (or why it was cancelled), the disputes it found, its attachments.</summary>
public sealed class DetailsModel(AppDbContext db, ScreeningCommands screenings, IAuthorizationService authorization, ICurrentUser user,
    TimeProvider clock) : PageModel
{
    public const string OwnerType = "screening";

    /// <summary>The errors of this page's forms; the attachment panel shows its own under other keys.</summary>
    public const string ErrorKey = "Step";

    public sealed record FoundDispute(long Id, string Number, string Category, DisputeStatus Status, DateOnly ReportedOn);

    public ScreeningRound Round { get; private set; } = null!;
    public string TownName { get; private set; } = "";
    public string? VillageName { get; private set; }
    public string? GroupName { get; private set; }
    public IReadOnlyList<FoundDispute> Found { get; private set; } = [];
    public AttachmentPanel Attachments { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public bool CanAct => !user.IsReadOnly;

    // The forms' fields, kept when a step is refused.
    [BindProperty] public string? HeldOn { get; set; }
    [BindProperty] public string? Participants { get; set; }
    [BindProperty] public string? AreaCovered { get; set; }
    /// <summary>"none" 未发现矛盾纠纷, "found" 发现矛盾纠纷.</summary>
    [BindProperty] public string? Result { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool ConfirmCancel { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        HeldOn ??= ChinaTime.Today(clock).ToString("yyyy-MM-dd");
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostHeldAsync(long id, CancellationToken ct) => StepAsync(id, async () =>
    {
        var heldOn = PlanModel.ParseDate(HeldOn, "开展日期") ?? throw new DomainRuleException("请填写开展日期。");
        var foundNone = Result switch
        {
            "none" => true,
            "found" => false,
            _ => throw new DomainRuleException("请选择排查结果：未发现矛盾纠纷，或发现矛盾纠纷。"),
        };
        await screenings.RecordHeldAsync(id, heldOn, Participants ?? "", AreaCovered ?? "", foundNone, Notes, ct);
        return foundNone ? "已登记排查开展情况：未发现矛盾纠纷。" : "已登记排查开展情况。请逐件登记本次排查发现的纠纷。";
    }, ct);

    public Task<IActionResult> OnPostCancelAsync(long id, CancellationToken ct) => StepAsync(id, async () =>
    {
        if (string.IsNullOrWhiteSpace(Reason)) throw new DomainRuleException("请写明取消原因。");
        if (!ConfirmCancel) throw new DomainRuleException("请勾选“确认取消该次排查”。");
        await screenings.CancelAsync(id, Reason, ct);
        return "已取消该次排查。";
    }, ct);

    /// <summary>A refused step shows its Chinese message with what was typed; a done step redirects (PRG).</summary>
    async Task<IActionResult> StepAsync(long id, Func<Task<string>> step, CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        ModelState.Clear();
        try
        {
            TempData["Message"] = await step();
            return Redirect($"/Disputes/Screenings/{id}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(ErrorKey, e.Message);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var round = await ScreeningQueries.DetailsAsync(db, id, ct);
        if (round is null) return false;
        Round = round;
        Today = ChinaTime.Today(clock);
        var ids = new[] { round.TownId, round.VillageId ?? 0, round.GroupId ?? 0 };
        var names = await db.Regions.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        TownName = names.GetValueOrDefault(round.TownId, "");
        VillageName = round.VillageId is { } v ? names.GetValueOrDefault(v) : null;
        GroupName = round.GroupId is { } g ? names.GetValueOrDefault(g) : null;
        Found = await db.Set<Dispute>().AsNoTracking().Where(d => d.ScreeningRoundId == id).OrderBy(d => d.ReportedOn).ThenBy(d => d.Number)
            .Select(d => new FoundDispute(d.Id, d.Number, d.Category, d.Status, d.ReportedOn)).ToListAsync(ct);
        var items = await AttachmentList.ForOwnerAsync(db, OwnerType, id, ct);
        var canUpload = (await authorization.AuthorizeAsync(User, Policies.Writer)).Succeeded;
        Attachments = new AttachmentPanel(OwnerType, id, items, canUpload, $"/Disputes/Screenings/{id}");
        return true;
    }
}
