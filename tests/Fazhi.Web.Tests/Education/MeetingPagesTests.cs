using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Core.Education;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fazhi.Web.Tests.Education.ServicePageData;

namespace Fazhi.Web.Tests.Education;

public class MeetingPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static List<KeyValuePair<string, string>> MeetingForm(string title, DateOnly on, params (string Topic, bool Law, string Decision)[] items)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Kind", "Special"), new("Input.HeldOn", Iso(on)), new("Input.Title", title), new("Input.Chair", "王建国"),
            new("Input.Attendees", "镇领导班子成员、司法所"),
        };
        for (var i = 0; i < items.Length; i++)
        {
            fields.Add(new($"Input.Items[{i}].Topic", items[i].Topic));
            if (items[i].Law) fields.Add(new($"Input.Items[{i}].RuleOfLaw", "true"));
            fields.Add(new($"Input.Items[{i}].Decision", items[i].Decision));
        }
        return fields;
    }

    static long FigureValue(string figuresPage, string key) =>
        long.Parse(Regex.Match(figuresPage, $"data-figure=\"{Regex.Escape(key)}\"><td>[^<]*</td><td class=\"fw-semibold\">(\\d+)</td>").Groups[1].Value);

    [Fact]
    public async Task Record_WithARuleOfLawItem_ShowsItsItems_IsListed_AndCountsOnTheFiguresPage()
    {
        var on = Ago(3);
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var before = await PageAsync(client, $"/Education/Figures?year={on.Year}");
        var (meetings, ruleOfLaw) = (FigureValue(before, "education.meetings"), FigureValue(before, "education.meetings-rule-of-law"));

        var form = await PageAsync(client, "/Education/Meetings/Record");
        Assert.Equal(6, Regex.Matches(form, "data-testid=\"item-row\"").Count);
        var saved = await SavedAsync(PostAsync(client, "/Education/Meetings/Record", MeetingForm("法治议题测试专题会议", on,
            ("审议镇区市场整治方案的合法性", true, "经法律顾问审查后实施"), ("研究年度工作安排", false, "同意"), ("", false, ""))));
        var id = IdFrom(saved);
        Assert.Equal($"/Education/Meetings/{id}", Location(saved));
        var m = await LoadAsync(app, db => db.Set<Meeting>().AsNoTracking().Include(x => x.Items).SingleAsync(x => x.Id == id));
        Assert.Equal([("审议镇区市场整治方案的合法性", true), ("研究年度工作安排", false)], m.Items.OrderBy(i => i.Id).Select(i => (i.Topic, i.RuleOfLaw)));

        var details = await PageAsync(client, $"/Education/Meetings/{id}");
        Assert.Contains("研究法治议题", details);
        Assert.Contains("法治议题", RowWith(details.Split("data-testid=\"items\"")[1], "审议镇区市场整治方案的合法性"));
        Assert.Contains("经法律顾问审查后实施", details);
        Assert.Contains("/attachments/owner/meeting/" + id, details);

        var list = await PageAsync(client, $"/Education/Meetings?year={on.Year}");
        var row = RowWith(list, "法治议题测试专题会议");
        Assert.Contains("专题会议", row);
        Assert.Contains("<td>2</td>", row);
        Assert.Contains("data-testid=\"rule-of-law-items\">1<", row);

        var after = await PageAsync(client, $"/Education/Figures?year={on.Year}");
        Assert.Equal(meetings + 1, FigureValue(after, "education.meetings"));
        Assert.Equal(ruleOfLaw + 1, FigureValue(after, "education.meetings-rule-of-law"));
    }

    [Fact]
    public async Task Record_WithoutItemsOrKind_SaysWhatIsWrong_AndKeepsWhatWasTyped()
    {
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var html = await RefusedAsync(PostAsync(client, "/Education/Meetings/Record", MeetingForm("无议题会议", Ago(1), ("", true, "只写了议定事项"))));
        Assert.Contains("请至少登记一项议题。", html);
        Assert.Contains("value=\"无议题会议\"", html);
        Assert.Contains("value=\"只写了议定事项\"", html);
        Assert.Matches("id=\"item-0-law\" name=\"Input.Items\\[0\\].RuleOfLaw\" value=\"true\" checked", html);

        var noKind = MeetingForm("无类型会议", Ago(1), ("议题甲", false, "")).Where(f => f.Key != "Input.Kind");
        html = await RefusedAsync(PostAsync(client, "/Education/Meetings/Record", noKind));
        Assert.Contains("请选择会议类型。", html);
        Assert.Contains("value=\"议题甲\"", html);
        Assert.False(await LoadAsync(app, db => db.Set<Meeting>().AnyAsync(x => x.Title == "无议题会议" || x.Title == "无类型会议")));
    }

    [Fact]
    public async Task Duties_RecordsALeadersDuty_AndRefusesSomeoneWhoIsNoLeader()
    {
        var (leader, clerk) = await ArrangeAsync(app, async (edu, db) =>
        {
            var town = await TownIdAsync(db);
            var l = await edu.AddMemberAsync(new EducationCommands.MemberInput(town, "履职测试镇长", null, "副镇长", true, new DateOnly(2015, 1, 1)));
            var c = await edu.AddMemberAsync(new EducationCommands.MemberInput(town, "履职测试干事", null, "干事", false, new DateOnly(2015, 1, 1)));
            return (l.Id, c.Id);
        });
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var on = Ago(2);
        var page = await PageAsync(client, $"/Education/Duties?year={on.Year}");
        Assert.Contains($"<option value=\"{leader}\">履职测试镇长（副镇长）</option>", page);
        Assert.DoesNotContain($"<option value=\"{clerk}\"", page);

        var refused = await RefusedAsync(PostAsync(client, "/Education/Duties", ("year", on.Year.ToString()), ("memberId", clerk.ToString()),
            ("kind", "ProblemSolved"), ("on", Iso(on)), ("summary", "研究解决征地补偿争议")));
        Assert.Contains("履职测试干事不是镇领导干部，不能登记第一责任人履职记录。", refused);
        Assert.Contains(">研究解决征地补偿争议</textarea>", refused);
        Assert.Contains("<option value=\"ProblemSolved\" selected=\"selected\">研究解决法治问题</option>", refused);

        var saved = await SavedAsync(PostAsync(client, "/Education/Duties", ("year", on.Year.ToString()), ("memberId", leader.ToString()),
            ("kind", "DutyReport"), ("on", Iso(on)), ("summary", "在年度述职中专题述法（测试）")));
        Assert.Equal($"/Education/Duties?year={on.Year}", Location(saved));
        var row = RowWith(await PageAsync(client, $"/Education/Duties?year={on.Year}"), "在年度述职中专题述法（测试）");
        Assert.Contains("履职测试镇长", row);
        Assert.Contains("述法", row);

        var demo = await PageAsync(client, "/Education/Duties?year=2019");
        Assert.Equal(2, Regex.Matches(demo, "<td class=\"text-nowrap\">述法</td>").Count);
    }

    [Fact]
    public async Task Scope_AnotherTownSeesNone_ACadreWithoutTheModuleIsRefused_TheSupervisorSeesNoForms()
    {
        var id = await ArrangeAsync(app, async (edu, db) => (await edu.RecordMeetingAsync(new EducationCommands.MeetingInput(await TownIdAsync(db), Ago(1),
            MeetingKind.LeadingGroup, "范围测试领导小组会议", "何志明", "全体成员", [new Meeting.ItemInput("部署普法", true, null)]))).Id);

        var longgui = await SignIn.AsAsync(app, "demo.longgui");
        Assert.Contains("共 0 条", await PageAsync(longgui, "/Education/Meetings?year=2019"));
        Assert.Equal(HttpStatusCode.NotFound, (await longgui.GetAsync($"/Education/Meetings/{id}")).StatusCode);
        Assert.DoesNotContain("述法", (await PageAsync(longgui, "/Education/Duties?year=2019")).Split("<tbody>")[1].Split("</tbody>")[0]);

        var yangshan = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.Equal("/Account/Denied", PathOf(await yangshan.GetAsync("/Education/Meetings")));
        Assert.Equal("/Account/Denied", PathOf(await yangshan.GetAsync("/Education/Duties")));

        var supervisor = await SignIn.AsAsync(app, "demo.district");
        var list = await PageAsync(supervisor, "/Education/Meetings?year=2019");
        Assert.Contains("共 7 条", list);
        Assert.DoesNotContain("/Education/Meetings/Record", list);
        var details = await PageAsync(supervisor, $"/Education/Meetings/{id}");
        Assert.DoesNotContain("/attachments/owner/", details);
        var duties = await PageAsync(supervisor, "/Education/Duties?year=2019");
        Assert.DoesNotContain("name=\"memberId\"", duties);
        Assert.Equal("/Account/Denied", PathOf(await supervisor.GetAsync("/Education/Meetings/Record")));
        var post = await PostAsync(supervisor, "/Education/Duties", [new("memberId", "1"), new("kind", "DutyReport"), new("on", Iso(Today)), new("summary", "督查")],
            "/Account/ChangePassword");
        Assert.Equal("/Account/Denied", PathOf(post));
    }
}
