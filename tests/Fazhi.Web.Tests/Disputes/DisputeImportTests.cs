using System.Net;
using Fazhi.Core.Disputes;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Disputes;

/// <summary>/Disputes/Import: a ledger checked row by row, then registered all together or not at all.</summary>
public class DisputeImportTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static Dictionary<string, object?> Row(string date, string village, string party, string description, string category = "邻里",
        string group = "", string risk = "", string riskReason = "", string amount = "", string party2 = "") => new()
    {
        ["登记日期"] = date, ["村（社区）"] = village, ["村民小组"] = group, ["类别"] = category, ["来源"] = "排查发现", ["风险等级"] = risk,
        ["风险理由"] = riskReason, ["当事人"] = party, ["公民身份号码"] = "", ["联系电话"] = "13900001111", ["住址"] = "", ["当事人2"] = party2,
        ["联系电话2"] = "", ["涉及人数"] = 3, ["涉及金额（元）"] = amount, ["纠纷情况"] = description,
    };

    static async Task<HttpResponseMessage> UploadAsync(HttpClient client, IEnumerable<Dictionary<string, object?>> rows)
    {
        var xlsx = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, rows);
        var form = new MultipartFormDataContent
        {
            { new StringContent(await SignIn.AntiforgeryTokenAsync(client, "/Disputes/Import")), "__RequestVerificationToken" },
            { new ByteArrayContent(xlsx.ToArray()), "file", "台账.xlsx" },
        };
        return await client.PostAsync("/Disputes/Import", form);
    }

    async Task<int> CountAsync(string marker)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Set<Dispute>().CountAsync(d => d.Description.StartsWith(marker));
    }

    [Fact]
    public async Task AGoodLedger_ImportsEveryRow_WithGroupAmountRiskAndSecondParty()
    {
        var clerk = await SignIn.AsAsync(app, "demo.xinfang");
        var template = await clerk.GetAsync("/Disputes/Import?handler=Template");
        using (var t = new MemoryStream(await template.Content.ReadAsByteArrayAsync()))
            Assert.Equal(DisputeImport.Headers, MiniExcelLibs.MiniExcel.Query(t, useHeaderRow: true).Cast<IDictionary<string, object>>().First().Keys);

        var response = await UploadAsync(clerk, [
            Row("2019-11-04", "阳山村", "导入甲", "导入好：排水沟", group: "第一村民小组", amount: "1,234.5", party2: "导入乙"),
            Row("2019/11/5", "沙湖村", "导入丙", "导入好：借款", category: "合同", risk: "中风险", riskReason: "涉及金额较大"),
            Row("2019-11-06", "", "导入丁", "导入好：镇本级"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(3, await CountAsync("导入好："));

        await using var scope = app.SystemScope(out var db);
        var first = await db.Set<Dispute>().Include(d => d.Parties).SingleAsync(d => d.Description == "导入好：排水沟");
        Assert.Equal(await db.Regions.Where(r => r.Name == "阳山村第一村民小组").Select(r => (long?)r.Id).SingleAsync(), first.GroupId);
        Assert.Equal(DisputeLevel.Group, first.Level);
        Assert.Equal(123_450, first.AmountFen);
        Assert.Equal(["导入甲", "导入乙"], first.Parties.OrderBy(p => p.Id).Select(p => p.Name));
        Assert.Equal(3, first.PeopleCount);
        var second = await db.Set<Dispute>().SingleAsync(d => d.Description == "导入好：借款");
        Assert.Equal((RiskLevel.Medium, new DateOnly(2019, 11, 5), DisputeSource.Screening), (second.Risk, second.ReportedOn, second.Source));
        Assert.Null((await db.Set<Dispute>().SingleAsync(d => d.Description == "导入好：镇本级")).VillageId);
    }

    [Fact]
    public async Task ALedgerWithTwoBadRows_ImportsNothing_AndNamesBothRows()
    {
        var clerk = await SignIn.AsAsync(app, "demo.xinfang");
        var response = await UploadAsync(clerk, [
            Row("2019-11-04", "阳山村", "坏账甲", "导入坏：一"),
            Row("2019-13-40", "不存在村", "坏账乙", "导入坏：二", category: "外星"),
            Row("2019-11-05", "沙湖村", "坏账丙", "导入坏：三"),
            Row("2019-11-06", "沙湖村", "坏账丁", "导入坏：四", risk: "高风险"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("未导入任何数据", html);
        Assert.Contains("第3行：登记日期“2019-13-40”无效；村（社区）“不存在村”不属于西联镇；类别“外星”不在列表中", html);
        Assert.Contains("第5行：中、高风险纠纷须写明风险理由", html);
        Assert.DoesNotContain("第2行", html);
        Assert.DoesNotContain("第4行", html);
        Assert.Equal(0, await CountAsync("导入坏："));
    }

    [Fact]
    public async Task AVillageCadre_ImportsOnlyTheirVillage_AndTheSupervisorCannotImport()
    {
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        var response = await UploadAsync(cadre, [Row("2019-11-04", "阳山村", "村导甲", "村导入：本村"), Row("2019-11-04", "新岭村", "村导乙", "村导入：外村")]);
        Assert.Contains("第3行：该纠纷不在您的管辖范围内", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await CountAsync("村导入："));
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(cadre, [Row("2019-11-04", "阳山村", "村导甲", "村导入：本村")])).StatusCode);
        Assert.Equal(1, await CountAsync("村导入："));

        var supervisor = await SignIn.AsAsync(app, "demo.district");
        var refused = await supervisor.GetAsync("/Disputes/Import");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/Denied", refused.Headers.Location!.PathAndQuery);
    }
}
