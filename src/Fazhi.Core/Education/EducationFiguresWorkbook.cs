using DocumentFormat.OpenXml.Spreadsheet;
using Fazhi.Core.Common;
using Fazhi.Core.Reporting;
using static Fazhi.Core.Reporting.FiguresWorkbook;

namespace Fazhi.Core.Education;

/// <summary>
/// 普法与法律服务工作统计 as .xlsx, read from <see cref="EducationFigures"/> so the workbook says what the figures page says.
/// Four sheets, written by <see cref="FiguresWorkbook"/>: the headline figures with their formulas; attendance kept as
/// reported — exact, "余" and "近" counts, the lower bound and the wording a report uses; the breakdowns with their totals;
/// each person's study hours.
/// </summary>
public static class EducationFiguresWorkbook
{
    public const string HeadlineSheet = "主要指标";
    public const string AttendanceSheet = "参加活动人次";
    public const string BreakdownSheet = "分类统计";
    public const string HoursSheet = "每人学法学时";

    public static void Write(Stream output, string unitName, EducationReport report, DateOnly generatedOn)
    {
        using var book = new FiguresWorkbook(output, $"{unitName}{report.Year}年普法与法律服务工作统计",
            $"统计范围：{report.Year}年1月1日至12月31日（活动按举办日期、学法和考试按举办日期、咨询按咨询日期、会议按召开日期计）　　填表日期：{ChinaTime.Format(generatedOn)}");
        book.AddSheet(HeadlineSheet, book.Headline(report.Headline,
            "说明：比率 = 分子 ÷ 分母，分母为0时显示“—”；比率单元格为公式，修改分子、分母后自动重算。参加活动人次的确数、余数、近数见“" + AttendanceSheet + "”表。"),
            [28, 12, 12, 12, 64]);
        book.AddSheet(AttendanceSheet, Attendance(book, report.Attendance), [28, 14, 60]);
        book.AddSheet(BreakdownSheet, book.Breakdowns(report.Breakdowns,
            "说明：一场活动可覆盖多个领域、使用多种宣传形式，按覆盖领域、宣传形式统计的合计可大于活动场次；这两项不含廉政教育活动。"), [30, 12]);
        book.AddSheet(HoursSheet, Hours(book, report), [20, 12]);
    }

    static List<Row> Attendance(FiguresWorkbook book, AttendanceSum a)
    {
        var rows = book.Head(["项目", "人次", "说明"]);
        (string Label, long Value, string Note)[] parts =
        [
            ("确数", a.Exact, "按实际人数登记的活动，如“120人”"),
            ("“余”数", a.AtLeast, "登记为“120余人”的活动，按120计，实际不少于此数"),
            ("“近”数", a.Nearly, "登记为“近500人”的活动，按500计，实际略少于此数"),
        ];
        uint r = 4;
        foreach (var (label, value, note) in parts)
        {
            var row = new Row { RowIndex = r };
            row.Append(book.Text($"A{r}", label, Style.Label), Number($"B{r}", value, Style.Count), book.Text($"C{r}", note, Style.Wrap));
            rows.Add(row);
            r++;
        }
        var total = new Row { RowIndex = 7 };
        total.Append(book.Text("A7", "合计", Style.Header), Formula("B7", "SUM(B4:B6)", a.Total, Style.Total),
            book.Text("C7", "确数、余数、近数之和；有“近”数时为约数", Style.Wrap));
        var lower = new Row { RowIndex = 8 };
        lower.Append(book.Text("A8", "下限", Style.Header), Formula("B8", "B4+B5", a.LowerBound, Style.Total),
            book.Text("C8", "确数与“余”数相加；“近”数不计入下限", Style.Wrap));
        var wording = new Row { RowIndex = 9 };
        wording.Append(book.Text("A9", "报告表述", Style.Header), book.Text("B9", a.Display, Style.Label),
            book.Text("C9", "无“余”“近”时为确数；有“余”无“近”时写“余”；有“近”时写“约”", Style.Wrap));
        rows.AddRange([total, lower, wording]);
        return rows;
    }

    static List<Row> Hours(FiguresWorkbook book, EducationReport report)
    {
        var rows = book.Head(["姓名", "学时"]);
        uint r = 4;
        foreach (var (name, hours) in report.HoursPerPerson)
        {
            var row = new Row { RowIndex = r };
            row.Append(book.Text($"A{r}", name, Style.Label), Number($"B{r}", hours, Style.Hours));
            rows.Add(row);
            r++;
        }
        var total = new Row { RowIndex = r };
        total.Append(book.Text($"A{r}", "合计", Style.Header), SumOf("B", r, 4, r - 1, (double)report.HoursPerPerson.Sum(h => h.Hours), Style.HoursTotal));
        rows.Add(total);
        rows.Add(book.Note(r + 1, "说明：每人参加本年度各次学法的学时之和，按学时从多到少排列；未参加学法的人员不列入。"));
        return rows;
    }
}
