using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Core.Audit;
using Fazhi.Core.Identity;
using Fazhi.Core.Staff;
using Fazhi.Web.Commands;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Audit;

public class AuditTrailTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task CreatingARecord_WritesOneCreateEventWithItsValuesAndScope()
    {
        var town = await AuditTestData.TownAsync(app);
        var head = await AuditTestData.HeadAsync(app);

        var office = await AuditTestData.AddOfficeAsync(app, "审计测试信访办", "0760-1234567");

        var e = Assert.Single(await AuditTestData.EventsAfterAsync(app, head));
        Assert.Equal(head + 1, e.Seq);
        Assert.Equal(AuditAction.Create, e.Action);
        Assert.Equal("Office", e.Entity);
        Assert.Equal(office.Id.ToString(), e.EntityId);
        Assert.Equal(town.Path, e.ScopePath);
        Assert.Equal("system", e.UserName);
        Assert.Null(e.UserId);
        var changes = AuditTestData.ChangesOf(e);
        Assert.Equal((null, "审计测试信访办"), changes["Name"]);
        Assert.Equal((null, "0760-1234567"), changes["Phone"]);
        Assert.Equal((null, office.Id.ToString()), changes["Id"]);
        Assert.Equal((null, town.Id.ToString()), changes["TownId"]);
    }

    [Fact]
    public async Task UpdatingARecord_RecordsOnlyTheChangedFieldsBeforeAndAfter()
    {
        var office = await AuditTestData.AddOfficeAsync(app, "审计测试综治办", "111");
        var head = await AuditTestData.HeadAsync(app);

        await using (var scope = app.SystemScope(out var db))
        {
            var o = await db.Offices.SingleAsync(x => x.Id == office.Id);
            o.Update("审计测试综治中心", "111", false);
            await db.SaveChangesAsync();
        }

        var e = Assert.Single(await AuditTestData.EventsAfterAsync(app, head));
        Assert.Equal(AuditAction.Update, e.Action);
        Assert.Equal(office.Id.ToString(), e.EntityId);
        var changes = AuditTestData.ChangesOf(e);
        Assert.Equal(["IsActive", "Name"], changes.Keys.Order().ToArray());
        Assert.Equal(("审计测试综治办", "审计测试综治中心"), changes["Name"]);
        Assert.Equal(("是", "否"), changes["IsActive"]);
    }

    [Fact]
    public async Task SynchronousSaveChanges_IsAuditedToo()
    {
        var town = await AuditTestData.TownAsync(app);
        var head = await AuditTestData.HeadAsync(app);
        await using (var scope = app.SystemScope(out var db))
        {
            db.Offices.Add(Office.Create(town.Id, town.Path, "审计测试同步科", null));
            db.SaveChanges();
        }
        var e = Assert.Single(await AuditTestData.EventsAfterAsync(app, head));
        Assert.Equal(AuditAction.Create, e.Action);
        Assert.True((await AuditTestData.VerifyAsync(app)).Intact);
    }

    [Fact]
    public async Task DeletingARecord_RecordsItsLastValues()
    {
        var office = await AuditTestData.AddOfficeAsync(app, "审计测试临时科", "222");
        var head = await AuditTestData.HeadAsync(app);

        await using (var scope = app.SystemScope(out var db))
        {
            db.Offices.Remove(await db.Offices.SingleAsync(x => x.Id == office.Id));
            await db.SaveChangesAsync();
        }

        var e = Assert.Single(await AuditTestData.EventsAfterAsync(app, head));
        Assert.Equal(AuditAction.Delete, e.Action);
        Assert.Equal(office.Id.ToString(), e.EntityId);
        Assert.Equal(("审计测试临时科", null), AuditTestData.ChangesOf(e)["Name"]);
    }

    [Fact]
    public async Task OneSaveOfSeveralRecords_WritesConsecutiveLinkedEvents()
    {
        var town = await AuditTestData.TownAsync(app);
        var head = await AuditTestData.HeadAsync(app);
        await using (var scope = app.SystemScope(out var db))
        {
            db.Offices.Add(Office.Create(town.Id, town.Path, "审计测试甲科", null));
            db.Offices.Add(Office.Create(town.Id, town.Path, "审计测试乙科", null));
            db.Offices.Add(Office.Create(town.Id, town.Path, "审计测试丙科", null));
            await db.SaveChangesAsync();
        }
        var events = await AuditTestData.EventsAfterAsync(app, head);
        Assert.Equal([head + 1, head + 2, head + 3], events.Select(e => e.Seq).ToArray());
        Assert.Equal(events[0].Hash, events[1].PrevHash);
        Assert.Equal(events[1].Hash, events[2].PrevHash);
        Assert.Equal(3, events.Select(e => e.EntityId).Distinct().Count());
        Assert.True((await AuditTestData.VerifyAsync(app)).Intact);
    }

    [Fact]
    public async Task AFailingSave_WritesNoEvent()
    {
        await AuditTestData.AddOfficeAsync(app, "审计测试重名科");
        var town = await AuditTestData.TownAsync(app);
        var before = await AuditTestData.CountAsync(app);

        await using (var scope = app.SystemScope(out var db))
        {
            // (TownId, Name) is unique: the insert fails inside the transaction.
            db.Offices.Add(Office.Create(town.Id, town.Path, "审计测试重名科", null));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        Assert.Equal(before, await AuditTestData.CountAsync(app));
        Assert.True((await AuditTestData.VerifyAsync(app)).Intact);
    }

    [Fact]
    public async Task ACallersTransaction_IsJoined_SoRollingItBackRemovesRecordAndEvent()
    {
        var town = await AuditTestData.TownAsync(app);
        var before = await AuditTestData.CountAsync(app);
        await using (var scope = app.SystemScope(out var db))
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Offices.Add(Office.Create(town.Id, town.Path, "审计测试回滚科", null));
            await db.SaveChangesAsync();
            Assert.Equal(before + 1, await db.Set<AuditEvent>().LongCountAsync());
            await tx.RollbackAsync();
        }
        Assert.Equal(before, await AuditTestData.CountAsync(app));
        await using (var scope = app.SystemScope(out var db))
            Assert.False(await db.Offices.AnyAsync(o => o.Name == "审计测试回滚科"));

        await using (var scope = app.SystemScope(out var db))
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Offices.Add(Office.Create(town.Id, town.Path, "审计测试提交科", null));
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
        Assert.Equal(before + 1, await AuditTestData.CountAsync(app));
    }

    [Fact]
    public async Task ConcurrentWriters_KeepTheChainConsecutiveAndIntact()
    {
        var town = await AuditTestData.TownAsync(app);
        var before = await AuditTestData.CountAsync(app);
        await Task.WhenAll(Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 3; i++)
            {
                await using var scope = app.SystemScope(out var db);
                db.Offices.Add(Office.Create(town.Id, town.Path, $"审计测试并发{w}-{i}", null));
                await db.SaveChangesAsync();
            }
        })));
        Assert.Equal(before + 18, await AuditTestData.CountAsync(app));
        var result = await AuditTestData.VerifyAsync(app);
        Assert.True(result.Intact, result.Line);
        Assert.Equal(before + 18, result.Count);
    }

    [Fact]
    public async Task IdentityUsersAndRoles_AreAudited_WithSecretsAndPersonalDataMasked()
    {
        var town = await AuditTestData.TownAsync(app);
        var head = await AuditTestData.HeadAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser
            {
                UserName = "audit-masked", DisplayName = "审计测试员", Email = "masked@example.cn", PhoneNumber = "13800000000",
                ScopeRegionId = town.Id, ScopePath = town.Path,
            };
            Assert.True((await users.CreateAsync(user, "Audit-Pass-2026")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Staff)).Succeeded);
            Assert.True((await users.ChangePasswordAsync(user, "Audit-Pass-2026", "Audit-Pass-2027")).Succeeded);
        }

        var events = await AuditTestData.EventsAfterAsync(app, head);
        var created = Assert.Single(events, e => e is { Entity: "AppUser", Action: AuditAction.Create });
        Assert.Equal(town.Path, created.ScopePath);
        var changes = AuditTestData.ChangesOf(created);
        foreach (var field in new[] { "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "UserName", "NormalizedUserName", "Email", "PhoneNumber" })
            Assert.Equal((null, "***"), changes[field]);
        Assert.Equal((null, "审计测试员"), changes["DisplayName"]);
        Assert.DoesNotContain("audit-masked", created.Changes, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("13800000000", created.Changes);
        Assert.DoesNotContain("masked@example.cn", created.Changes, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(events, e => e is { Entity: "IdentityUserRole", Action: AuditAction.Create } && e.EntityId.StartsWith(created.EntityId + ","));
        // Changing the password shows that it changed, never the value.
        var passwordChange = Assert.Single(events, e => e is { Entity: "AppUser", Action: AuditAction.Update }
            && AuditTestData.ChangesOf(e).ContainsKey("PasswordHash"));
        Assert.Equal(("***", "***"), AuditTestData.ChangesOf(passwordChange)["PasswordHash"]);
        Assert.DoesNotContain("AQAAAA", passwordChange.Changes);
    }

    [Fact]
    public async Task VerifyCommand_OnTheDemoDatabase_ExitsZero()
    {
        Assert.Equal(0, await AuditVerifyCommand.RunAsync(app.Services));
        var result = await AuditTestData.VerifyAsync(app);
        Assert.True(result.Intact);
        Assert.Matches(@"^audit chain intact: \d+ events$", result.Line);
    }

    [Fact]
    public async Task AuditPage_WhenAnonymous_RedirectsToSignIn()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/Admin/Audit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AuditPage_ForAnAdmin_ListsFiltersAndVerifies()
    {
        var office = await AuditTestData.AddOfficeAsync(app, "审计测试页面科");
        var client = await SignInAsync(Roles.Admin, "audit-admin");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Admin/Audit?entity=Office&action=Create&id={office.Id}"));
        Assert.Contains("审计日志", html);
        Assert.Contains("审计测试页面科", html);
        Assert.Contains("新增", html);
        Assert.Contains("年", html);
        Assert.Contains("共 1 条", html);

        var none = WebUtility.HtmlDecode(await client.GetStringAsync($"/Admin/Audit?entity=Office&action=Delete&id={office.Id}"));
        Assert.Contains("没有符合条件的审计事件", none);

        var bad = WebUtility.HtmlDecode(await client.GetStringAsync("/Admin/Audit?from=2026-02-01&to=2026-01-01"));
        Assert.Contains("结束日期不能早于开始日期", bad);

        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var verify = await client.PostAsync("/Admin/Audit?handler=Verify", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Contains("审计链完整", WebUtility.HtmlDecode(await verify.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AuditPage_ForANonAdmin_IsDenied()
    {
        var client = await SignInAsync(Roles.Staff, "audit-staff", allowRedirect: false);
        var response = await client.GetAsync("/Admin/Audit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery);
    }

    async Task<HttpClient> SignInAsync(string role, string userName, bool allowRedirect = true)
    {
        const string password = "Audit-Pass-2026";
        var town = await AuditTestData.TownAsync(app);
        await SignIn.CreateUserAsync(app, userName, role, town, password);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = allowRedirect });
        var response = await SignIn.PostLoginAsync(client, userName, password);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, response.StatusCode.ToString());
        return client;
    }
}
