using System.Net;
using Fazhi.Core.Enforcement;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Enforcement;

/// <summary>/Enforcement/Import: an inspection ledger checked row by row, then recorded all together or not at all.</summary>
public class InspectionImportTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static Dictionary<string, object?> Row(string date, string officers, string summary, string entity = "", string place = "", string kind = "",
        string village = "", string route = "", string campaign = "", string findings = "", string outcome = "", string due = "") => new()
    {
        ["检查日期"] = date, ["检查类别"] = kind, ["村（社区）"] = village, [InspectionImport.EntityHeader] = entity, ["检查地点"] = place, ["巡查路线"] = route,
        ["专项整治"] = campaign, ["执法人员"] = officers, ["检查情况"] = summary, ["发现问题"] = findings, ["检查结果"] = outcome, ["整改期限"] = due,
    };

    static async Task<HttpResponseMessage> UploadAsync(HttpClient client, IEnumerable<Dictionary<string, object?>> rows)
    {
        var xlsx = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, rows);
        var form = new MultipartFormDataContent
        {
            { new StringContent(await SignIn.AntiforgeryTokenAsync(client, "/Enforcement/Import")), "__RequestVerificationToken" },
            { new ByteArrayContent(xlsx.ToArray()), "file", "台账.xlsx" },
        };
        return await client.PostAsync("/Enforcement/Import", form);
    }

    async Task<int> CountAsync(string marker)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Set<Inspection>().CountAsync(i => i.Summary.StartsWith(marker));
    }

    [Fact]
    public async Task AGoodLedger_RecordsEveryRow_WithEntitiesCampaignFindingsAndOrders()
    {
        var town = await EnforcementArrange.TownAsync(app);
        await EnforcementArrange.OfficerAsync(app, "导入周明");
        await EnforcementArrange.OfficerAsync(app, "导入吴华");
        var byName = await EnforcementArrange.EntityAsync(app, town.Yangshan, "导入测试砖厂");
        var code = EnforcementArrange.CreditCode();
        var byCode = await EnforcementArrange.EntityAsync(app, town.Xinling, "导入测试加油站", code: code);
        var api = await SignIn.ApiAsAsync(app, "demo.zhifa");
        await EnforcementArrange.PostAsync(api, "/api/v1/enforcement/campaigns",
            new { townId = town.TownId, name = "导入测试秸秆禁烧", kind = "秸秆禁烧", startsOn = "2026-10-01", endsOn = "2026-10-31" });

        var clerk = await SignIn.AsAsync(app, "demo.zhifa");
        var template = await clerk.GetAsync("/Enforcement/Import?handler=Template");
        using (var t = new MemoryStream(await template.Content.ReadAsByteArrayAsync()))
            Assert.Equal(InspectionImport.Headers, MiniExcelLibs.MiniExcel.Query(t, useHeaderRow: true).Cast<IDictionary<string, object>>().First().Keys);

        var response = await UploadAsync(clerk, [
            Row("2026-10-08", "导入周明、导入吴华", "导入好：检查砖厂", entity: "导入测试砖厂",
                findings: "较大隐患：窑炉周边堆放易燃物\n一般违法：未设置安全警示标志；隐患：灭火器过期（当场整改）", outcome: "责令整改", due: "2026-10-18"),
            Row("2026/10/9", "导入周明，导入吴华", "导入好：检查加油站", entity: code, outcome: "未发现问题"),
            Row("2026-10-10", "导入周明 导入吴华", "导入好：沿田巡查", kind: "巡查", village: "阳山村", place: "阳山村北片农田", route: "村委会—北片农田—河堤",
                campaign: "导入测试秸秆禁烧"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Enforcement/Inspections", response.Headers.Location?.OriginalString);
        Assert.Equal(3, await CountAsync("导入好："));

        await using var scope = app.SystemScope(out var db);
        var kiln = await db.Set<Inspection>().Include(i => i.Findings).Include(i => i.Officers).SingleAsync(i => i.Summary == "导入好：检查砖厂");
        Assert.Equal((byName, town.Yangshan, InspectionOutcome.Rectification), (kiln.EntityId, kiln.VillageId, kiln.Outcome));
        Assert.Equal(["导入周明", "导入吴华"], kiln.Officers.OrderBy(o => o.Id).Select(o => o.Name));
        Assert.All(kiln.Officers, o => Assert.StartsWith("44T", o.CertificateNumber));
        Assert.Equal([
                (FindingType.Hazard, FindingSeverity.Significant, "窑炉周边堆放易燃物", false),
                (FindingType.Violation, FindingSeverity.Minor, "未设置安全警示标志", false),
                (FindingType.Hazard, FindingSeverity.Minor, "灭火器过期", true),
            ],
            kiln.Findings.OrderBy(f => f.Id).Select(f => (f.Type, f.Severity, f.Description, f.CorrectedOnSpot)));
        var order = await db.Set<RectificationOrder>().SingleAsync(o => o.InspectionId == kiln.Id);
        Assert.Equal((new DateOnly(2026, 10, 18), "1. 窑炉周边堆放易燃物\n2. 未设置安全警示标志"), (order.DueOn, order.Items));
        var station = await db.Set<Inspection>().SingleAsync(i => i.Summary == "导入好：检查加油站");
        Assert.Equal((byCode, town.Xinling, "导入测试加油站", new DateOnly(2026, 10, 9)), (station.EntityId, station.VillageId, station.Subject, station.InspectedOn));
        var patrol = await db.Set<Inspection>().SingleAsync(i => i.Summary == "导入好：沿田巡查");
        Assert.Equal((InspectionKind.Patrol, "阳山村北片农田", "村委会—北片农田—河堤", town.Yangshan), (patrol.Kind, patrol.Subject, patrol.Route, patrol.VillageId));
        Assert.Equal(await db.Set<Campaign>().Where(c => c.Name == "导入测试秸秆禁烧").Select(c => (long?)c.Id).SingleAsync(), patrol.CampaignId);
    }

    [Fact]
    public async Task ALedgerWithBadRows_RecordsNothing_AndNamesEachRowsProblems()
    {
        var town = await EnforcementArrange.TownAsync(app);
        await EnforcementArrange.OfficerAsync(app, "坏账郑一");
        await EnforcementArrange.OfficerAsync(app, "坏账王二");
        await EnforcementArrange.OfficerAsync(app, "坏账无证", certified: false);
        await EnforcementArrange.EntityAsync(app, town.Yangshan, "坏账测试饭店");
        var clerk = await SignIn.AsAsync(app, "demo.zhifa");

        var response = await UploadAsync(clerk, [
            Row("2026-10-20", "坏账郑一、坏账王二", "导入坏：一", entity: "坏账测试饭店"),
            Row("2026-10-20", "坏账郑一、坏账无证", "导入坏：二", entity: "坏账测试饭店"),
            Row("2026-13-40", "坏账郑一、查无此人", "导入坏：三", entity: "未登记的工厂", outcome: "罚款"),
            Row("2026-10-21", "坏账郑一、坏账王二", "导入坏：四", entity: "坏账测试饭店", findings: "重大隐患：燃气管道老化", outcome: "责令整改"),
            Row("2026-10-21", "坏账郑一、坏账王二", "导入坏：五", kind: "复查", place: "镇区"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("未导入任何数据", html);
        Assert.DoesNotContain("第2行", html);
        Assert.Contains("第3行：执法人员不得少于两人且须持有在2026年10月20日有效的行政执法证（《行政处罚法》第四十二条），现有1人符合：坏账无证未持有行政执法证。", html);
        Assert.Contains("第4行：检查日期“2026-13-40”无效；监管对象“未登记的工厂”未在西联镇登记", html);
        Assert.Contains("执法人员“查无此人”不是西联镇登记的执法人员", html);
        Assert.Contains("检查结果“罚款”应为未发现问题、责令整改、取缔关停、立案查处之一", html);
        Assert.Contains("第5行：检查结果为责令整改的，请填写整改期限。", html);
        Assert.Contains("第6行：复查请在整改通知中登记，不能导入。", html);
        Assert.Equal(0, await CountAsync("导入坏："));
    }

    [Fact]
    public async Task TheSupervisorCannotImport()
    {
        var supervisor = await SignIn.AsAsync(app, "demo.district");
        var refused = await supervisor.GetAsync("/Enforcement/Import");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/Denied", refused.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("重大隐患：配电箱无防护", FindingType.Hazard, FindingSeverity.Major, "配电箱无防护", false)]
    [InlineData("较大违法：无证经营（当场整改）", FindingType.Violation, FindingSeverity.Significant, "无证经营", true)]
    [InlineData("违法行为：占道经营", FindingType.Violation, FindingSeverity.Minor, "占道经营", false)]
    [InlineData("重大：燃气泄漏", FindingType.Hazard, FindingSeverity.Major, "燃气泄漏", false)]
    [InlineData("仓库：堆放杂物", FindingType.Hazard, FindingSeverity.Minor, "仓库：堆放杂物", false)]
    public void AFindingsCell_ReadsSeverityTypeAndOnTheSpotCorrection(string cell, FindingType type, FindingSeverity severity, string text, bool corrected) =>
        Assert.Equal(new Inspection.FindingInput(type, severity, text, corrected), InspectionImport.Finding(cell));
}
