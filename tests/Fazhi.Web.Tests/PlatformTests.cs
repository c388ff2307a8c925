using System.Net;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests;

public class PlatformTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task Healthz_WhenDatabaseReachable_AnswersOk()
    {
        var response = await app.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HomePage_WhenAnonymous_RedirectsToSignIn()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrationsOfThisProvider()
    {
        await using var scope = app.SystemScope(out var db);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes without a migration for {db.Database.ProviderName}: run scripts/add-migration.sh NAME");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}

public class ErrorPageTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task MissingRecord_ShowsTheChinese404Page()
    {
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var response = await client.GetAsync("/Offices/987654321");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("页面不存在", html);
        Assert.Contains("不在您的管辖范围内", html);
    }

    [Fact]
    public async Task MalformedForm_IsAnsweredWithoutA500()
    {
        var client = await SignIn.AsAsync(app, "demo.admin");
        var token = await SignIn.AntiforgeryTokenAsync(client, "/Admin/Offices");
        var response = await client.PostAsync("/Admin/Offices", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.TownId"] = "not-a-number", ["Input.Name"] = "", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请填写科室名称", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
