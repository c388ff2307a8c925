using Fazhi.Core.Common;
using Fazhi.Core.Enforcement;
using static Fazhi.Core.Tests.Enforcement.EnforcementFixtures;

namespace Fazhi.Core.Tests.Enforcement;

/// <summary>A penalty case's steps and clocks (《行政处罚法》, 国办发〔2018〕118号, 《行政强制法》) on real 2019 dates.</summary>
public class CaseProcedureTests
{
    static EnforcementCase File(string filed, bool major = false, CaseType type = CaseType.General, IReadOnlyList<EnforcementOfficer>? officers = null) =>
        EnforcementCase.File(Village, "2019-001", type, "擅自生产", new("阳山村塑料加工作坊", false, null, null), null, null, D(filed), major, officers ?? Pair,
            TownCalendar, Today, By);

    static EnforcementCase Notified(string filed, string notified, bool major = false, CaseType type = CaseType.General)
    {
        var c = File(filed, major, type);
        c.Investigate(D(filed), "现场检查笔录", Pair, By);
        c.NotifyRights(D(notified), Pair, TownCalendar, By);
        return c;
    }

    static EnforcementCase.Decision Decision(string on, string kind = "罚款", long? fine = 500_000) =>
        new(D(on), "西联罚决字〔2019〕1号", kind, fine, "有关法律法规", "当事人擅自生产，处罚款五千元。");

    [Fact]
    public void Filing_SetsTheNinetyDayDecisionDeadline_AndNeedsTwoCertifiedOfficers()
    {
        Assert.Equal(D("2019-10-31"), File("2019-08-02").DecisionDueOn);
        var e = Assert.Throws<DomainRuleException>(() => File("2019-08-02", officers: [Officer("张明"), Officer("李华", to: "2019-08-01")]));
        Assert.Contains("李华的执法证", e.Message);
        Assert.Contains("已于2019年8月1日到期", e.Message);
    }

    [Fact]
    public void TheHearingWindow_IsFiveWorkingDays_AcrossMayDay2019()
    {
        var c = Notified("2019-04-20", "2019-04-30");
        Assert.Equal(D("2019-05-09"), c.HearingDueOn);
        var late = Assert.Throws<DomainRuleException>(() => c.RequestHearing(D("2019-05-10"), By));
        Assert.Contains("至2019年5月9日", late.Message);
        Assert.Contains("第六十四条", late.Message);
        c.RequestHearing(D("2019-05-09"), By);
        Assert.Contains("先组织听证", Assert.Throws<DomainRuleException>(() => c.Decide(Decision("2019-05-20"), TownCalendar, By)).Message);
        c.HoldHearing(D("2019-05-15"), "当事人陈述申辩", By);
        c.Decide(Decision("2019-05-20"), TownCalendar, By);
        Assert.Equal(CaseStatus.Decided, c.Status);
    }

    [Fact]
    public void ADecision_WaitsUntilTheHearingWindowHasPassed()
    {
        var c = Notified("2019-04-20", "2019-04-30");
        var e = Assert.Throws<DomainRuleException>(() => c.Decide(Decision("2019-05-09"), TownCalendar, By));
        Assert.Contains("听证申请期限至2019年5月9日届满", e.Message);
        c.Decide(Decision("2019-05-10"), TownCalendar, By);
        Assert.Equal(D("2019-05-10"), c.DecidedOn);
    }

    [Fact]
    public void ADecision_WithoutTheNoticeOfRights_IsRefused()
    {
        var c = File("2019-04-20");
        Assert.Contains("第四十四条", Assert.Throws<DomainRuleException>(() => c.Decide(Decision("2019-05-10"), TownCalendar, By)).Message);
    }

    [Fact]
    public void AMajorDecision_NeedsALegalReview_ByAQualifiedReviewer_BeforeTheDecision()
    {
        var c = Notified("2019-04-20", "2019-04-30", major: true);
        Assert.Contains("第五十八条", Assert.Throws<DomainRuleException>(() => c.Decide(Decision("2019-05-10"), TownCalendar, By)).Message);
        var unqualified = Assert.Throws<DomainRuleException>(() => c.Review(D("2019-05-10"), Officer("王五"), "同意", By));
        Assert.Contains("王五未登记法律职业资格", unqualified.Message);
        c.Review(D("2019-05-13"), Officer("陈静", qualified: true), "事实清楚，证据确凿，同意", By);
        Assert.Contains("第五十八条", Assert.Throws<DomainRuleException>(() => c.Decide(Decision("2019-05-10"), TownCalendar, By)).Message);
        c.Decide(Decision("2019-05-13"), TownCalendar, By);
        Assert.Equal("陈静", c.ReviewerName);
    }

    [Fact]
    public void Publicity_IsDueSevenWorkingDaysAfterTheDecision_AcrossNationalDay()
    {
        var c = Notified("2019-09-02", "2019-09-16");
        c.Decide(Decision("2019-09-27"), TownCalendar, By);
        Assert.Equal(D("2019-10-12"), c.PublicityDueOn);
        c.Publish(D("2019-10-12"), By);
        Assert.True(c.PublishedOnTime);
        var late = Notified("2019-09-02", "2019-09-16");
        late.Decide(Decision("2019-09-27"), TownCalendar, By);
        late.Publish(D("2019-10-14"), By);
        Assert.False(late.PublishedOnTime);
        Assert.Contains("超过期限2019年10月12日", late.Steps.Last().Note);
    }

    [Fact]
    public void TheFine_IsDueFifteenDaysAfterService_AndLatePaymentCarriesThreePerCentADay_CappedAtTheFine()
    {
        var c = Notified("2019-08-20", "2019-09-02");
        c.Decide(Decision("2019-09-16"), TownCalendar, By);
        c.Serve(D("2019-09-20"), Pair, TownCalendar, By);
        Assert.Equal(D("2019-10-08"), c.FineDueOn);
        Assert.Equal(0, c.SurchargeFen(D("2019-10-08")));
        Assert.Equal(500_000 * 3 * 2 / 100, c.SurchargeFen(D("2019-10-10")));
        Assert.Equal(500_000, c.SurchargeFen(D("2020-10-08")));
        Assert.Contains("罚款尚未缴纳", Assert.Throws<DomainRuleException>(() => c.Close(D("2019-10-09"), By)).Message);
        c.RecordPayment(D("2019-10-10"), By);
        Assert.Contains("逾期2日", c.Steps.Last().Note);
        c.Close(D("2019-10-11"), By);
        Assert.Equal(CaseStatus.Closed, c.Status);
    }

    [Fact]
    public void ForcedDemolition_WaitsForNoticeDemandAndTheSixMonthWindow()
    {
        var c = Notified("2019-03-18", "2019-04-01", type: CaseType.IllegalConstruction);
        c.OrderStopWork(D("2019-04-01"), Pair, By);
        c.Decide(Decision("2019-04-26", "限期拆除", null), TownCalendar, By);
        c.Serve(D("2019-04-28"), Pair, TownCalendar, By);
        Assert.Equal(D("2019-10-28"), c.AppealEndsOn);
        Assert.Contains("公告并书面催告", Assert.Throws<DomainRuleException>(() => c.RecordDemolition(D("2019-11-12"), true, Pair, By)).Message);
        c.PostNotice(D("2019-06-03"), By);
        c.Demand(D("2019-10-20"), D("2019-10-25"), By);
        var early = Assert.Throws<DomainRuleException>(() => c.RecordDemolition(D("2019-10-28"), true, Pair, By));
        Assert.Contains("诉讼期限至2019年10月28日", early.Message);
        c.RecordDemolition(D("2019-10-29"), true, Pair, By);
        c.Close(D("2019-11-01"), By);
        Assert.Equal((true, CaseStatus.Closed), (c.ForcedDemolition, c.Status));
    }

    [Fact]
    public void ConstructionSteps_BelongToIllegalConstructionCasesOnly_AndADroppedCaseTakesNoMoreSteps()
    {
        var c = File("2019-03-18");
        Assert.Contains("违法建设", Assert.Throws<DomainRuleException>(() => c.OrderStopWork(D("2019-03-18"), Pair, By)).Message);
        c.Drop(D("2019-03-25"), "违法事实不能成立", By);
        Assert.Contains("已撤销立案", Assert.Throws<DomainRuleException>(() => c.Investigate(D("2019-03-26"), "补充证据", Pair, By)).Message);
    }
}
