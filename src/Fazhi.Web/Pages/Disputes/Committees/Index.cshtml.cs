using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.Ledgers;
using Fazhi.Web.Ledgers;
using Fazhi.Web.Pages.Disputes.Screenings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Disputes.Committees;

/// <summary>
/// People's mediation committees (人民调解委员会) in scope, each with what breaks 《人民调解法》第九条 today, and the form
/// that sets one up: a village's committee (第八条) or the town's (第三十四条).
/// </summary>
public sealed class IndexModel(AppDbContext db, CommitteeCommands committees, ICurrentUser user, TimeProvider clock) : PageModel
{
    const int PageSize = 50;

    static readonly LedgerColumn<CommitteeRow>[] Columns =
    [
        new("名称", r => r.Name, 24),
        new("所属", r => r.VillageName ?? "镇级", 12),
        new("本届任期开始", r => r.TermStartedOn, 16),
        new("本届任期届满", r => r.TermEndsOn, 16),
        new("委员人数", r => r.MemberCount, 8),
        new("状态", r => r.IsActive ? "在用" : "已撤销", 8),
        new("提示", r => string.Join("；", r.Warnings), 60),
    ];

    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;
    [BindProperty] public long? TownId { get; set; }
    [BindProperty] public long? VillageId { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? TermStartedOn { get; set; }

    public IReadOnlyList<CommitteeRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int WithWarnings { get; private set; }
    public int PageCount { get; private set; }
    public DateOnly Today { get; private set; }
    public PlaceChoices Choices { get; private set; } = null!;
    public bool CanAct => !user.IsReadOnly;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = await CommitteeQueries.ListAsync(db, ChinaTime.Today(clock), ct);
        return LedgerFile.Xlsx(rows, Columns, "人民调解委员会", $"筛选条件：全部（提示按{ChinaTime.Format(ChinaTime.Today(clock))}计）", clock);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        ModelState.Clear();
        Choices = await PlaceChoices.LoadAsync(db, ct);
        try
        {
            var start = ParseDate(TermStartedOn) ?? throw new DomainRuleException("请填写本届任期开始日期。");
            var villageId = VillageId ?? Choices.FixedVillage?.Id;
            var townId = Choices.TownFor(villageId, TownId);
            var committee = await committees.CreateAsync(townId, villageId, Name ?? "", start, ct);
            TempData["Message"] = $"已设立“{committee.Name}”。请登记委员。";
            return Redirect($"/Disputes/Committees/{committee.Id}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            await LoadAsync(ct);
            return Page();
        }
    }

    internal static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", out var d) ? d : throw new DomainRuleException($"日期“{text}”无效，请按“年-月-日”填写。");
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Today = ChinaTime.Today(clock);
        Choices ??= await PlaceChoices.LoadAsync(db, ct);
        TermStartedOn ??= Today.ToString("yyyy-MM-dd");
        var all = await CommitteeQueries.ListAsync(db, Today, ct);
        Total = all.Count;
        WithWarnings = all.Count(c => c.Warnings.Count > 0);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Rows = all.Skip((PageNo - 1) * PageSize).Take(PageSize).ToList();
    }
}
