using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Fazhi.Core.Reporting;

namespace Fazhi.Core.Tests.Reporting;

public class FiguresWorkbookTests
{
    static readonly Figure[] Headline =
    [
        new("count", "检查（次）", "检查记录数", 12),
        new("rate", "整改完成率", "整改到位 ÷ 整改通知", 2, 3),
        new("empty", "法制审核率", "审核 ÷ 重大决定", 0, 0),
        new("fine", "罚款金额（元）", "罚款之和", 500_050, Unit: FigureUnit.Fen),
        new("days", "平均办案天数", "天数之和 ÷ 案件数", 45, 2, FigureUnit.Days),
        new("hours", "人均学法学时", "学时之和 ÷ 人数", 75, 30, FigureUnit.Hours),
    ];

    static MemoryStream Write()
    {
        var stream = new MemoryStream();
        using (var book = new FiguresWorkbook(stream, "西联镇2019年统计", "统计范围：2019年"))
        {
            book.AddSheet("主要指标", book.Headline(Headline, "说明"), [30, 12, 12, 12, 60]);
            book.AddSheet("分类统计", book.Breakdowns([new Breakdown("按月份", [("1月", 2), ("2月", 3)]), new Breakdown("按村", [])]), [30, 12]);
        }
        stream.Position = 0;
        return stream;
    }

    static Cell CellAt(WorksheetPart part, string reference) =>
        part.Worksheet.Descendants<Cell>().Single(c => c.CellReference?.Value == reference);

    static WorksheetPart SheetNamed(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
    }

    [Fact]
    public void Workbook_IsValidOpenXml_WithTitleRowsPrintedOnEveryPage()
    {
        using var doc = SpreadsheetDocument.Open(Write(), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var titles = doc.WorkbookPart!.Workbook.Descendants<DefinedName>().Select(d => (d.LocalSheetId?.Value, d.Text)).ToList();
        Assert.Equal([(0u, "'主要指标'!$1:$3"), (1u, "'分类统计'!$1:$3")], titles);
        var merges = SheetNamed(doc, "主要指标").Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ToList();
        Assert.Equal(["A1:E1", "A2:E2"], merges);
    }

    [Fact]
    public void Headline_WritesRatiosAsFormulasWithTheirValues_DashOnAZeroDenominator_MoneyInYuan()
    {
        using var doc = SpreadsheetDocument.Open(Write(), false);
        var part = SheetNamed(doc, "主要指标");
        Assert.Equal("12", CellAt(part, "B4").CellValue!.Text);
        Assert.Null(CellAt(part, "B4").CellFormula);

        var rate = CellAt(part, "B5");
        Assert.Equal("IF(D5=0,\"—\",C5/D5)", rate.CellFormula!.Text);
        Assert.Equal(2d / 3, double.Parse(rate.CellValue!.Text), 9);
        Assert.Equal(FiguresWorkbook.Style.Rate, CellAt(part, "B5").StyleIndex!.Value);

        Assert.Equal("—", CellAt(part, "B6").CellValue!.Text);

        var fine = CellAt(part, "B7");
        Assert.Equal("C7/100", fine.CellFormula!.Text);
        Assert.Equal(5000.5, double.Parse(fine.CellValue!.Text));
        Assert.EndsWith("（分子以分计，数值以元计）", doc.WorkbookPart!.SharedStringTablePart!.SharedStringTable
            .Elements<SharedStringItem>().ElementAt(int.Parse(CellAt(part, "E7").CellValue!.Text)).InnerText);

        Assert.Equal(FiguresWorkbook.Style.Days, CellAt(part, "B8").StyleIndex!.Value);
        Assert.Equal(22.5, double.Parse(CellAt(part, "B8").CellValue!.Text));
        Assert.Equal(FiguresWorkbook.Style.Hours, CellAt(part, "B9").StyleIndex!.Value);
        Assert.Equal(2.5, double.Parse(CellAt(part, "B9").CellValue!.Text));
    }

    [Fact]
    public void Breakdowns_TotalEachWithASumFormula_AndAnEmptyOneWithZero()
    {
        using var doc = SpreadsheetDocument.Open(Write(), false);
        var part = SheetNamed(doc, "分类统计");
        // Row 4 按月份, 5–6 the months, 7 合计; row 8 blank; row 9 按村, row 10 合计.
        Assert.Equal("SUM(B5:B6)", CellAt(part, "B7").CellFormula!.Text);
        Assert.Equal("5", CellAt(part, "B7").CellValue!.Text);
        Assert.Equal("0", CellAt(part, "B10").CellFormula!.Text);
        Assert.Equal("0", CellAt(part, "B10").CellValue!.Text);
    }
}
