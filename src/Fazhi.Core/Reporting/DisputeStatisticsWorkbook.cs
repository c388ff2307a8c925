using DocumentFormat.OpenXml.Spreadsheet;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Style = Fazhi.Core.Reporting.FiguresWorkbook.Style;

namespace Fazhi.Core.Reporting;

/// <summary>A statistics period: a quarter of a year (1–4), or the whole year when <see cref="Quarter"/> is null.</summary>
public sealed record StatisticsPeriod(int Year, int? Quarter)
{
    public static readonly IReadOnlyList<string> QuarterNames = ["第一季度", "第二季度", "第三季度", "第四季度"];

    public DateOnly From => new(Year, Quarter is { } q ? 3 * q - 2 : 1, 1);
    public DateOnly To => Quarter is { } q ? new DateOnly(Year, 3 * q, 1).AddMonths(1).AddDays(-1) : new DateOnly(Year, 12, 31);
    public string Label => $"{Year}年{(Quarter is { } q ? QuarterNames[q - 1] : "全年")}";

    /// <summary>A quarter 1–4; anything else is the whole year.</summary>
    public static StatisticsPeriod Of(int year, int? quarter) => new(year, quarter is >= 1 and <= 4 ? quarter : null);
}

/// <summary>
/// 人民调解工作统计表: the quarterly (or yearly) table of people's-mediation work as .xlsx — one row per dispute
/// category and the total (<see cref="DisputeFigures.ByCategory"/>), the columns read from <see cref="DisputeTally"/> and
/// its rates, so the table says what the figures page says. Written by <see cref="FiguresWorkbook"/>: a merged title row, a
/// line naming the unit, the period and the date, bordered cells and an A4 landscape print setup.
/// </summary>
public static class DisputeStatisticsWorkbook
{
    public const string SheetName = "人民调解工作统计表";

    public sealed record Column(string Header, Func<DisputeTally, object> Value, double Width);

    /// <summary>The table's columns after 类别; counts are numbers, the rate is the figure's display ("—" on a zero denominator).</summary>
    public static readonly IReadOnlyList<Column> Columns =
    [
        new("排查发现", t => t.Found, 9),
        new("调处", t => t.Mediated, 7),
        new("调处成功", t => t.Succeeded, 9),
        new("调处成功率", t => t.SuccessRate.Display, 10),
        new("人民调解", t => t.ByPeople, 9),
        new("行政调解", t => t.ByAdministrative, 9),
        new("司法调解", t => t.ByJudicial, 9),
        new("书面协议", t => t.Written, 9),
        new("口头协议", t => t.Oral, 9),
        new("协议履行", t => t.Performed, 9),
        new("申请司法确认", t => t.ConfirmationApplied, 11),
        new("司法确认有效", t => t.Confirmed, 11),
        new("民转刑", t => t.Criminal, 7),
        new("涉及人数", t => t.People, 9),
        new("涉及金额（元）", t => t.AmountFen / 100m, 14),
    ];

    /// <summary>Reads the period's disputes in the user's scope and writes the table.</summary>
    public static async Task WriteAsync(AppDbContext db, Stream output, string unitName, StatisticsPeriod period, DateOnly generatedOn,
        CancellationToken ct = default)
    {
        var facts = await DisputeFigures.FactsAsync(db, period.From, period.To, ct);
        Write(output, unitName, period, DisputeFigures.ByCategory(facts), generatedOn);
    }

    public static void Write(Stream output, string unitName, StatisticsPeriod period, IReadOnlyList<DisputeTally> rows, DateOnly generatedOn)
    {
        using var book = new FiguresWorkbook(output, $"{unitName}{SheetName}",
            $"填报单位：{unitName}　　统计期间：{period.Label}（{ChinaTime.Format(period.From)}至{ChinaTime.Format(period.To)}）");
        var data = book.Head(["类别", .. Columns.Select(c => c.Header)]);
        // The date of filling in stands at the right half of the scope row.
        var split = FiguresWorkbook.ColumnName(Columns.Count / 2 + 1);
        data[1].Append(book.Text($"{split}2", $"填表日期：{ChinaTime.Format(generatedOn)}", Style.InfoRight));

        uint r = 4;
        foreach (var tally in rows)
        {
            var row = new Row { RowIndex = r };
            row.Append(book.Text($"A{r}", tally.Label, tally.Label == "合计" ? Style.Header : Style.Label));
            for (var c = 0; c < Columns.Count; c++)
            {
                var reference = $"{FiguresWorkbook.ColumnName(c + 1)}{r}";
                row.Append(Columns[c].Value(tally) switch
                {
                    int n => FiguresWorkbook.Number(reference, n, Style.Count),
                    decimal m => FiguresWorkbook.Number(reference, m, Style.Money),
                    var other => book.Text(reference, Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "", Style.Value),
                });
            }
            data.Add(row);
            r++;
        }
        var note = book.Note(r,
            "说明：按登记日期归入统计期间。调处指调解已有结果（成功或不成功）的件数，撤回、不予调解的不计；调处成功率 = 调处成功 ÷ 调处，分母为0时显示“—”；协议履行指回访确认已履行的件数。");
        note.Height = 36;
        note.CustomHeight = true;
        data.Add(note);

        var last = FiguresWorkbook.ColumnName(Columns.Count); // 类别 is column A
        book.AddSheet(SheetName, data, [14, .. Columns.Select(c => c.Width)],
            [$"A1:{last}1", $"A2:{FiguresWorkbook.ColumnName(Columns.Count / 2)}2", $"{split}2:{last}2", $"A{r}:{last}{r}"]);
    }
}
