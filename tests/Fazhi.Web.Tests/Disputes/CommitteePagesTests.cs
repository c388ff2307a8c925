using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Core.Common;
using Fazhi.Core.Disputes;
using Fazhi.Core.PersonalData;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Fazhi.Web.Tests.Disputes;

/// <summary>The people's mediation committee pages (人民调解委员会) over HTTP on the demo town, on SQLite and PostgreSQL.</summary>
public class CommitteePagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static readonly DateOnly Today = ChinaTime.Today(TimeProvider.System);
    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    static async Task<long> CreateAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await DisputeTestData.PostAsync(client, "/Disputes/Committees", "/Disputes/Committees?handler=Create", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        return long.Parse(Regex.Match(DisputeTestData.PathOf(response), @"^/Disputes/Committees/(\d+)$").Groups[1].Value);
    }

    static Task<HttpResponseMessage> AddMemberAsync(HttpClient client, long id, string name, string sex, string role, string? phone = null) =>
        DisputeTestData.PostAsync(client, $"/Disputes/Committees/{id}", $"/Disputes/Committees/{id}?handler=AddMember", new()
        {
            ["MemberName"] = name, ["MemberSex"] = sex, ["MemberRole"] = role, ["MemberPhone"] = phone ?? "", ["JoinedOn"] = Iso(Today),
        });

    static string WarningsOnDetails(string html) =>
        html.Contains("data-testid=\"warnings\"") ? html.Split("data-testid=\"warnings\"")[1].Split("</div>")[0] : "";

    [Fact]
    public async Task Warnings_ForTwoMenAndATermOfThreeYears_ShowOnListAndDetails_AndGoWhenFixed()
    {
        var ids = await DisputeTestData.PlacesAsync(app);
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var id = await CreateAsync(clerk, new()
        {
            ["VillageId"] = ids.Shahu.ToString(), ["Name"] = "沙湖村调委会（测试）", ["TermStartedOn"] = Iso(Today.AddYears(-3)),
        });
        Assert.Equal(HttpStatusCode.Redirect, (await AddMemberAsync(clerk, id, "测试主任", "Male", "Chair")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddMemberAsync(clerk, id, "测试委员甲", "Male", "Member")).StatusCode);

        var details = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/Disputes/Committees/{id}"));
        var warned = WarningsOnDetails(details);
        Assert.Contains("委员会由3至9人组成（《人民调解法》第九条），现有2人。", warned);
        Assert.Contains("委员会中应当有妇女成员", warned);
        Assert.Contains($"本届任期已满3年（{ChinaTime.Format(Today.AddYears(-3))}起），应当换届", warned);
        var list = WebUtility.HtmlDecode(await clerk.GetStringAsync("/Disputes/Committees"));
        var row = DisputeTestData.RowWith(list, "沙湖村调委会（测试）");
        Assert.Contains("现有2人", row);
        Assert.Contains("妇女成员", row);
        Assert.Contains("已届满", row);
        Assert.Contains($"{ChinaTime.Format(Today)}届满", row);

        // A woman joins (3 members) and a new term starts (换届): the committee is in order.
        Assert.Equal(HttpStatusCode.Redirect, (await AddMemberAsync(clerk, id, "测试委员乙", "Female", "Member")).StatusCode);
        var renewed = await DisputeTestData.PostAsync(clerk, $"/Disputes/Committees/{id}", $"/Disputes/Committees/{id}?handler=Update", new()
        {
            ["Name"] = "沙湖村调委会（测试）", ["TermStartedOn"] = Iso(Today),
        });
        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        details = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/Disputes/Committees/{id}"));
        Assert.Equal("", WarningsOnDetails(details));
        Assert.Contains("3 人，其中女性 1 人", details);
        row = DisputeTestData.RowWith(WebUtility.HtmlDecode(await clerk.GetStringAsync("/Disputes/Committees")), "沙湖村调委会（测试）");
        Assert.Contains("组成符合规定", row);
        Assert.Contains($"{ChinaTime.Format(Today.AddYears(3))}届满", row);

        // A member leaves (with the confirmation ticked): back to 2 and warned again.
        long memberId;
        await using (var scope = app.SystemScope(out var db))
            memberId = await db.Set<Mediator>().Where(m => m.CommitteeId == id && m.Name == "测试委员甲").Select(m => m.Id).SingleAsync();
        var unconfirmed = await DisputeTestData.PostAsync(clerk, $"/Disputes/Committees/{id}", $"/Disputes/Committees/{id}?handler=RemoveMember", new()
        {
            ["RemovingId"] = memberId.ToString(), ["LeftOn"] = Iso(Today),
        });
        Assert.Contains("请勾选“确认该委员离任”", WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()));
        var removed = await DisputeTestData.PostAsync(clerk, $"/Disputes/Committees/{id}", $"/Disputes/Committees/{id}?handler=RemoveMember", new()
        {
            ["RemovingId"] = memberId.ToString(), ["LeftOn"] = Iso(Today), ["ConfirmRemove"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        details = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/Disputes/Committees/{id}"));
        Assert.Contains("现有2人", WarningsOnDetails(details));
        var left = DisputeTestData.RowWith(details.Split("data-testid=\"members\"")[1], "测试委员甲"); // kept, with the day they left
        Assert.DoesNotContain("在任", left);
        Assert.DoesNotContain("登记离任", left);
    }

    [Fact]
    public async Task Cadre_CreatesTheirVillagesCommittee_SeesPhonesMasked_And404ForAnotherVillage()
    {
        var ids = await DisputeTestData.PlacesAsync(app);
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        var form = WebUtility.HtmlDecode(await cadre.GetStringAsync("/Disputes/Committees"));
        Assert.Contains("value=\"阳山村\" readonly", form); // the village is fixed
        Assert.DoesNotContain("镇级（乡镇人民调解委员会）", form);

        var elsewhere = await DisputeTestData.PostAsync(cadre, "/Disputes/Committees", "/Disputes/Committees?handler=Create", new()
        {
            ["VillageId"] = ids.Xinling.ToString(), ["Name"] = "越权委员会", ["TermStartedOn"] = Iso(Today),
        });
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Contains("不在您的管辖范围内", WebUtility.HtmlDecode(await elsewhere.Content.ReadAsStringAsync()));

        var own = await CreateAsync(cadre, new() { ["VillageId"] = ids.Yangshan.ToString(), ["Name"] = "阳山村调委会（网格测试）", ["TermStartedOn"] = Iso(Today) });
        Assert.Equal(HttpStatusCode.Redirect, (await AddMemberAsync(cadre, own, "电话测试员", "Female", "Chair", "13812345678")).StatusCode);
        var seen = WebUtility.HtmlDecode(await cadre.GetStringAsync($"/Disputes/Committees/{own}"));
        Assert.Contains("138****5678", seen);
        Assert.DoesNotContain("13812345678", seen);
        var clerkView = WebUtility.HtmlDecode(await (await SignIn.AsAsync(app, "demo.fazhiban")).GetStringAsync($"/Disputes/Committees/{own}"));
        Assert.Contains("13812345678", clerkView);

        long other;
        await using (var scope = app.SystemScope(out var db))
            other = (await ActivatorUtilities.CreateInstance<CommitteeCommands>(scope.ServiceProvider, db)
                .CreateAsync(ids.Town, ids.Xinling, "新岭村调委会（范围测试）", Today)).Id;
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Disputes/Committees/{other}")).StatusCode);
        var post = await DisputeTestData.PostAsync(cadre, "/Disputes/Committees", $"/Disputes/Committees/{other}?handler=AddMember", new()
        {
            ["MemberName"] = "越权委员", ["MemberSex"] = "Male", ["MemberRole"] = "Member", ["JoinedOn"] = Iso(Today),
        });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain("新岭村调委会（范围测试）", WebUtility.HtmlDecode(await cadre.GetStringAsync("/Disputes/Committees")));
        Assert.Equal(HttpStatusCode.NotFound, (await (await SignIn.AsAsync(app, "demo.longgui")).GetAsync($"/Disputes/Committees/{own}")).StatusCode);
    }

    [Fact]
    public async Task BadInput_SaysWhatIsWrongInChinese_AndKeepsWhatWasTyped()
    {
        var ids = await DisputeTestData.PlacesAsync(app);
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var future = await DisputeTestData.PostAsync(clerk, "/Disputes/Committees", "/Disputes/Committees?handler=Create", new()
        {
            ["VillageId"] = ids.Shahu.ToString(), ["Name"] = "保留的委员会名称", ["TermStartedOn"] = Iso(Today.AddDays(1)),
        });
        var html = WebUtility.HtmlDecode(await future.Content.ReadAsStringAsync());
        Assert.Contains("本届任期开始日期不能晚于今天。", html);
        Assert.Contains("value=\"保留的委员会名称\"", html);
        Assert.Contains($"<option value=\"{ids.Shahu}\" selected=\"selected\">沙湖村</option>", html);

        var id = await CreateAsync(clerk, new() { ["Name"] = "西联镇调委会（输入测试）", ["TermStartedOn"] = Iso(Today) }); // town level
        var badPhone = await AddMemberAsync(clerk, id, "保留的姓名", "Female", "DeputyChair", "12345");
        html = WebUtility.HtmlDecode(await badPhone.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, badPhone.StatusCode);
        Assert.Contains("保留的姓名：", html);
        Assert.Contains("value=\"保留的姓名\"", html);
        Assert.Contains("value=\"12345\"", html);
        Assert.Contains("id=\"sex-female\" value=\"Female\" checked", html);
        Assert.Contains("<option value=\"DeputyChair\" selected=\"selected\">副主任</option>", html);

        Assert.Equal(HttpStatusCode.Redirect, (await AddMemberAsync(clerk, id, "第一主任", "Male", "Chair")).StatusCode);
        var secondChair = await AddMemberAsync(clerk, id, "第二主任", "Male", "Chair");
        Assert.Contains("委员会只设主任一人", WebUtility.HtmlDecode(await secondChair.Content.ReadAsStringAsync()));

        var unconfirmed = await DisputeTestData.PostAsync(clerk, $"/Disputes/Committees/{id}", $"/Disputes/Committees/{id}?handler=Deactivate", new());
        Assert.Contains("请勾选“确认撤销该委员会”", WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()));
        var deactivated = await DisputeTestData.PostAsync(clerk, $"/Disputes/Committees/{id}", $"/Disputes/Committees/{id}?handler=Deactivate", new() { ["ConfirmDeactivate"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        html = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/Disputes/Committees/{id}"));
        Assert.Contains("已撤销", html);
        Assert.DoesNotContain("添加委员", html);
        Assert.Equal("", WarningsOnDetails(html)); // a dissolved committee is not warned about
        var afterwards = await AddMemberAsync(clerk, id, "撤销后委员", "Female", "Member");
        Assert.Contains("该委员会已撤销", WebUtility.HtmlDecode(await afterwards.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Supervisor_SeesNoForms_AndAPostIsRefused()
    {
        long id;
        await using (var scope = app.SystemScope(out var db))
            id = await db.Set<MediationCommittee>().Where(c => c.Name == "西联镇人民调解委员会").Select(c => c.Id).SingleAsync();
        var supervisor = await SignIn.AsAsync(app, "demo.district");
        var list = WebUtility.HtmlDecode(await supervisor.GetStringAsync("/Disputes/Committees"));
        Assert.Contains("西联镇人民调解委员会", list);
        Assert.DoesNotContain("设立人民调解委员会", list);
        var details = WebUtility.HtmlDecode(await supervisor.GetStringAsync($"/Disputes/Committees/{id}"));
        Assert.DoesNotContain("<form method=\"post\" action=\"/Disputes", details);
        Assert.DoesNotContain("添加委员", details);
        var post = await AddMemberAsync(supervisor, id, "督查委员", "Female", "Member");
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/Account/Denied", DisputeTestData.PathOf(post));
        var create = await DisputeTestData.PostAsync(supervisor, "/Disputes/Committees", "/Disputes/Committees?handler=Create", new() { ["Name"] = "督查设立", ["TermStartedOn"] = Iso(Today) });
        Assert.Equal("/Account/Denied", DisputeTestData.PathOf(create));
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.False(await db.Set<Mediator>().AnyAsync(m => m.Name == "督查委员"));
            Assert.False(await db.Set<MediationCommittee>().AnyAsync(c => c.Name == "督查设立"));
        }
    }

    [Fact]
    public async Task Export_OpensAsXlsx_WithACommitteePerRowAndItsWarnings()
    {
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var response = await client.GetAsync("/Disputes/Committees?handler=Export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["名称", "所属", "本届任期开始", "本届任期届满", "委员人数", "状态", "提示"], rows[1].Values.Select(v => v?.ToString()));
        var xinling = rows.Single(r => r["A"]?.ToString() == "新岭村人民调解委员会"); // the demo's committee without a woman
        Assert.Equal("新岭村", xinling["B"]?.ToString());
        Assert.Contains("妇女成员", xinling["G"]?.ToString());
        Assert.Equal("镇级", rows.Single(r => r["A"]?.ToString() == "西联镇人民调解委员会")["B"]?.ToString());
    }
}
