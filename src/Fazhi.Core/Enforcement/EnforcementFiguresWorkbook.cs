using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fazhi.Core.Common;
using Fazhi.Core.Reporting;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// 行政执法工作统计 as .xlsx, read from <see cref="EnforcementFigures"/> so the workbook says what the figures page says.
/// Three sheets: the headline figures (a rate is an Excel formula over its numerator and denominator cells, "—" when the
/// denominator is 0, so a reader can follow and recompute it), the breakdowns with their totals, and each campaign's
/// results with its rates and a total row. Formulas carry their computed values, so a reader that does not recalculate
/// shows the same numbers.
/// </summary>
public static class EnforcementFiguresWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string HeadlineSheet = "主要指标";
    public const string BreakdownSheet = "分类统计";
    public const string CampaignSheet = "专项整治成效";

    public static void Write(Stream output, string unitName, EnforcementReport report, DateOnly generatedOn)
    {
        using var package = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbook = package.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var book = new Book(workbook);
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        styles.Stylesheet.Save();
        var title = $"{unitName}{report.Year}年行政执法工作统计";
        var info = $"统计范围：{report.Year}年1月1日至12月31日（检查按检查日期、整改通知按下达日期、案件按立案日期、专项整治按期间计）　　填表日期：{ChinaTime.Format(generatedOn)}";

        var sheets = new Sheets();
        workbook.Workbook.Append(sheets);
        AddSheet(workbook, sheets, 1, HeadlineSheet, Headline(book, title, info, report), [30, 12, 12, 12, 60], lastColumn: "E");
        AddSheet(workbook, sheets, 2, BreakdownSheet, Breakdowns(book, title, info, report), [30, 12], lastColumn: "B");
        AddSheet(workbook, sheets, 3, CampaignSheet, Campaigns(book, title, info, report),
            [28, 16, 14, 14, 10, 8, 10, 10, 10, 10, 10, 10, 10, 10, 10], lastColumn: "O");
        book.Save();
        workbook.Workbook.Save();
    }

    // ------------------------------------------------------------------ sheets

    static List<Row> Headline(Book book, string title, string info, EnforcementReport report)
    {
        var rows = Head(book, title, info, ["指标", "数值", "分子", "分母", "口径（计算公式）"]);
        uint r = 4;
        foreach (var f in report.Headline)
        {
            var row = new Row { RowIndex = r };
            row.Append(book.Text($"A{r}", f.Label, StyleLabel));
            if (f.Denominator is { } denominator && f.Unit == FigureUnit.Count)
            {
                // A rate: =IF(D=0,"—",C/D), the numerator and denominator beside it.
                row.Append(Formula($"B{r}", $"IF(D{r}=0,\"—\",C{r}/D{r})", f.Rate, StyleRate));
                row.Append(Number($"C{r}", f.Numerator ?? 0, StyleCount));
                row.Append(Number($"D{r}", denominator, StyleCount));
            }
            else if (f.Unit == FigureUnit.Fen)
            {
                // Money: the numerator is fen, the value yuan.
                row.Append(Formula($"B{r}", $"C{r}/100", (f.Numerator ?? 0) / 100.0, StyleMoney));
                row.Append(Number($"C{r}", f.Numerator ?? 0, StyleCount));
                row.Append(book.Text($"D{r}", "", StyleCount));
            }
            else if (f.Denominator is { } days)
            {
                row.Append(Formula($"B{r}", $"IF(D{r}=0,\"—\",C{r}/D{r})", f.Rate, StyleDays));
                row.Append(Number($"C{r}", f.Numerator ?? 0, StyleCount));
                row.Append(Number($"D{r}", days, StyleCount));
            }
            else
            {
                row.Append(Number($"B{r}", f.Numerator ?? 0, StyleCount));
                row.Append(book.Text($"C{r}", "", StyleCount));
                row.Append(book.Text($"D{r}", "", StyleCount));
            }
            row.Append(book.Text($"E{r}", f.Formula + (f.Unit == FigureUnit.Fen ? "（分子以分计，数值以元计）" : ""), StyleWrap));
            rows.Add(row);
            r++;
        }
        rows.Add(Note(book, r, "说明：比率 = 分子 ÷ 分母，分母为0时显示“—”；比率单元格为公式，修改分子、分母后自动重算。"));
        return rows;
    }

    static List<Row> Breakdowns(Book book, string title, string info, EnforcementReport report)
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
        return rows;
    }

    static readonly string[] CampaignHeaders =
    [
        "专项整治", "类别", "开始日期", "结束日期", "联合执法", "检查（次）", "发现隐患和问题（项）", "已整改（项）", "隐患整改率", "下达整改通知（份）",
        "整改到位（份）", "整改完成率", "整改到位（家）", "取缔关停（家）", "整改取缔（家）",
    ];

    static List<Row> Campaigns(Book book, string title, string info, EnforcementReport report)
    {
        var rows = Head(book, title, info, CampaignHeaders);
        uint r = 4;
        foreach (var c in report.Campaigns)
        {
            var row = new Row { RowIndex = r };
            row.Append(book.Text($"A{r}", c.Name, StyleLabel), book.Text($"B{r}", c.Kind, StyleLabel), book.Text($"C{r}", ChinaTime.Format(c.StartsOn), StyleLabel),
                book.Text($"D{r}", ChinaTime.Format(c.EndsOn), StyleLabel), book.Text($"E{r}", c.Joint ? "是" : "否", StyleLabel),
                Number($"F{r}", c.Inspections, StyleCount), Number($"G{r}", c.HazardsFound, StyleCount), Number($"H{r}", c.HazardsRectified, StyleCount),
                RateOf($"I{r}", $"H{r}", $"G{r}", c.HazardsRectified, c.HazardsFound),
                Number($"J{r}", c.Orders, StyleCount), Number($"K{r}", c.OrdersRectified, StyleCount),
                RateOf($"L{r}", $"K{r}", $"J{r}", c.OrdersRectified, c.Orders),
                Number($"M{r}", c.EntitiesRectified, StyleCount), Number($"N{r}", c.EntitiesClosed, StyleCount), Number($"O{r}", c.EntitiesRectifiedOrClosed, StyleCount));
            rows.Add(row);
            r++;
        }
        var last = r - 1;
        var total = new Row { RowIndex = r };
        total.Append(book.Text($"A{r}", "合计", StyleHeader));
        foreach (var col in new[] { "B", "C", "D", "E" }) total.Append(book.Text($"{col}{r}", "", StyleHeader));
        int Sum(Func<CampaignResult, int> value) => report.Campaigns.Sum(value);
        Cell SumOf(string col, int value) => Formula($"{col}{r}", report.Campaigns.Count == 0 ? "0" : $"SUM({col}4:{col}{last})", value, StyleTotal);
        total.Append(SumOf("F", Sum(c => c.Inspections)), SumOf("G", Sum(c => c.HazardsFound)), SumOf("H", Sum(c => c.HazardsRectified)),
            RateOf($"I{r}", $"H{r}", $"G{r}", Sum(c => c.HazardsRectified), Sum(c => c.HazardsFound)),
            SumOf("J", Sum(c => c.Orders)), SumOf("K", Sum(c => c.OrdersRectified)),
            RateOf($"L{r}", $"K{r}", $"J{r}", Sum(c => c.OrdersRectified), Sum(c => c.Orders)),
            SumOf("M", Sum(c => c.EntitiesRectified)), SumOf("N", Sum(c => c.EntitiesClosed)), SumOf("O", Sum(c => c.EntitiesRectifiedOrClosed)));
        rows.Add(total);
        rows.Add(Note(book, r + 1, "说明：合计行为各专项整治之和，同一单位参加多个专项整治的会重复计算；全年不重复的家数见“主要指标”表。"));
        return rows;
    }

    // ------------------------------------------------------------------ cells

    static List<Row> Head(Book book, string title, string info, IReadOnlyList<string> headers)
    {
        var t = new Row { RowIndex = 1, Height = 30, CustomHeight = true };
        t.Append(book.Text("A1", title, StyleTitle));
        var i = new Row { RowIndex = 2, Height = 20, CustomHeight = true };
        i.Append(book.Text("A2", info, StyleInfo));
        var h = new Row { RowIndex = 3, Height = 32, CustomHeight = true };
        for (var c = 0; c < headers.Count; c++) h.Append(book.Text($"{ColumnName(c)}3", headers[c], StyleHeader));
        return [t, i, h];
    }

    static Row Note(Book book, uint r, string text)
    {
        var row = new Row { RowIndex = r };
        row.Append(book.Text($"A{r}", text, StyleNote));
        return row;
    }

    static Cell RateOf(string reference, string numerator, string denominator, int n, int d) =>
        Formula(reference, $"IF({denominator}=0,\"—\",{numerator}/{denominator})", d == 0 ? null : (double)n / d, StyleRate);

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
            new PageSetup { PaperSize = 9, Orientation = widths.Length > 6 ? OrientationValues.Landscape : OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0 });
        part.Worksheet.Save();
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    /// <summary>0 → A, 1 → B, … 25 → Z, 26 → AA.</summary>
    static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
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

    const uint StyleTitle = 1, StyleInfo = 2, StyleHeader = 3, StyleLabel = 4, StyleCount = 5, StyleRate = 6, StyleMoney = 7, StyleWrap = 8, StyleNote = 9,
        StyleTotal = 10, StyleDays = 11;

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
                new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0%" },
                new NumberingFormat { NumberFormatId = 166, FormatCode = "0.0\"天\"" }) { Count = 3 },
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
                Format(0, 1, HorizontalAlignmentValues.Right, 165),             // 6 rate 0.0%
                Format(0, 1, HorizontalAlignmentValues.Right, 164),             // 7 money
                Format(0, 1, HorizontalAlignmentValues.Left, wrap: true),       // 8 formula text
                Format(3, 0, HorizontalAlignmentValues.Left, wrap: true),       // 9 note
                Format(2, 1, HorizontalAlignmentValues.Right, 1),               // 10 total count
                Format(0, 1, HorizontalAlignmentValues.Right, 166))             // 11 days
            { Count = 12 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
