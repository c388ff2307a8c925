using System.Net;
using Fazhi.Core.Reports;
using Fazhi.Web.Pages.Reports;
using Fazhi.Web.Tests.Infrastructure;

namespace Fazhi.Web.Tests.Reports;

/// <summary>The reports list as .xlsx: the list's filters, every page, how each report stands against its publication deadline, the reader's scope.</summary>
public class ReportListExportTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static async Task<List<IDictionary<string, object>>> RowsAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
    }

    [Fact]
    public async Task Export_IsTheFilteredListWithThePublicationStanding_InTheReadersScope()
    {
        var coordinator = await SignIn.AsAsync(app, "demo.fazhiban");
        Assert.Contains("href=\"/Reports?handler=Export&amp;year=2019\"", await coordinator.GetStringAsync("/Reports?year=2019"));

        var rows = await RowsAsync(coordinator, "/Reports?handler=Export&year=2019");
        Assert.Equal("筛选条件：2019年度", rows[0]["A"]?.ToString());
        Assert.Equal(["年度", "乡镇", "标题", "报告模板", "状态", "报送审核", "审核通过", "公开期限", "公开日期", "公开情况"],
            rows[1].Values.Select(v => v?.ToString()).ToList());
        var row = Assert.Single(rows.Skip(2));
        Assert.Equal("2019", row["A"]?.ToString());
        Assert.Equal("西联镇", row["B"]?.ToString());
        Assert.Equal("武江区西联镇2019年度法治政府建设情况报告", row["C"]?.ToString());
        Assert.Equal("起草中", row["E"]?.ToString());
        Assert.Equal(new DateTime(2020, 3, 31), Convert.ToDateTime(row["H"]));
        Assert.Equal("未公开（已逾期）", row["J"]?.ToString());

        // Another town's clerk exports the same year and finds nothing of 西联镇's.
        var longgui = await SignIn.AsAsync(app, "demo.longgui");
        Assert.DoesNotContain(await RowsAsync(longgui, "/Reports?handler=Export&year=2019"), r => r.Values.Any(v => v?.ToString() == "西联镇"));
    }

    [Theory]
    [InlineData("2020-03-31", null, "按期公开")]
    [InlineData("2020-04-01", null, "逾期公开")]
    [InlineData(null, "2020-03-31", "未公开")]
    [InlineData(null, "2020-04-01", "未公开（已逾期）")]
    public void Publication_ComparesThePublicationDateWithThe31MarchDeadline(string? publishedOn, string? today, string expected)
    {
        var row = new IndexModel.Row(1, 2019, "西联镇", "报告", publishedOn is null ? ReportStatus.Approved : ReportStatus.Published, new DateOnly(2020, 3, 31),
            null, null, publishedOn is null ? null : DateOnly.Parse(publishedOn), "模板");
        Assert.Equal(expected, IndexModel.Publication(row, today is null ? new DateOnly(2020, 4, 2) : DateOnly.Parse(today)));
    }
}
