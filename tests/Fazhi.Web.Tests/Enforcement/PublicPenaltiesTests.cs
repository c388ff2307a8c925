using System.Net;
using Fazhi.Core.Enforcement;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Enforcement;

/// <summary>/Public/Penalties: published penalty decisions for anyone; a person masked as 张某, nothing unpublished, no ID number or address.</summary>
public class PublicPenaltiesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    /// <summary>Files a case and takes it to a decision (and publication) over the API, as enforcement staff would.</summary>
    static async Task DecideAsync(HttpClient api, object party, long? entityId, long townId, long[] officers, string number, string cause, bool publish)
    {
        var filed = await EnforcementArrange.PostAsync(api, "/api/v1/enforcement/cases",
            new { townId, type = "General", cause, filedOn = "2026-09-01", party, entityId, officerIds = officers });
        var id = filed.GetProperty("id").GetInt64();
        async Task Step(object step) => await EnforcementArrange.PostAsync(api, $"/api/v1/enforcement/cases/{id}/steps", step, HttpStatusCode.OK);
        await Step(new { step = "investigate", on = "2026-09-01", evidence = "现场检查笔录、照片" });
        await Step(new { step = "notify-rights", on = "2026-09-02" });
        await Step(new { step = "decide", on = "2026-09-14", number, penaltyKind = "罚款", fineFen = 200_000, basis = "《中华人民共和国消防法》第六十条第一款第（三）项",
            summary = "占用、堵塞消防车通道，罚款二千元" });
        if (publish) await Step(new { step = "publish", on = "2026-09-15" });
    }

    [Fact]
    public async Task PublishedDecisions_ShowAnOrganisationInFull_AndAPersonAs张某_WithoutIdNumbersAddressesOrUnpublishedCases()
    {
        var town = await EnforcementArrange.TownAsync(app);
        var a = await EnforcementArrange.OfficerAsync(app, "公示甲");
        var b = await EnforcementArrange.OfficerAsync(app, "公示乙");
        var shop = await EnforcementArrange.EntityAsync(app, town.Yangshan, "公示测试五金商店");
        var api = await SignIn.ApiAsAsync(app, "demo.zhifa");
        await DecideAsync(api, new { name = "张三丰", isPerson = true, idNumber = "11010519491231002X", address = "阳山村五组7号" }, null, town.TownId, [a, b],
            "西联罚〔2026〕11号", "公示测试：占用消防车通道", publish: true);
        await DecideAsync(api, new { name = "", isPerson = false }, shop, town.TownId, [a, b], "西联罚〔2026〕12号", "公示测试：堵塞疏散通道", publish: true);
        await DecideAsync(api, new { name = "李四海", isPerson = true }, null, town.TownId, [a, b], "西联罚〔2026〕13号", "公示测试：未公示的决定", publish: false);

        var anonymous = SignIn.Anonymous(app);
        var response = await anonymous.GetAsync($"/Public/Penalties?townId={town.TownId}&year=2026");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var table = html.Split("data-testid=\"public-penalties\"")[1].Split("</table>")[0];
        Assert.Contains("<td class=\"text-nowrap\">西联罚〔2026〕11号</td>", table);
        Assert.Contains("<td>张某</td>", table);
        Assert.Contains("<td>公示测试：占用消防车通道</td>", table);
        Assert.Contains("<td>罚款（罚款2,000元）</td>", table);
        Assert.Contains("<td>《中华人民共和国消防法》第六十条第一款第（三）项</td>", table);
        Assert.Contains("<td>西联镇人民政府</td>", table);
        Assert.Contains("2026年9月14日", table);
        Assert.Contains("<td>公示测试五金商店</td>", table);
        Assert.DoesNotContain("张三丰", html);
        Assert.DoesNotContain("11010519491231002X", html);
        Assert.DoesNotContain("1101**", html);
        Assert.DoesNotContain("五组7号", html);
        Assert.DoesNotContain("西联罚〔2026〕13号", html);
        Assert.DoesNotContain("李四海", html);
        Assert.DoesNotContain("李某", html);
        Assert.DoesNotContain("现场检查笔录", html); // evidence stays inside

        // Another town's list and another year hold none of them.
        long longgui;
        await using (var scope = app.SystemScope(out var db))
            longgui = await db.Regions.Where(r => r.Name == "龙归镇").Select(r => r.Id).SingleAsync();
        Assert.DoesNotContain("公示测试", await anonymous.GetStringAsync($"/Public/Penalties?townId={longgui}&year=2026"));
        Assert.DoesNotContain("公示测试", await anonymous.GetStringAsync($"/Public/Penalties?townId={town.TownId}&year=2025"));
    }

    [Fact]
    public void APersonsName_IsMaskedToTheSurname_AndAnOrganisationKeepsIts()
    {
        Assert.Equal("张某", PublicPenalties.PartyName("张三", isPerson: true));
        Assert.Equal("欧某", PublicPenalties.PartyName("欧阳娜娜", isPerson: true));
        Assert.Equal("西联镇宏达五金厂", PublicPenalties.PartyName("西联镇宏达五金厂", isPerson: false));
    }

    [Fact]
    public async Task ThePublicReader_CannotWrite()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<Core.Data.AppDbContext>>();
        await using var reader = new Core.Data.AppDbContext(options, PublicReader.Instance, TimeProvider.System);
        var town = await reader.Regions.SingleAsync(r => r.Name == "西联镇");
        reader.Add(RegulatedEntity.Register(Core.Regions.RecordPlace.Of(town, null, null),
            new RegulatedEntity.Details("公众写入测试", null, EntityKind.Site, null, "某地", null, null, RiskClass.Low)));
        var refused = await Assert.ThrowsAsync<Core.Common.DomainRuleException>(() => reader.SaveChangesAsync());
        Assert.Contains("只读", refused.Message);
    }
}
