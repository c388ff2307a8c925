using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Fazhi.Core.Disputes;
using Fazhi.Core.Reporting;
using MiniExcelLibs;

namespace Fazhi.Core.Tests.Reporting;

public class DisputeStatisticsWorkbookTests
{
    static DisputeFact Fact(string category, DisputeStatus status, MediationKind? kind = null, AgreementForm? form = null,
        PerformanceStatus? performance = null, int people = 2, long amountFen = 0) =>
        new(category, 1, DisputeSource.Screening, DisputeLevel.Village, new DateOnly(2019, 2, 1), status, kind, form, performance,
            status is DisputeStatus.Succeeded or DisputeStatus.Failed or DisputeStatus.Withdrawn ? new DateOnly(2019, 2, 10) : null,
            false, null, false, RiskLevel.Low, people, amountFen, false);

    static readonly IReadOnlyList<DisputeFact> Facts =
    [
        Fact("邻里", DisputeStatus.Succeeded, MediationKind.People, AgreementForm.Written, PerformanceStatus.Performed, amountFen: 300_050),
        Fact("邻里", DisputeStatus.Succeeded, MediationKind.People, AgreementForm.Oral),
        Fact("邻里", DisputeStatus.Failed, MediationKind.Administrative),
        Fact("合同", DisputeStatus.Pending, people: 5),
    ];

    static List<IDictionary<string, object?>> WriteAndRead(out MemoryStream stream)
    {
        stream = new MemoryStream();
        DisputeStatisticsWorkbook.Write(stream, "西联镇", StatisticsPeriod.Of(2019, 1), DisputeFigures.ByCategory(Facts), new DateOnly(2019, 4, 2));
        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        stream.Position = 0;
        return rows;
    }

    [Fact]
    public void Table_HasATitleRowAPeriodLineHeadersOneRowPerCategoryAndTheTotal()
    {
        var rows = WriteAndRead(out var stream);
        Assert.Equal("西联镇人民调解工作统计表", rows[0]["A"]);
        Assert.Contains("统计期间：2019年第一季度（2019年1月1日至2019年3月31日）", rows[1]["A"]!.ToString());
        Assert.Equal("填表日期：2019年4月2日", rows[1]["I"]);
        string[] expected = ["类别", "排查发现", "调处", "调处成功", "调处成功率", "人民调解", "行政调解", "司法调解", "书面协议", "口头协议", "协议履行",
            "申请司法确认", "司法确认有效", "民转刑", "涉及人数", "涉及金额（元）"];
        Assert.Equal(expected, rows[2].Values.Take(expected.Length).Select(v => v?.ToString()));
        Assert.Equal(DisputeCategories.All, rows.Skip(3).Take(DisputeCategories.All.Count).Select(r => r["A"]?.ToString()));

        var neighbours = rows.Single(r => r["A"]?.ToString() == "邻里");
        Assert.Equal([3d, 3d, 2d], new[] { "B", "C", "D" }.Select(c => Convert.ToDouble(neighbours[c])));
        Assert.Equal("66.7%", neighbours["E"]);
        Assert.Equal(2d, Convert.ToDouble(neighbours["F"]));  // 人民调解
        Assert.Equal(1d, Convert.ToDouble(neighbours["G"]));  // 行政调解
        Assert.Equal(1d, Convert.ToDouble(neighbours["I"]));  // 书面协议
        Assert.Equal(1d, Convert.ToDouble(neighbours["K"]));  // 协议履行
        Assert.Equal(3000.5, Convert.ToDouble(neighbours["P"]));

        var contracts = rows.Single(r => r["A"]?.ToString() == "合同");
        Assert.Equal("—", contracts["E"]); // nothing mediated: no rate
        var total = rows.Single(r => r["A"]?.ToString() == "合计");
        Assert.Equal(4d, Convert.ToDouble(total["B"]));
        Assert.Equal(11d, Convert.ToDouble(total["O"]));
        Assert.StartsWith("说明：", rows[^1]["A"]!.ToString());

        using var doc = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        Assert.Contains(doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.MergeCell>(),
            m => m.Reference == "A1:P1");
    }

    [Theory]
    [InlineData(2, "2019年第二季度", 4, 1, 6, 30)]
    [InlineData(4, "2019年第四季度", 10, 1, 12, 31)]
    [InlineData(null, "2019年全年", 1, 1, 12, 31)]
    [InlineData(7, "2019年全年", 1, 1, 12, 31)]
    public void Period_CoversTheQuarterOrTheYear(int? quarter, string label, int fromMonth, int fromDay, int toMonth, int toDay)
    {
        var p = StatisticsPeriod.Of(2019, quarter);
        Assert.Equal(label, p.Label);
        Assert.Equal(new DateOnly(2019, fromMonth, fromDay), p.From);
        Assert.Equal(new DateOnly(2019, toMonth, toDay), p.To);
    }
}
