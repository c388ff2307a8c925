using System.Net;
using Fazhi.Core.Enforcement;
using Fazhi.Core.PersonalData;
using Fazhi.Web.Tests.Infrastructure;

namespace Fazhi.Web.Tests.Enforcement;

/// <summary>/Enforcement/Export/{register}: each register as .xlsx, read back; filters named in row 1, scope and masking as on the lists.</summary>
public class EnforcementExportTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static async Task<List<IDictionary<string, object?>>> SheetAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
    }

    static string? Cell(IDictionary<string, object?> row, string column) => row.TryGetValue(column, out var v) ? v?.ToString() : null;

    [Fact]
    public async Task EveryRegister_ExportsItsRowsUnderChineseHeaders_WithTheFiltersInRowOne()
    {
        var town = await EnforcementArrange.TownAsync(app);
        var a = await EnforcementArrange.OfficerAsync(app, "导出甲");
        var b = await EnforcementArrange.OfficerAsync(app, "导出乙");
        var entity = await EnforcementArrange.EntityAsync(app, town.Yangshan, "导出测试木材加工厂");
        var person = await EnforcementArrange.EntityAsync(app, town.Yangshan, "导出测试个体户", EntityKind.Individual, address: "阳山村四组9号");
        var api = await SignIn.ApiAsAsync(app, "demo.zhifa");
        var campaign = await EnforcementArrange.PostAsync(api, "/api/v1/enforcement/campaigns",
            new { townId = town.TownId, name = "导出测试专项整治", kind = "安全生产", startsOn = "2026-09-01", endsOn = "2026-09-30" });
        var campaignId = campaign.GetProperty("id").GetInt64();
        await EnforcementArrange.PostAsync(api, "/api/v1/enforcement/inspections",
            EnforcementArrange.Inspection(town.TownId, null, "2026-09-08", entity, [a, b], "导出测试检查", dueOn: "2026-09-18", campaignId: campaignId));
        await EnforcementArrange.PostAsync(api, "/api/v1/enforcement/cases", new
        {
            townId = town.TownId, type = "General", cause = "导出测试：未按规定储存木材", filedOn = "2026-09-09", entityId = entity, officerIds = new[] { a, b },
        });

        var staff = await SignIn.AsAsync(app, "demo.zhifa");
        var inspections = await SheetAsync(await staff.GetAsync($"/Enforcement/Export/inspections?year=2026&campaignId={campaignId}"));
        Assert.Equal("筛选条件：2026年；专项整治：导出测试专项整治", Cell(inspections[0], "A"));
        Assert.Equal(EnforcementLedgers.InspectionColumns.Select(c => c.Header), inspections[1].Values.Select(v => v?.ToString()));
        var row = inspections.Skip(2).Single();
        Assert.Equal(("2026年9月8日", "检查", "导出测试木材加工厂", "阳山村", "导出测试专项整治", "导出甲、导出乙", "2", "责令整改"),
            (Cell(row, "A"), Cell(row, "B"), Cell(row, "C"), Cell(row, "D"), Cell(row, "E"), Cell(row, "F"), Cell(row, "G"), Cell(row, "H")));

        var orders = await SheetAsync(await staff.GetAsync($"/Enforcement/Export/orders?year=2026&entityId={entity}&status=Open"));
        Assert.Equal("筛选条件：2026年；状态：整改中；监管对象：导出测试木材加工厂", Cell(orders[0], "A"));
        var order = orders.Skip(2).Single();
        Assert.Equal(("导出测试木材加工厂", "2026年9月18日", "整改中"), (Cell(order, "B"), Cell(order, "F"), Cell(order, "G")));

        var cases = await SheetAsync(await staff.GetAsync("/Enforcement/Export/cases?year=2026&type=General"));
        Assert.Contains(cases.Skip(2), r => Cell(r, "C") == "导出测试：未按规定储存木材" && Cell(r, "D") == "导出测试木材加工厂" && Cell(r, "M") == "办理中");
        Assert.DoesNotContain(await SheetAsync(await staff.GetAsync("/Enforcement/Export/cases?year=2025")),
            r => Cell(r, "C") == "导出测试：未按规定储存木材");

        var campaigns = await SheetAsync(await staff.GetAsync("/Enforcement/Export/campaigns?year=2026"));
        var result = campaigns.Single(r => Cell(r, "A") == "导出测试专项整治");
        Assert.Equal(("安全生产", "1", "1", "0"), (Cell(result, "B"), Cell(result, "G"), Cell(result, "H"), Cell(result, "I")));

        var response = await staff.GetAsync("/Enforcement/Export/entities?q=" + Uri.EscapeDataString("导出测试"));
        Assert.StartsWith("监管对象台账-", response.Content.Headers.ContentDisposition?.FileNameStar);
        var entities = await SheetAsync(response);
        Assert.Equal("筛选条件：包含“导出测试”", Cell(entities[0], "A"));
        Assert.Equal("阳山村四组9号", Cell(entities.Single(r => Cell(r, "A") == "导出测试个体户"), "F"));
        Assert.Equal("1", Cell(entities.Single(r => Cell(r, "A") == "导出测试木材加工厂"), "J"));

        // The leader sees a person's address masked; a village cadre of another village sees none of 阳山村's rows.
        var leader = await SignIn.AsAsync(app, "demo.leader");
        var masked = await SheetAsync(await leader.GetAsync("/Enforcement/Export/entities?q=" + Uri.EscapeDataString("导出测试")));
        Assert.Equal(Masking.Address("阳山村四组9号"), Cell(masked.Single(r => Cell(r, "A") == "导出测试个体户"), "F"));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/Enforcement/Export/letters?year=2026")).StatusCode);
    }

    [Fact]
    public async Task AVillageCadre_ExportsOnlyTheirVillagesInspections()
    {
        var town = await EnforcementArrange.TownAsync(app);
        var a = await EnforcementArrange.OfficerAsync(app, "范围导出甲");
        var b = await EnforcementArrange.OfficerAsync(app, "范围导出乙");
        var own = await EnforcementArrange.EntityAsync(app, town.Yangshan, "范围导出阳山作坊");
        var other = await EnforcementArrange.EntityAsync(app, town.Xinling, "范围导出新岭作坊");
        var api = await SignIn.ApiAsAsync(app, "demo.zhifa");
        foreach (var entity in new[] { own, other })
            await EnforcementArrange.PostAsync(api, "/api/v1/enforcement/inspections",
                EnforcementArrange.Inspection(town.TownId, null, "2026-10-12", entity, [a, b], "范围导出检查"));

        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        var rows = (await SheetAsync(await cadre.GetAsync("/Enforcement/Export/inspections?year=2026&q=" + Uri.EscapeDataString("范围导出")))).Skip(2).ToList();
        Assert.Equal(["范围导出阳山作坊"], rows.Select(r => Cell(r, "C")));
    }

    [Fact]
    public async Task TheFiguresWorkbook_HasTheHeadlineRatesAsFormulas_TheBreakdownsWithTotals_AndEachCampaignsResults()
    {
        // No other test of this class works in 2025.
        var town = await EnforcementArrange.TownAsync(app);
        var a = await EnforcementArrange.OfficerAsync(app, "统计导出甲");
        var b = await EnforcementArrange.OfficerAsync(app, "统计导出乙");
        var api = await SignIn.ApiAsAsync(app, "demo.zhifa");
        var campaign = (await EnforcementArrange.PostAsync(api, "/api/v1/enforcement/campaigns",
            new { townId = town.TownId, name = "统计导出专项整治", kind = "消防", startsOn = "2025-06-01", endsOn = "2025-06-30" })).GetProperty("id").GetInt64();
        var orderIds = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            var entity = await EnforcementArrange.EntityAsync(app, town.Yangshan, $"统计导出商铺{i}");
            var inspection = await EnforcementArrange.PostAsync(api, "/api/v1/enforcement/inspections",
                EnforcementArrange.Inspection(town.TownId, null, $"2025-06-0{i + 2}", entity, [a, b], "统计导出检查", dueOn: "2025-06-20", campaignId: campaign));
            orderIds.Add(inspection.GetProperty("orderId").GetInt64());
        }
        foreach (var orderId in orderIds.Take(3))
            await EnforcementArrange.PostAsync(api, $"/api/v1/enforcement/orders/{orderId}/steps",
                new { step = "re-inspect", on = "2025-06-21", officerIds = new[] { a, b }, summary = "已整改", rectified = true }, HttpStatusCode.OK);

        var staff = await SignIn.AsAsync(app, "demo.zhifa");
        var response = await staff.GetAsync("/Enforcement/Export/figures?year=2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("西联镇行政执法工作统计-2025年.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using (var package = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(package).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Description)));
            var workbook = package.WorkbookPart!;
            Assert.Equal([EnforcementFiguresWorkbook.HeadlineSheet, EnforcementFiguresWorkbook.BreakdownSheet, EnforcementFiguresWorkbook.CampaignSheet],
                workbook.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
            var formulas = workbook.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.CellFormula>())
                .Select(f => f.Text).ToList();
            Assert.Contains(formulas, f => f.StartsWith("IF(D", StringComparison.Ordinal) && f.Contains("=0,\"—\",C", StringComparison.Ordinal));
            Assert.Contains(formulas, f => f.StartsWith("SUM(", StringComparison.Ordinal));
        }

        List<IDictionary<string, object?>> Sheet(string name)
        {
            using var stream = new MemoryStream(bytes);
            return MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false, sheetName: name).Cast<IDictionary<string, object?>>().ToList();
        }
        var headline = Sheet(EnforcementFiguresWorkbook.HeadlineSheet);
        Assert.Equal("西联镇2025年行政执法工作统计", Cell(headline[0], "A"));
        var rate = headline.Single(r => Cell(r, "A") == "整改完成率");
        Assert.Equal(("0.75", "3", "4", "整改到位 ÷ 下达整改通知"), (Cell(rate, "B"), Cell(rate, "C"), Cell(rate, "D"), Cell(rate, "E")));
        Assert.Equal("4", Cell(headline.Single(r => Cell(r, "A") == "下达整改通知"), "B"));
        var legalReview = headline.Single(r => Cell(r, "A") == "重大执法决定法制审核率");
        Assert.Equal(("—", "0"), (Cell(legalReview, "B"), Cell(legalReview, "D")));

        var breakdowns = Sheet(EnforcementFiguresWorkbook.BreakdownSheet);
        var byMonth = breakdowns.FindIndex(r => Cell(r, "A") == "检查按月份");
        Assert.Equal("4", Cell(breakdowns[byMonth + 6], "B")); // 6月
        Assert.Equal(("合计", "4"), (Cell(breakdowns[byMonth + 13], "A"), Cell(breakdowns[byMonth + 13], "B")));

        var campaigns = Sheet(EnforcementFiguresWorkbook.CampaignSheet);
        var result = campaigns.Single(r => Cell(r, "A") == "统计导出专项整治");
        Assert.Equal(("消防", "4", "4", "3", "0.75", "3"), (Cell(result, "B"), Cell(result, "F"), Cell(result, "J"), Cell(result, "K"), Cell(result, "L"), Cell(result, "O")));
        Assert.Equal("4", Cell(campaigns.Single(r => Cell(r, "A") == "合计"), "F"));
    }
}
