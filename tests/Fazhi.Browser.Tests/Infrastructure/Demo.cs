using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fazhi.Browser.Tests.Infrastructure;

/// <summary>The demo accounts (see Fazhi.Core.Demo.DemoTown) and signing in through the real form.</summary>
public static class Demo
{
    public const string Password = "Xilian@2019";

    /// <summary>User name → the role label shown next to the user's name in the header.</summary>
    public static readonly IReadOnlyDictionary<string, string> RoleLabels = new Dictionary<string, string>
    {
        ["demo.admin"] = "系统管理员",
        ["demo.fazhiban"] = "法治办/司法所",
        ["demo.xinfang"] = "科室工作人员",
        ["demo.leader"] = "镇领导",
        ["demo.yangshan"] = "村干部/网格员",
        ["demo.lawyer"] = "法律顾问",
        ["demo.district"] = "区级督查",
        ["demo.longgui"] = "法治办/司法所",
    };

    public static TheoryData<string> Accounts()
    {
        var data = new TheoryData<string>();
        foreach (var name in RoleLabels.Keys) data.Add(name);
        return data;
    }

    public static ILocator UserNameField(this IPage page) => page.GetByLabel("用户名", new() { Exact = true });
    public static ILocator PasswordField(this IPage page) => page.GetByLabel("密码", new() { Exact = true });
    public static ILocator SignInButton(this IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true });
    public static ILocator MainNav(this IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });

    /// <summary>Fills the sign-in form like a person would and waits for the home page (工作台).</summary>
    public static async Task SignInAsync(this IPage page, string baseUrl, string userName, string password = Password)
    {
        await page.GotoAsync(baseUrl + "/Account/Login");
        await page.UserNameField().FillAsync(userName);
        await page.PasswordField().FillAsync(password);
        await page.SignInButton().ClickAsync();
        await Expect(page).ToHaveURLAsync(baseUrl + "/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作台", Level = 1 })).ToBeVisibleAsync();
    }
}
