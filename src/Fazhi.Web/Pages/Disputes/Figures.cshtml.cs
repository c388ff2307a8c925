using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Ledgers;
using Fazhi.Core.Regions;
using Fazhi.Core.Reporting;
using Fazhi.Web.Ledgers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Disputes;

/// <summary>
/// 矛盾纠纷统计: the year's headline figures, breakdowns, the kinds of mediation and the villages compared, all read
/// from <see cref="DisputeFigures"/>; the figures as .xlsx and the quarterly 人民调解工作统计表.
/// </summary>
public sealed class FiguresModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    /// <summary>1–4 for a quarter; empty or anything else for the whole year.</summary>
    [BindProperty(SupportsGet = true)] public int? Quarter { get; set; }
    public IReadOnlyList<Figure> Figures { get; private set; } = [];
    public IReadOnlyList<Breakdown> Tables { get; private set; } = [];
    public IReadOnlyList<DisputeTally> Kinds { get; private set; } = [];
    public IReadOnlyList<VillageComparison> Villages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Year is < 2000 or > 2100) Year = ChinaTime.Today(clock).Year;
        var facts = await DisputeFigures.FactsAsync(db, Year, ct);
        var rounds = await DisputeFigures.RoundsHeldAsync(db, new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31), ct);
        var villages = await VillageNamesAsync(ct);
        Figures = DisputeFigures.Headline(facts, rounds);
        Tables = DisputeFigures.Breakdowns(facts, villages);
        Kinds = DisputeFigures.ByKind(facts);
        Villages = DisputeFigures.Villages(facts, villages);
    }

    /// <summary>导出Excel: the figures with their formulas, the breakdowns, the kinds of mediation and the villages, on one sheet.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        var rows = Figures.Select(f => new[] { "指标", f.Label, f.Display, f.Explained })
            .Concat(Tables.SelectMany(t => t.Rows.Select(r => new[] { t.Title, r.Label, r.Count.ToString(), "" })))
            .Concat(Kinds.SelectMany(k => new[]
            {
                new[] { "按调解方式", $"{k.Label}：调处", k.Mediated.ToString(), "" },
                ["按调解方式", $"{k.Label}：调处成功", k.Succeeded.ToString(), ""],
                ["按调解方式", $"{k.Label}：调处成功率", k.SuccessRate.Display, k.SuccessRate.Explained],
            }))
            .Concat(Villages.Select(v => new[]
            {
                "村（社区）比较", v.Tally.Label, v.Rank is { } rank ? $"第{rank}名" : $"不足{DisputeTally.RankingMinimum}件，不排名",
                $"排查发现{v.Tally.Found}件，调处{v.Tally.Mediated}件，调处成功{v.Tally.Succeeded}件；调处率{v.Tally.MediationRate.Display}，调处成功率{v.Tally.SuccessRate.Display}",
            }))
            .ToList();
        LedgerColumn<string[]>[] columns = [new("分组", r => r[0], 16), new("项目", r => r[1], 22), new("数值", r => r[2], 16), new("计算方法", r => r[3], 60)];
        return LedgerFile.Xlsx(rows, columns, $"矛盾纠纷统计{Year}", $"统计年度：{Year}年（按登记日期）", clock);
    }

    /// <summary>人民调解工作统计表 of a quarter (or the year) for the user's area.</summary>
    public async Task<IActionResult> OnGetQuarterlyAsync(CancellationToken ct)
    {
        if (Year is < 2000 or > 2100) Year = ChinaTime.Today(clock).Year;
        var period = StatisticsPeriod.Of(Year, Quarter);
        var unit = await db.Regions.AsNoTracking().Where(r => r.Path == db.CurrentUser.ScopePath).Select(r => r.Name).FirstOrDefaultAsync(ct) ?? "";
        var stream = new MemoryStream();
        await DisputeStatisticsWorkbook.WriteAsync(db, stream, unit, period, ChinaTime.Today(clock), ct);
        stream.Position = 0;
        return File(stream, FiguresWorkbook.ContentType, $"{unit}人民调解工作统计表-{period.Label}.xlsx");
    }

    /// <summary>The villages (and communities) the user's scope covers, or the user's own village.</summary>
    async Task<IReadOnlyDictionary<long, string>> VillageNamesAsync(CancellationToken ct)
    {
        var scope = db.CurrentUser.ScopePath;
        return await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Village && (r.Path.StartsWith(scope) || scope.StartsWith(r.Path)))
            .ToDictionaryAsync(r => r.Id, r => r.Name, ct);
    }
}
