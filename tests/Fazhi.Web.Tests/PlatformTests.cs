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
