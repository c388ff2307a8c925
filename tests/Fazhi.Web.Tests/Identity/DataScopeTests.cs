using System.Net;
using System.Net.Http.Json;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Fazhi.Core.Staff;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Identity;

/// <summary>Each role of the demo town sees exactly its scope, over pages and the API; out of scope is 404.</summary>
public class DataScopeTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    sealed record OfficeDto(long Id, long TownId, string TownName, string Name);

    [Theory]
    [InlineData("demo.admin", 8, "西联镇")]
    [InlineData("demo.fazhiban", 8, "西联镇")]
    [InlineData("demo.xinfang", 8, "西联镇")]
    [InlineData("demo.leader", 8, "西联镇")]
    [InlineData("demo.lawyer", 8, "西联镇")]
    [InlineData("demo.yangshan", 0, "")]          // a village cadre sees their village, not the town's offices
    [InlineData("demo.district", 9, "西联镇,龙归镇")] // the district supervisor sees every town below
    [InlineData("demo.longgui", 1, "龙归镇")]
    public async Task OfficeList_OverApi_ShowsOnlyTheRolesScope(string user, int count, string towns)
    {
        var client = await SignIn.ApiAsAsync(app, user);
        var offices = await client.GetFromJsonAsync<List<OfficeDto>>("/api/v1/offices");
        Assert.Equal(count, offices!.Count);
        Assert.Equal(towns, string.Join(",", offices.Select(o => o.TownName).Distinct().Order()));
    }

    [Theory]
    [InlineData("demo.longgui")]
    [InlineData("demo.yangshan")]
    public async Task OfficeOfAnotherTown_ById_Answers404OnPageAndApi(string user)
    {
        var xilianOffice = await OfficeIdAsync("西联镇", "信访办");
        var page = await SignIn.AsAsync(app, user);
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/Offices/{xilianOffice}")).StatusCode);
        var api = await SignIn.ApiAsAsync(app, user);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/offices/{xilianOffice}")).StatusCode);
    }

    [Theory]
    [InlineData("demo.fazhiban")]
    [InlineData("demo.district")]
    public async Task OfficeInScope_ById_IsShown(string user)
    {
        var id = await OfficeIdAsync("西联镇", "信访办");
        var page = await SignIn.AsAsync(app, user);
        var response = await page.GetAsync($"/Offices/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("信访办", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RegionsPage_ForVillageCadre_ListsOnlyTheirVillageAndItsGroups()
    {
        var client = await SignIn.AsAsync(app, "demo.yangshan");
        var html = await client.GetStringAsync("/Regions");
        Assert.Contains("阳山村第一村民小组", html);
        Assert.DoesNotContain("新岭村", html);
        Assert.DoesNotContain("龙归镇", html);
    }

    [Fact]
    public async Task Anonymous_IsRefused_PageRedirectsAndApiAnswers401()
    {
        var client = SignIn.Anonymous(app);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Regions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/offices")).StatusCode);
    }

    [Fact]
    public async Task Supervisor_CannotWrite_EvenThroughTheDomain()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = await UserContext.AsAsync(scope.ServiceProvider, "demo.district");
        var town = await db.Regions.SingleAsync(r => r.Name == "西联镇");
        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => OrganisationCommands.CreateOfficeAsync(db, town.Id, "督查新增科室", null));
        Assert.Contains("只读", ex.Message);
    }

    [Fact]
    public async Task TownUser_CannotWriteIntoAnotherTown()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = await UserContext.AsAsync(scope.ServiceProvider, "demo.longgui");
        var xilian = await db.Regions.SingleAsync(r => r.Name == "西联镇");
        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => OrganisationCommands.CreateOfficeAsync(db, xilian.Id, "越权科室", null));
        Assert.Contains("管辖范围", ex.Message);
    }

    async Task<long> OfficeIdAsync(string town, string name)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Offices.Where(o => o.Name == name && db.Regions.Any(r => r.Id == o.TownId && r.Name == town)).Select(o => o.Id).SingleAsync();
    }
}
