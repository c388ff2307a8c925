using Fazhi.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fazhi.Browser.Tests;

public class SignInPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task SignInPage_ShowsChineseFormWithLabelledFields()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");
        Assert.Contains("/Account/Login", page.Url);
        Assert.Equal("登录 - 法治政府建设工作平台", await page.TitleAsync());
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        await Expect(page.UserNameField()).ToHaveCountAsync(1);
        await Expect(page.PasswordField()).ToHaveCountAsync(1);
        await Expect(page.SignInButton()).ToBeVisibleAsync();
    }

    [Fact]
    public async Task WrongPassword_ShowsChineseMessage_AndKeepsUserName()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Account/Login");
        await page.UserNameField().FillAsync("demo.lawyer");
        await page.PasswordField().FillAsync("Wrong@2019");
        await page.SignInButton().ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码不正确");
        await Expect(page.UserNameField()).ToHaveValueAsync("demo.lawyer");
        Assert.Contains("/Account/Login", page.Url);
        await Expect(page.GetByTestId("current-user")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task EmptyForm_ShowsChineseMessages()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Account/Login");
        await page.SignInButton().ClickAsync();

        await Expect(page.GetByText("请填写用户名。")).ToBeVisibleAsync();
        await Expect(page.GetByText("请填写密码。")).ToBeVisibleAsync();
    }
}
