using System.Net;
using Fazhi.Core.Education;
using Fazhi.Web.Tests.Infrastructure;
using static Fazhi.Web.Tests.Education.EducationPageData;

namespace Fazhi.Web.Tests.Education;

/// <summary>The education hub over real HTTP: the year's counts, the open referrals, the links to every register, the navigation entry.</summary>
public class EducationHubTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static int Count(string html, string testId) => int.Parse(TestId(html, testId));

    [Fact]
    public async Task Hub_CountsTheYearsRecords_AndAReferralStaysOpenUntilDone()
    {
        const int year = 2014;
        var m = Marker();
        await EventAsync(app, "枢纽普法甲" + m, new(year, 3, 5));
        await EventAsync(app, "枢纽普法乙" + m, new(year, 9, 9), sectors: ["学校"], channels: ["演讲"]);
        await EventAsync(app, "枢纽警示" + m, new(year, 6, 1), EventKinds.CaseAnalysis, ["机关"], ["演讲"]);
        await EventAsync(app, "枢纽上年" + m, new(year - 1, 12, 31));
        var member = await MemberAsync(app, "枢纽" + m, new(year, 1, 1), new(year, 12, 31));
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var before = await GetHtmlAsync(clerk, $"/Education?year={year}");
        Assert.Equal(0, Count(before, "count-consultations"));
        var openBefore = Count(before, "count-open-referrals");

        var consultation = await WithCommandsAsync(app, async (c, _, town) =>
        {
            await c.RecordStudyAsync(new(town, new(year, 4, 2), "集体学法", "枢纽学法" + m, 1, null, [member.Id]));
            await c.RecordMeetingAsync(new(town, new(year, 5, 6), MeetingKind.LeadingGroup, "枢纽会议" + m, "镇长", "领导小组成员",
                [new Meeting.ItemInput("研究法治建设工作", true, null)]));
            var asked = await c.RecordConsultationAsync(town, null, new Consultation.Input(new(year, 7, 7), ConsultationChannel.InPerson, null, "枢纽咨询人", null,
                "婚姻家庭", "离婚后子女抚养费如何确定？", "按子女实际需要和父母负担能力确定。", "陈静", null));
            await c.ReferAsync(asked.Id, new(year, 7, 8), null);
            return asked.Id;
        });

        var hub = await GetHtmlAsync(clerk, $"/Education?year={year}");
        Assert.Equal(2, Count(hub, "count-events"));
        Assert.Equal(1, Count(hub, "count-integrity-events"));
        Assert.Equal(1, Count(hub, "count-study-sessions"));
        Assert.Equal(1, Count(hub, "count-consultations"));
        Assert.Equal(1, Count(hub, "count-meetings"));
        Assert.Equal(openBefore + 1, Count(hub, "count-open-referrals"));
        // Open referrals count whatever year they were made in.
        Assert.Equal(openBefore + 1, Count(await GetHtmlAsync(clerk, $"/Education?year={year + 1}"), "count-open-referrals"));

        await WithCommandsAsync(app, async (c, _, _) =>
        {
            await c.ReferralDecidedAsync(consultation, new(year, 7, 10), true, null);
            await c.ReferralCompletedAsync(consultation, new(year, 9, 1), "已代理起诉，法院判决支持。");
            return 0;
        });
        Assert.Equal(openBefore, Count(await GetHtmlAsync(clerk, $"/Education?year={year}"), "count-open-referrals"));
    }

    [Fact]
    public async Task Hub_LinksToEveryRegister_AndOffersRecordingToWritersOnly()
    {
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var hub = await GetHtmlAsync(clerk, "/Education?year=2019");
        foreach (var path in new[] { "/Education/Events?year=2019", "/Education/Study?year=2019", "/Education/Study/Roster", "/Education/Study/Hours?year=2019",
                     "/Education/Consultations?year=2019", "/Education/Advisors", "/Education/LawSavvy", "/Education/Meetings?year=2019",
                     "/Education/Duties?year=2019", "/Education/Figures?year=2019", "/Education/Export/events?year=2019", "/Education/Export/figures?year=2019",
                     "/Education/Import", "/Education/Events/Record", "/Education/Study/Record" })
            Assert.Contains($"href=\"{path}\"", hub);
        // The demo year: ten events and six integrity events.
        Assert.Equal(10, Count(hub, "count-events"));
        Assert.Equal(6, Count(hub, "count-integrity-events"));

        var district = await SignIn.AsAsync(app, "demo.district");
        var read = await GetHtmlAsync(district, "/Education?year=2019");
        Assert.Equal(10, Count(read, "count-events"));
        Assert.DoesNotContain("/Education/Events/Record", read);
        Assert.DoesNotContain("/Education/Import", read);
    }

    [Fact]
    public async Task Navigation_ShowsEducationToItsUsersOnly_AndAnotherTownCountsNoneOfTheDemoTowns()
    {
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        Assert.Contains("href=\"/Education\">普法与法律服务</a>", await GetHtmlAsync(clerk, "/"));
        var yangshan = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.DoesNotContain("普法与法律服务", await GetHtmlAsync(yangshan, "/"));
        var refused = await yangshan.GetAsync("/Education");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await yangshan.GetAsync(refused.Headers.Location)).StatusCode);

        var longgui = await SignIn.AsAsync(app, "demo.longgui");
        var hub = await GetHtmlAsync(longgui, "/Education?year=2019");
        Assert.Equal(0, Count(hub, "count-events"));
        Assert.Equal(0, Count(hub, "count-integrity-events"));
        Assert.Equal(0, Count(hub, "count-consultations"));
    }
}
