using Fazhi.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fazhi.Browser.Tests;

/// <summary>A village cadre registers a dispute on a phone; the town's coordinator finds it in the register.</summary>
public class DisputeFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    const int PhoneWidth = 390, PhoneHeight = 844;

    [Fact]
    public async Task Cadre_RegistersAMediumRiskDisputeOnAPhone_AndTheCoordinatorSeesItWithItsBadges()
    {
        await using var context = await app.NewContextAsync(PhoneWidth, PhoneHeight);
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.yangshan");
        await page.GetByRole(AriaRole.Button, new() { Name = "展开导航" }).ClickAsync();
        await page.MainNav().GetByRole(AriaRole.Link, new() { Name = "矛盾纠纷", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "登记纠纷" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("登记矛盾纠纷");
        await page.AssertNoHorizontalScrollAsync();
        await Expect(page.GetByLabel("村（社区）")).ToHaveValueAsync("阳山村");
        await page.AssertNoSeriousViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "dispute-register-phone.png"), FullPage = true });

        await page.GetByLabel("纠纷类别").SelectOptionAsync(new SelectOptionValue { Label = "房屋宅基地" });
        await page.GetByText("中风险", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("风险理由").FillAsync("两户多次争吵，有过激言语");
        await page.GetByLabel("纠纷情况").FillAsync("浏览器测试：两户因宅基地界址发生争执");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "一方姓名（名称）", Exact = true }).FillAsync("浏览器甲");
        await page.GetByLabel("另一方姓名（名称）（可选）").FillAsync("浏览器乙");
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true });
        var box = await submit.BoundingBoxAsync();
        Assert.True(box is { Height: >= 44 }, "the register button is a large touch target");
        await submit.ClickAsync();

        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(heading).ToContainTextAsync($"矛盾纠纷 {DateTime.UtcNow.AddHours(8).Year}-");
        await Expect(heading).ToContainTextAsync("中风险");
        await Expect(heading).ToContainTextAsync("村级调处");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记纠纷");
        await page.AssertNoHorizontalScrollAsync();
        var number = (await heading.InnerTextAsync()).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "dispute-details-phone.png"), FullPage = true });
        // Every step form open, so axe checks them as well.
        await page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "补充信息" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("补充纠纷信息");
        await page.AssertNoHorizontalScrollAsync();
        await page.AssertNoSeriousViolationsAsync();

        await using var desk = await app.NewContextAsync();
        var coordinator = await desk.NewPageAsync();
        await coordinator.SignInAsync(app.BaseUrl, "demo.fazhiban");
        await coordinator.MainNav().GetByRole(AriaRole.Link, new() { Name = "矛盾纠纷", Exact = true }).ClickAsync();
        var row = coordinator.GetByTestId("disputes").Locator("tr").Filter(new() { HasText = number });
        await Expect(row).ToContainTextAsync("阳山村");
        await Expect(row.Locator(".badge").Filter(new() { HasTextString = "中风险" })).ToBeVisibleAsync();
        await Expect(row.Locator(".badge").Filter(new() { HasTextString = "村级" })).ToBeVisibleAsync();
        await Expect(row.Locator(".badge").Filter(new() { HasTextString = "待调处" })).ToBeVisibleAsync();
        await coordinator.AssertNoSeriousViolationsAsync();
        await coordinator.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "dispute-list-desktop.png"), FullPage = true });
        await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(number);
        await coordinator.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "dispute-details-desktop.png"), FullPage = true });
    }

    [Fact]
    public async Task RefusedRegistration_ShowsTheMessage_AndKeepsTheTypedText()
    {
        await using var context = await app.NewContextAsync(PhoneWidth, PhoneHeight);
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.yangshan");
        await page.GotoAsync(app.BaseUrl + "/Disputes/Register");
        await page.GetByLabel("纠纷类别").SelectOptionAsync(new SelectOptionValue { Label = "邻里" });
        await page.GetByText("高风险", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("纠纷情况").FillAsync("没有写风险理由的高风险纠纷");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "一方姓名（名称）", Exact = true }).FillAsync("浏览器丙");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("中、高风险纠纷须写明风险理由");
        await Expect(page.GetByLabel("纠纷情况")).ToHaveValueAsync("没有写风险理由的高风险纠纷");
        await Expect(page.Locator("#risk-High")).ToBeCheckedAsync();
        await page.AssertNoSeriousViolationsAsync();
    }


}
