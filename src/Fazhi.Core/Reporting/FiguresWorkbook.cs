using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Fazhi.Core.Reporting;

/// <summary>
/// The one way a statistics workbook is written: every sheet opens with the title, the scope line and a header row (frozen,
/// printed again on every page, A4 fitted to the width), cells in 宋体 with thin borders, and ratios as Excel formulas over
/// their numerator and denominator cells ("—" when the denominator is 0) that carry their computed values, so a reader that
/// does not recalculate shows the same numbers. Dispose to save.
/// </summary>
public sealed class FiguresWorkbook : IDisposable
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Cell styles; the indexes of <see cref="Styles"/>.</summary>
    public static class Style
    {
        public const uint Title = 1, Info = 2, Header = 3, Label = 4, Count = 5, Rate = 6, Money = 7, Wrap = 8, Note = 9, Total = 10,
            Days = 11, Hours = 12, HoursTotal = 13, InfoRight = 14, Value = 15;
    }

    readonly SpreadsheetDocument package;
    readonly WorkbookPart workbook;
    readonly Sheets sheets = new();
    readonly DefinedNames printTitles = new();
    readonly SharedStringTablePart strings;
    readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

    /// <param name="title">Row 1 of every sheet.</param>
    /// <param name="info">Row 2 of every sheet: the scope and the date of filling in.</param>
    public FiguresWorkbook(Stream output, string title, string info)
    {
        Title = title;
        Info = info;
        package = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        workbook = package.AddWorkbookPart();
        workbook.Workbook = new Workbook(sheets);
        strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        styles.Stylesheet.Save();
    }

    public string Title { get; }
    public string Info { get; }

    // ------------------------------------------------------------------ cells

    /// <summary>A text cell through the workbook's shared strings.</summary>
    public Cell Text(string reference, string text, uint style)
    {
        if (!index.TryGetValue(text, out var i))
        {
            i = index.Count;
            index[text] = i;
            strings.SharedStringTable!.AppendChild(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i), StyleIndex = style };
    }

    public static Cell Number(string reference, long value, uint style) => Number(reference, (decimal)value, style);

    public static Cell Number(string reference, decimal value, uint style) =>
        new() { CellReference = reference, CellValue = new CellValue(value), StyleIndex = style };

    public static Cell Number(string reference, double value, uint style) =>
        new() { CellReference = reference, CellValue = new CellValue(value), StyleIndex = style };

    /// <summary>A formula with its value as computed here; a null value is the "—" of a zero denominator.</summary>
    public static Cell Formula(string reference, string formula, double? value, uint style) => value is { } v
        ? new Cell { CellReference = reference, CellFormula = new CellFormula(formula), CellValue = new CellValue(Math.Round(v, 10)), StyleIndex = style }
        : new Cell { CellReference = reference, CellFormula = new CellFormula(formula), CellValue = new CellValue("—"), DataType = CellValues.String, StyleIndex = style };

    /// <summary>numerator ÷ denominator as =IF(denominator=0,"—",numerator/denominator).</summary>
    public static Cell RateOf(string reference, string numerator, string denominator, long n, long d, uint style = Style.Rate) =>
        Formula(reference, $"IF({denominator}=0,\"—\",{numerator}/{denominator})", d == 0 ? null : (double)n / d, style);

    /// <summary>=SUM over a column's rows first..last, "0" when there are none.</summary>
    public static Cell SumOf(string column, uint row, uint first, uint last, double value, uint style = Style.Total) =>
        Formula($"{column}{row}", last < first ? "0" : $"SUM({column}{first}:{column}{last})", value, style);

    /// <summary>0 → A, 1 → B, … 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    // ------------------------------------------------------------------ rows

    /// <summary>Rows 1–3: the title, the scope line and the header; the sheet's own rows start at 4.</summary>
    public List<Row> Head(IReadOnlyList<string> headers)
    {
        var t = new Row { RowIndex = 1, Height = 30, CustomHeight = true };
        t.Append(Text("A1", Title, Style.Title));
        var i = new Row { RowIndex = 2, Height = 20, CustomHeight = true };
        i.Append(Text("A2", Info, Style.Info));
        var h = new Row { RowIndex = 3, Height = 32, CustomHeight = true };
        for (var c = 0; c < headers.Count; c++) h.Append(Text($"{ColumnName(c)}3", headers[c], Style.Header));
        return [t, i, h];
    }

    public Row Note(uint r, string text)
    {
        var row = new Row { RowIndex = r };
        row.Append(Text($"A{r}", text, Style.Note));
        return row;
    }

    /// <summary>
    /// A sheet of headline figures: 指标, 数值, 分子, 分母, 口径. A ratio's value is a formula over its numerator and
    /// denominator (a rate in per cent, an average in days or hours); money is fen in the numerator, yuan in the value.
    /// </summary>
    public List<Row> Headline(IEnumerable<Figure> figures, string note)
    {
        var rows = Head(["指标", "数值", "分子", "分母", "口径（计算公式）"]);
        uint r = 4;
        foreach (var f in figures)
        {
            var row = new Row { RowIndex = r };
            row.Append(Text($"A{r}", f.Label, Style.Label));
            if (f.Unit == FigureUnit.Fen)
            {
                row.Append(Formula($"B{r}", $"C{r}/100", (f.Numerator ?? 0) / 100.0, Style.Money));
                row.Append(Number($"C{r}", f.Numerator ?? 0, Style.Count), Text($"D{r}", "", Style.Count));
            }
            else if (f.Denominator is { } denominator)
            {
                var style = f.Unit switch { FigureUnit.Days => Style.Days, FigureUnit.Hours => Style.Hours, _ => Style.Rate };
                row.Append(Formula($"B{r}", $"IF(D{r}=0,\"—\",C{r}/D{r})", f.Rate, style));
                row.Append(Number($"C{r}", f.Numerator ?? 0, Style.Count), Number($"D{r}", denominator, Style.Count));
            }
            else
            {
                row.Append(Number($"B{r}", f.Numerator ?? 0, Style.Count), Text($"C{r}", "", Style.Count), Text($"D{r}", "", Style.Count));
            }
            var unitNote = f.Unit switch
            {
                FigureUnit.Fen => "（分子以分计，数值以元计）",
                FigureUnit.Hours when f.Denominator is not null => "（学时以十分之一学时计入分子、分母）",
                _ => "",
            };
            row.Append(Text($"E{r}", f.Formula + unitNote, Style.Wrap));
            rows.Add(row);
            r++;
        }
        rows.Add(Note(r, note));
        return rows;
    }

    /// <summary>A sheet of breakdowns: each one's title, its rows and a 合计 formula, a blank row between them.</summary>
    public List<Row> Breakdowns(IEnumerable<Breakdown> breakdowns, string? note = null)
    {
        var rows = Head(["分类", "数量"]);
        uint r = 4;
        foreach (var b in breakdowns)
        {
            var heading = new Row { RowIndex = r };
            heading.Append(Text($"A{r}", b.Title, Style.Header), Text($"B{r}", "", Style.Header));
            rows.Add(heading);
            r++;
            var first = r;
            foreach (var (label, count) in b.Rows)
            {
                var row = new Row { RowIndex = r };
                row.Append(Text($"A{r}", label, Style.Label), Number($"B{r}", count, Style.Count));
                rows.Add(row);
                r++;
            }
            var total = new Row { RowIndex = r };
            total.Append(Text($"A{r}", "合计", Style.Header), SumOf("B", r, first, r - 1, b.Rows.Sum(x => x.Count)));
            rows.Add(total);
            r += 2;
        }
        if (note is not null) rows.Add(Note(r, note));
        return rows;
    }

    // ------------------------------------------------------------------ sheets

    /// <summary>
    /// Adds a sheet of the rows with the columns' widths: the title and scope rows merged across the columns (or as
    /// <paramref name="merges"/> says), rows 1–3 frozen and printed on every page, landscape beyond six columns.
    /// </summary>
    public void AddSheet(string name, List<Row> rows, IReadOnlyList<double> widths, IEnumerable<string>? merges = null)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var row in rows) data.Append(row);
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        var last = ColumnName(widths.Count - 1);
        var merged = merges?.ToList() ?? [$"A1:{last}1", $"A2:{last}2"];
        part.Worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane { VerticalSplit = 3, TopLeftCell = "A4", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                { WorkbookViewId = 0 }),
            columns,
            data,
            new MergeCells(merged.Select(m => new MergeCell { Reference = m })),
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup
            {
                PaperSize = 9, Orientation = widths.Count > 6 ? OrientationValues.Landscape : OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0,
            });
        part.Worksheet.Save();
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
        printTitles.Append(new DefinedName($"'{name}'!$1:$3") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)sheets.Count() - 1 });
    }

    public void Dispose()
    {
        strings.SharedStringTable!.Count = (uint)index.Count;
        strings.SharedStringTable.UniqueCount = (uint)index.Count;
        strings.SharedStringTable.Save();
        if (printTitles.HasChildren) workbook.Workbook.Append(printTitles);
        workbook.Workbook.Save();
        package.Dispose();
    }

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
                new NumberingFormat { NumberFormatId = 166, FormatCode = "0.0\"天\"" },
                new NumberingFormat { NumberFormatId = 167, FormatCode = "0.0\"学时\"" }) { Count = 4 },
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
                Format(0, 1, HorizontalAlignmentValues.Right, 166),             // 11 days
                Format(0, 1, HorizontalAlignmentValues.Right, 167),             // 12 hours
                Format(2, 1, HorizontalAlignmentValues.Right, 167),             // 13 total hours
                Format(0, 0, HorizontalAlignmentValues.Right),                  // 14 date at the right of the scope row
                Format(0, 1, HorizontalAlignmentValues.Right))                  // 15 a value as displayed
            { Count = 16 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
