using Fazhi.Core.Common;
using Fazhi.Core.Education;
using Fazhi.Core.Regions;
using Fazhi.Core.Reporting;
using Fazhi.Core.Staff;

namespace Fazhi.Core.Tests.Education;

/// <summary>Education and legal-service rules: the roster behind attendance, approximate counts, the referral flow, and the figures on a known set.</summary>
public class EducationRulesTests
{
    static readonly DateOnly Today = new(2026, 11, 29);
    static readonly RecordPlace Village = new(1, 2, null, "/1/2/");
    static DateOnly D(string iso) => DateOnly.Parse(iso);

    static StaffMember Member(string name, string joined = "2016-03-01", string? left = null)
    {
        var m = StaffMember.Create(1, "/1/", name, null, null, false, D(joined));
        if (left is not null) m.Edit(name, null, null, false, D(joined), D(left));
        return m;
    }

    static EducationEvent.Details Event(int? attendance, AttendanceKind kind = AttendanceKind.Exact, string[]? sectors = null) =>
        new(D("2019-08-30"), "法制报告会", EventKinds.LegalReport, sectors ?? ["乡村"], ["演讲"], "阳山村委会", null, "张剑波", attendance, kind, 300, null);

    [Fact]
    public void AttendanceWording_KeepsYuAndJin()
    {
        Assert.Equal("120余人", EducationEvent.Record(Village, Event(120, AttendanceKind.AtLeast), [], Today).AttendanceText);
        Assert.Equal("近500人", EducationEvent.Record(Village, Event(500, AttendanceKind.Nearly), [], Today).AttendanceText);
        Assert.Equal("46人", EducationEvent.Record(Village, Event(46), [], Today).AttendanceText);
        Assert.Contains("请填写参加人数", Assert.Throws<DomainRuleException>(() => EducationEvent.Record(Village, Event(null, AttendanceKind.AtLeast), [], Today)).Message);
        Assert.Contains("“学堂”不在可选范围内", Assert.Throws<DomainRuleException>(() => EducationEvent.Record(Village, Event(1, sectors: ["学堂"]), [], Today)).Message);
        // Sectors are kept in the list's order whatever order they were ticked in.
        Assert.Equal(["机关", "学校"], EducationEvent.Record(Village, Event(1, sectors: ["学校", "机关"]), [], Today).SectorsReached);
    }

    [Fact]
    public void AStudySession_TakesItsAttendeesFromTheRosterOfThatDay()
    {
        var left = Member("郑桂芳", left: "2019-09-30");
        var joined = Member("林志坚", joined: "2019-07-01");
        var e = Assert.Throws<DomainRuleException>(() => StudySession.Record(1, "/1/", D("2019-10-10"), "集体学法", "土地管理法", 1.5m, null, [Member("陈静"), left], Today));
        Assert.Contains("郑桂芳在2019年10月10日不在本镇干部职工名册中", e.Message);
        Assert.Contains("林志坚在2019年6月10日不在", Assert.Throws<DomainRuleException>(() =>
            StudySession.Record(1, "/1/", D("2019-06-10"), "集体学法", "土地管理法", 1.5m, null, [joined], Today)).Message);
        Assert.Contains("最多一位小数", Assert.Throws<DomainRuleException>(() =>
            StudySession.Record(1, "/1/", D("2019-06-10"), "集体学法", "土地管理法", 1.25m, null, [Member("陈静")], Today)).Message);
        var s = StudySession.Record(1, "/1/", D("2019-09-10"), "集体学法", "土地管理法", 1.5m, null, [Member("陈静"), left, joined], Today);
        Assert.Equal((3, 15, 1.5m), (s.Attendees.Count, s.Tenths, s.Hours));
    }

    [Fact]
    public void AnExam_MarksPassesByThePassMark()
    {
        var a = Member("甲");
        var b = Member("乙");
        var exam = Exam.Record(1, "/1/", D("2019-11-20"), "学法考试", 60, [new(a, 60), new(b, 59)], Today);
        Assert.Equal([true, false], exam.Results.Select(r => r.Passed).ToArray());
        Assert.Contains("只能登记一个成绩", Assert.Throws<DomainRuleException>(() => Exam.Record(1, "/1/", D("2019-11-20"), "学法考试", 60, [new(a, 60), new(a, 70)], Today)).Message);
    }

    [Fact]
    public void AReferral_RunsReferredAcceptedDone_OrRefusedWithAReason()
    {
        Consultation Ask() => Consultation.Record(Village, new(D("2019-08-30"), ConsultationChannel.AtEvent, null, "阳山村村民甲", "13800138000", "劳动用工",
            "被拖欠工资怎么办？", "可申请劳动仲裁，符合条件的可申请法律援助。", "张剑波", null), Today);
        var c = Ask();
        Assert.Contains("只有法律援助中心已受理", Assert.Throws<DomainRuleException>(() => c.ReferralCompleted(D("2019-09-10"), "追回工资")).Message);
        c.Refer(D("2019-09-02"), "经济困难");
        Assert.Contains("已转法律援助", Assert.Throws<DomainRuleException>(() => c.Refer(D("2019-09-03"), null)).Message);
        Assert.Contains("不能早于转介日期", Assert.Throws<DomainRuleException>(() => c.ReferralDecided(D("2019-09-01"), true, null)).Message);
        c.ReferralDecided(D("2019-09-06"), true, null);
        c.ReferralCompleted(D("2019-11-28"), "经劳动仲裁追回工资3.2万元");
        Assert.Equal((ReferralStatus.Done, D("2019-11-28")), (c.Referral, c.ReferralDoneOn));

        var refused = Ask();
        refused.Refer(D("2019-09-02"), null);
        Assert.Contains("请填写理由", Assert.Throws<DomainRuleException>(() => refused.ReferralDecided(D("2019-09-06"), false, " ")).Message);
        refused.ReferralDecided(D("2019-09-06"), false, "经济状况不符合条件");
        Assert.Equal(ReferralStatus.Refused, refused.Referral);
    }

    [Fact]
    public void AdvisorWork_FallsWithinTheContract()
    {
        var advisor = LegalAdvisor.Engage(1, "/1/", null, "周和律师事务所", "张剑波", D("2019-01-01"), D("2019-12-31"));
        advisor.Log(D("2019-08-30"), AdvisorWorkType.Lecture, "法制报告会", 3.5m, Today);
        Assert.Contains("不在张剑波的顾问合同期限", Assert.Throws<DomainRuleException>(() => advisor.Log(D("2020-01-02"), AdvisorWorkType.Opinion, "意见", 1, Today)).Message);
    }

    [Fact]
    public void Figures_OnAKnownSet()
    {
        EventFact Ev(string on, string kind, string[] sectors, string[] channels, int? n, AttendanceKind k, int? materials) =>
            new(0, D(on), kind, sectors, channels, n, k, materials);
        var events = new[]
        {
            Ev("2019-08-30", EventKinds.LegalReport, ["乡村"], ["演讲"], 120, AttendanceKind.AtLeast, 300),
            Ev("2019-12-04", EventKinds.ConstitutionDay, ["乡村", "学校"], ["宣传车", "演讲"], 500, AttendanceKind.Nearly, 1500),
            Ev("2019-12-10", EventKinds.TrainingClass, ["机关"], ["远程教育平台"], 40, AttendanceKind.Exact, null),
            Ev("2019-04-18", EventKinds.IntegrityBaseVisit, ["机关"], ["其他"], 35, AttendanceKind.Exact, null),
        };
        // Two sessions: 3 of 4 on the roster, then 2 of 5; person 1 attends both (1.5 h + 2 h).
        var sessions = new[] { new StudyFact(1, D("2019-03-10"), 15, [1, 2, 3], 4), new StudyFact(2, D("2019-09-10"), 20, [1, 4], 5) };
        var exams = new[] { new ExamFact(1, D("2019-11-20"), 4, 3, 5) };
        var consultations = new[] { new ConsultationFact(D("2019-08-30"), "劳动用工", ReferralStatus.Done), new ConsultationFact(D("2019-08-30"), "婚姻家庭", null),
            new ConsultationFact(D("2019-09-01"), "劳动用工", ReferralStatus.Refused) };
        var r = EducationFigures.Compute(2019, events, sessions, exams, consultations, [AdvisorWorkType.Lecture, AdvisorWorkType.Opinion],
            [(MeetingKind.LeadingGroup, true), (MeetingKind.JointPartyGovernment, false)], [LeaderDutyKind.DutyReport], 3,
            new Dictionary<long, string> { [1] = "甲", [2] = "乙", [3] = "丙", [4] = "丁" });

        Assert.Equal(3, r["education.events"].Numerator);
        Assert.Equal(1, r["education.integrity-events"].Numerator);
        Assert.Equal(new AttendanceSum(75, 120, 500), r.Attendance);
        Assert.Equal(195, r["education.attendance-lower-bound"].Numerator);
        Assert.Equal("约695人次", r.Attendance.Display);
        Assert.Equal(1800, r["education.materials"].Numerator);
        Assert.Equal("3.5学时", r["education.study-hours"].Display);
        Assert.Equal("55.6%", r["education.study-attendance-rate"].Display);
        Assert.Equal(("甲", 3.5m), r.HoursPerPerson[0]);
        // (35 + 15 + 15 + 20) tenths over 4 people = 2.125 h.
        Assert.Equal("2.1学时", r["education.hours-per-person"].Display);
        Assert.Equal(("80%", "75%"), (r["education.exam-participation-rate"].Display, r["education.exam-pass-rate"].Display));
        Assert.Equal((2L, 1L, 1L), (r["education.referrals"].Numerator!.Value, r["education.referrals-accepted"].Numerator!.Value, r["education.referrals-done"].Numerator!.Value));
        Assert.Equal(1, r["education.meetings-rule-of-law"].Numerator);
        var sectors = r.Breakdowns.Single(b => b.Title == "活动按覆盖领域（法律六进）").Rows.ToDictionary(x => x.Label, x => x.Count);
        Assert.Equal((1, 2, 1), (sectors["机关"], sectors["乡村"], sectors["学校"]));
        var months = r.Breakdowns.Single(b => b.Title == "活动按月份").Rows;
        Assert.Equal(2, months[11].Count);
        Assert.Equal("—", EducationFigures.Compute(2019, [], [], [], [], [], [], [], 0, new Dictionary<long, string>())["education.exam-pass-rate"].Display);
    }
}
