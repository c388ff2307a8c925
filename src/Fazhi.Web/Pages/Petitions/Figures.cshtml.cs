using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Ledgers;
using Fazhi.Web.Ledgers;
using Fazhi.Core.Data;
using Fazhi.Core.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Petitions;

public sealed class FiguresModel(AppDbContext db, CalendarProvider calendars, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    public IReadOnlyList<Figure> Figures { get; private set; } = [];
    public IReadOnlyList<Breakdown> Tables { get; private set; } = [];
    public OnTime OnTime { get; private set; } = new(0, 0, 0, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Year is < 2000 or > 2100) Year = ChinaTime.Today(clock).Year;
        var (tables, onTime) = await PetitionBreakdowns.OfYearAsync(db, await calendars.GetAsync(db, ct), Year, ChinaTime.Today(clock), ct);
        Figures = [.. await PetitionFigures.OfYearAsync(db, Year, ct), onTime.Rate];
        Tables = tables;
        OnTime = onTime;
    }

    /// <summary>导出Excel: the figures with their formulas, then every breakdown, on one sheet.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        var rows = Figures.Select(f => new[] { "指标", f.Label, f.Display, f.Formula })
            .Concat([["按期办理", "按期答复", OnTime.DoneInTime.ToString(), ""], ["按期办理", "逾期答复", OnTime.DoneLate.ToString(), ""],
                ["按期办理", "未答复未超期", OnTime.OpenInTime.ToString(), ""], ["按期办理", "未答复已超期", OnTime.OpenLate.ToString(), ""]])
            .Concat(Tables.SelectMany(t => t.Rows.Select(r => new[] { t.Title, r.Label, r.Count.ToString(), "" })))
            .ToList();
        LedgerColumn<string[]>[] columns = [new("分组", r => r[0], 14), new("项目", r => r[1], 20), new("数值", r => r[2], 10), new("计算方法", r => r[3], 40)];
        return LedgerFile.Xlsx(rows, columns, $"信访统计{Year}", $"统计年度：{Year}年", clock);
    }
}
