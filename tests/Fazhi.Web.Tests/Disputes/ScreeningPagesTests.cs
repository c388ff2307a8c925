using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.Petitions;
using Fazhi.Web.Setup;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Fazhi.Web.Tests.Disputes;

/// <summary>The screening round pages (矛盾纠纷排查) over HTTP on the demo town, on SQLite and PostgreSQL.</summary>
public class ScreeningPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static readonly DateOnly Today = ChinaTime.Today(TimeProvider.System);
    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    [Fact]
    public async Task CadrePlansHoldsAndRegistersAFoundDispute_TheRoundLinksToIt()
    {
        var ids = await DisputeTestData.PlacesAsync(app);
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        var plan = await DisputeTestData.PostAsync(cadre, "/Disputes/Screenings/Plan", "/Disputes/Screenings/Plan", new()
        {
            ["Input.Level"] = "Group", ["Input.GroupId"] = ids.Group.ToString(), ["Input.PlannedOn"] = Iso(Today.AddDays(-2)), ["Input.Place"] = "流程测试·一组晒谷场",
        });
        Assert.Equal(HttpStatusCode.Redirect, plan.StatusCode);
        var path = plan.Headers.Location!.OriginalString;
        var id = long.Parse(Regex.Match(path, @"^/Disputes/Screenings/(\d+)$").Groups[1].Value);
        await using (var scope = app.SystemScope(out var db))
        {
            var round = await db.Set<ScreeningRound>().SingleAsync(r => r.Id == id);
            Assert.Equal((ids.Yangshan, ids.Group, DisputeLevel.Group), (round.VillageId, round.GroupId, round.Level)); // the village follows from the group
        }

        var held = await DisputeTestData.PostAsync(cadre, path, path + "?handler=Held", new()
        {
            ["HeldOn"] = Iso(Today.AddDays(-1)), ["Participants"] = "刘芳、组长", ["AreaCovered"] = "第一村民小组38户", ["Result"] = "found", ["Notes"] = "两户通道纠纷",
        });
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        var html = WebUtility.HtmlDecode(await cadre.GetStringAsync(path));
        Assert.Contains($"href=\"/Disputes/Register?screeningRoundId={id}\"", html);
        Assert.Contains("登记本次排查发现的纠纷", html);
        Assert.Contains("发现矛盾纠纷，尚未逐件登记", html);

        // The register page belongs to the dispute register; the dispute is registered through its command here.
        Dispute dispute;
        await using (var scope = app.SystemScope(out var db))
            dispute = await DisputeTestData.Disputes(scope, db).RegisterAsync(new DisputeCommands.RegisterInput(ids.Town, ids.Yangshan, ids.Group, "邻里",
                DisputeSource.Screening, Today, "排查发现：两户通道纠纷", [new(PartyKind.Person, "张三")], ScreeningRoundId: id));

        html = WebUtility.HtmlDecode(await cadre.GetStringAsync(path));
        var found = html.Split("data-testid=\"found\"")[1].Split("</table>")[0];
        Assert.Contains($"<a href=\"/Disputes/{dispute.Id}\">{dispute.Number}</a>", found);
        Assert.Contains("邻里", found);
        Assert.Contains("待调处", found);
        Assert.Contains("发现矛盾纠纷1件", html);
        var list = WebUtility.HtmlDecode(await cadre.GetStringAsync($"/Disputes/Screenings?year={Today.Year}"));
        var row = DisputeTestData.RowWith(list, "流程测试·一组晒谷场");
        Assert.Contains("发现1件", row);
        Assert.Contains("已开展", row);
        Assert.Contains("阳山村第一村民小组", row);
    }

    [Fact]
    public async Task PlannedRoundPastItsDate_IsFlaggedOverdue_OnTheListAndTheRound()
    {
        var ids = await DisputeTestData.PlacesAsync(app);
        var late = await DisputeTestData.PlanAsync(app, ids.Town, ids.Yangshan, Today.AddDays(-3), "逾期测试·村委会");
        var onTime = await DisputeTestData.PlanAsync(app, ids.Town, ids.Yangshan, Today, "按期测试·村委会");
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var list = WebUtility.HtmlDecode(await client.GetStringAsync($"/Disputes/Screenings?year={Today.AddDays(-3).Year}"));
        Assert.Contains("已逾期未开展", DisputeTestData.RowWith(list, "逾期测试·村委会"));
        Assert.DoesNotContain("已逾期未开展", DisputeTestData.RowWith(list, "按期测试·村委会"));
        Assert.Contains("已逾期未开展", WebUtility.HtmlDecode(await client.GetStringAsync($"/Disputes/Screenings/{late}")));
        Assert.DoesNotContain("已逾期未开展", WebUtility.HtmlDecode(await client.GetStringAsync($"/Disputes/Screenings/{onTime}")));
        var planned = WebUtility.HtmlDecode(await client.GetStringAsync($"/Disputes/Screenings?year={Today.AddDays(-3).Year}&status=Held"));
        Assert.DoesNotContain("逾期测试·村委会", planned);
    }

    [Fact]
    public async Task CadreOfOneVillage_Gets404ForAnotherVillagesRound_AndCannotPlanThere()
    {
        var ids = await DisputeTestData.PlacesAsync(app);
        var other = await DisputeTestData.PlanAsync(app, ids.Town, ids.Xinling, Today, "范围测试·新岭村");
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Disputes/Screenings/{other}")).StatusCode);
        var token = await SignIn.AntiforgeryTokenAsync(cadre, "/Disputes/Screenings/Plan");
        var cancel = await cadre.PostAsync($"/Disputes/Screenings/{other}?handler=Cancel", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Reason"] = "越权", ["ConfirmCancel"] = "true", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/attachments/owner/screening/{other}")).StatusCode);
        Assert.DoesNotContain("范围测试·新岭村", WebUtility.HtmlDecode(await cadre.GetStringAsync("/Disputes/Screenings")));

        var elsewhere = await DisputeTestData.PostAsync(cadre, "/Disputes/Screenings/Plan", "/Disputes/Screenings/Plan", new()
        {
            ["Input.Level"] = "Village", ["Input.VillageId"] = ids.Xinling.ToString(), ["Input.PlannedOn"] = Iso(Today), ["Input.Place"] = "越权计划",
        });
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Contains("不在您的管辖范围内", WebUtility.HtmlDecode(await elsewhere.Content.ReadAsStringAsync()));

        var longgui = await SignIn.AsAsync(app, "demo.longgui"); // another town
        Assert.Equal(HttpStatusCode.NotFound, (await longgui.GetAsync($"/Disputes/Screenings/{other}")).StatusCode);
        await using var scope = app.SystemScope(out var db);
        Assert.Equal(ScreeningStatus.Planned, await db.Set<ScreeningRound>().Where(r => r.Id == other).Select(r => r.Status).SingleAsync());
    }

    [Fact]
    public async Task CoverageGrid_ShowsAHeldMonth_AnOverdueMonth_AndAGap()
    {
        var ids = await DisputeTestData.PlacesAsync(app);
        var held = await DisputeTestData.PlanAsync(app, ids.Town, ids.Yangshan, new DateOnly(2018, 5, 8), "覆盖测试");
        await using (var scope = app.SystemScope(out var db))
        {
            await ActivatorUtilities.CreateInstance<ScreeningCommands>(scope.ServiceProvider, db)
                .RecordHeldAsync(held, new DateOnly(2018, 5, 9), "网格员", "全村", true, null);
        }
        await DisputeTestData.PlanAsync(app, ids.Town, ids.Yangshan, new DateOnly(2018, 7, 3), "覆盖测试·逾期");

        var html = WebUtility.HtmlDecode(await (await SignIn.AsAsync(app, "demo.yangshan")).GetStringAsync("/Disputes/Screenings?year=2018"));
        var grid = html.Split("data-testid=\"coverage\"")[1].Split("</table>")[0];
        Assert.Contains("<th scope=\"col\" class=\"text-nowrap\">12月</th>", grid);
        var row = Regex.Match(grid, "<tr>\\s*<th scope=\"row\"[^>]*>阳山村</th>(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        string Cell(int month) => Regex.Replace(Regex.Match(row, $"data-month=\"{month}\">(.*?)</td>", RegexOptions.Singleline).Groups[1].Value, "<[^>]+>|\\s", "");
        Assert.Equal("已排查1次", Cell(5));
        Assert.Equal("逾期", Cell(7));
        Assert.Equal("未排查", Cell(6));
        Assert.Contains("table-warning\" data-month=\"6\"", row);
        Assert.Contains("table-danger\" data-month=\"7\"", row);
        Assert.DoesNotContain("新岭村", grid); // a cadre's grid is their village only
    }

    [Fact]
    public async Task BadInput_SaysWhatIsWrongInChinese_AndKeepsWhatWasTyped()
    {
        var ids = await DisputeTestData.PlacesAsync(app);
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var plan = await DisputeTestData.PostAsync(clerk, "/Disputes/Screenings/Plan", "/Disputes/Screenings/Plan", new()
        {
            ["Input.Level"] = "Village", ["Input.VillageId"] = ids.Yangshan.ToString(), ["Input.PlannedOn"] = "2019-02-30", ["Input.Place"] = "保留的排查地点",
        });
        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        var html = WebUtility.HtmlDecode(await plan.Content.ReadAsStringAsync());
        Assert.Contains("计划日期“2019-02-30”无效，请按“年-月-日”填写。", html);
        Assert.Contains("value=\"保留的排查地点\"", html);
        Assert.Contains("value=\"2019-02-30\"", html);

        var id = await DisputeTestData.PlanAsync(app, ids.Town, ids.Yangshan, Today, "输入测试");
        var path = $"/Disputes/Screenings/{id}";
        var held = await DisputeTestData.PostAsync(clerk, path, path + "?handler=Held", new()
        {
            ["HeldOn"] = Iso(Today), ["Participants"] = "保留的参加人员", ["AreaCovered"] = "", ["Result"] = "none", ["Notes"] = "保留的情况说明",
        });
        html = WebUtility.HtmlDecode(await held.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        Assert.Contains("请填写排查覆盖的范围", html);
        Assert.Contains("value=\"保留的参加人员\"", html);
        Assert.Contains(">保留的情况说明</textarea>", html);
        Assert.Matches("id=\"result-none\" value=\"none\" checked", html);

        var noResult = await DisputeTestData.PostAsync(clerk, path, path + "?handler=Held", new()
        {
            ["HeldOn"] = Iso(Today), ["Participants"] = "网格员", ["AreaCovered"] = "全村",
        });
        Assert.Contains("请选择排查结果", WebUtility.HtmlDecode(await noResult.Content.ReadAsStringAsync()));

        var unconfirmed = await DisputeTestData.PostAsync(clerk, path, path + "?handler=Cancel", new() { ["Reason"] = "保留的取消原因" });
        html = WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync());
        Assert.Contains("请勾选“确认取消该次排查”", html);
        Assert.Contains("value=\"保留的取消原因\"", html);

        var cancelled = await DisputeTestData.PostAsync(clerk, path, path + "?handler=Cancel", new() { ["Reason"] = "台风停工", ["ConfirmCancel"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        html = WebUtility.HtmlDecode(await clerk.GetStringAsync(path));
        Assert.Contains("台风停工", html);
        Assert.DoesNotContain("登记已开展", html);
    }

    [Fact]
    public async Task Supervisor_SeesNoForms_AndAPostIsRefused()
    {
        var ids = await DisputeTestData.PlacesAsync(app);
        var id = await DisputeTestData.PlanAsync(app, ids.Town, ids.Yangshan, Today, "督查测试");
        var supervisor = await SignIn.AsAsync(app, "demo.district");
        var path = $"/Disputes/Screenings/{id}";
        var html = WebUtility.HtmlDecode(await supervisor.GetStringAsync(path));
        Assert.Contains("督查测试", html);
        Assert.DoesNotContain("登记已开展", html);
        Assert.DoesNotContain("取消排查", html);
        Assert.DoesNotContain("上传附件", html);
        Assert.DoesNotContain("计划排查", WebUtility.HtmlDecode(await supervisor.GetStringAsync("/Disputes/Screenings")));
        var plan = await supervisor.GetAsync("/Disputes/Screenings/Plan");
        Assert.Equal(HttpStatusCode.Redirect, plan.StatusCode);
        Assert.Equal("/Account/Denied", DisputeTestData.PathOf(plan));

        var post = await DisputeTestData.PostAsync(supervisor, path, path + "?handler=Held", new()
        {
            ["HeldOn"] = Iso(Today), ["Participants"] = "督查", ["AreaCovered"] = "全村", ["Result"] = "none",
        });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/Account/Denied", DisputeTestData.PathOf(post));
        await using var scope = app.SystemScope(out var db);
        Assert.Equal(ScreeningStatus.Planned, await db.Set<ScreeningRound>().Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
    }

    [Fact]
    public async Task Export_OpensAsXlsx_WithTheFilteredRows()
    {
        var ids = await DisputeTestData.PlacesAsync(app);
        var id = await DisputeTestData.PlanAsync(app, ids.Town, ids.Yangshan, new DateOnly(2017, 4, 6), "导出测试·阳山村");
        await using (var scope = app.SystemScope(out var db))
            await ActivatorUtilities.CreateInstance<ScreeningCommands>(scope.ServiceProvider, db)
                .RecordHeldAsync(id, new DateOnly(2017, 4, 6), "导出测试人员", "全村5个组", true, null);
        await DisputeTestData.PlanAsync(app, ids.Town, ids.Xinling, new DateOnly(2017, 4, 7), "导出测试·新岭村");
        await DisputeTestData.PlanAsync(app, ids.Town, ids.Yangshan, new DateOnly(2016, 4, 7), "导出测试·上一年");

        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var list = WebUtility.HtmlDecode(await client.GetStringAsync($"/Disputes/Screenings?year=2017&villageId={ids.Yangshan}"));
        Assert.Contains($"href=\"/Disputes/Screenings?year=2017&villageId={ids.Yangshan}&handler=Export\"", list);
        var response = await client.GetAsync($"/Disputes/Screenings?year=2017&villageId={ids.Yangshan}&handler=Export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("筛选条件：2017年；村（社区）：阳山村", rows[0]["A"]);
        Assert.Equal(["级别", "村（社区）", "村民小组", "计划日期", "开展日期", "地点", "参加人员", "排查范围", "排查结果", "状态"],
            rows[1].Values.Select(v => v?.ToString()));
        var data = Assert.Single(rows.Skip(2));
        Assert.Equal(["村级", "阳山村", null, "2017年4月6日", "2017年4月6日", "导出测试·阳山村", "导出测试人员", "全村5个组", "未发现纠纷", "已开展"],
            data.Values.Select(v => v?.ToString()));
    }
}

/// <summary>Places of the demo town and arranging helpers shared by the dispute page tests.</summary>
static class DisputeTestData
{
    public sealed record Places(long Town, long Yangshan, long Xinling, long Shahu, long Group);

    public static async Task<Places> PlacesAsync(FazhiApp app)
    {
        await using var scope = app.SystemScope(out var db);
        long Id(string name) => db.Regions.Where(r => r.Name == name).Select(r => r.Id).Single();
        return new Places(Id("西联镇"), Id("阳山村"), Id("新岭村"), Id("沙湖村"), Id("阳山村第一村民小组"));
    }

    /// <summary>A village-level round planned through the domain command (the whole-database user).</summary>
    public static async Task<long> PlanAsync(FazhiApp app, long townId, long villageId, DateOnly on, string place)
    {
        await using var scope = app.SystemScope(out var db);
        var round = await ActivatorUtilities.CreateInstance<ScreeningCommands>(scope.ServiceProvider, db)
            .PlanAsync(new ScreeningCommands.PlanInput(townId, villageId, null, DisputeLevel.Village, on, place));
        return round.Id;
    }

    public static DisputeCommands Disputes(AsyncServiceScope scope, AppDbContext db)
    {
        var sp = scope.ServiceProvider;
        var deadlines = ActivatorUtilities.CreateInstance<DeadlineService>(sp, db);
        var petitions = ActivatorUtilities.CreateInstance<PetitionCommands>(sp, db, deadlines);
        return ActivatorUtilities.CreateInstance<DisputeCommands>(sp, db, deadlines, petitions);
    }

    /// <summary>Posts a form the way the browser does: the antiforgery token from <paramref name="page"/>, then the fields.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(client, page);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>The path a redirect points to, whether the Location is absolute or relative.</summary>
    public static string PathOf(HttpResponseMessage response) => new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath;

    /// <summary>The one table row that contains <paramref name="text"/>.</summary>
    public static string RowWith(string html, string text) => html.Split("<tr").Select(r => r.Split("</tr>")[0]).Single(r => r.Contains(text));
}
