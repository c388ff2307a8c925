using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Disputes;
using Fazhi.Core.Regions;

namespace Fazhi.Core.Tests.Disputes;

/// <summary>A dispute's dynamic management and mediation on real dates, with the shipped holiday arrangements.</summary>
public class DisputeProcedureTests
{
    static readonly WorkCalendar Calendar = WorkCalendar.Shipped();
    static readonly DateOnly Today = D("2020-06-30");
    static readonly Dispute.Actor Clerk = new("clerk", new DateTime(2019, 9, 20, 2, 0, 0, DateTimeKind.Utc));
    static DateOnly D(string iso) => DateOnly.Parse(iso);

    static readonly RecordPlace Town = new(1, null, null, "/1/");
    static readonly RecordPlace Village = new(1, 2, null, "/1/2/");
    static readonly RecordPlace Group = new(1, 2, 3, "/1/2/");

    static DisputeParty Party(string name = "张三") => DisputeParty.Create(PartyKind.Person, name, "11010519491231002X", "13800000000", "阳山村", Today);

    static Dispute Registered(RecordPlace? place = null, RiskLevel risk = RiskLevel.Low, string? reason = null, DisputeLevel? level = null,
        string reportedOn = "2019-09-20") =>
        Dispute.Register(place ?? Village, "2019-001", "邻里", DisputeSource.Screening, D(reportedOn), "两户因排水沟发生争执", [Party(), Party("李四")], 2,
            null, risk, reason, level, Today, Clerk);

    static Dispute Mediating(string reportedOn = "2019-09-20", MediationKind kind = MediationKind.People)
    {
        var d = Registered(reportedOn: reportedOn);
        d.StartMediation(kind, D(reportedOn).AddDays(1), kind == MediationKind.People ? 7 : null, kind == MediationKind.Administrative ? 8 : null,
            kind == MediationKind.Judicial ? "西联人民法庭" : null, "王调解员");
        return d;
    }

    static Dispute Agreed(string signedOn, MediationKind kind = MediationKind.People)
    {
        var d = Mediating(D(signedOn).AddDays(-10).ToString("yyyy-MM-dd"), kind);
        d.RecordSuccess(D(signedOn), AgreementForm.Written, "双方均有责任", "一、恢复排水沟；二、十五日内履行", D(signedOn).AddDays(15), D(signedOn), null);
        return d;
    }

    [Fact]
    public void Register_StartsAtTheLowestLevelOfItsPlace_AndRecordsTheRegistration()
    {
        var d = Registered(Group);
        Assert.Equal(DisputeLevel.Group, d.Level);
        Assert.Equal(DisputeStatus.Pending, d.Status);
        var move = Assert.Single(d.Moves);
        Assert.Equal(DisputeMoveKind.Registered, move.Kind);
        Assert.All(d.Parties, p => Assert.Equal("/1/2/", p.ScopePath));
    }

    [Fact]
    public void Register_GroupLevelWithoutAGroup_IsRefused()
    {
        var e = Assert.Throws<DomainRuleException>(() => Registered(Village, level: DisputeLevel.Group));
        Assert.Contains("村民小组", e.Message);
    }

    [Theory]
    [InlineData(RiskLevel.Medium)]
    [InlineData(RiskLevel.High)]
    public void Register_MediumOrHighRiskWithoutReason_IsRefused(RiskLevel risk)
    {
        var e = Assert.Throws<DomainRuleException>(() => Registered(risk: risk));
        Assert.Contains("风险理由", e.Message);
    }

    [Fact]
    public void Register_HighRisk_GoesToTheTownAtOnce()
    {
        var d = Registered(Group, RiskLevel.High, "涉及20人，有过激言行");
        Assert.Equal(DisputeLevel.Town, d.Level);
        Assert.Equal([DisputeMoveKind.Registered, DisputeMoveKind.Escalated], d.Moves.Select(m => m.Kind));
        Assert.Equal(DisputeLevel.Group, d.Moves[1].FromLevel);
        Assert.Contains("高风险", d.Moves[1].Reason);
    }

    [Fact]
    public void Register_WithoutParties_OrInTheFuture_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() =>
            Dispute.Register(Village, "2019-001", "邻里", DisputeSource.WalkIn, D("2019-09-20"), "情况", [], 1, null, RiskLevel.Low, null, null, Today, Clerk));
        Assert.Throws<DomainRuleException>(() => Registered(reportedOn: "2020-07-01"));
        Assert.Throws<DomainRuleException>(() =>
            Dispute.Register(Village, "2019-001", "计划生育", DisputeSource.WalkIn, D("2019-09-20"), "情况", [Party()], 1, null, RiskLevel.Low, null, null, Today, Clerk));
    }

    [Fact]
    public void Party_WithAWrongIdNumberOrPhone_IsRefusedWithItsName()
    {
        var e = Assert.Throws<DomainRuleException>(() => DisputeParty.Create(PartyKind.Person, "王五", "110105194912310021", null, null, Today));
        Assert.StartsWith("王五：", e.Message);
        Assert.Throws<DomainRuleException>(() => DisputeParty.Create(PartyKind.Person, "王五", null, "12345", null, Today));
        Assert.Throws<DomainRuleException>(() => DisputeParty.Create(PartyKind.Organisation, "某公司", "91440200MA4UXXXXXX", null, null, Today));
    }

    [Fact]
    public void Escalate_GroupToVillageToTown_AndHandDownAgain_RecordsEachMoveWithReason()
    {
        var d = Registered(Group);
        d.Escalate(DisputeLevel.Village, D("2019-09-22"), "组调解未果", Clerk);
        d.Escalate(DisputeLevel.Town, D("2019-09-25"), "村调解未果", Clerk);
        d.HandDown(DisputeLevel.Village, D("2019-09-26"), "事实清楚，由村调委会就近调处", Clerk);
        Assert.Equal(DisputeLevel.Village, d.Level);
        Assert.Equal(["Registered", "Escalated", "Escalated", "HandedDown"], d.Moves.Select(m => m.Kind.ToString()));
        Assert.Equal((DisputeLevel.Town, DisputeLevel.Village), (d.Moves[3].FromLevel!.Value, d.Moves[3].ToLevel!.Value));
        Assert.Equal("事实清楚，由村调委会就近调处", d.Moves[3].Reason);
    }

    [Fact]
    public void Escalate_SidewaysOrWithoutReason_IsRefused()
    {
        var d = Registered();
        Assert.Throws<DomainRuleException>(() => d.Escalate(DisputeLevel.Village, D("2019-09-22"), "理由", Clerk));
        Assert.Throws<DomainRuleException>(() => d.Escalate(DisputeLevel.Group, D("2019-09-22"), "理由", Clerk));
        Assert.Throws<DomainRuleException>(() => d.Escalate(DisputeLevel.Town, D("2019-09-22"), "  ", Clerk));
        Assert.Throws<DomainRuleException>(() => d.Escalate(DisputeLevel.Town, D("2019-09-19"), "理由", Clerk));
    }

    [Fact]
    public void HandDown_AHighRiskDispute_IsRefused()
    {
        var d = Registered(risk: RiskLevel.High, reason: "群体性");
        var e = Assert.Throws<DomainRuleException>(() => d.HandDown(DisputeLevel.Village, D("2019-09-22"), "就近调处", Clerk));
        Assert.Contains("高风险", e.Message);
    }

    [Fact]
    public void ChangeRisk_ToHigh_EscalatesToTheTown()
    {
        var d = Registered();
        d.ChangeRisk(RiskLevel.High, D("2019-09-23"), "一方扬言报复", Clerk);
        Assert.Equal(RiskLevel.High, d.Risk);
        Assert.Equal(DisputeLevel.Town, d.Level);
        Assert.Equal([DisputeMoveKind.Registered, DisputeMoveKind.RiskChanged, DisputeMoveKind.Escalated], d.Moves.Select(m => m.Kind));
    }

    [Fact]
    public void Supervise_RecordsTheDeadline_OverdueUntilAnswered()
    {
        var d = Registered();
        var order = d.Supervise(D("2019-09-23"), D("2019-09-30"), "七日内提出调处意见", "镇综治办");
        Assert.False(order.IsOverdue(D("2019-09-30")));
        Assert.True(order.IsOverdue(D("2019-10-01")));
        order.GetType().GetProperty(nameof(SupervisionOrder.Id))!.SetValue(order, 5L);
        d.AnswerSupervision(5, D("2019-10-02"), "已组织调解");
        Assert.True(order.AnsweredLate);
        Assert.Throws<DomainRuleException>(() => d.AnswerSupervision(5, D("2019-10-03"), "再次反馈"));
    }

    [Fact]
    public void Supervise_WithADeadlineNotAfterTheOrder_IsRefused()
    {
        var d = Registered();
        Assert.Throws<DomainRuleException>(() => d.Supervise(D("2019-09-23"), D("2019-09-23"), "要求", "镇"));
        Assert.Throws<DomainRuleException>(() => d.Supervise(D("2019-09-23"), D("2019-09-30"), " ", "镇"));
    }

    [Theory]
    [InlineData(MediationKind.People, "人民调解委员会")]
    [InlineData(MediationKind.Administrative, "科室")]
    [InlineData(MediationKind.Judicial, "法院")]
    public void StartMediation_WithoutWhoMediates_IsRefused(MediationKind kind, string expected)
    {
        var d = Registered();
        var e = Assert.Throws<DomainRuleException>(() => d.StartMediation(kind, D("2019-09-21"), null, null, null, null));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Success_Written_NeedsFactsTermsAndTheSigningDay_AndTakesEffectThatDay()
    {
        var d = Mediating();
        Assert.Throws<DomainRuleException>(() => d.RecordSuccess(D("2019-09-28"), AgreementForm.Written, null, "条款", null, D("2019-09-28"), null));
        Assert.Throws<DomainRuleException>(() => d.RecordSuccess(D("2019-09-28"), AgreementForm.Written, "事实", "条款", null, null, null));
        Assert.Throws<DomainRuleException>(() => d.RecordSuccess(D("2019-09-28"), AgreementForm.Written, "事实", "条款", null, D("2019-09-27"), null));
        d.RecordSuccess(D("2019-09-28"), AgreementForm.Written, "事实", "条款", D("2019-10-15"), D("2019-09-29"), null);
        Assert.Equal(DisputeStatus.Succeeded, d.Status);
        Assert.Equal(D("2019-09-29"), d.AgreementEffectiveOn);
        Assert.True(d.IsMediated);
    }

    [Fact]
    public void Success_Oral_TakesEffectWhenReached()
    {
        var d = Mediating();
        d.RecordSuccess(D("2019-09-25"), AgreementForm.Oral, null, "当场赔礼道歉", null, null, null);
        Assert.Equal(D("2019-09-25"), d.AgreementEffectiveOn);
    }

    [Fact]
    public void Outcome_BeforeMediationStarted_IsRefused()
    {
        var d = Registered();
        Assert.Throws<DomainRuleException>(() => d.RecordSuccess(D("2019-09-25"), AgreementForm.Oral, null, "条款", null, null, null));
        Assert.Throws<DomainRuleException>(() => d.RecordFailure(D("2019-09-25"), FailureRoute.Litigation, null));
    }

    [Fact]
    public void Failure_RecordsTheRoute_AndCountsAsMediated()
    {
        var d = Mediating();
        d.RecordFailure(D("2019-10-08"), FailureRoute.Arbitration, "已告知可申请劳动仲裁");
        Assert.Equal((DisputeStatus.Failed, FailureRoute.Arbitration), (d.Status, d.FailureRoute!.Value));
        Assert.True(d.IsMediated);
    }

    [Fact]
    public void Withdrawal_IsConcludedButNotMediated_AndNeedsAReason()
    {
        var d = Registered();
        Assert.Throws<DomainRuleException>(() => d.RecordWithdrawal(D("2019-09-22"), ""));
        d.RecordWithdrawal(D("2019-09-22"), "一方不同意调解（《人民调解法》第十七条）");
        Assert.True(d.IsConcluded);
        Assert.False(d.IsMediated);
    }

    [Fact]
    public void ConfirmationWindow_EndingInNationalDay_MovesToTheNextWorkingDay()
    {
        // Effective 5 September 2019: 30 日 end on 5 October, inside the National Day holiday → 8 October 2019.
        var d = Agreed("2019-09-05");
        Assert.Equal(D("2019-10-08"), d.ConfirmationDeadline(Calendar));
        d.ApplyForConfirmation(D("2019-10-08"), "武江区人民法院", Calendar);
        Assert.Equal(D("2019-10-08"), d.ConfirmationAppliedOn);
    }

    [Fact]
    public void ConfirmationWindow_AfterItCloses_IsRefusedWithTheLastDay()
    {
        var d = Agreed("2019-09-05");
        var e = Assert.Throws<DomainRuleException>(() => d.ApplyForConfirmation(D("2019-10-09"), "武江区人民法院", Calendar));
        Assert.Contains("2019年10月8日", e.Message);
        Assert.Contains("第三十三条", e.Message);
    }

    [Fact]
    public void ConfirmationWindow_EndingOnAMakeUpWorkingSunday_StaysThere()
    {
        // Effective 20 December 2019: 30 日 end on Sunday 19 January 2020, a make-up working day of the Spring Festival.
        Assert.Equal(D("2020-01-19"), Agreed("2019-12-20").ConfirmationDeadline(Calendar));
    }

    [Fact]
    public void Confirmation_OnlyForPeoplesMediation_AndTheCourtAnswerIsRecordedOnce()
    {
        Assert.Null(Agreed("2019-09-05", MediationKind.Administrative).ConfirmationDeadline(Calendar));
        Assert.Throws<DomainRuleException>(() => Agreed("2019-09-05", MediationKind.Judicial).ApplyForConfirmation(D("2019-09-10"), "法院", Calendar));
        var d = Agreed("2019-09-05");
        Assert.Throws<DomainRuleException>(() => d.RecordConfirmation(D("2019-09-20"), ConfirmationResult.Confirmed, null));
        d.ApplyForConfirmation(D("2019-09-10"), "武江区人民法院", Calendar);
        Assert.Throws<DomainRuleException>(() => d.RecordConfirmation(D("2019-09-09"), ConfirmationResult.Confirmed, null));
        d.RecordConfirmation(D("2019-09-20"), ConfirmationResult.Confirmed, "（2019）粤0203民特1号");
        Assert.Throws<DomainRuleException>(() => d.RecordConfirmation(D("2019-09-21"), ConfirmationResult.Refused, null));
    }

    [Fact]
    public void Performance_OnlyAfterSuccess_NotBeforeTheAgreement()
    {
        var failed = Mediating();
        failed.RecordFailure(D("2019-10-08"), FailureRoute.Litigation, null);
        Assert.Throws<DomainRuleException>(() => failed.RecordPerformance(PerformanceStatus.Performed, D("2019-10-20"), null));
        var d = Agreed("2019-09-05");
        Assert.Throws<DomainRuleException>(() => d.RecordPerformance(PerformanceStatus.Performed, D("2019-09-04"), null));
        d.RecordPerformance(PerformanceStatus.PartlyPerformed, D("2019-09-25"), "余款下月付清");
        Assert.Equal(PerformanceStatus.PartlyPerformed, d.Performance);
    }

    [Fact]
    public void Reopen_ClearsTheOutcome_KeepsItInTheHistory()
    {
        var d = Agreed("2019-09-05");
        d.ApplyForConfirmation(D("2019-09-10"), "武江区人民法院", Calendar);
        Assert.Throws<DomainRuleException>(() => d.Reopen(D("2019-09-04"), "再次发生争执", Clerk));
        d.Reopen(D("2019-11-01"), "一方反悔，再次发生争执", Clerk);
        Assert.Equal(DisputeStatus.Pending, d.Status);
        Assert.Null(d.OutcomeOn);
        Assert.Null(d.ConfirmationAppliedOn);
        Assert.Equal(1, d.ReopenCount);
        var last = d.Moves[^1];
        Assert.Equal(DisputeMoveKind.Reopened, last.Kind);
        Assert.Contains("调解成功", last.Reason);
        Assert.Contains("一方反悔", last.Reason);
        Assert.Throws<DomainRuleException>(() => d.Reopen(D("2019-11-02"), "再次", Clerk));
        // The one-month target counts again from the reopening: 1 November 2019 + 30 日 = Sunday 1 December → 2 December.
        Assert.Equal(D("2019-12-02"), d.MediationTarget(Calendar));
    }

    [Fact]
    public void CriminalCase_IsRecordedOnce_WhateverTheState()
    {
        var d = Registered();
        d.RecordCriminalCase(D("2019-10-01"), "双方斗殴致一方轻伤，公安机关已立案");
        Assert.Throws<DomainRuleException>(() => d.RecordCriminalCase(D("2019-10-02"), "again"));
    }

    [Fact]
    public void MediationTarget_IsOneMonth_AndWarnsBeforeAndAfter()
    {
        // 30 日 from 20 September 2019 is Sunday 20 October → Monday 21 October.
        var d = Registered();
        Assert.Equal(D("2019-10-21"), d.MediationTarget(Calendar));
        Assert.Null(d.TargetWarning(Calendar, D("2019-10-13")));
        Assert.Equal("距一个月调结目标剩余7天", d.TargetWarning(Calendar, D("2019-10-14")));
        Assert.Equal("已超过一个月调结目标3天", d.TargetWarning(Calendar, D("2019-10-24")));
        d.RecordWithdrawal(D("2019-10-24"), "撤回");
        Assert.Null(d.TargetWarning(Calendar, D("2019-10-24")));
    }

    [Fact]
    public void UpdateDetails_AfterConclusion_IsRefused_AndPeopleNotBelowParties()
    {
        var d = Registered();
        Assert.Throws<DomainRuleException>(() => d.UpdateDetails(null, "情况", 1, null));
        Assert.Throws<DomainRuleException>(() => d.UpdateDetails(null, "情况", 3, -1));
        d.UpdateDetails(null, "补充情况", 6, 250_000);
        Assert.Equal((6, 250_000L), (d.PeopleCount, d.AmountFen!.Value));
        d.RecordWithdrawal(D("2019-09-22"), "撤回");
        Assert.Throws<DomainRuleException>(() => d.UpdateDetails(null, "情况", 6, null));
    }

    [Fact]
    public void PlaceOf_RefusesAGroupOfAnotherVillage_AndScopesToTheVillage()
    {
        var town = NewRegion(1, null, RegionKind.Town, "/1/");
        var village = NewRegion(2, 1, RegionKind.Village, "/1/2/");
        var group = NewRegion(3, 2, RegionKind.Group, "/1/2/3/");
        var strayGroup = NewRegion(4, 9, RegionKind.Group, "/1/9/4/");
        var place = RecordPlace.Of(town, village, group);
        Assert.Equal(("/1/2/", DisputeLevel.Group), (place.ScopePath, place.LowestLevel));
        Assert.Throws<DomainRuleException>(() => RecordPlace.Of(town, village, strayGroup));
        Assert.Throws<DomainRuleException>(() => RecordPlace.Of(town, null, group));
    }

    static Region NewRegion(long id, long? parent, RegionKind kind, string path)
    {
        var r = (Region)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(Region));
        void Set(string name, object? value) => typeof(Region).GetProperty(name)!.SetValue(r, value);
        Set(nameof(Region.Id), id);
        Set(nameof(Region.ParentId), parent);
        Set(nameof(Region.Kind), kind);
        Set(nameof(Region.Level), RegionKindNames.LevelOf(kind));
        Set(nameof(Region.Path), path);
        Set(nameof(Region.Name), "x");
        return r;
    }
}
