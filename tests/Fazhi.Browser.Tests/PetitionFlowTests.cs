using Fazhi.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fazhi.Browser.Tests;

/// <summary>A clerk registers a petition, takes it through to closed, and sees it counted on the figures page.</summary>
public class PetitionFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Clerk_RegistersAPetition_MovesItToClosed_AndTheFiguresCountIt()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.xinfang");
        var china = DateTime.UtcNow.AddHours(8);
        var year = china.Year;
        var received = ReceivedCell(page);
        await page.GotoAsync($"{app.BaseUrl}/Petitions/Figures?year={year}");
        var before = int.Parse(await received.InnerTextAsync());

        await page.MainNav().GetByRole(AriaRole.Link, new() { Name = "信访", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "登记信访事项" }).ClickAsync();
        await page.GetByLabel("来自村（社区）").SelectOptionAsync(new SelectOptionValue { Label = "沙湖村" });
        await page.GetByLabel("收到日期").FillAsync(china.AddDays(-3).ToString("yyyy-MM-dd"));
        await page.GetByLabel("类别").SelectOptionAsync(new SelectOptionValue { Label = "环境保护" });
        await page.GetByLabel("信访请求").FillAsync("反映石场夜间施工噪声扰民");
        await page.GetByLabel("姓名（名称）", new() { Exact = true }).FillAsync("浏览器测试人");
        await page.GetByLabel("联系电话").First.FillAsync("13812345678");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"信访事项 {year}-");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("已登记");
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByLabel("受理决定").SelectOptionAsync(new SelectOptionValue { Label = "受理" });
        await page.GetByRole(AriaRole.Button, new() { Name = "作出决定" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("已受理");

        await page.GetByLabel("依据").FillAsync("《中华人民共和国噪声污染防治法》");
        await page.GetByRole(AriaRole.Button, new() { Name = "出具信访处理意见书" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("已答复");

        await page.GetByRole(AriaRole.Button, new() { Name = "办结", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("已办结");

        await page.GotoAsync($"{app.BaseUrl}/Petitions/Figures?year={year}");
        await Expect(received).ToHaveTextAsync((before + 1).ToString());
        await Expect(page.GetByTestId("figures").Locator("tr[data-figure='petitions.handling-rate'] td").Nth(1)).ToHaveTextAsync("100%");
    }

    static ILocator ReceivedCell(IPage page) => page.GetByTestId("figures").Locator("tr[data-figure='petitions.received'] td").Nth(1);

    [Fact]
    public async Task RefusedStep_ShowsTheRuleInChinese_OnTheSamePage()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.xinfang");
        await page.GotoAsync(app.BaseUrl + "/Petitions/Register");
        await page.GetByLabel("信访请求").FillAsync("测试不予受理须写明理由");
        await page.GetByLabel("姓名（名称）", new() { Exact = true }).FillAsync("测试人乙");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await page.GetByLabel("受理决定").SelectOptionAsync(new SelectOptionValue { Label = "不予受理" });
        await page.GetByRole(AriaRole.Button, new() { Name = "作出决定" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("不予受理须写明理由");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("已登记");
    }
}
