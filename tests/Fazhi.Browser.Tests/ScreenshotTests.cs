using Fazhi.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fazhi.Browser.Tests;

/// <summary>
/// Screenshots of the login and home pages on phone and desktop, written to the test output folder
/// (bin/.../screenshots) for a person to look at; the test checks they were taken and are not blank.
/// </summary>
public class ScreenshotTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("desktop", 1280, 900)]
    [InlineData("phone", 375, 740)]
    public async Task LoginAndHome_Screenshots(string device, int width, int height)
    {
        await using var context = await app.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Account/Login");
        var login = await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, $"login-{device}.png"), FullPage = true });

        await page.SignInAsync(app.BaseUrl, "demo.fazhiban");
        var home = await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, $"home-{device}.png"), FullPage = true });

        if (device == "phone")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "展开导航" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "退出", Exact = true })).ToBeVisibleAsync();
            // Bootstrap swaps "collapsing" for "show" once the opening animation has ended.
            await Expect(page.Locator("#mainNav")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bshow\b"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "home-phone-menu.png"), FullPage = true });
        }

        Assert.True(login.Length > 5_000, "login screenshot looks empty");
        Assert.True(home.Length > 5_000, "home screenshot looks empty");
        Assert.NotEqual(login, home);
    }
}
