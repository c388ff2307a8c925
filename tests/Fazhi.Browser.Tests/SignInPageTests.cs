using Fazhi.Browser.Tests.Infrastructure;

namespace Fazhi.Browser.Tests;

public class SignInPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task SignInPage_ShowsChineseFormWithLabelledFields()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");
        Assert.Contains("/Account/Login", page.Url);
        Assert.Equal("登录 - 法治政府建设工作平台", await page.TitleAsync());
        Assert.Equal(1, await page.GetByLabel("用户名").CountAsync());
        Assert.Equal(1, await page.GetByLabel("密码").CountAsync());
    }
}
