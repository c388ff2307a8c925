using Fazhi.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fazhi.Browser.Tests;

/// <summary>Every demo role signs in through the form, sees its own navigation and signs out.</summary>
public class RoleNavigationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [MemberData(nameof(Demo.Accounts), MemberType = typeof(Demo))]
    public async Task SignIn_ShowsRoleNavigation_AndSignOutReturnsToLogin(string userName)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, userName);

        await Expect(page.GetByTestId("current-user")).ToContainTextAsync(Demo.RoleLabels[userName]);
        var nav = page.MainNav();
        foreach (var link in new[] { "工作台", "辖区", "期限计算" })
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "工作台", Exact = true })).ToHaveAttributeAsync("aria-current", "page");

        var adminMenu = nav.GetByRole(AriaRole.Button, new() { Name = "系统管理" });
        if (userName == "demo.admin")
        {
            await adminMenu.ClickAsync();
            foreach (var item in new[] { "用户与角色", "区划", "科室", "合作单位", "工作日历", "审计日志", "登录日志" })
                await Expect(nav.GetByRole(AriaRole.Link, new() { Name = item, Exact = true })).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("Escape");
        }
        else
        {
            await Expect(adminMenu).ToHaveCountAsync(0);
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "用户与角色" })).ToHaveCountAsync(0);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "退出", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await Expect(page.GetByText("您已安全退出。")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("current-user")).ToHaveCountAsync(0);
        await page.GotoAsync(app.BaseUrl + "/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
    }

    [Fact]
    public async Task AdminMenu_OpensWithKeyboard_AndMarksTheCurrentPage()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.admin");
        await page.GotoAsync(app.BaseUrl + "/Admin/Users");

        var menu = page.MainNav().GetByRole(AriaRole.Button, new() { Name = "系统管理" });
        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        var users = page.MainNav().GetByRole(AriaRole.Link, new() { Name = "用户与角色", Exact = true });
        await Expect(users).ToBeVisibleAsync();
        await Expect(users).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.MainNav().GetByRole(AriaRole.Link, new() { Name = "区划", Exact = true })).Not.ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.MainNav().GetByRole(AriaRole.Link, new() { Name = "工作台", Exact = true })).Not.ToHaveAttributeAsync("aria-current", "page");
    }

    [Theory]
    [InlineData("demo.district", new[] { "武江区", "西联镇", "龙归镇", "阳山村" }, new string[0])]
    [InlineData("demo.yangshan", new[] { "阳山村" }, new[] { "新岭村", "西联村", "龙归镇" })]
    [InlineData("demo.fazhiban", new[] { "西联镇", "阳山村", "新岭村" }, new[] { "龙归镇" })]
    [InlineData("demo.longgui", new[] { "龙归镇" }, new[] { "西联镇", "阳山村" })]
    public async Task RegionsPage_ShowsOnlyTheRolesScope(string userName, string[] shown, string[] hidden)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, userName);
        await page.MainNav().GetByRole(AriaRole.Link, new() { Name = "辖区", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "辖区", Level = 1 })).ToBeVisibleAsync();
        var tree = page.GetByRole(AriaRole.Region, new() { Name = "行政区划" });
        foreach (var name in shown)
            await Expect(tree.GetByRole(AriaRole.Cell).Filter(new() { HasTextString = name }).First).ToBeVisibleAsync();
        foreach (var name in hidden)
            await Expect(tree).Not.ToContainTextAsync(name);
    }
}
