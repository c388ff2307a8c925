using Fazhi.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fazhi.Browser.Tests;

/// <summary>The shell on a phone and with the keyboard alone.</summary>
public class ResponsiveAndKeyboardTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    const int PhoneWidth = 375, PhoneHeight = 740;

    [Fact]
    public async Task Phone_SignInFormFits_AndWorks()
    {
        await using var context = await app.NewContextAsync(PhoneWidth, PhoneHeight);
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Account/Login");
        await page.AssertNoHorizontalScrollAsync();
        await Expect(page.SignInButton()).ToBeInViewportAsync();

        await page.SignInAsync(app.BaseUrl, "demo.yangshan");
        await page.AssertNoHorizontalScrollAsync();
    }

    [Fact]
    public async Task Phone_NavbarCollapses_AndKeyboardOpensIt()
    {
        await using var context = await app.NewContextAsync(PhoneWidth, PhoneHeight);
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.admin");

        var regions = page.MainNav().GetByRole(AriaRole.Link, new() { Name = "辖区", Exact = true });
        var toggler = page.GetByRole(AriaRole.Button, new() { Name = "展开导航" });
        await Expect(regions).ToBeHiddenAsync();
        await Expect(toggler).ToBeVisibleAsync();
        await Expect(toggler).ToHaveAttributeAsync("aria-expanded", "false");

        await toggler.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(toggler).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(regions).ToBeVisibleAsync();
        await Expect(page.MainNav().GetByRole(AriaRole.Link, new() { Name = "工作台", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "退出", Exact = true })).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
    }

    [Fact]
    public async Task Desktop_NavbarIsExpanded_WithoutToggler()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.leader");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "展开导航" })).ToBeHiddenAsync();
        await Expect(page.MainNav().GetByRole(AriaRole.Link, new() { Name = "辖区", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SkipLink_IsFirstTabStop_AndMovesFocusToMain()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.fazhiban");

        var skip = page.GetByRole(AriaRole.Link, new() { Name = "跳到正文" });
        await page.Keyboard.PressAsync("Tab");
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Keyboard_CanSignInWithoutMouse()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Account/Login");
        await Expect(page.UserNameField()).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("demo.leader");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.PasswordField()).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(Demo.Password);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
        await Expect(page.GetByTestId("current-user")).ToContainTextAsync("镇领导");
    }

}
