using DocumentFormat.OpenXml.Spreadsheet;
using Fazhi.Core.Common;
using Fazhi.Core.Reporting;
using static Fazhi.Core.Reporting.FiguresWorkbook;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// 行政执法工作统计 as .xlsx, read from <see cref="EnforcementFigures"/> so the workbook says what the figures page says.
/// Three sheets, written by <see cref="FiguresWorkbook"/>: the headline figures with their formulas, the breakdowns with
/// their totals, and each campaign's results with its rates and a total row.
/// </summary>
public static class EnforcementFiguresWorkbook
{
    public const string HeadlineSheet = "主要指标";
    public const string BreakdownSheet = "分类统计";
    public const string CampaignSheet = "专项整治成效";

    public static void Write(Stream output, string unitName, EnforcementReport report, DateOnly generatedOn)
    {
        using var book = new FiguresWorkbook(output, $"{unitName}{report.Year}年行政执法工作统计",
            $"统计范围：{report.Year}年1月1日至12月31日（检查按检查日期、整改通知按下达日期、案件按立案日期、专项整治按期间计）　　填表日期：{ChinaTime.Format(generatedOn)}");
        book.AddSheet(HeadlineSheet, book.Headline(report.Headline, "说明：比率 = 分子 ÷ 分母，分母为0时显示“—”；比率单元格为公式，修改分子、分母后自动重算。"),
            [30, 12, 12, 12, 60]);
        book.AddSheet(BreakdownSheet, book.Breakdowns(report.Breakdowns), [30, 12]);
        book.AddSheet(CampaignSheet, Campaigns(book, report), [28, 16, 14, 14, 10, 8, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
    }

    static readonly string[] CampaignHeaders =
    [
        "专项整治", "类别", "开始日期", "结束日期", "联合执法", "检查（次）", "发现隐患和问题（项）", "已整改（项）", "隐患整改率", "下达整改通知（份）",
        "整改到位（份）", "整改完成率", "整改到位（家）", "取缔关停（家）", "整改取缔（家）",
    ];

    static List<Row> Campaigns(FiguresWorkbook book, EnforcementReport report)
    {
        var rows = book.Head(CampaignHeaders);
        uint r = 4;
        foreach (var c in report.Campaigns)
        {
            var row = new Row { RowIndex = r };
            row.Append(book.Text($"A{r}", c.Name, Style.Label), book.Text($"B{r}", c.Kind, Style.Label), book.Text($"C{r}", ChinaTime.Format(c.StartsOn), Style.Label),
                book.Text($"D{r}", ChinaTime.Format(c.EndsOn), Style.Label), book.Text($"E{r}", c.Joint ? "是" : "否", Style.Label),
                Number($"F{r}", c.Inspections, Style.Count), Number($"G{r}", c.HazardsFound, Style.Count), Number($"H{r}", c.HazardsRectified, Style.Count),
                RateOf($"I{r}", $"H{r}", $"G{r}", c.HazardsRectified, c.HazardsFound),
                Number($"J{r}", c.Orders, Style.Count), Number($"K{r}", c.OrdersRectified, Style.Count),
                RateOf($"L{r}", $"K{r}", $"J{r}", c.OrdersRectified, c.Orders),
                Number($"M{r}", c.EntitiesRectified, Style.Count), Number($"N{r}", c.EntitiesClosed, Style.Count), Number($"O{r}", c.EntitiesRectifiedOrClosed, Style.Count));
            rows.Add(row);
            r++;
        }
        var last = r - 1;
        var total = new Row { RowIndex = r };
        total.Append(book.Text($"A{r}", "合计", Style.Header));
        foreach (var col in new[] { "B", "C", "D", "E" }) total.Append(book.Text($"{col}{r}", "", Style.Header));
        int Sum(Func<CampaignResult, int> value) => report.Campaigns.Sum(value);
        Cell Total(string col, int value) => SumOf(col, r, 4, last, value);
        total.Append(Total("F", Sum(c => c.Inspections)), Total("G", Sum(c => c.HazardsFound)), Total("H", Sum(c => c.HazardsRectified)),
            RateOf($"I{r}", $"H{r}", $"G{r}", Sum(c => c.HazardsRectified), Sum(c => c.HazardsFound)),
            Total("J", Sum(c => c.Orders)), Total("K", Sum(c => c.OrdersRectified)),
            RateOf($"L{r}", $"K{r}", $"J{r}", Sum(c => c.OrdersRectified), Sum(c => c.Orders)),
            Total("M", Sum(c => c.EntitiesRectified)), Total("N", Sum(c => c.EntitiesClosed)), Total("O", Sum(c => c.EntitiesRectifiedOrClosed)));
        rows.Add(total);
        rows.Add(book.Note(r + 1, "说明：合计行为各专项整治之和，同一单位参加多个专项整治的会重复计算；全年不重复的家数见“主要指标”表。"));
        return rows;
    }
}
