using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Ledgers;
using Fazhi.Core.Petitions;
using Fazhi.Web.Ledgers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Petitions;

public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    const int PageSize = 50;

    public static readonly LedgerColumn<PetitionRow>[] Columns =
    [
        new("编号", r => r.Number, 10),
        new("收到日期", r => r.ReceivedOn, 14),
        new("形式", r => PetitionLabels.Of(r.Channel), 10),
        new("分类", r => PetitionLabels.Of(r.Class), 12),
        new("类别", r => r.Category, 10),
        new("信访人", r => r.FirstPetitioner, 12),
        new("人数", r => r.PeopleCount, 6),
        new("村（社区）", r => r.VillageName, 10),
        new("信访请求", r => r.Request, 40),
        new("状态", r => PetitionLabels.Of(r.Status), 8),
    ];

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public PetitionStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public PetitionChannel? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;
    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public IReadOnlyList<PetitionRow> Rows { get; private set; } = [];

    PetitionFilter Filter => new(Year, Status, Channel, null, Category, null, Q);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = PetitionQueries.List(db, Filter);
        Total = await query.CountAsync(ct);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Rows = await query.Skip((PageNo - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    public IActionResult OnGetExport()
    {
        var parts = new List<string>();
        if (Year is { } y) parts.Add($"{y}年");
        if (Status is { } s) parts.Add($"状态：{PetitionLabels.Of(s)}");
        if (Channel is { } c) parts.Add($"形式：{PetitionLabels.Of(c)}");
        if (!string.IsNullOrWhiteSpace(Category)) parts.Add($"类别：{Category}");
        if (!string.IsNullOrWhiteSpace(Q)) parts.Add($"包含“{Q.Trim()}”");
        return LedgerFile.Xlsx(PetitionQueries.List(db, Filter), Columns, "信访登记台账", "筛选条件：" + (parts.Count == 0 ? "全部" : string.Join("；", parts)), clock);
    }

    public string LinkTo(int page, bool export = false)
    {
        var query = new Dictionary<string, string?>
        {
            ["year"] = Year?.ToString(), ["status"] = Status?.ToString(), ["channel"] = Channel?.ToString(),
            ["category"] = Category, ["q"] = Q, ["pageNo"] = export ? null : page.ToString(), ["handler"] = export ? "Export" : null,
        };
        return QueryHelpers.AddQueryString("/Petitions", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }

    public static string BadgeOf(PetitionStatus s) => s switch
    {
        PetitionStatus.Closed or PetitionStatus.Archived => "text-bg-success",
        PetitionStatus.NotAccepted or PetitionStatus.Transferred => "text-bg-secondary",
        PetitionStatus.Registered => "text-bg-warning",
        _ => "text-bg-primary",
    };
}
