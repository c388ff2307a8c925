using System.Net;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Admin;

public class AdminPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Theory]
    [InlineData("demo.fazhiban")]
    [InlineData("demo.district")]
    [InlineData("demo.yangshan")]
    public async Task AdminPages_RefuseOtherRoles(string user)
    {
        var client = await SignIn.AsAsync(app, user);
        foreach (var path in new[] { "/Admin/Users", "/Admin/Regions", "/Admin/Offices", "/Admin/Partners" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task AddVillage_WithCodeOfWrongRange_ShowsTheRuleAndKeepsInput()
    {
        var client = await SignIn.AsAsync(app, "demo.admin");
        var townId = await IdOfRegionAsync("西联镇");
        var response = await PostAsync(client, $"/Admin/Regions?parentId={townId}", new()
        {
            ["ParentId"] = townId.ToString(), ["Input.Kind"] = "Village", ["Input.Name"] = "试验村", ["Input.Code"] = "440203100099",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("200至399", html);
        Assert.Contains("value=\"试验村\"", html);
        await using var scope = app.SystemScope(out var db);
        Assert.False(await db.Regions.AnyAsync(r => r.Name == "试验村"));
    }

    [Fact]
    public async Task AddVillage_WithValidCode_IsSavedUnderTheTown()
    {
        var client = await SignIn.AsAsync(app, "demo.admin");
        var townId = await IdOfRegionAsync("西联镇");
        var response = await PostAsync(client, $"/Admin/Regions?parentId={townId}", new()
        {
            ["ParentId"] = townId.ToString(), ["Input.Kind"] = "Village", ["Input.Name"] = "新建村", ["Input.Code"] = "440203100250",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = app.SystemScope(out var db);
        var village = await db.Regions.SingleAsync(r => r.Name == "新建村");
        var town = await db.Regions.SingleAsync(r => r.Id == townId);
        Assert.StartsWith(town.Path, village.Path);
    }

    [Fact]
    public async Task CreateUser_GivesAOneTimePassword_AndScopeOutsideTheAdminsTownIsRefused()
    {
        var client = await SignIn.AsAsync(app, "demo.admin");
        var longgui = await IdOfRegionAsync("龙归镇");
        var refused = await PostAsync(client, "/Admin/Users/Edit", new()
        {
            ["Input.UserName"] = "cross.town", ["Input.DisplayName"] = "越权", ["Input.ScopeRegionId"] = longgui.ToString(), ["Input.Roles"] = "staff",
        });
        Assert.Contains("管辖范围内的区划", await refused.Content.ReadAsStringAsync());

        var yangshan = await IdOfRegionAsync("阳山村");
        var created = await PostAsync(client, "/Admin/Users/Edit", new()
        {
            ["Input.UserName"] = "new.cadre", ["Input.DisplayName"] = "新网格员", ["Input.ScopeRegionId"] = yangshan.ToString(),
            ["Input.Roles"] = "cadre", ["Input.Modules"] = "disputes",
        });
        var html = await created.Content.ReadAsStringAsync();
        Assert.Contains("一次性密码", html);
        await using var scope = app.SystemScope(out var db);
        var user = await db.Users.SingleAsync(u => u.UserName == "new.cadre");
        Assert.True(user.MustChangePassword);
        Assert.EndsWith($"/{yangshan}/", user.ScopePath);
    }

    [Fact]
    public async Task AddOffice_WithDuplicateName_IsRefusedInChinese()
    {
        var client = await SignIn.AsAsync(app, "demo.admin");
        var townId = await IdOfRegionAsync("西联镇");
        var response = await PostAsync(client, "/Admin/Offices", new() { ["Input.TownId"] = townId.ToString(), ["Input.Name"] = "信访办" });
        Assert.Contains("已有名为“信访办”的科室", await response.Content.ReadAsStringAsync());
    }

    static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(client, path);
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    async Task<long> IdOfRegionAsync(string name)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Regions.Where(r => r.Name == name).Select(r => r.Id).SingleAsync();
    }
}

public class SignInLogScopeTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task TownAdmin_SeesOnlyAttemptsOnAccountsOfTheirTown()
    {
        await SignIn.AsAsync(app, "demo.longgui");
        await SignIn.PostLoginAsync(SignIn.Anonymous(app), "nobody.at.all", "Whatever-123");
        var admin = await SignIn.AsAsync(app, "demo.admin");
        var html = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/SignIns"));
        Assert.Contains("demo.admin", html);
        Assert.DoesNotContain("demo.longgui", html);
        Assert.DoesNotContain("nobody.at.all", html);
    }
}

public class AuditPageScopeTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task TownAdmin_SeesAndExportsOnlyTheAuditEventsOfTheirTown()
    {
        var admin = await SignIn.AsAsync(app, "demo.admin");
        var html = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Audit?entity=Office"));
        Assert.Contains("信访办", html);
        Assert.DoesNotContain("0751-0000102", html); // the office of 龙归镇

        var response = await admin.GetAsync("/Admin/Audit?handler=Export&entity=Office");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("筛选条件：对象：科室", rows[0]["A"]);
        Assert.Equal(["序号", "时间", "操作人", "对象", "编号", "操作", "变更内容"], rows[1].Values.Select(v => v?.ToString()));
        var data = rows.Skip(2).ToList();
        Assert.Equal(8, data.Count); // the eight offices of 西联镇, each created once
        Assert.All(data, r => Assert.Equal("新增", r["F"]?.ToString()));
        Assert.DoesNotContain(data, r => r["G"]?.ToString()?.Contains("0751-0000102") == true);
    }
}

public class UserListExportTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task Export_ListsTheFilteredAccountsOfTheAdminsScopeWithChineseHeaders()
    {
        var admin = await SignIn.AsAsync(app, "demo.admin");
        var response = await admin.GetAsync("/Admin/Users?handler=Export&role=cadre");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("筛选条件：角色：村干部/网格员", rows[0]["A"]);
        Assert.Equal(["用户名", "姓名", "角色", "管辖范围", "业务模块", "状态"], rows[1].Values.Select(v => v?.ToString()));
        var data = Assert.Single(rows.Skip(2));
        Assert.Equal("demo.yangshan", data["A"]);
        Assert.Equal("阳山村", data["D"]);
    }

    [Fact]
    public async Task List_OfATownAdmin_LeavesOutTheDistrictAndOtherTowns()
    {
        var admin = await SignIn.AsAsync(app, "demo.admin");
        var html = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Users"));
        Assert.Contains("demo.yangshan", html);
        Assert.DoesNotContain("demo.district", html);
        Assert.DoesNotContain("demo.longgui", html);
    }
}

public class ResetPasswordTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task Reset_AsksForConfirmation_ThenGivesAOneTimePasswordTheUserMustChange()
    {
        var admin = await SignIn.AsAsync(app, "demo.admin");
        string id;
        await using (var scope = app.SystemScope(out var db))
            id = await db.Users.Where(u => u.UserName == "demo.xinfang").Select(u => u.Id).SingleAsync();
        var path = $"/Admin/Users/Edit?id={id}";
        var form = new Dictionary<string, string>
        {
            ["Input.UserName"] = "demo.xinfang", ["Input.DisplayName"] = "黄伟（信访办）", ["Input.Roles"] = "staff",
            ["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(admin, path),
        };
        var unconfirmed = await admin.PostAsync($"/Admin/Users/Edit?id={id}&handler=ResetPassword", new FormUrlEncodedContent(form));
        Assert.Contains("请先勾选", System.Net.WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()));
        await using (var scope = app.SystemScope(out var db))
            Assert.False((await db.Users.SingleAsync(u => u.Id == id)).MustChangePassword);

        form["ConfirmReset"] = "true";
        var confirmed = await admin.PostAsync($"/Admin/Users/Edit?id={id}&handler=ResetPassword", new FormUrlEncodedContent(form));
        Assert.Contains("一次性密码", System.Net.WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync()));
        await using (var scope = app.SystemScope(out var db))
            Assert.True((await db.Users.SingleAsync(u => u.Id == id)).MustChangePassword);
    }
}
