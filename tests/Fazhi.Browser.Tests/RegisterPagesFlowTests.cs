using Fazhi.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fazhi.Browser.Tests;

/// <summary>
/// The enforcement registers in a real browser: an officer registers an entity (a bad credit code first), adds a
/// colleague with a certificate and plans a joint campaign; a grid worker reports a finding on a phone. axe checks
/// every page on the way, including the ones that only exist once records do.
/// </summary>
public class RegisterPagesFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    const int PhoneWidth = 390, PhoneHeight = 844;

    [Fact]
    public async Task Officer_RegistersAnEntity_AddsACertifiedColleague_AndPlansAJointCampaign()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.zhifa");
        await page.MainNav().GetByRole(AriaRole.Link, new() { Name = "行政执法", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "行政执法", Level = 1 })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "enforcement-hub-desktop.png"), FullPage = true });
        await page.GetByTestId("registers").GetByRole(AriaRole.Link, new() { Name = "监管对象" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "登记监管对象" }).ClickAsync();

        await page.GetByLabel("名称").FillAsync("浏览器测试五金厂");
        await page.GetByLabel("统一社会信用代码").FillAsync("91440203MA4UQ12340");
        await page.GetByLabel("村（社区）").SelectOptionAsync(new SelectOptionValue { Label = "沙湖村" });
        await page.GetByLabel("地址").FillAsync("沙湖村工业园3号");
        await page.GetByText("较大风险", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.CreditCode']")).ToContainTextAsync("校验码不正确");
        await Expect(page.GetByLabel("地址")).ToHaveValueAsync("沙湖村工业园3号");
        await Expect(page.Locator("#risk-Significant")).ToBeCheckedAsync();
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByLabel("统一社会信用代码").FillAsync("91440203MA4UQ12342");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("浏览器测试五金厂");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记监管对象");
        await page.AssertNoSeriousViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "enforcement-entity-desktop.png"), FullPage = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "修改", Exact = true }).ClickAsync();
        await Expect(page.GetByLabel("名称")).ToHaveValueAsync("浏览器测试五金厂");
        await page.AssertNoSeriousViolationsAsync();

        await page.GotoAsync(app.BaseUrl + "/Enforcement/Officers/Add");
        await page.GetByLabel("姓名").FillAsync("浏览器执法员");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("浏览器执法员");
        var today = DateTime.UtcNow.AddHours(8);
        await page.GetByLabel("执法证号").FillAsync("粤执浏览器0001");
        await page.GetByLabel("发证机关").FillAsync("韶关市人民政府");
        await page.GetByLabel("执法区域").FillAsync("西联镇");
        await page.GetByLabel("有效期起").FillAsync(today.AddYears(-1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("有效期至").FillAsync(today.AddDays(15).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "登记执法证" }).ClickAsync();
        await Expect(page.GetByTestId("certificates")).ToContainTextAsync("即将到期");
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "返回列表" }).ClickAsync();
        await Expect(page.GetByTestId("certificate-warnings")).ToContainTextAsync("浏览器执法员的执法证（粤执浏览器0001）将于");
        await page.AssertNoSeriousViolationsAsync();

        await page.GotoAsync(app.BaseUrl + "/Enforcement/Campaigns/Create");
        await page.GetByLabel("名称").FillAsync("浏览器测试消防专项");
        await page.GetByLabel("类别").SelectOptionAsync(new SelectOptionValue { Label = "消防" });
        await page.GetByLabel("结束日期").FillAsync(today.AddDays(30).ToString("yyyy-MM-dd"));
        await page.GetByLabel("西联派出所").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "建立" }).ClickAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(heading).ToContainTextAsync("浏览器测试消防专项");
        await Expect(heading).ToContainTextAsync("联合执法");
        await page.AssertNoSeriousViolationsAsync();
        await page.GotoAsync(app.BaseUrl + "/Enforcement/Campaigns");
        await Expect(page.GetByTestId("campaigns")).ToContainTextAsync("浏览器测试消防专项");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "enforcement-campaigns-desktop.png"), FullPage = true });
        await page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task GridWorker_ReportsAFindingOnAPhone_AndTheOfficersSeeTheOpenTask()
    {
        await using var context = await app.NewContextAsync(PhoneWidth, PhoneHeight);
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.yangshan");
        await page.GetByRole(AriaRole.Button, new() { Name = "展开导航" }).ClickAsync();
        await page.MainNav().GetByRole(AriaRole.Link, new() { Name = "行政执法", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "上报巡查发现" }).ClickAsync();
        await Expect(page.GetByLabel("村（社区）")).ToHaveValueAsync("阳山村");
        await page.AssertNoHorizontalScrollAsync();
        await page.GetByLabel("问题类别").SelectOptionAsync(new SelectOptionValue { Label = "秸秆禁烧" });
        await page.GetByLabel("发现地点").FillAsync("阳山村五组田间");
        await page.GetByRole(AriaRole.Button, new() { Name = "上报", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.Description']")).ToContainTextAsync("请简要描述发现的问题");
        await Expect(page.GetByLabel("发现地点")).ToHaveValueAsync("阳山村五组田间");
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByLabel("发现的问题").FillAsync("浏览器测试：田间有焚烧秸秆的烟雾");
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "上报", Exact = true });
        Assert.True(await submit.BoundingBoxAsync() is { Height: >= 44 }, "the report button is a large touch target");
        await submit.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已上报巡查任务");
        await Expect(page.GetByTestId("tasks")).ToContainTextAsync("阳山村五组田间");
        await page.AssertNoSeriousViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "enforcement-tasks-phone.png"), FullPage = true });

        await using var desk = await app.NewContextAsync();
        var officer = await desk.NewPageAsync();
        await officer.SignInAsync(app.BaseUrl, "demo.zhifa");
        await officer.GotoAsync(app.BaseUrl + "/Enforcement/Tasks?status=Open");
        var row = officer.GetByTestId("tasks").Locator("tr").Filter(new() { HasText = "阳山村五组田间" });
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "记录巡查" })).ToBeVisibleAsync();
        await officer.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");
        await officer.AssertNoSeriousViolationsAsync();
    }


}
