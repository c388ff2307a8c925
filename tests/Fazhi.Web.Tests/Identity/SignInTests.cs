using System.Net;
using System.Net.Http.Json;
using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Fazhi.Web.Tests.Identity;

public class SignInTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task WrongPassword_ShowsChineseMessage_AndKeepsTheUserName()
    {
        var client = SignIn.Anonymous(app);
        var response = await SignIn.PostLoginAsync(client, "demo.leader", "wrong-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("用户名或密码不正确", html);
        Assert.Contains("value=\"demo.leader\"", html);
    }

    [Fact]
    public async Task FiveFailures_LockTheAccountFor15Minutes_AndAreLogged()
    {
        var (userName, password) = await CreateUserAsync("lock.test");
        var client = SignIn.Anonymous(app);
        for (var i = 0; i < 5; i++) await SignIn.PostLoginAsync(client, userName, "Wrong-Pass-1");
        var locked = await SignIn.PostLoginAsync(client, userName, password);
        Assert.Contains("账号已锁定15分钟", await locked.Content.ReadAsStringAsync());

        await using var scope = app.SystemScope(out var db);
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        Assert.InRange((user.LockoutEnd!.Value - DateTimeOffset.UtcNow).TotalMinutes, 14, 15.1);
        var log = await db.SignIns.Where(s => s.UserName == userName).OrderBy(s => s.Id).Select(s => s.Outcome).ToListAsync();
        Assert.Equal(["密码错误", "密码错误", "密码错误", "密码错误", "账号已锁定", "账号已锁定"], log);
    }

    [Fact]
    public async Task SuccessfulSignIn_IsLogged()
    {
        await SignIn.AsAsync(app, "demo.xinfang");
        await using var scope = app.SystemScope(out var db);
        Assert.True(await db.SignIns.AnyAsync(s => s.UserName == "demo.xinfang" && s.Succeeded && s.Outcome == "成功" && s.Channel == "web"));
    }

    [Theory]
    [InlineData("Ab1!short", "至少需要10个字符")]
    [InlineData("abcdefghijkl", "至少三类")]
    [InlineData("abcdefgh1234", "至少三类")]
    public async Task ChangePassword_WhenPolicyIsBroken_SaysWhyInChinese(string newPassword, string expected)
    {
        var (userName, password) = await CreateUserAsync("policy." + Guid.NewGuid().ToString("N")[..6]);
        var client = await SignIn.AsAsync(app, userName, password);
        var token = await SignIn.AntiforgeryTokenAsync(client, "/Account/ChangePassword");
        var response = await client.PostAsync("/Account/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = password, ["Input.NewPassword"] = newPassword, ["Input.ConfirmPassword"] = newPassword,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OneTimePassword_MustBeChangedBeforeAnythingElse()
    {
        var (userName, password) = await CreateUserAsync("onetime.test", mustChange: true);
        var client = await SignIn.AsAsync(app, userName, password);
        var home = await client.GetAsync("/");
        Assert.Equal("/Account/ChangePassword", home.Headers.Location!.OriginalString);

        var api = await SignIn.Anonymous(app).PostAsJsonAsync("/api/v1/session", new { username = userName, password });
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);

        var token = await SignIn.AntiforgeryTokenAsync(client, "/Account/ChangePassword");
        const string fresh = "Neu-Passwort-2020";
        var changed = await client.PostAsync("/Account/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = password, ["Input.NewPassword"] = fresh, ["Input.ConfirmPassword"] = fresh,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task ApiSession_GivesATokenCarryingRolesAndScope()
    {
        var client = await SignIn.ApiAsAsync(app, "demo.district");
        var me = await client.GetFromJsonAsync<Dictionary<string, object>>("/api/v1/session");
        Assert.Equal("demo.district", me!["userName"].ToString());
        Assert.Contains("supervisor", me["roles"].ToString());

        var bad = await SignIn.Anonymous(app).PostAsJsonAsync("/api/v1/session", new { username = "demo.district", password = "nope-nope-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Contains("用户名或密码不正确", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ForgedBearerToken_IsRefused()
    {
        var client = SignIn.Anonymous(app);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/offices")).StatusCode);
    }

    [Fact]
    public void SessionCookie_ExpiresAfter30IdleMinutes()
    {
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        Assert.Equal(TimeSpan.FromMinutes(30), options.ExpireTimeSpan);
        Assert.True(options.SlidingExpiration);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheSessionEndpoint()
    {
        var json = await SignIn.Anonymous(app).GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/session", json);
    }

    async Task<(string UserName, string Password)> CreateUserAsync(string userName, bool mustChange = false)
    {
        const string password = "Test-Pass-2019";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var town = await db.Regions.SingleAsync(r => r.Name == "西联镇");
        var user = new AppUser { UserName = userName, DisplayName = "测试", ScopeRegionId = town.Id, ScopePath = town.Path, MustChangePassword = mustChange };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join(";", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Roles.Staff);
        return (userName, password);
    }
}
