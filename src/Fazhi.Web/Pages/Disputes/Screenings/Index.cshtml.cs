using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.Ledgers;
using Fazhi.Core.Regions;
using Fazhi.Web.Ledgers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Disputes.Screenings;

/// <summary>Screening rounds (矛盾纠纷排查): the village × month coverage of a year and the list of rounds.</summary>
public sealed class IndexModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public long? VillageId { get; set; }
    [BindProperty(SupportsGet = true)] public ScreeningStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;

    public DateOnly Today { get; private set; }
    public int CoverageYear { get; private set; }
    public IReadOnlyList<ScreeningCoverage> Coverage { get; private set; } = [];
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    public IReadOnlyList<ScreeningRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public bool CanAct => !user.IsReadOnly;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Normalise();
        Villages = (await PlaceChoices.LoadAsync(db, ct)).Villages;
        Coverage = await ScreeningQueries.CoverageAsync(db, CoverageYear, Today, ct);
        var query = ScreeningQueries.List(db, Year, VillageId, Status);
        Total = await query.CountAsync(ct);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Rows = await query.Skip((PageNo - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        Normalise();
        var today = Today;
        var parts = new List<string>();
        if (Year is { } y) parts.Add($"{y}年");
        if (VillageId is { } v && await db.Regions.Where(r => r.Id == v).Select(r => r.Name).FirstOrDefaultAsync(ct) is { } name) parts.Add($"村（社区）：{name}");
        if (Status is { } s) parts.Add($"状态：{DisputeLabels.Of(s)}");
        LedgerColumn<ScreeningRow>[] columns =
        [
            new("级别", r => DisputeLabels.Of(r.Level), 8),
            new("村（社区）", r => r.VillageName, 12),
            new("村民小组", r => r.GroupName, 16),
            new("计划日期", r => r.PlannedOn, 14),
            new("开展日期", r => r.HeldOn, 14),
            new("地点", r => r.Place, 20),
            new("参加人员", r => r.Participants, 30),
            new("排查范围", r => r.AreaCovered, 30),
            new("排查结果", ResultOf, 14),
            new("状态", r => StatusText(r, today), 14),
        ];
        return LedgerFile.Xlsx(ScreeningQueries.List(db, Year, VillageId, Status), columns, "矛盾纠纷排查台账",
            "筛选条件：" + (parts.Count == 0 ? "全部" : string.Join("；", parts)), clock);
    }

    /// <summary>No year in the address means this year; an emptied year field means every year.</summary>
    void Normalise()
    {
        Today = ChinaTime.Today(clock);
        if (!Request.Query.ContainsKey("year")) Year = Today.Year;
        if (Year is < 2000 or > 2100) Year = Today.Year;
        CoverageYear = Year ?? Today.Year;
    }

    public string LinkTo(int page, bool export = false)
    {
        var query = new Dictionary<string, string?>
        {
            ["year"] = Year?.ToString() ?? "", ["villageId"] = VillageId?.ToString(), ["status"] = Status?.ToString(),
            ["pageNo"] = export ? null : page.ToString(), ["handler"] = export ? "Export" : null,
        };
        return QueryHelpers.AddQueryString("/Disputes/Screenings", query.Where(kv => kv.Value is not null && (kv.Key == "year" || kv.Value != "")));
    }

    /// <summary>排查结果 as a clerk reads it.</summary>
    public static string ResultOf(ScreeningRow r) => r.Status != ScreeningStatus.Held ? "—"
        : r.FoundCount > 0 ? $"发现{r.FoundCount}件"
        : r.FoundNone ? "未发现纠纷"
        : "发现纠纷，待逐件登记";

    public static string StatusText(ScreeningRow r, DateOnly today) =>
        r.IsOverdue(today) ? "计划（已逾期未开展）" : DisputeLabels.Of(r.Status);

    public static string BadgeOf(ScreeningStatus s) => s switch
    {
        ScreeningStatus.Held => "text-bg-success",
        ScreeningStatus.Cancelled => "text-bg-secondary",
        _ => "text-bg-info",
    };

    /// <summary>One cell of the coverage grid: its words and a Bootstrap table colour (the words carry the meaning).</summary>
    public (string Text, string Css) Cell(ScreeningMonth m)
    {
        var parts = new List<string>();
        if (m.Held > 0) parts.Add($"已排查{m.Held}次");
        if (m.Found > 0) parts.Add($"发现{m.Found}件");
        if (m.Overdue > 0) parts.Add(m.Overdue == 1 ? "逾期" : $"逾期{m.Overdue}次");
        if (parts.Count > 0) return (string.Join("；", parts), m.Overdue > 0 ? "table-danger" : "table-success");
        var monthEnd = new DateOnly(CoverageYear, m.Month, DateTime.DaysInMonth(CoverageYear, m.Month));
        return monthEnd < Today ? ("未排查", "table-warning") : ("—", "");
    }
}
