using System.Globalization;
using Fazhi.Core.Calendar;
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

namespace Fazhi.Web.Pages.Disputes;

/// <summary>The dispute register (矛盾纠纷排查调处台账): filters, pages, the one-month target warnings, Excel export.</summary>
public sealed class IndexModel(AppDbContext db, CalendarProvider calendars, ICurrentUser user, TimeProvider clock) : PageModel
{
    const int PageSize = 50;

    public static readonly LedgerColumn<DisputeRow>[] Columns =
    [
        new("编号", r => r.Number, 10),
        new("登记日期", r => r.ReportedOn, 14),
        new("类别", r => r.Category, 12),
        new("来源", r => DisputeLabels.Of(r.Source), 10),
        new("村（社区）", r => r.VillageName, 10),
        new("村民小组", r => r.GroupName, 14),
        new("当事人", r => PartiesText(r), 14),
        new("人数", r => r.PeopleCount, 6),
        new("涉及金额（元）", r => r.AmountFen is { } fen ? fen / 100m : null, 12),
        new("风险", r => DisputeLabels.Of(r.Risk), 8),
        new("调处层级", r => DisputeLabels.Of(r.Level), 8),
        new("调解方式", r => r.Kind is { } k ? DisputeLabels.Of(k) : null, 10),
        new("状态", r => DisputeLabels.Of(r.Status), 8),
        new("结果日期", r => r.OutcomeOn, 14),
        new("纠纷情况", r => r.Description, 40),
    ];

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public DisputeStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public long? VillageId { get; set; }
    [BindProperty(SupportsGet = true)] public DisputeLevel? Level { get; set; }
    [BindProperty(SupportsGet = true)] public RiskLevel? Risk { get; set; }
    [BindProperty(SupportsGet = true)] public DisputeSource? Source { get; set; }
    [BindProperty(SupportsGet = true)] public MediationKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;

    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public IReadOnlyList<DisputeRow> Rows { get; private set; } = [];
    /// <summary>The one-month target warning of each listed open dispute, by id (absent when none).</summary>
    public IReadOnlyDictionary<long, (string Text, bool Overdue)> Warnings { get; private set; } = new Dictionary<long, (string, bool)>();
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    public bool CanWrite => !user.IsReadOnly;
    public int FiguresYear => Year ?? ChinaTime.Today(clock).Year;

    DisputeFilter Filter => new(Year, Status, Category, VillageId, Level, Risk, Source, Kind, Q);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Villages = (await RegionQueries.InScopeAsync(db, ct)).Where(r => r.Level == RegionLevel.Village).ToList();
        var query = DisputeQueries.List(db, Filter);
        Total = await query.CountAsync(ct);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Rows = await query.Skip((PageNo - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Warnings = await WarningsAsync(ct);
    }

    /// <summary>The warning comes from the dispute itself (Dispute.TargetWarning), for the open rows of this page only.</summary>
    async Task<IReadOnlyDictionary<long, (string, bool)>> WarningsAsync(CancellationToken ct)
    {
        var open = Rows.Where(r => r.Status is DisputeStatus.Pending or DisputeStatus.Mediating).Select(r => r.Id).ToList();
        if (open.Count == 0) return new Dictionary<long, (string, bool)>();
        var calendar = await calendars.GetAsync(db, ct);
        var today = ChinaTime.Today(clock);
        var disputes = await db.Set<Dispute>().AsNoTracking().Where(d => open.Contains(d.Id)).ToListAsync(ct);
        var result = new Dictionary<long, (string, bool)>();
        foreach (var d in disputes)
            if (d.TargetWarning(calendar, today) is { } text) result[d.Id] = (text, today > d.MediationTarget(calendar));
        return result;
    }

    public IActionResult OnGetExport()
    {
        var parts = new List<string>();
        if (Year is { } y) parts.Add($"{y}年");
        if (Status is { } s) parts.Add($"状态：{DisputeLabels.Of(s)}");
        if (!string.IsNullOrWhiteSpace(Category)) parts.Add($"类别：{Category}");
        if (VillageId is { } v) parts.Add($"村（社区）：{db.Regions.Where(r => r.Id == v).Select(r => r.Name).FirstOrDefault() ?? v.ToString(CultureInfo.InvariantCulture)}");
        if (Level is { } l) parts.Add($"调处层级：{DisputeLabels.Of(l)}");
        if (Risk is { } r) parts.Add($"风险：{DisputeLabels.Of(r)}");
        if (Source is { } src) parts.Add($"来源：{DisputeLabels.Of(src)}");
        if (Kind is { } k) parts.Add($"调解方式：{DisputeLabels.Of(k)}");
        if (!string.IsNullOrWhiteSpace(Q)) parts.Add($"包含“{Q.Trim()}”");
        return LedgerFile.Xlsx(DisputeQueries.List(db, Filter), Columns, "矛盾纠纷排查调处台账",
            "筛选条件：" + (parts.Count == 0 ? "全部" : string.Join("；", parts)), clock);
    }

    public string LinkTo(int page, bool export = false)
    {
        var query = new Dictionary<string, string?>
        {
            ["year"] = Year?.ToString(CultureInfo.InvariantCulture), ["status"] = Status?.ToString(), ["category"] = Category,
            ["villageId"] = VillageId?.ToString(CultureInfo.InvariantCulture), ["level"] = Level?.ToString(), ["risk"] = Risk?.ToString(),
            ["source"] = Source?.ToString(), ["kind"] = Kind?.ToString(), ["q"] = Q,
            ["pageNo"] = export ? null : page.ToString(CultureInfo.InvariantCulture), ["handler"] = export ? "Export" : null,
        };
        return QueryHelpers.AddQueryString("/Disputes", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }

    public static string PartiesText(DisputeRow r) => r.PartyCount > 1 ? $"{r.FirstParty}等{r.PartyCount}方" : r.FirstParty;

    /// <summary>An amount of fen as yuan for reading: 123456 → "1,234.56".</summary>
    public static string Yuan(long? fen) => fen is { } f ? (f / 100m).ToString("#,0.##", CultureInfo.InvariantCulture) : "—";

    public static string BadgeOf(DisputeStatus s) => s switch
    {
        DisputeStatus.Succeeded => "text-bg-success",
        DisputeStatus.Failed => "text-bg-danger",
        DisputeStatus.Withdrawn => "text-bg-secondary",
        DisputeStatus.Mediating => "text-bg-primary",
        _ => "text-bg-warning",
    };

    public static string BadgeOf(RiskLevel r) => r switch
    {
        RiskLevel.High => "text-bg-danger",
        RiskLevel.Medium => "text-bg-warning",
        _ => "text-bg-success",
    };

    public static string BadgeOf(DisputeLevel l) => l switch
    {
        DisputeLevel.Town => "text-bg-dark",
        DisputeLevel.Village => "text-bg-info",
        _ => "text-bg-light border",
    };
}
