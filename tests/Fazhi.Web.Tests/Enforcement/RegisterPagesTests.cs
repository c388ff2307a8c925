using System.Net;
using Fazhi.Core.Enforcement;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fazhi.Web.Tests.Enforcement.RegisterPageData;

namespace Fazhi.Web.Tests.Enforcement;

/// <summary>The regulated-entity register over real HTTP: the register form, the list, the entity's history, scope and masking.</summary>
public class RegisterPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    async Task<Dictionary<string, string>> EntityFormAsync(string name, string code)
    {
        var townId = await RegionIdAsync(app, "西联镇");
        var villageId = await RegionIdAsync(app, "新岭村");
        return new()
        {
            ["Input.TownId"] = townId.ToString(), ["Input.VillageId"] = villageId.ToString(), ["Input.Name"] = name, ["Input.CreditCode"] = code,
            ["Input.Kind"] = "Business", ["Input.Industry"] = "木材加工", ["Input.Address"] = "新岭村木材厂路2号", ["Input.ContactName"] = "周厂长",
            ["Input.ContactPhone"] = "13712345678", ["Input.Risk"] = "Significant",
        };
    }

    [Fact]
    public async Task Register_WithABadCreditCode_ShowsTheDomainMessageOnTheField_AndKeepsWhatWasTyped()
    {
        var zhifa = await SignIn.AsAsync(app, "demo.zhifa");
        var name = "信用代码测试木业" + Marker();
        var good = NewCreditCode();
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');
        var response = await PostAsync(zhifa, "/Enforcement/Entities/Register", await EntityFormAsync(name, bad));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Equal("统一社会信用代码：统一社会信用代码校验码不正确，请核对是否有输错的字符。", FieldMessage(html, "Input.CreditCode"));
        Assert.Equal(name, InputValue(html, "Input.Name"));
        Assert.Equal(bad, InputValue(html, "Input.CreditCode"));
        Assert.Equal("新岭村木材厂路2号", InputValue(html, "Input.Address"));
        Assert.Equal("13712345678", InputValue(html, "Input.ContactPhone"));
        Assert.Matches("id=\"risk-Significant\"[^>]*checked", html);
        await using var scope = app.SystemScope(out var db);
        Assert.False(await db.Set<RegulatedEntity>().AnyAsync(e => e.Name == name));
    }

    [Fact]
    public async Task Register_WithAValidCode_RedirectsToTheEntity_AndTheListShowsIt()
    {
        var zhifa = await SignIn.AsAsync(app, "demo.zhifa");
        var name = "登记测试木业" + Marker();
        var code = NewCreditCode();
        var response = await PostAsync(zhifa, "/Enforcement/Entities/Register", await EntityFormAsync(name, code.ToLowerInvariant()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches("^/Enforcement/Entities/\\d+$", response.Headers.Location!.OriginalString);

        var details = await GetHtmlAsync(zhifa, response.Headers.Location.OriginalString);
        Assert.Contains(name, details);
        Assert.Contains(code, details);
        Assert.Contains("较大风险", details);

        var list = await GetHtmlAsync(zhifa, "/Enforcement/Entities?q=" + Uri.EscapeDataString(name));
        var body = list.Split("<tbody>")[1];
        Assert.Contains($">{name}</a>", body);
        Assert.Contains("新岭村", body);
        Assert.Contains("共 1 个", list);
        var filtered = await GetHtmlAsync(zhifa, "/Enforcement/Entities?risk=Low&q=" + Uri.EscapeDataString(name));
        Assert.Contains("共 0 个", filtered);

        // The same code again is refused by the town-wide uniqueness rule, on the code's field.
        var again = await PostAsync(zhifa, "/Enforcement/Entities/Register", await EntityFormAsync(name + "二厂", code));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("已登记为", FieldMessage(await HtmlAsync(again), "Input.CreditCode"));
    }

    [Fact]
    public async Task EntityPage_ShowsItsInspectionsOrdersAndAttachmentsPanel_WithThePhoneMaskedForACadre()
    {
        var entity = await EntityAsync(app, "阳山村", "历史测试砖厂" + Marker(), "13812345678");
        var officers = await TwoOfficersAsync(app);
        var recorded = await InspectAsync(app, officers, entity.Id, null, InspectionOutcome.Rectification);
        Assert.NotNull(recorded.Order);

        var zhifa = await SignIn.AsAsync(app, "demo.zhifa");
        var html = await GetHtmlAsync(zhifa, $"/Enforcement/Entities/{entity.Id}");
        var inspections = html.Split("data-testid=\"inspections\"")[1].Split("</table>")[0];
        Assert.Contains($"/Enforcement/Inspections/{recorded.Inspection.Id}", inspections);
        Assert.Contains(ChinaTimeText(Today), inspections);
        Assert.Contains("责令整改", inspections);
        var orders = html.Split("data-testid=\"orders\"")[1].Split("</table>")[0];
        Assert.Contains($">{recorded.Order!.Number}</a>", orders);
        Assert.Contains("整改中", orders);
        Assert.Contains("暂无案件", html);
        Assert.Contains("上传附件", html);
        Assert.Contains($"/Enforcement/Inspections/Record?entityId={entity.Id}", html);
        Assert.Contains("13812345678", html.Split("data-testid=\"phone\"")[1].Split("</dd>")[0]);

        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        var masked = await GetHtmlAsync(cadre, $"/Enforcement/Entities/{entity.Id}");
        Assert.Contains($">{recorded.Order.Number}</a>", masked);
        Assert.DoesNotContain("13812345678", masked);
        Assert.Contains("138****5678", masked.Split("data-testid=\"phone\"")[1].Split("</dd>")[0]);
        Assert.DoesNotContain("/Enforcement/Inspections/Record", masked);
        // The cadre's edit form leaves the phone out, and saving it without one keeps the registered number.
        var edit = await GetHtmlAsync(cadre, $"/Enforcement/Entities/{entity.Id}/Edit");
        Assert.DoesNotContain("13812345678", edit);
        var saved = await PostAsync(cadre, $"/Enforcement/Entities/{entity.Id}/Edit", new()
        {
            ["Input.VillageId"] = (await RegionIdAsync(app, "阳山村")).ToString(), ["Input.Name"] = entity.Name, ["Input.Kind"] = "Business",
            ["Input.Address"] = "阳山村砖厂路1号", ["Input.ContactPhone"] = "", ["Input.Risk"] = "Major", ["Input.Version"] = InputValue(edit, "Input.Version"),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = app.SystemScope(out var db);
        var after = await db.Set<RegulatedEntity>().AsNoTracking().SingleAsync(e => e.Id == entity.Id);
        Assert.Equal("13812345678", after.ContactPhone);
        Assert.Equal(RiskClass.Major, after.Risk);
        Assert.Equal("阳山村砖厂路1号", after.Address);
    }

    [Fact]
    public async Task VillageCadre_Gets404ForAnotherVillagesEntity_AndTheListHoldsOnlyTheirs()
    {
        var own = await EntityAsync(app, "阳山村", "范围测试阳山厂" + Marker());
        var other = await EntityAsync(app, "新岭村", "范围测试新岭厂" + Marker());
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.Equal(HttpStatusCode.OK, (await cadre.GetAsync($"/Enforcement/Entities/{own.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Enforcement/Entities/{other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Enforcement/Entities/{other.Id}/Edit")).StatusCode);
        var list = await GetHtmlAsync(cadre, "/Enforcement/Entities?q=" + Uri.EscapeDataString("范围测试"));
        Assert.Contains(own.Name, list);
        Assert.DoesNotContain(other.Name, list);
        // A cadre registers in their own village only: the village is fixed on the form.
        var form = await GetHtmlAsync(cadre, "/Enforcement/Entities/Register");
        Assert.Contains("id=\"village-fixed\"", form);
        Assert.Contains("value=\"阳山村\"", form);
    }

    [Fact]
    public async Task Supervisor_SeesTheRegisters_WithoutAnyWriteForm_AndIsRefusedWrites()
    {
        var entity = await EntityAsync(app, "新岭村", "督查测试厂" + Marker());
        var supervisor = await SignIn.AsAsync(app, "demo.district");
        var list = await GetHtmlAsync(supervisor, "/Enforcement/Entities");
        Assert.DoesNotContain("/Enforcement/Entities/Register", list);
        var details = await GetHtmlAsync(supervisor, $"/Enforcement/Entities/{entity.Id}");
        Assert.Contains(entity.Name, details);
        Assert.DoesNotContain("handler=", details);
        Assert.DoesNotContain("上传附件", details);
        Assert.DoesNotContain("/Edit", details);
        Assert.DoesNotContain("/Enforcement/Inspections/Record", details);
        var hub = await GetHtmlAsync(supervisor, "/Enforcement");
        Assert.DoesNotContain("/Enforcement/Tasks/Report", hub);
        Assert.DoesNotContain("/Enforcement/Import", hub);
        Assert.DoesNotContain("/Enforcement/Campaigns/Create", await GetHtmlAsync(supervisor, "/Enforcement/Campaigns"));
        Assert.DoesNotContain("/Enforcement/Officers/Add", await GetHtmlAsync(supervisor, "/Enforcement/Officers"));
        var task = await TaskAsync(app, "新岭村", "督查测试地点" + Marker());
        var tasks = await GetHtmlAsync(supervisor, "/Enforcement/Tasks?status=Open");
        Assert.Contains(task.Place, tasks);
        Assert.DoesNotContain("handler=", tasks);
        Assert.DoesNotContain("/Enforcement/Inspections/Record", tasks);

        foreach (var path in new[] { "/Enforcement/Entities/Register", $"/Enforcement/Entities/{entity.Id}/Edit", "/Enforcement/Officers/Add",
                     "/Enforcement/Campaigns/Create", "/Enforcement/Tasks/Report" })
        {
            var response = await supervisor.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task Navigation_ShowsEnforcementToItsUsersOnly()
    {
        var zhifa = await SignIn.AsAsync(app, "demo.zhifa");
        Assert.Contains("href=\"/Enforcement\">行政执法</a>", await GetHtmlAsync(zhifa, "/"));
        var xinfang = await SignIn.AsAsync(app, "demo.xinfang");
        Assert.DoesNotContain("行政执法", await GetHtmlAsync(xinfang, "/"));
        Assert.Equal(HttpStatusCode.Redirect, (await xinfang.GetAsync("/Enforcement")).StatusCode);
    }

    static string ChinaTimeText(DateOnly d) => Fazhi.Core.Common.ChinaTime.Format(d);
}
