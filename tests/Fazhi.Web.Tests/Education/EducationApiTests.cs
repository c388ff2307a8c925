using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.Core.Education;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Staff;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Education;

/// <summary>
/// Arranging education data of one's own for the API, export and import tests, through <see cref="EducationCommands"/> as the
/// system user. The tests' dates lie in 2024–2026 so that the demo 2019 stays as loaded.
/// </summary>
internal static class EducationArrange
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Town(long TownId, long Yangshan, long Xinling);

    public static async Task<Town> TownAsync(FazhiApp app)
    {
        await using var scope = app.SystemScope(out var db);
        var town = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
        return new Town(town, await db.Regions.Where(r => r.Name == "阳山村").Select(r => r.Id).SingleAsync(),
            await db.Regions.Where(r => r.Name == "新岭村").Select(r => r.Id).SingleAsync());
    }

    /// <summary>Runs a use case as the whole-database user.</summary>
    public static async Task<T> WithAsync<T>(FazhiApp app, Func<EducationCommands, Core.Data.AppDbContext, Task<T>> use)
    {
        await using var scope = app.SystemScope(out var db);
        return await use(new EducationCommands(db, TimeProvider.System), db);
    }

    public static async Task<long> MemberAsync(FazhiApp app, string name, DateOnly joinedOn, DateOnly? leftOn = null, bool leader = false)
    {
        var town = await TownAsync(app);
        return await WithAsync(app, async (c, _) => (await c.AddMemberAsync(new(town.TownId, name, null, "工作人员", leader, joinedOn, leftOn))).Id);
    }

    /// <summary>An office of 西联镇 (龙归镇 has a 司法所 too).</summary>
    public static async Task<long> OfficeAsync(FazhiApp app, string name)
    {
        var town = await TownAsync(app);
        await using var scope = app.SystemScope(out var db);
        return await db.Set<Office>().Where(o => o.Name == name && o.TownId == town.TownId).Select(o => o.Id).SingleAsync();
    }

    public static async Task<long> PartnerAsync(FazhiApp app, string name)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Set<PartnerOrganisation>().Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    public static async Task<long> EventAsync(FazhiApp app, DateOnly on, string title, string kind = EventKinds.Publicity, int? attendance = 50,
        AttendanceKind attendanceKind = AttendanceKind.Exact, long? villageId = null, string[]? sectors = null, string[]? channels = null, int? materials = null)
    {
        var town = await TownAsync(app);
        return await WithAsync(app, async (c, _) => (await c.RecordEventAsync(new(town.TownId, villageId, new EducationEvent.Details(on, title, kind,
            sectors ?? ["乡村"], channels ?? ["传单"], "镇文化广场", null, null, attendance, attendanceKind, materials, null), []))).Id);
    }

    public static async Task<JsonElement> PostAsync(HttpClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text, Json);
    }

    public static async Task<List<JsonElement>> ListAsync(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<List<JsonElement>>(path, Json))!;

    public static async Task<string> ProblemTitleAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("title").GetString()!;
    }
}

/// <summary>/api/v1/education on the demo town: its 2019 as loaded, and data the tests create themselves (2024–2026).</summary>
public class EducationApiTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static readonly JsonSerializerOptions Json = EducationArrange.Json;

    [Fact]
    public async Task DemoTown2019_EventsListThe30AugustReportAndThe4DecemberPublicityDay_AndFiguresGiveThreeIntegrityEducationBaseVisits()
    {
        var staff = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        var events = await EducationArrange.ListAsync(staff, "/api/v1/education/events?year=2019");
        Assert.Equal(16, events.Count);
        Assert.All(events, e => Assert.StartsWith("2019-", e.GetProperty("heldOn").GetString()));

        var august = events.Single(e => e.GetProperty("heldOn").GetString() == "2019-08-30");
        Assert.Equal(("法制报告会", "阳山村委会", "阳山村", "120余人", "AtLeast", 120),
            (august.GetProperty("kind").GetString(), august.GetProperty("venue").GetString(), august.GetProperty("villageName").GetString(),
                august.GetProperty("attendanceText").GetString(), august.GetProperty("attendanceKind").GetString(), august.GetProperty("attendance").GetInt32()));
        Assert.Contains("张剑波", august.GetProperty("speakers").GetString());
        var december = events.Single(e => e.GetProperty("heldOn").GetString() == "2019-12-04");
        Assert.Equal(("宪法宣传日", "近500人", "周和律师事务所"),
            (december.GetProperty("kind").GetString(), december.GetProperty("attendanceText").GetString(), december.GetProperty("partners").GetString()));
        Assert.Equal(["机关", "乡村", "社区", "学校", "企业", "单位"], december.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()));

        // The August one by its kind, and in full with its six consultations.
        var reports = await EducationArrange.ListAsync(staff, "/api/v1/education/events?year=2019&kind=" + Uri.EscapeDataString("法制报告会"));
        Assert.Contains(reports, e => e.GetProperty("heldOn").GetString() == "2019-08-30");
        var detail = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/education/events/{august.GetProperty("id").GetInt64()}", Json);
        Assert.Equal((6, "司法所"), (detail.GetProperty("consultations").GetInt32(), detail.GetProperty("organiserOffice").GetString()));
        var referrals = await EducationArrange.ListAsync(staff, "/api/v1/education/referrals?year=2019");
        Assert.True(referrals.Count >= 2);

        var figures = await staff.GetFromJsonAsync<JsonElement>("/api/v1/education/figures/2019", Json);
        Assert.Equal(2019, figures.GetProperty("year").GetInt32());
        var visits = figures.GetProperty("headline").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "education.integrity-base-visits");
        Assert.Equal(("参观廉政教育基地", 3, "3", "廉政教育基地参观次数"),
            (visits.GetProperty("label").GetString(), visits.GetProperty("value").GetInt32(), visits.GetProperty("display").GetString(),
                visits.GetProperty("formula").GetString()));
        var attendance = figures.GetProperty("attendance");
        Assert.Equal((620L, 1100L), (attendance.GetProperty("atLeast").GetInt64(), attendance.GetProperty("nearly").GetInt64()));
        Assert.Equal(attendance.GetProperty("exact").GetInt64() + 620, attendance.GetProperty("lowerBound").GetInt64());
        Assert.StartsWith("约", attendance.GetProperty("display").GetString());
        var rate = figures.GetProperty("headline").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "education.exam-pass-rate");
        Assert.Equal("95.5%", rate.GetProperty("display").GetString());
        Assert.StartsWith("合格人数 ÷ 参加考试人数（", rate.GetProperty("explained").GetString());
        Assert.InRange(rate.GetProperty("value").GetDouble(), 0.954, 0.956);
        Assert.Contains(figures.GetProperty("breakdowns").EnumerateArray(), b => b.GetProperty("title").GetString() == "活动按覆盖领域（法律六进）");
        Assert.NotEmpty(figures.GetProperty("hoursPerPerson").EnumerateArray());
    }

    [Fact]
    public async Task AnEventRecordedOverTheApi_KeepsItsApproximateAttendance_AndTheListFiltersAndPages()
    {
        var town = await EducationArrange.TownAsync(app);
        var office = await EducationArrange.OfficeAsync(app, "司法所");
        var firm = await EducationArrange.PartnerAsync(app, "周和律师事务所");
        var staff = await SignIn.ApiAsAsync(app, "demo.fazhiban");

        var recorded = await EducationArrange.PostAsync(staff, "/api/v1/education/events", new
        {
            townId = town.TownId, villageId = town.Xinling, heldOn = "2026-03-15", title = "接口测试：民法典进农村", kind = "民法典宣传月",
            sectors = new[] { "乡村", "学校" }, channels = new[] { "宣传车", "传单" }, venue = "新岭村文化室", organiserOfficeId = office,
            speakers = "法律顾问张剑波", attendance = 300, attendanceKind = "AtLeast", materials = 800, summary = "讲解民法典婚姻家庭编", partnerIds = new[] { firm },
        });
        var id = recorded.GetProperty("id").GetInt64();
        Assert.Equal(("新岭村", "司法所", "300余人", false), (recorded.GetProperty("villageName").GetString(), recorded.GetProperty("organiserOffice").GetString(),
            recorded.GetProperty("attendanceText").GetString(), recorded.GetProperty("integrity").GetBoolean()));
        Assert.Equal("周和律师事务所", Assert.Single(recorded.GetProperty("partners").EnumerateArray()).GetProperty("name").GetString());
        await EducationArrange.EventAsync(app, new DateOnly(2026, 3, 20), "接口测试：警示教育大会", EventKinds.Warning, 80, sectors: ["机关"], channels: ["演讲"]);

        var bySector = await EducationArrange.ListAsync(staff, "/api/v1/education/events?year=2026&sector=" + Uri.EscapeDataString("学校") + "&q="
            + Uri.EscapeDataString("接口测试"));
        Assert.Equal([id], bySector.Select(e => e.GetProperty("id").GetInt64()));
        Assert.Equal(["宣传车", "传单"], bySector[0].GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        var integrity = await EducationArrange.ListAsync(staff, "/api/v1/education/events?year=2026&integrity=true&q=" + Uri.EscapeDataString("接口测试"));
        Assert.Equal(["接口测试：警示教育大会"], integrity.Select(e => e.GetProperty("title").GetString()));
        Assert.Equal(2, (await EducationArrange.ListAsync(staff, "/api/v1/education/events?q=" + Uri.EscapeDataString("接口测试"))).Count);
        Assert.Empty(await EducationArrange.ListAsync(staff, "/api/v1/education/events?page=2&q=" + Uri.EscapeDataString("接口测试")));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/api/v1/education/events/999999")).StatusCode);
    }

    [Fact]
    public async Task BrokenRules_Answer400ProblemDetailsInChinese()
    {
        var town = await EducationArrange.TownAsync(app);
        var staff = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        object Event(string? heldOn, string kind, string[] sectors, int? attendance = 10, string attendanceKind = "Exact") => new
        {
            townId = town.TownId, heldOn, title = "规则测试活动", kind, sectors, channels = new[] { "传单" }, venue = "镇政府", attendance, attendanceKind,
        };

        Assert.Equal("请选择活动类型。", await EducationArrange.ProblemTitleAsync(
            await staff.PostAsJsonAsync("/api/v1/education/events", Event("2026-04-01", "联欢会", ["乡村"]))));
        Assert.Equal("覆盖领域“菜市场”不在可选范围内。", await EducationArrange.ProblemTitleAsync(
            await staff.PostAsJsonAsync("/api/v1/education/events", Event("2026-04-01", "普法宣传活动", ["菜市场"]))));
        Assert.Equal("请提供活动日期 heldOn。", await EducationArrange.ProblemTitleAsync(
            await staff.PostAsJsonAsync("/api/v1/education/events", Event(null, "普法宣传活动", ["乡村"]))));
        Assert.StartsWith("活动日期不能晚于今天", await EducationArrange.ProblemTitleAsync(
            await staff.PostAsJsonAsync("/api/v1/education/events", Event("2099-01-01", "普法宣传活动", ["乡村"]))));
        Assert.Equal("请填写参加人数，再选择“余”或“近”。", await EducationArrange.ProblemTitleAsync(
            await staff.PostAsJsonAsync("/api/v1/education/events", Event("2026-04-01", "普法宣传活动", ["乡村"], null, "Nearly"))));
        var unreadable = await staff.PostAsJsonAsync("/api/v1/education/events", Event("2026-04-01", "普法宣传活动", ["乡村"], 10, "Lots"));
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Equal("年份须在1949至2100之间。", await EducationArrange.ProblemTitleAsync(await staff.GetAsync("/api/v1/education/events?year=0")));
        Assert.Equal("年份须在1949至2100之间。", await EducationArrange.ProblemTitleAsync(await staff.GetAsync("/api/v1/education/figures/99999")));
        Assert.Empty(await EducationArrange.ListAsync(staff, $"/api/v1/education/meetings?page={int.MaxValue}"));

        var stranger = await EducationArrange.MemberAsync(app, "规则测试离岗者", new DateOnly(2020, 1, 1), new DateOnly(2025, 1, 1));
        Assert.Contains("不在本镇干部职工名册中", await EducationArrange.ProblemTitleAsync(await staff.PostAsJsonAsync("/api/v1/education/studies", new
        {
            townId = town.TownId, heldOn = "2026-04-02", kind = "集体学法", topic = "学习行政处罚法", hours = 2, attendeeIds = new[] { stranger },
        })));
        Assert.Equal("学时须大于0、不超过24，最多一位小数。", await EducationArrange.ProblemTitleAsync(await staff.PostAsJsonAsync("/api/v1/education/studies", new
        {
            townId = town.TownId, heldOn = "2026-04-02", kind = "集体学法", topic = "学习行政处罚法", hours = 1.25, attendeeIds = new[] { stranger },
        })));
        Assert.Equal("请至少登记一项议题。", await EducationArrange.ProblemTitleAsync(await staff.PostAsJsonAsync("/api/v1/education/meetings", new
        {
            townId = town.TownId, heldOn = "2026-04-03", kind = "Special", title = "专题会议", chair = "何志明", attendees = "班子成员", items = Array.Empty<object>(),
        })));
    }

    [Fact]
    public async Task StudyAndExam_TakeTheirPeopleFromTheRoster_AndCountWhoWasExpectedThatDay()
    {
        var town = await EducationArrange.TownAsync(app);
        var a = await EducationArrange.MemberAsync(app, "学法测试甲", new DateOnly(2020, 5, 1));
        var b = await EducationArrange.MemberAsync(app, "学法测试乙", new DateOnly(2020, 5, 1));
        var late = await EducationArrange.MemberAsync(app, "学法测试新人", new DateOnly(2026, 6, 1));
        var staff = await SignIn.ApiAsAsync(app, "demo.fazhiban");

        var study = await EducationArrange.PostAsync(staff, "/api/v1/education/studies", new
        {
            townId = town.TownId, heldOn = "2026-05-12", kind = "党委中心组学法", topic = "学法测试：学习宪法", hours = 1.5, lecturer = "何志明", attendeeIds = new[] { a, b },
        });
        int expected;
        await using (var scope = app.SystemScope(out var db))
            expected = (await db.Set<StaffMember>().ToListAsync()).Count(m => m.TownId == town.TownId && m.OnRosterOn(new DateOnly(2026, 5, 12)));
        Assert.Equal((1.5m, expected), (study.GetProperty("hours").GetDecimal(), study.GetProperty("expected").GetInt32()));
        Assert.Equal(["学法测试甲", "学法测试乙"], study.GetProperty("attendees").EnumerateArray().Select(x => x.GetProperty("name").GetString()));
        var studies = await EducationArrange.ListAsync(staff, "/api/v1/education/studies?year=2026");
        var row = studies.Single(s => s.GetProperty("id").GetInt64() == study.GetProperty("id").GetInt64());
        Assert.Equal((2, 1.5m), (row.GetProperty("attendees").GetInt32(), row.GetProperty("hours").GetDecimal()));
        Assert.DoesNotContain(await EducationArrange.ListAsync(staff, "/api/v1/education/studies?year=2025"),
            s => s.GetProperty("id").GetInt64() == study.GetProperty("id").GetInt64());

        // The newcomer joined after the exam: not on the roster that day.
        var refused = await staff.PostAsJsonAsync("/api/v1/education/exams", new
        {
            townId = town.TownId, heldOn = "2026-05-20", title = "学法测试考试", passMark = 60,
            scores = new[] { new { memberId = a, points = 90 }, new { memberId = late, points = 70 } },
        });
        Assert.Equal("学法测试新人在2026年5月20日不在本镇干部职工名册中。", await EducationArrange.ProblemTitleAsync(refused));
        var exam = await EducationArrange.PostAsync(staff, "/api/v1/education/exams", new
        {
            townId = town.TownId, heldOn = "2026-05-20", title = "学法测试考试", passMark = 60,
            scores = new[] { new { memberId = a, points = 90 }, new { memberId = b, points = 59 } },
        });
        Assert.Equal((2, 1, expected), (exam.GetProperty("sat").GetInt32(), exam.GetProperty("passed").GetInt32(), exam.GetProperty("expected").GetInt32()));
        Assert.Equal([true, false], exam.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("passed").GetBoolean()));
        var exams = await EducationArrange.ListAsync(staff, "/api/v1/education/exams?year=2026");
        Assert.Contains(exams, e => e.GetProperty("title").GetString() == "学法测试考试" && e.GetProperty("sat").GetInt32() == 2);

        var roster = await EducationArrange.ListAsync(staff, "/api/v1/education/roster?q=" + Uri.EscapeDataString("学法测试"));
        Assert.Equal(3, roster.Count);
        var member = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/education/roster/{late}", Json);
        Assert.Equal(("学法测试新人", "2026-06-01", true), (member.GetProperty("name").GetString(), member.GetProperty("joinedOn").GetString(),
            member.GetProperty("onRosterToday").GetBoolean()));
        var gone = await EducationArrange.MemberAsync(app, "学法测试调离", new DateOnly(2020, 1, 1), new DateOnly(2024, 1, 1));
        var current = await EducationArrange.ListAsync(staff, "/api/v1/education/roster?current=true&q=" + Uri.EscapeDataString("学法测试"));
        Assert.DoesNotContain(current, m => m.GetProperty("id").GetInt64() == gone);
        Assert.Equal(3, current.Count);
    }

    [Fact]
    public async Task AConsultationBecomesAReferral_ThroughEachStep_AndThePhoneIsMaskedForTheLeader()
    {
        var town = await EducationArrange.TownAsync(app);
        var staff = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        var consultation = await EducationArrange.PostAsync(staff, "/api/v1/education/consultations", new
        {
            townId = town.TownId, villageId = town.Yangshan, on = "2026-07-01", channel = "InPerson", personName = "转介测试人", phone = "13912345678",
            category = "劳动用工", question = "转介测试：工地拖欠工资怎么办", answer = "可申请劳动仲裁，符合条件的可申请法律援助", answeredBy = "陈静",
        });
        var id = consultation.GetProperty("id").GetInt64();
        Assert.Equal(("13912345678", "阳山村"), (consultation.GetProperty("phone").GetString(), consultation.GetProperty("villageName").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/education/referrals/{id}")).StatusCode);

        async Task<JsonElement> Step(object step) => await EducationArrange.PostAsync(staff, $"/api/v1/education/consultations/{id}/steps", step, HttpStatusCode.OK);
        var referred = await Step(new { step = "refer", on = "2026-07-02", note = "农民工讨薪，经济困难" });
        Assert.Equal(("Referred", "2026-07-02"), (referred.GetProperty("referral").GetString(), referred.GetProperty("referredOn").GetString()));
        Assert.Equal("不予援助的，请填写理由。", await EducationArrange.ProblemTitleAsync(
            await staff.PostAsJsonAsync($"/api/v1/education/consultations/{id}/steps", new { step = "refuse", on = "2026-07-05" })));
        Assert.StartsWith("未知的转介步骤：fly", await EducationArrange.ProblemTitleAsync(
            await staff.PostAsJsonAsync($"/api/v1/education/consultations/{id}/steps", new { step = "fly", on = "2026-07-05" })));
        Assert.Equal("请提供日期 on。", await EducationArrange.ProblemTitleAsync(
            await staff.PostAsJsonAsync($"/api/v1/education/consultations/{id}/steps", new { step = "accept" })));
        await Step(new { step = "accept", on = "2026-07-06" });
        var done = await Step(new { step = "complete", on = "2026-08-20", result = "经仲裁追回工资2.3万元" });
        Assert.Equal(("Done", "2026-08-20", "经仲裁追回工资2.3万元"), (done.GetProperty("referral").GetString(), done.GetProperty("referralDoneOn").GetString(),
            done.GetProperty("referralResult").GetString()));

        var referrals = await EducationArrange.ListAsync(staff, "/api/v1/education/referrals?year=2026&status=Done");
        Assert.Contains(referrals, r => r.GetProperty("id").GetInt64() == id);
        Assert.DoesNotContain(await EducationArrange.ListAsync(staff, "/api/v1/education/referrals?year=2026&status=Referred"), r => r.GetProperty("id").GetInt64() == id);
        var byCategory = await EducationArrange.ListAsync(staff, "/api/v1/education/consultations?year=2026&category=" + Uri.EscapeDataString("劳动用工"));
        Assert.Contains(byCategory, r => r.GetProperty("id").GetInt64() == id && r.GetProperty("personName").GetString() == "转介测试人");

        var leader = await SignIn.ApiAsAsync(app, "demo.leader");
        var seen = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/education/referrals/{id}", Json);
        Assert.Equal(Masking.Phone("13912345678"), seen.GetProperty("phone").GetString());
        Assert.DoesNotContain("13912345678", await leader.GetStringAsync($"/api/v1/education/consultations/{id}"));
    }

    [Fact]
    public async Task MeetingsAndTheAdvisorsWorkLog_AreReadBack()
    {
        var town = await EducationArrange.TownAsync(app);
        var staff = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        var meeting = await EducationArrange.PostAsync(staff, "/api/v1/education/meetings", new
        {
            townId = town.TownId, heldOn = "2026-02-26", kind = "LeadingGroup", title = "会议测试：法治建设领导小组会议", chair = "何志明", attendees = "领导小组成员",
            items = new object[]
            {
                new { topic = "研究年度法治建设工作要点", ruleOfLaw = true, decision = "通过工作要点" },
                new { topic = "研究春耕备耕工作", ruleOfLaw = false },
            },
        });
        Assert.True(meeting.GetProperty("onRuleOfLaw").GetBoolean());
        Assert.Equal(2, meeting.GetProperty("items").GetArrayLength());
        var meetings = await EducationArrange.ListAsync(staff, "/api/v1/education/meetings?year=2026");
        var row = meetings.Single(m => m.GetProperty("id").GetInt64() == meeting.GetProperty("id").GetInt64());
        Assert.Equal((2, 1), (row.GetProperty("items").GetInt32(), row.GetProperty("ruleOfLawItems").GetInt32()));

        var firm = await EducationArrange.PartnerAsync(app, "周和律师事务所");
        var advisorId = await EducationArrange.WithAsync(app, async (c, _) =>
        {
            var advisor = await c.EngageAdvisorAsync(town.TownId, firm, "顾问测试律师", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
            await c.LogAdvisorWorkAsync(advisor.Id, new DateOnly(2026, 3, 2), AdvisorWorkType.DocumentRevision, "审查土地流转合同范本", 2.5m);
            await c.LogAdvisorWorkAsync(advisor.Id, new DateOnly(2026, 4, 8), AdvisorWorkType.Lecture, "为村干部讲授民法典", 2m);
            return advisor.Id;
        });
        var advisors = await EducationArrange.ListAsync(staff, "/api/v1/education/advisors?year=2026");
        var advisor = advisors.Single(a => a.GetProperty("id").GetInt64() == advisorId);
        Assert.Equal(("周和律师事务所", true), (advisor.GetProperty("firmName").GetString(), advisor.GetProperty("underContractToday").GetBoolean()));
        Assert.Equal(["Lecture", "DocumentRevision"], advisor.GetProperty("work").EnumerateArray().Select(w => w.GetProperty("type").GetString()));
        Assert.Equal(2.5m, advisor.GetProperty("work")[1].GetProperty("hours").GetDecimal());
        Assert.DoesNotContain(await EducationArrange.ListAsync(staff, "/api/v1/education/advisors?year=2019"), a => a.GetProperty("id").GetInt64() == advisorId);
        var april = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/education/advisors/{advisorId}?year=2026", Json);
        Assert.Equal(2, april.GetProperty("work").GetArrayLength());
    }

    [Fact]
    public async Task TheModuleIsChecked_TheSupervisorOnlyReads_AndAnotherTownSeesNothing()
    {
        var town = await EducationArrange.TownAsync(app);
        var id = await EducationArrange.EventAsync(app, new DateOnly(2026, 9, 9), "范围测试：普法宣传");
        object body = new
        {
            townId = town.TownId, heldOn = "2026-09-10", title = "范围测试：督导登记", kind = "普法宣传活动", sectors = new[] { "乡村" }, channels = new[] { "传单" },
            venue = "镇政府",
        };

        var cadre = await SignIn.ApiAsAsync(app, "demo.yangshan");
        Assert.Equal(HttpStatusCode.Forbidden, (await cadre.GetAsync("/api/v1/education/events")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await cadre.GetAsync("/api/v1/education/figures/2019")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn.Anonymous(app).GetAsync("/api/v1/education/events")).StatusCode);

        var supervisor = await SignIn.ApiAsAsync(app, "demo.district");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/v1/education/events/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync("/api/v1/education/events", body)).StatusCode);

        var otherTown = await SignIn.ApiAsAsync(app, "demo.longgui");
        Assert.Equal(HttpStatusCode.NotFound, (await otherTown.GetAsync($"/api/v1/education/events/{id}")).StatusCode);
        Assert.Empty(await EducationArrange.ListAsync(otherTown, "/api/v1/education/events?year=2019"));
        Assert.Empty(await EducationArrange.ListAsync(otherTown, "/api/v1/education/roster"));
        var figures = await otherTown.GetFromJsonAsync<JsonElement>("/api/v1/education/figures/2019", Json);
        Assert.Equal(0, figures.GetProperty("headline").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == "education.integrity-base-visits").GetProperty("value").GetInt32());
        // Recording in 西联镇 from 龙归镇 is refused as out of scope.
        Assert.Equal(HttpStatusCode.BadRequest, (await otherTown.PostAsJsonAsync("/api/v1/education/events", body)).StatusCode);
    }

    [Fact]
    public async Task Figures2024_KeepExactYuAndJinAttendanceApart_AndGiveEachPersonsHours()
    {
        // No other test of this class works in 2024: the year holds only what this test records.
        var town = await EducationArrange.TownAsync(app);
        await EducationArrange.EventAsync(app, new DateOnly(2024, 3, 5), "统计测试：确数", attendance: 80, materials: 100);
        await EducationArrange.EventAsync(app, new DateOnly(2024, 4, 5), "统计测试：余数", attendance: 200, attendanceKind: AttendanceKind.AtLeast);
        await EducationArrange.EventAsync(app, new DateOnly(2024, 5, 5), "统计测试：近数", attendance: 300, attendanceKind: AttendanceKind.Nearly);
        var a = await EducationArrange.MemberAsync(app, "统计测试甲", new DateOnly(2023, 1, 1));
        var b = await EducationArrange.MemberAsync(app, "统计测试乙", new DateOnly(2023, 1, 1));
        await EducationArrange.WithAsync(app, async (c, _) =>
        {
            await c.RecordStudyAsync(new(town.TownId, new DateOnly(2024, 6, 1), "集体学法", "统计测试学法一", 2m, null, [a, b]));
            return await c.RecordStudyAsync(new(town.TownId, new DateOnly(2024, 7, 1), "专题培训", "统计测试学法二", 1.5m, null, [a]));
        });

        var staff = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        var figures = await staff.GetFromJsonAsync<JsonElement>("/api/v1/education/figures/2024", Json);
        var attendance = figures.GetProperty("attendance");
        Assert.Equal((80L, 200L, 300L, 580L, 280L, "约580人次"), (attendance.GetProperty("exact").GetInt64(), attendance.GetProperty("atLeast").GetInt64(),
            attendance.GetProperty("nearly").GetInt64(), attendance.GetProperty("total").GetInt64(), attendance.GetProperty("lowerBound").GetInt64(),
            attendance.GetProperty("display").GetString()));
        var headline = figures.GetProperty("headline").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        Assert.Equal(280, headline["education.attendance-lower-bound"].GetProperty("value").GetInt64());
        Assert.Equal(3, headline["education.events"].GetProperty("value").GetInt32());
        Assert.Equal(("3.5学时", 3.5), (headline["education.study-hours"].GetProperty("display").GetString(),
            headline["education.study-hours"].GetProperty("value").GetDouble()));
        Assert.Equal("2.8学时", headline["education.hours-per-person"].GetProperty("display").GetString());
        Assert.Equal("Hours", headline["education.hours-per-person"].GetProperty("unit").GetString());
        Assert.Equal([("统计测试甲", 3.5m), ("统计测试乙", 2m)],
            figures.GetProperty("hoursPerPerson").EnumerateArray().Select(h => (h.GetProperty("name").GetString(), h.GetProperty("hours").GetDecimal())));
        var empty = await staff.GetFromJsonAsync<JsonElement>("/api/v1/education/figures/2001", Json);
        Assert.Equal("—", empty.GetProperty("headline").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == "education.exam-pass-rate").GetProperty("display").GetString());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("headline").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == "education.exam-pass-rate").GetProperty("value").ValueKind);
    }
}
