using System.Net;
using Fazhi.Core.Common;
using Fazhi.Core.Education;
using Fazhi.Core.Staff;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fazhi.Web.Tests.Education.EducationPageData;

namespace Fazhi.Web.Tests.Education;

/// <summary>
/// Cadre study over real HTTP: a session's attendance computed from the roster of its day, a member not on it refused by
/// name, an exam where a blank score means did not sit, the roster kept through its page, each person's hours.
/// Each test works in a year of its own before the demo roster (2016), with members who leave that year, so counts are exact.
/// </summary>
public class StudyPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public async Task RecordSession_ComputesAttendanceFromTheRoster_AndRefusesAMemberWhoLeftBeforeTheDay_ByName()
    {
        var m = Marker();
        var a = await MemberAsync(app, "学甲" + m, D(2010, 1, 1), D(2010, 12, 31));
        var b = await MemberAsync(app, "学乙" + m, D(2010, 1, 1), D(2010, 12, 31));
        var absent = await MemberAsync(app, "学丙" + m, D(2010, 2, 1), D(2010, 12, 31));
        var gone = await MemberAsync(app, "学丁" + m, D(2010, 1, 1), D(2010, 3, 1));
        await MemberAsync(app, "学戊" + m, D(2010, 6, 1), D(2010, 12, 31)); // joins after the session
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var town = await RegionIdAsync(app, "西联镇");
        List<KeyValuePair<string, string>> Form(params long[] attendees) =>
        [
            new("Input.TownId", town.ToString()), new("Input.HeldOn", "2010-05-10"), new("Input.Kind", "集体学法"), new("Input.Topic", "宪法学习" + m),
            new("Input.Hours", "1.5"), new("Input.Lecturer", "司法所"), .. attendees.Select(id => new KeyValuePair<string, string>("Input.AttendeeIds", id.ToString())),
        ];

        var refused = await PostAsync(clerk, "/Education/Study/Record", Form(a.Id, gone.Id));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await HtmlAsync(refused);
        Assert.Contains($"{gone.Name}在{ChinaTime.Format(D(2010, 5, 10))}不在本镇干部职工名册中。", FieldMessage(html, "Input.AttendeeIds"));
        Assert.Equal("宪法学习" + m, InputValue(html, "Input.Topic"));
        Assert.Equal("1.5", InputValue(html, "Input.Hours"));
        // The member ticked is still offered and ticked, with the day they left.
        Assert.Matches($"value=\"{gone.Id}\" checked", html);
        Assert.Contains($"{gone.Name}（工作人员） · 2010年3月1日调离", html);

        var badHours = await PostAsync(clerk, "/Education/Study/Record", [.. Form(a.Id).Where(f => f.Key != "Input.Hours"), new("Input.Hours", "一个半")]);
        Assert.Equal("学时“一个半”无效，请填写数字，最多一位小数，如 2 或 1.5。", FieldMessage(await HtmlAsync(badHours), "Input.Hours"));
        var twoDecimals = await PostAsync(clerk, "/Education/Study/Record", [.. Form(a.Id).Where(f => f.Key != "Input.Hours"), new("Input.Hours", "1.25")]);
        Assert.Equal("学时须大于0、不超过24，最多一位小数。", FieldMessage(await HtmlAsync(twoDecimals), "Input.Hours"));

        var saved = await PostAsync(clerk, "/Education/Study/Record", Form(a.Id, b.Id));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = IdFrom(saved);
        var details = await GetHtmlAsync(clerk, Location(saved));
        Assert.Equal("实到2人/应到3人", TestId(details, "attendance"));
        Assert.Equal($"{a.Name}、{b.Name}", TestId(details, "attendees"));
        Assert.Equal(absent.Name, TestId(details, "absent"));
        Assert.Contains("1.5小时", details);
        Assert.Contains("上传附件", details);

        var list = await GetHtmlAsync(clerk, "/Education/Study?year=2010");
        var row = Assert.Single(Rows(list, "sessions"), r => r.Contains("宪法学习" + m));
        Assert.Equal("实到2人/应到3人", TestId(row, "attendance"));
        Assert.Contains($"/Education/Study/{id}", row);

        var hours = await GetHtmlAsync(clerk, "/Education/Study/Hours?year=2010");
        var hourRows = Rows(hours, "hours");
        Assert.Contains(hourRows, r => r.Contains(a.Name) && r.Contains("<td>1.5</td>"));
        Assert.Contains(hourRows, r => r.Contains(b.Name) && r.Contains("<td>1.5</td>"));
        Assert.DoesNotContain(hourRows, r => r.Contains(absent.Name));
    }

    [Fact]
    public async Task RecordExam_CountsOnlyThoseWhoSat_AndKeepsTypedScoresWhenOneIsNotANumber()
    {
        var m = Marker();
        var members = new List<StaffMember>();
        foreach (var name in new[] { "考甲", "考乙", "考丙", "考丁" }) members.Add(await MemberAsync(app, name + m, D(2011, 1, 1), D(2011, 12, 31)));
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var town = await RegionIdAsync(app, "西联镇");
        List<KeyValuePair<string, string>> Form(params string[] points) =>
        [
            new("Input.TownId", town.ToString()), new("Input.Title", "学法考试" + m), new("Input.HeldOn", "2011-06-01"), new("Input.PassMark", "60"),
            .. members.SelectMany((x, i) => new KeyValuePair<string, string>[] { new($"Input.Scores[{i}].MemberId", x.Id.ToString()), new($"Input.Scores[{i}].Points", points[i]) }),
        ];

        var refused = await PostAsync(clerk, "/Education/Study/Exams/Record", Form("90", "优秀", "", "75"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await HtmlAsync(refused);
        Assert.Equal($"{members[1].Name}的成绩“优秀”无效，请填写0至100的整数。", FieldMessage(html, "Input.Scores"));
        Assert.Contains($"id=\"score-{members[0].Id}\" name=\"Input.Scores", html);
        Assert.Matches($"id=\"score-{members[0].Id}\"[^>]*value=\"90\"", html);
        Assert.Matches($"id=\"score-{members[3].Id}\"[^>]*value=\"75\"", html);
        Assert.Equal("学法考试" + m, InputValue(html, "Input.Title"));

        var saved = await PostAsync(clerk, "/Education/Study/Exams/Record", Form("90", "50", "", "75"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = IdFrom(saved);
        var exam = await LoadAsync(app, db => db.Set<Exam>().Include(e => e.Results).AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal(3, exam.Results.Count);
        Assert.DoesNotContain(exam.Results, r => r.StaffMemberId == members[2].Id);

        var details = await GetHtmlAsync(clerk, Location(saved));
        Assert.Contains("参考3人，合格2人", details); // the message after saving
        Assert.Equal("参考3人/应考4人", TestId(details, "sat"));
        Assert.Equal("合格2人，不合格1人", TestId(details, "passed"));
        Assert.Equal(members[2].Name, TestId(details, "did-not-sit"));
        Assert.Equal(3, Rows(details, "results").Length);

        var list = await GetHtmlAsync(clerk, "/Education/Study?year=2011");
        var row = Assert.Single(Rows(list, "exams"), r => r.Contains("学法考试" + m));
        Assert.Equal("参考3人/应考4人", TestId(row, "sat"));
        Assert.Equal("2人", TestId(row, "passed"));

        var blank = await PostAsync(clerk, "/Education/Study/Exams/Record", Form("", "", "", ""));
        Assert.Equal("请登记参加考试人员的成绩。", FieldMessage(await HtmlAsync(blank), "Input.Scores"));
    }

    [Fact]
    public async Task Roster_AddsAMember_RefusesALeavingDayBeforeJoining_AndEditsTheLeavingDay()
    {
        var name = "名册测试" + Marker();
        var town = await RegionIdAsync(app, "西联镇");
        var office = await LoadAsync(app, db => db.Offices.Where(o => o.TownId == town && o.Name == "财政所").Select(o => o.Id).SingleAsync());
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        List<KeyValuePair<string, string>> Form(string joined, string left) =>
        [
            new("Input.TownId", town.ToString()), new("Input.Name", name), new("Input.OfficeId", office.ToString()), new("Input.Position", "会计"),
            new("Input.IsLeader", "false"), new("Input.JoinedOn", joined), new("Input.LeftOn", left),
        ];

        var refused = await PostAsync(clerk, "/Education/Study/Roster", Form("2012-05-01", "2012-04-01"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await HtmlAsync(refused);
        Assert.Equal("调离日期不能早于到岗日期。", FieldMessage(html, "Input.LeftOn"));
        Assert.Equal(name, InputValue(html, "Input.Name"));
        Assert.Equal("会计", InputValue(html, "Input.Position"));
        var badDate = await PostAsync(clerk, "/Education/Study/Roster", Form("2012-02-30", ""));
        Assert.Equal("到岗日期“2012-02-30”无效，请按“年-月-日”填写。", FieldMessage(await HtmlAsync(badDate), "Input.JoinedOn"));

        var added = await PostAsync(clerk, "/Education/Study/Roster", Form("2012-05-01", ""));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var member = await LoadAsync(app, db => db.Set<StaffMember>().AsNoTracking().SingleAsync(x => x.Name == name));
        Assert.Equal((D(2012, 5, 1), (DateOnly?)null, office), (member.JoinedOn, member.LeftOn, member.OfficeId!.Value));
        var roster = await GetHtmlAsync(clerk, "/Education/Study/Roster?pageNo=99");
        Assert.Contains($"已将{name}加入干部职工名册。", roster);

        var form = await GetHtmlAsync(clerk, $"/Education/Study/Roster?edit={member.Id}");
        Assert.Equal(name, InputValue(form, "Input.Name"));
        Assert.Equal("2012-05-01", InputValue(form, "Input.JoinedOn"));
        var edited = await PostAsync(clerk, $"/Education/Study/Roster?edit={member.Id}", Form("2012-05-01", "2013-01-31"), "/Education/Study/Roster");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(D(2013, 1, 31), await LoadAsync(app, db => db.Set<StaffMember>().Where(x => x.Id == member.Id).Select(x => x.LeftOn).SingleAsync()));
        Assert.Equal(1, await LoadAsync(app, db => db.Set<StaffMember>().CountAsync(x => x.Name == name)));
    }

    [Fact]
    public async Task SupervisorReadsTheRosterAndSessions_WithoutForms_AndAnotherTownSeesNoneOfThem()
    {
        var m = Marker();
        var a = await MemberAsync(app, "督甲" + m, D(2009, 1, 1), D(2009, 12, 31));
        var session = await WithCommandsAsync(app, (c, _, town) =>
            c.RecordStudyAsync(new(town, D(2009, 4, 1), "专题培训", "督查测试" + m, 2, null, [a.Id])));

        var district = await SignIn.AsAsync(app, "demo.district");
        var list = await GetHtmlAsync(district, "/Education/Study?year=2009");
        Assert.Contains("督查测试" + m, list);
        Assert.DoesNotContain("/Education/Study/Record", list);
        Assert.DoesNotContain("/Education/Study/Exams/Record", list);
        var roster = await GetHtmlAsync(district, "/Education/Study/Roster");
        Assert.DoesNotContain("name=\"Input.Name\"", roster);
        Assert.DoesNotContain("?edit=", roster);
        Assert.DoesNotContain("type=\"file\"", await GetHtmlAsync(district, $"/Education/Study/{session.Id}"));
        foreach (var path in new[] { "/Education/Study/Record", "/Education/Study/Exams/Record" })
            Assert.StartsWith("/Account/Denied", (await district.GetAsync(path)).Headers.Location!.PathAndQuery);

        var longgui = await SignIn.AsAsync(app, "demo.longgui");
        Assert.DoesNotContain("督查测试" + m, await GetHtmlAsync(longgui, "/Education/Study?year=2009"));
        Assert.Equal(HttpStatusCode.NotFound, (await longgui.GetAsync($"/Education/Study/{session.Id}")).StatusCode);
        Assert.DoesNotContain(a.Name, await GetHtmlAsync(longgui, "/Education/Study/Roster"));
        Assert.DoesNotContain("何志明", await GetHtmlAsync(longgui, "/Education/Study/Record"));
    }

    [Fact]
    public async Task TheRecordForm_OffersTheCurrentMembers_NotThoseWhoLeft()
    {
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var form = await GetHtmlAsync(clerk, "/Education/Study/Record");
        var attendees = form.Split("data-testid=\"attendees\"")[1].Split("</fieldset>")[0];
        Assert.Contains("何志明", attendees);
        Assert.Contains("林志坚", attendees); // joined in July 2019
        Assert.DoesNotContain("郑桂芳", attendees); // left at the end of September 2019
        foreach (var kind in StudyKinds.All) Assert.Contains($">{kind}</option>", form);
    }
}
