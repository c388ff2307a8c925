using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Disputes;

/// <summary>
/// Registering a dispute, made for a village cadre on a phone: the place, category, date, risk, a line of
/// description and one party are all that is asked; the rest waits in "更多信息" or on the edit page.
/// </summary>
[Authorize(Policy = Policies.Writer)]
public sealed class RegisterModel(AppDbContext db, DisputeCommands disputes, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public long TownId { get; set; }
        public long? VillageId { get; set; }
        public long? GroupId { get; set; }
        public string Category { get; set; } = "";
        [Required(ErrorMessage = "请填写登记日期。")]
        public string? ReportedOn { get; set; }
        public RiskLevel Risk { get; set; } = RiskLevel.Low;
        [StringLength(500, ErrorMessage = "风险理由不能超过500字。")]
        public string? RiskReason { get; set; }
        [Required(ErrorMessage = "请简要写明纠纷情况。")]
        [StringLength(2000, ErrorMessage = "纠纷情况不能超过2000字。")]
        public string? Description { get; set; }
        [Required(ErrorMessage = "请填写当事人姓名（名称）。")]
        public string? Party1Name { get; set; }
        public string? Party1Phone { get; set; }
        public string? Party1IdNumber { get; set; }
        public string? Party2Name { get; set; }
        public string? Party2Phone { get; set; }
        public string? Party2IdNumber { get; set; }
        public DisputeSource Source { get; set; } = DisputeSource.WalkIn;
        public string? PeopleCount { get; set; }
        public string? Amount { get; set; }
        public DisputeLevel? Level { get; set; }
        public long? ScreeningRoundId { get; set; }
    }

    public sealed record GroupOption(long Id, string Name);

    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    /// <summary>Groups (村民小组) by village name, for the optgroups of the group select.</summary>
    public IReadOnlyList<(string Village, IReadOnlyList<GroupOption> Groups)> Groups { get; private set; } = [];
    /// <summary>A village cadre registers for their own village only: the village is fixed.</summary>
    public RegionRow? FixedVillage { get; private set; }
    /// <summary>"2019年9月1日 阳山村排查" when the dispute comes from a screening round.</summary>
    public string? ScreeningText { get; private set; }
    public string Today => ChinaTime.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    /// <summary>"更多信息" opens by itself when something in it was typed or refused.</summary>
    public bool MoreOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? screeningRoundId, CancellationToken ct)
    {
        Input.ReportedOn = Today;
        Input.Category = "";
        Input.ScreeningRoundId = screeningRoundId;
        if (!await LoadAsync(ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var reportedOn = Parse(Input.ReportedOn, nameof(Input.ReportedOn), "登记日期");
        var people = ParseCount(Input.PeopleCount, nameof(Input.PeopleCount));
        var amount = ParseYuan(Input.Amount, ModelState, "Input." + nameof(Input.Amount));
        if (string.IsNullOrWhiteSpace(Input.Category))
            ModelState.AddModelError("Input." + nameof(Input.Category), "请选择纠纷类别。");
        MoreOpen = MoreOpen || HasError("Input.Amount") || HasError("Input.PeopleCount");
        if (!ModelState.IsValid) return Page();
        var parties = new List<DisputeCommands.PartyInput> { new(PartyKind.Person, Input.Party1Name!, Input.Party1IdNumber, Input.Party1Phone) };
        if (!string.IsNullOrWhiteSpace(Input.Party2Name)) parties.Add(new(PartyKind.Person, Input.Party2Name, Input.Party2IdNumber, Input.Party2Phone));
        try
        {
            var dispute = await disputes.RegisterAsync(new DisputeCommands.RegisterInput(Input.TownId, Input.VillageId, Input.GroupId, Input.Category,
                Input.ScreeningRoundId is null ? Input.Source : DisputeSource.Screening, reportedOn!.Value, Input.Description!, parties, people ?? 0, amount,
                Input.Risk, Input.RiskReason, Input.Level, Input.ScreeningRoundId), ct);
            TempData["Message"] = $"已登记纠纷 {dispute.Number}。";
            return Redirect($"/Disputes/{dispute.Id}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    DateOnly? Parse(string? text, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        ModelState.AddModelError("Input." + field, $"{what}“{text}”无效，请按“年-月-日”填写。");
        return null;
    }

    int? ParseCount(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10000) return n;
        ModelState.AddModelError("Input." + field, $"涉及人数“{text}”无效，请填写1至10000之间的整数。");
        return null;
    }

    /// <summary>
    /// An amount typed in 元 ("1200", "1,200.50", "3000元") as fen; a Chinese message on the field when it is not a
    /// non-negative number with at most two decimals. Money is stored as integer fen (no decimal columns).
    /// </summary>
    public static long? ParseYuan(string? text, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string key)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var cleaned = text.Trim().Replace(",", "").Replace("，", "").Replace(" ", "").TrimEnd('元');
        if (decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)
            && decimal.Round(yuan, 2) == yuan && yuan <= 100_000_000_000m)
            return (long)(yuan * 100);
        modelState.AddModelError(key, $"涉及金额“{text}”无效，请填写以元为单位的数字，最多两位小数，如 3000 或 1250.50。");
        return null;
    }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        Towns = await RegionQueries.TownsAsync(db, ct);
        var regions = await RegionQueries.InScopeAsync(db, ct);
        Villages = regions.Where(r => r.Level == RegionLevel.Village).ToList();
        if (Towns.Count > 0 && !regions.Any(r => r.Level == RegionLevel.Town) && Villages.Count == 1)
        {
            FixedVillage = Villages[0];
            Input.VillageId = FixedVillage.Id;
        }
        if (Input.TownId == 0 && Towns.Count > 0) Input.TownId = Towns[0].Id;
        var names = Villages.ToDictionary(v => v.Id, v => v.Name);
        Groups = regions.Where(r => r.Level == RegionLevel.Group && r.ParentId is { } p && names.ContainsKey(p))
            .GroupBy(r => r.ParentId!.Value)
            .Select(g => (names[g.Key], (IReadOnlyList<GroupOption>)g.Select(r => new GroupOption(r.Id, r.Name)).ToList())).ToList();
        if (Input.ScreeningRoundId is { } roundId)
        {
            var round = await db.Set<ScreeningRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct);
            if (round is null) return false;
            var where = round.VillageId is { } v ? names.GetValueOrDefault(v) ?? "" : Towns.FirstOrDefault(t => t.Id == round.TownId)?.Name ?? "";
            ScreeningText = $"{ChinaTime.Format(round.HeldOn ?? round.PlannedOn)} {where}排查";
            Input.Source = DisputeSource.Screening;
            Input.TownId = round.TownId;
            if (HttpMethods.IsGet(Request.Method))
            {
                Input.VillageId ??= round.VillageId;
                Input.GroupId ??= round.GroupId;
            }
        }
        MoreOpen = !string.IsNullOrWhiteSpace(Input.Amount) || !string.IsNullOrWhiteSpace(Input.PeopleCount)
            || !string.IsNullOrWhiteSpace(Input.Party1IdNumber) || !string.IsNullOrWhiteSpace(Input.Party2IdNumber) || Input.Level is not null
            || (Input.ScreeningRoundId is null && Input.Source != DisputeSource.WalkIn);
        return true;
    }
}
