using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fazhi.Core.Common;
using Fazhi.Core.Reporting;

namespace Fazhi.Core.Education;

/// <summary>
/// 普法与法律服务工作统计 as .xlsx, read from <see cref="EducationFigures"/> so the workbook says what the figures page says.
/// Four sheets: the headline figures with their formulas (a ratio is an Excel formula over its numerator and denominator
/// cells, "—" when the denominator is 0); attendance kept as reported — exact, "余" and "近" counts, the lower bound and the
/// wording a report uses; the breakdowns with their totals; each person's study hours. Formulas carry their computed values,
/// so a reader that does not recalculate shows the same numbers.
/// </summary>
public static class EducationFiguresWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string HeadlineSheet = "主要指标";
    public const string AttendanceSheet = "参加活动人次";
    public const string BreakdownSheet = "分类统计";
    public const string HoursSheet = "每人学法学时";

    public static void Write(Stream output, string unitName, EducationReport report, DateOnly generatedOn)
    {
        using var package = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbook = package.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var book = new Book(workbook);
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        styles.Stylesheet.Save();
        var title = $"{unitName}{report.Year}年普法与法律服务工作统计";
        var info = $"统计范围：{report.Year}年1月1日至12月31日（活动按举办日期、学法和考试按举办日期、咨询按咨询日期、会议按召开日期计）　　填表日期：{ChinaTime.Format(generatedOn)}";

        var sheets = new Sheets();
        workbook.Workbook.Append(sheets);
        AddSheet(workbook, sheets, 1, HeadlineSheet, Headline(book, title, info, report), [28, 12, 12, 12, 64], "E");
        AddSheet(workbook, sheets, 2, AttendanceSheet, Attendance(book, title, info, report.Attendance), [28, 14, 60], "C");
        AddSheet(workbook, sheets, 3, BreakdownSheet, Breakdowns(book, title, info, report), [30, 12], "B");
        AddSheet(workbook, sheets, 4, HoursSheet, Hours(book, title, info, report), [20, 12], "B");
        book.Save();
        workbook.Workbook.Save();
    }

    // ------------------------------------------------------------------ sheets

    static List<Row> Headline(Book book, string title, string info, EducationReport report)
    {
        var rows = Head(book, title, info, ["指标", "数值", "分子", "分母", "口径（计算公式）"]);
        uint r = 4;
        foreach (var f in report.Headline)
        {
            var row = new Row { RowIndex = r };
            row.Append(book.Text($"A{r}", f.Label, StyleLabel));
            if (f.Denominator is { } denominator)
            {
                // A ratio: =IF(D=0,"—",C/D), its numerator and denominator beside it; hours are tenths ÷ 10 or hours per person.
                row.Append(Formula($"B{r}", $"IF(D{r}=0,\"—\",C{r}/D{r})", f.Rate, f.Unit == FigureUnit.Hours ? StyleHours : StyleRate));
                row.Append(Number($"C{r}", f.Numerator ?? 0, StyleCount));
                row.Append(Number($"D{r}", denominator, StyleCount));
            }
            else
            {
                row.Append(Number($"B{r}", f.Numerator ?? 0, StyleCount));
                row.Append(book.Text($"C{r}", "", StyleCount));
                row.Append(book.Text($"D{r}", "", StyleCount));
            }
            row.Append(book.Text($"E{r}", f.Formula + (f.Unit == FigureUnit.Hours ? "（学时以十分之一学时计入分子、分母）" : ""), StyleWrap));
            rows.Add(row);
            r++;
        }
        rows.Add(Note(book, r, "说明：比率 = 分子 ÷ 分母，分母为0时显示“—”；比率单元格为公式，修改分子、分母后自动重算。参加活动人次的确数、余数、近数见“"
                                + AttendanceSheet + "”表。"));
        return rows;
    }

    static List<Row> Attendance(Book book, string title, string info, AttendanceSum a)
    {
        var rows = Head(book, title, info, ["项目", "人次", "说明"]);
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
            row.Append(book.Text($"A{r}", label, StyleLabel), Number($"B{r}", value, StyleCount), book.Text($"C{r}", note, StyleWrap));
            rows.Add(row);
            r++;
        }
        var total = new Row { RowIndex = 7 };
        total.Append(book.Text("A7", "合计", StyleHeader), Formula("B7", "SUM(B4:B6)", a.Total, StyleTotal),
            book.Text("C7", "确数、余数、近数之和；有“近”数时为约数", StyleWrap));
        var lower = new Row { RowIndex = 8 };
        lower.Append(book.Text("A8", "下限", StyleHeader), Formula("B8", "B4+B5", a.LowerBound, StyleTotal),
            book.Text("C8", "确数与“余”数相加；“近”数不计入下限", StyleWrap));
        var wording = new Row { RowIndex = 9 };
        wording.Append(book.Text("A9", "报告表述", StyleHeader), book.Text("B9", a.Display, StyleLabel),
            book.Text("C9", "无“余”“近”时为确数；有“余”无“近”时写“余”；有“近”时写“约”", StyleWrap));
        rows.AddRange([total, lower, wording]);
        return rows;
    }

    static List<Row> Breakdowns(Book book, string title, string info, EducationReport report)
    {
        var rows = Head(book, title, info, ["分类", "数量"]);
        uint r = 4;
        foreach (var b in report.Breakdowns)
        {
            var heading = new Row { RowIndex = r };
            heading.Append(book.Text($"A{r}", b.Title, StyleHeader), book.Text($"B{r}", "", StyleHeader));
            rows.Add(heading);
            r++;
            var first = r;
            foreach (var (label, count) in b.Rows)
            {
                var row = new Row { RowIndex = r };
                row.Append(book.Text($"A{r}", label, StyleLabel), Number($"B{r}", count, StyleCount));
                rows.Add(row);
                r++;
            }
            var total = new Row { RowIndex = r };
            total.Append(book.Text($"A{r}", "合计", StyleHeader),
                Formula($"B{r}", b.Rows.Count == 0 ? "0" : $"SUM(B{first}:B{r - 1})", b.Rows.Sum(x => x.Count), StyleTotal));
            rows.Add(total);
            r += 2;
        }
        rows.Add(Note(book, r, "说明：一场活动可覆盖多个领域、使用多种宣传形式，按覆盖领域、宣传形式统计的合计可大于活动场次；这两项不含廉政教育活动。"));
        return rows;
    }

    static List<Row> Hours(Book book, string title, string info, EducationReport report)
    {
        var rows = Head(book, title, info, ["姓名", "学时"]);
        uint r = 4;
        foreach (var (name, hours) in report.HoursPerPerson)
        {
            var row = new Row { RowIndex = r };
            row.Append(book.Text($"A{r}", name, StyleLabel), new Cell { CellReference = $"B{r}", CellValue = new CellValue(hours), StyleIndex = StyleHours });
            rows.Add(row);
            r++;
        }
        var total = new Row { RowIndex = r };
        var sum = report.HoursPerPerson.Sum(h => h.Hours);
        total.Append(book.Text($"A{r}", "合计", StyleHeader),
            Formula($"B{r}", report.HoursPerPerson.Count == 0 ? "0" : $"SUM(B4:B{r - 1})", (double)sum, StyleHoursTotal));
        rows.Add(total);
        rows.Add(Note(book, r + 1, "说明：每人参加本年度各次学法的学时之和，按学时从多到少排列；未参加学法的人员不列入。"));
        return rows;
    }

    // ------------------------------------------------------------------ cells

    static List<Row> Head(Book book, string title, string info, IReadOnlyList<string> headers)
    {
        var t = new Row { RowIndex = 1, Height = 30, CustomHeight = true };
        t.Append(book.Text("A1", title, StyleTitle));
        var i = new Row { RowIndex = 2, Height = 20, CustomHeight = true };
        i.Append(book.Text("A2", info, StyleInfo));
        var h = new Row { RowIndex = 3, Height = 24, CustomHeight = true };
        for (var c = 0; c < headers.Count; c++) h.Append(book.Text($"{(char)('A' + c)}3", headers[c], StyleHeader));
        return [t, i, h];
    }

    static Row Note(Book book, uint r, string text)
    {
        var row = new Row { RowIndex = r };
        row.Append(book.Text($"A{r}", text, StyleNote));
        return row;
    }

    static Cell Number(string reference, long value, uint style) => new() { CellReference = reference, CellValue = new CellValue((decimal)value), StyleIndex = style };

    /// <summary>A formula with its value as computed here; a null value is the "—" of a zero denominator.</summary>
    static Cell Formula(string reference, string formula, double? value, uint style) => value is { } v
        ? new Cell { CellReference = reference, CellFormula = new CellFormula(formula), CellValue = new CellValue(Math.Round(v, 10)), StyleIndex = style }
        : new Cell { CellReference = reference, CellFormula = new CellFormula(formula), CellValue = new CellValue("—"), DataType = CellValues.String, StyleIndex = style };

    static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, List<Row> rows, double[] widths, string lastColumn)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var row in rows) data.Append(row);
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        part.Worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane { VerticalSplit = 3, TopLeftCell = "A4", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                { WorkbookViewId = 0 }),
            columns,
            data,
            new MergeCells(new MergeCell { Reference = $"A1:{lastColumn}1" }, new MergeCell { Reference = $"A2:{lastColumn}2" }),
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0 });
        part.Worksheet.Save();
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    /// <summary>The shared strings of the workbook.</summary>
    sealed class Book
    {
        readonly SharedStringTablePart part;
        readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

        public Book(WorkbookPart workbook)
        {
            part = workbook.AddNewPart<SharedStringTablePart>();
            part.SharedStringTable = new SharedStringTable();
        }

        public Cell Text(string reference, string text, uint style)
        {
            if (!index.TryGetValue(text, out var i))
            {
                i = index.Count;
                index[text] = i;
                part.SharedStringTable!.AppendChild(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }
            return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i), StyleIndex = style };
        }

        public void Save()
        {
            part.SharedStringTable!.Count = (uint)index.Count;
            part.SharedStringTable.UniqueCount = (uint)index.Count;
            part.SharedStringTable.Save();
        }
    }

    const uint StyleTitle = 1, StyleInfo = 2, StyleHeader = 3, StyleLabel = 4, StyleCount = 5, StyleRate = 6, StyleHours = 7, StyleWrap = 8, StyleNote = 9,
        StyleTotal = 10, StyleHoursTotal = 11;

    static Stylesheet Styles()
    {
        const string font = "宋体";
        Font F(double size, bool bold = false)
        {
            var f = new Font();
            if (bold) f.Append(new Bold());
            f.Append(new FontSize { Val = size }, new FontName { Val = font }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 });
            return f;
        }
        var thin = new Border(
            new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        CellFormat Format(uint fontId, uint borderId, HorizontalAlignmentValues h, uint numFmt = 0, bool wrap = false) =>
            new(new Alignment { Horizontal = h, Vertical = VerticalAlignmentValues.Center, WrapText = wrap ? true : null })
            {
                FontId = fontId, FillId = 0, BorderId = borderId, NumberFormatId = numFmt, ApplyFont = true, ApplyBorder = borderId != 0,
                ApplyAlignment = true, ApplyNumberFormat = numFmt != 0,
            };
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0\"学时\"" }) { Count = 2 },
            new Fonts(F(11), F(16, bold: true), F(11, bold: true), F(10)) { Count = 4 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                Format(1, 0, HorizontalAlignmentValues.Center),                 // 1 title
                Format(0, 0, HorizontalAlignmentValues.Left),                   // 2 scope and date
                Format(2, 1, HorizontalAlignmentValues.Center, wrap: true),     // 3 header, 合计
                Format(0, 1, HorizontalAlignmentValues.Left),                   // 4 label
                Format(0, 1, HorizontalAlignmentValues.Right, 1),               // 5 count "0"
                Format(0, 1, HorizontalAlignmentValues.Right, 164),             // 6 rate 0.0%
                Format(0, 1, HorizontalAlignmentValues.Right, 165),             // 7 hours
                Format(0, 1, HorizontalAlignmentValues.Left, wrap: true),       // 8 formula text
                Format(3, 0, HorizontalAlignmentValues.Left, wrap: true),       // 9 note
                Format(2, 1, HorizontalAlignmentValues.Right, 1),               // 10 total count
                Format(2, 1, HorizontalAlignmentValues.Right, 165))             // 11 total hours
            { Count = 12 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
