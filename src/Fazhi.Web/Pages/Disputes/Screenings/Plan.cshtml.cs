using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Disputes.Screenings;

/// <summary>Plans a screening round at group, village or town level (镇、村、组三级排查).</summary>
public sealed class PlanModel(AppDbContext db, ScreeningCommands screenings, ICurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class PlanInput
    {
        public DisputeLevel Level { get; set; } = DisputeLevel.Village;
        public long? TownId { get; set; }
        public long? VillageId { get; set; }
        public long? GroupId { get; set; }
        public string? PlannedOn { get; set; }
        public string? Place { get; set; }
    }

    [BindProperty] public PlanInput Input { get; set; } = new();
    public PlaceChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        Choices = await PlaceChoices.LoadAsync(db, ct);
        Input.PlannedOn ??= ChinaTime.Today(clock).ToString("yyyy-MM-dd");
        Input.VillageId ??= Choices.FixedVillage?.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        Choices = await PlaceChoices.LoadAsync(db, ct);
        // Model binding of a tampered id or level would leave an English message: the form only offers valid choices.
        ModelState.Clear();
        try
        {
            var plannedOn = ParseDate(Input.PlannedOn, "计划日期") ?? throw new DomainRuleException("请填写计划日期。");
            var villageId = Input.Level == DisputeLevel.Town ? null : Input.VillageId ?? Choices.FixedVillage?.Id;
            if (Input.Level == DisputeLevel.Group)
            {
                var group = Choices.Group(Input.GroupId) ?? throw new DomainRuleException("组级排查须选择村民小组。");
                villageId ??= group.ParentId;
            }
            if (Input.Level != DisputeLevel.Town && villageId is null) throw new DomainRuleException("村级、组级排查须选择村（社区）。");
            var townId = Choices.TownFor(villageId, Input.TownId);
            var round = await screenings.PlanAsync(new ScreeningCommands.PlanInput(townId, villageId,
                Input.Level == DisputeLevel.Group ? Input.GroupId : null, Input.Level, plannedOn, Input.Place ?? ""), ct);
            TempData["Message"] = $"已计划{ChinaTime.Format(plannedOn)}的排查。";
            return Redirect($"/Disputes/Screenings/{round.Id}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    internal static DateOnly? ParseDate(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", out var d) ? d : throw new DomainRuleException($"{what}“{text}”无效，请按“年-月-日”填写。");
    }
}
