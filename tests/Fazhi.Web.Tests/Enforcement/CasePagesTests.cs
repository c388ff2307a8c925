using System.Net;
using Fazhi.Core.Common;
using Fazhi.Core.Enforcement;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Enforcement;

public class CasePagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static DateOnly Ago(int days) => WorkData.Today.AddDays(-days);

    static Task<EnforcementCase> CaseAsync(FazhiApp app, long id) =>
        WorkData.LoadAsync(app, db => db.Set<EnforcementCase>().AsNoTracking().Include(c => c.Steps).SingleAsync(c => c.Id == id));

    /// <summary>Posts one step form of the case page.</summary>
    static Task<HttpResponseMessage> StepAsync(HttpClient client, long id, string handler, DateOnly on, params (string Key, string Value)[] fields)
    {
        var all = new List<KeyValuePair<string, string>> { new("on", WorkData.Iso(on)) };
        all.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        return WorkData.PostAsync(client, $"/Enforcement/Cases/{id}?handler={handler}", all, $"/Enforcement/Cases/{id}");
    }

    static async Task<string> RefusedAsync(HttpClient client, long id, string handler, DateOnly on, params (string Key, string Value)[] fields)
    {
        var response = await StepAsync(client, id, handler, on, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await WorkData.HtmlAsync(response);
    }

    static async Task DoneAsync(HttpClient client, long id, string handler, DateOnly on, params (string Key, string Value)[] fields)
    {
        var response = await StepAsync(client, id, handler, on, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{handler}: {(int)response.StatusCode} " + (response.StatusCode == HttpStatusCode.OK ? await WorkData.HtmlAsync(response) : ""));
    }

    static List<KeyValuePair<string, string>> FileForm(string marker, long[] officers, DateOnly filedOn, bool major, string idNumber = "11010519491231002X",
        string type = "General")
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Type", type), new("Input.Cause", marker + "案"), new("Input.PartyName", marker + "当事人"), new("Input.PartyIsPerson", "true"),
            new("Input.PartyIdNumber", idNumber), new("Input.PartyAddress", "西联镇沙湖村三组十八号"), new("Input.FiledOn", WorkData.Iso(filedOn)),
            new("Input.Major", major ? "true" : "false"),
        };
        fields.AddRange(officers.Select(o => new KeyValuePair<string, string>("Input.OfficerIds", o.ToString())));
        return fields;
    }

    [Fact]
    public async Task MajorCase_ThroughDecision_WaitsOutTheHearingWindow_AndNeedsAQualifiedReviewer()
    {
        var team = await WorkData.TeamAsync(app, "重大");
        var lawyer = await WorkData.OfficerAsync(app, "法审丙", legallyQualified: true);
        var plain = await WorkData.OfficerAsync(app, "非法审丁");
        var officer = await SignIn.AsAsync(app, "demo.zhifa");

        var filing = await WorkData.PostAsync(officer, "/Enforcement/Cases/File", FileForm("重大测试", team, Ago(40), major: true));
        Assert.Equal(HttpStatusCode.Redirect, filing.StatusCode);
        var id = WorkData.IdFrom(filing);
        var c = await CaseAsync(app, id);
        Assert.True(c.Major);
        var page = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Cases/{id}"));
        Assert.Contains("应于" + ChinaTime.Format(c.DecisionDueOn) + "前作出处罚决定", page);
        Assert.Contains($"剩余{c.DecisionDueOn.DayNumber - WorkData.Today.DayNumber}天", page.Split("data-testid=\"decision-due\"")[1]);
        Assert.Contains("重大执法决定", page);

        await DoneAsync(officer, id, "Investigate", Ago(39), ("evidence", "现场检查笔录一份、照片六张"));
        await DoneAsync(officer, id, "Notify", Ago(38));
        c = await CaseAsync(app, id);
        var hearingDue = c.HearingDueOn!.Value;
        page = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Cases/{id}"));
        Assert.Contains(ChinaTime.Format(hearingDue), page.Split("data-testid=\"hearing-due\"")[1]);

        (string, string)[] decision = [("decisionNumber", "西联罚决〔测试〕1号"), ("penaltyKind", "罚款"), ("fine", "2,000"), ("basis", "《安全生产法》第九十九条"),
            ("decisionSummary", "未按规定设置安全警示标志，罚款二千元")];
        var early = await RefusedAsync(officer, id, "Decide", Ago(36), decision);
        Assert.Contains($"听证申请期限至{ChinaTime.Format(hearingDue)}届满，期满后方可作出决定", early);
        Assert.Contains("value=\"西联罚决〔测试〕1号\"", early);
        Assert.Contains("value=\"2,000\"", early);

        var unreviewed = await RefusedAsync(officer, id, "Decide", Ago(15), decision);
        Assert.Contains("重大执法决定须在决定前经法制审核", unreviewed);

        var notQualified = await RefusedAsync(officer, id, "Review", Ago(16), ("reviewerId", plain.ToString()), ("opinion", "同意"));
        Assert.Contains("非法审丁未登记法律职业资格，不能担任法制审核人员", notQualified);
        Assert.Contains(">同意</textarea>", notQualified);
        Assert.DoesNotContain($"<option value=\"{plain}\"", notQualified.Split("id=\"rv-reviewer\"")[1].Split("</select>")[0]);
        await DoneAsync(officer, id, "Review", Ago(16), ("reviewerId", lawyer.ToString()), ("opinion", "事实清楚，证据确凿，同意处罚"));

        var badFine = await RefusedAsync(officer, id, "Decide", Ago(15), [.. decision.Where(d => d.Item1 != "fine"), ("fine", "两千")]);
        Assert.Contains("罚款金额“两千”无效", badFine);
        await DoneAsync(officer, id, "Decide", Ago(15), decision);
        c = await CaseAsync(app, id);
        Assert.Equal(CaseStatus.Decided, c.Status);
        Assert.Equal(200_000, c.FineFen);
        Assert.Equal("法审丙", c.ReviewerName);
        page = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Cases/{id}"));
        Assert.Contains(ChinaTime.Format(c.PublicityDueOn!.Value), page.Split("data-testid=\"publicity-due\"")[1]);
        Assert.Contains("罚款 2,000元", page);

        var list = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Cases?year={c.FiledOn.Year}&status=Decided"));
        var row = list.Split("<tbody>")[1].Split("</tr>").Single(r => r.Contains($"/Enforcement/Cases/{id}\""));
        Assert.Contains("公示", row.Split("data-testid=\"publicity\"")[1]);
        Assert.Contains(">重大<", row);

        await DoneAsync(officer, id, "Serve", Ago(14));
        c = await CaseAsync(app, id);
        page = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Cases/{id}"));
        Assert.Contains(ChinaTime.Format(c.FineDueOn!.Value), page.Split("data-testid=\"fine-due\"")[1]);
        var closedTooEarly = await RefusedAsync(officer, id, "Close", Ago(13));
        Assert.Contains("罚款尚未缴纳，不能结案。", closedTooEarly);
        await DoneAsync(officer, id, "Publish", Ago(12));
        await DoneAsync(officer, id, "Pay", Ago(10));
        await DoneAsync(officer, id, "Close", Ago(5));
        c = await CaseAsync(app, id);
        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal(
            [CaseStepKind.Filed, CaseStepKind.Investigated, CaseStepKind.RightsNotified, CaseStepKind.Reviewed, CaseStepKind.Decided, CaseStepKind.Served,
                CaseStepKind.Published, CaseStepKind.Paid, CaseStepKind.Closed],
            c.Steps.OrderBy(s => s.On).ThenBy(s => s.Id).Select(s => s.Kind));
        page = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Cases/{id}"));
        Assert.DoesNotContain("?handler=", page.Split("id=\"attachments\"")[0]);
        list = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Cases?year={c.FiledOn.Year}&status=Closed"));
        row = list.Split("<tbody>")[1].Split("</tr>").Single(r => r.Contains($"/Enforcement/Cases/{id}\""));
        Assert.Contains("已公示", row);
    }

    [Fact]
    public async Task File_WithABadIdNumberOrOneOfficer_SaysWhatIsWrong_AndKeepsWhatWasTyped()
    {
        var team = await WorkData.TeamAsync(app, "立案错");
        var lone = await WorkData.OfficerAsync(app, "无证戊", certificate: false);
        var officer = await SignIn.AsAsync(app, "demo.zhifa");
        var response = await WorkData.PostAsync(officer, "/Enforcement/Cases/File", FileForm("错号测试", team, WorkData.Today, false, "11010519491231002Y"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await WorkData.HtmlAsync(response);
        Assert.Contains("错号测试当事人：", html);
        Assert.Contains("value=\"错号测试案\"", html);
        Assert.Contains("value=\"11010519491231002Y\"", html);
        Assert.Contains("value=\"西联镇沙湖村三组十八号\"", html);

        response = await WorkData.PostAsync(officer, "/Enforcement/Cases/File", FileForm("单人测试", [team[0], lone], WorkData.Today, false));
        html = await WorkData.HtmlAsync(response);
        Assert.Contains("无证戊未持有行政执法证", html);
        Assert.Matches($"value=\"{lone}\" id=\"officer-{lone}\" checked", html);
        Assert.False(await WorkData.LoadAsync(app, db => db.Set<EnforcementCase>().AnyAsync(c => c.Cause == "单人测试案" || c.Cause == "错号测试案")));
    }

    [Fact]
    public async Task IllegalConstruction_ForcedDemolitionWaitsForTheAppealWindow_SelfDemolitionCloses()
    {
        var team = await WorkData.TeamAsync(app, "违建");
        var officer = await SignIn.AsAsync(app, "demo.fazhiban");
        var filing = await WorkData.PostAsync(officer, "/Enforcement/Cases/File", FileForm("违建测试", team, Ago(30), false, type: "IllegalConstruction"));
        Assert.Equal(HttpStatusCode.Redirect, filing.StatusCode);
        var id = WorkData.IdFrom(filing);
        var page = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Cases/{id}"));
        Assert.Contains("责令停止建设", page);

        await DoneAsync(officer, id, "StopWork", Ago(29));
        await DoneAsync(officer, id, "Investigate", Ago(29), ("evidence", "现场测量图、照片"));
        await DoneAsync(officer, id, "Notify", Ago(28));
        await DoneAsync(officer, id, "Decide", Ago(10), ("decisionNumber", "西联拆决〔测试〕1号"), ("penaltyKind", "限期拆除"), ("fine", ""),
            ("basis", "《城乡规划法》第六十五条"), ("decisionSummary", "未取得乡村建设规划许可证建设住房，限期拆除"));
        await DoneAsync(officer, id, "Serve", Ago(9));
        await DoneAsync(officer, id, "Notice", Ago(9));
        await DoneAsync(officer, id, "Demand", Ago(8), ("demolishBy", WorkData.Iso(Ago(3))));
        var c = await CaseAsync(app, id);
        var appealEnds = c.AppealEndsOn!.Value;
        page = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Cases/{id}"));
        Assert.Contains(ChinaTime.Format(appealEnds), page.Split("data-testid=\"appeal-ends\"")[1]);

        var forced = await RefusedAsync(officer, id, "Demolish", WorkData.Today, ("forced", "true"));
        Assert.Contains($"诉讼期限至{ChinaTime.Format(appealEnds)}", forced);
        Assert.Matches("id=\"dl-forced\" value=\"true\" checked", forced);
        await DoneAsync(officer, id, "Demolish", WorkData.Today, ("forced", "false"));
        await DoneAsync(officer, id, "Close", WorkData.Today);
        c = await CaseAsync(app, id);
        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.False(c.ForcedDemolition);
    }

    [Fact]
    public async Task PartyIdAndAddress_InFullForTheCoordinator_MaskedForTheLeader()
    {
        var team = await WorkData.TeamAsync(app, "脱敏");
        var id = await WorkData.CaseAsync(app, "阳山村", "脱敏测试", team);
        var coordinator = await WorkData.HtmlAsync(await (await SignIn.AsAsync(app, "demo.fazhiban")).GetAsync($"/Enforcement/Cases/{id}"));
        var party = coordinator.Split("data-testid=\"party\"")[1].Split("</p>")[0];
        Assert.Contains("11010519491231002X", party);
        Assert.Contains("西联镇阳山村十二号", party);
        var leader = await WorkData.HtmlAsync(await (await SignIn.AsAsync(app, "demo.leader")).GetAsync($"/Enforcement/Cases/{id}"));
        party = leader.Split("data-testid=\"party\"")[1].Split("</p>")[0];
        Assert.DoesNotContain("11010519491231002X", party);
        Assert.Contains("1101**********002X", party);
        Assert.DoesNotContain("十二号", party);
    }

    [Fact]
    public async Task Supervisor_ReadsTheCase_WithoutStepForms_AndIsRefusedAPost()
    {
        var team = await WorkData.TeamAsync(app, "督查案");
        var id = await WorkData.CaseAsync(app, "新岭村", "督查案件", team);
        var district = await SignIn.AsAsync(app, "demo.district");
        var html = await WorkData.HtmlAsync(await district.GetAsync($"/Enforcement/Cases/{id}"));
        Assert.Contains("督查案件案", html);
        Assert.DoesNotContain("?handler=", html);
        Assert.Contains("/Account/Denied", WorkData.Location(await StepAsync(district, id, "Drop", WorkData.Today, ("reason", "督查不能撤销"), ("confirmed", "true"))));
        Assert.Equal(CaseStatus.Open, (await CaseAsync(app, id)).Status);
        Assert.Contains("/Account/Denied", WorkData.Location(await district.GetAsync("/Enforcement/Cases/File")));
    }
}
