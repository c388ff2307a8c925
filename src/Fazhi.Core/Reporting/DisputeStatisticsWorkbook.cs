using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fazhi.Core.Common;
using Fazhi.Core.Data;

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
/// its rates, so the table says what the figures page says. Written with the OpenXML SDK for a merged title row, a
/// line naming the unit, the period and the date, bordered cells and an A4 landscape print setup.
/// </summary>
public static class DisputeStatisticsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
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
        using var package = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbook = package.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        styles.Stylesheet.Save();

        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var lastColumn = ColumnName(Columns.Count); // 类别 is column A
        var data = new SheetData();
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);

        Cell Text(string reference, string text, uint style)
        {
            if (!shared.TryGetValue(text, out var index))
            {
                index = shared.Count;
                shared[text] = index;
                strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }
            return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index), StyleIndex = style };
        }

        static Cell Number(string reference, decimal value, uint style) =>
            new() { CellReference = reference, CellValue = new CellValue(value), StyleIndex = style };

        var title = new Row { RowIndex = 1, Height = 30, CustomHeight = true };
        title.Append(Text("A1", $"{unitName}{SheetName}", StyleTitle));
        data.Append(title);

        var info = new Row { RowIndex = 2, Height = 20, CustomHeight = true };
        var split = ColumnName(Columns.Count / 2 + 1);
        info.Append(Text("A2", $"填报单位：{unitName}　　统计期间：{period.Label}（{ChinaTime.Format(period.From)}至{ChinaTime.Format(period.To)}）", StyleInfo));
        info.Append(Text($"{split}2", $"填表日期：{ChinaTime.Format(generatedOn)}", StyleInfoRight));
        data.Append(info);

        var header = new Row { RowIndex = 3, Height = 32, CustomHeight = true };
        header.Append(Text("A3", "类别", StyleHeader));
        for (var c = 0; c < Columns.Count; c++) header.Append(Text($"{ColumnName(c + 1)}3", Columns[c].Header, StyleHeader));
        data.Append(header);

        uint rowIndex = 4;
        foreach (var tally in rows)
        {
            var total = tally.Label == "合计";
            var row = new Row { RowIndex = rowIndex };
            row.Append(Text($"A{rowIndex}", tally.Label, total ? StyleHeader : StyleLabel));
            for (var c = 0; c < Columns.Count; c++)
            {
                var reference = $"{ColumnName(c + 1)}{rowIndex}";
                row.Append(Columns[c].Value(tally) switch
                {
                    int n => Number(reference, n, StyleCount),
                    decimal m => Number(reference, m, StyleMoney),
                    var other => Text(reference, Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "", StyleRate),
                });
            }
            data.Append(row);
            rowIndex++;
        }

        var note = new Row { RowIndex = rowIndex, Height = 36, CustomHeight = true };
        note.Append(Text($"A{rowIndex}",
            "说明：按登记日期归入统计期间。调处指调解已有结果（成功或不成功）的件数，撤回、不予调解的不计；调处成功率 = 调处成功 ÷ 调处，分母为0时显示“—”；协议履行指回访确认已履行的件数。",
            StyleNote));
        data.Append(note);

        var columns = new Columns(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 1, Max = 1, Width = 14, CustomWidth = true });
        for (var c = 0; c < Columns.Count; c++)
            columns.Append(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)c + 2, Max = (uint)c + 2, Width = Columns[c].Width, CustomWidth = true });

        var merges = new MergeCells(
            new MergeCell { Reference = $"A1:{lastColumn}1" },
            new MergeCell { Reference = $"A2:{ColumnName(Columns.Count / 2)}2" },
            new MergeCell { Reference = $"{split}2:{lastColumn}2" },
            new MergeCell { Reference = $"A{rowIndex}:{lastColumn}{rowIndex}" });

        sheetPart.Worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 3, TopLeftCell = "A4", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }),
            columns,
            data,
            merges,
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        sheetPart.Worksheet.Save();
        strings.SharedStringTable.Count = (uint)shared.Count;
        strings.SharedStringTable.UniqueCount = (uint)shared.Count;
        strings.SharedStringTable.Save();

        workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }));
        // Print the title and header rows again on every page.
        workbook.Workbook.Append(new DefinedNames(new DefinedName($"'{SheetName}'!$1:$3") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
        workbook.Workbook.Save();
    }

    const uint StyleTitle = 1, StyleInfo = 2, StyleInfoRight = 3, StyleHeader = 4, StyleLabel = 5, StyleCount = 6, StyleRate = 7, StyleMoney = 8, StyleNote = 9;

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
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" }) { Count = 1 },
            new Fonts(F(11), F(18, bold: true), F(11, bold: true), F(10)) { Count = 4 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                Format(1, 0, HorizontalAlignmentValues.Center),                 // 1 title
                Format(0, 0, HorizontalAlignmentValues.Left),                   // 2 unit and period
                Format(0, 0, HorizontalAlignmentValues.Right),                  // 3 date
                Format(2, 1, HorizontalAlignmentValues.Center, wrap: true),     // 4 header, total label
                Format(0, 1, HorizontalAlignmentValues.Left),                   // 5 category
                Format(0, 1, HorizontalAlignmentValues.Right, 1),               // 6 count "0"
                Format(0, 1, HorizontalAlignmentValues.Right),                  // 7 rate as displayed
                Format(0, 1, HorizontalAlignmentValues.Right, 164),             // 8 money
                Format(3, 0, HorizontalAlignmentValues.Left, wrap: true))       // 9 note
            { Count = 10 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    /// <summary>0 → A, 1 → B, … 25 → Z, 26 → AA.</summary>
    static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }
}
