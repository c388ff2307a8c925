using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Petitions;

namespace Fazhi.Core.Tests.Petitions;

/// <summary>The procedure of 《信访工作条例》 on real dates of 2019–2020, with the shipped holiday arrangements.</summary>
public class PetitionProcedureTests
{
    static readonly WorkCalendar Calendar = WorkCalendar.Shipped();
    static DateOnly D(string iso) => DateOnly.Parse(iso);

    static readonly PetitionPlace Place = new(1, null, "/1/");

    static Petitioner Person(bool representative = false) =>
        Petitioner.Create(PetitionerKind.Person, "张三", "11010519491231002X", "13800000000", "阳山村", null, representative, D("2020-06-30"));

    static Petition Registered(string receivedOn = "2019-09-20", int people = 1) =>
        Petition.Register(Place, "2019-001", PetitionChannel.Visit, PetitionClass.Claim, "农村农业", D(receivedOn),
            "要求解决宅基地纠纷", "事实", "理由", people, [Person()], D("2020-06-30"));

    static Petition Accepted(string receivedOn = "2019-09-20", string decidedOn = "2019-09-25")
    {
        var p = Registered(receivedOn);
        p.Decide(AcceptanceDecision.Accept, D(decidedOn), null);
        return p;
    }

    [Fact]
    public void Register_NoticeDueIn15Days_MovesOutOfNationalDay()
    {
        // 15 日 from 20 September 2019 is 5 October, inside the National Day holiday: the next working day is 8 October.
        Assert.Equal(D("2019-10-08"), Registered().NoticeDue(Calendar));
    }

    [Fact]
    public void Accept_ReplyDueIn60Days_MovesOffTheWeekend()
    {
        // 60 日 from 25 September 2019 is Sunday 24 November: due Monday 25 November (第三十四条).
        var p = Accepted();
        Assert.Equal(PetitionStatus.Accepted, p.Status);
        Assert.Equal(D("2019-11-25"), p.ReplyDue(Calendar));
    }

    [Fact]
    public void Extend_Once_ByAtMost30Days_WithApprovalAndReason()
    {
        var p = Accepted();
        p.Extend(30, "需要现场勘查", "王建国", D("2019-11-20"), D("2019-11-21"), Calendar);
        Assert.Equal(D("2019-12-25"), p.ReplyDue(Calendar));
        var twice = Assert.Throws<DomainRuleException>(() => p.Extend(5, "再延", "王建国", D("2019-11-22"), D("2019-11-22"), Calendar));
        Assert.Contains("只能延长一次", twice.Message);
    }

    [Theory]
    [InlineData(31, "理由", "王建国", "2019-11-20", "1至30日")]
    [InlineData(10, "", "王建国", "2019-11-20", "延期理由")]
    [InlineData(10, "理由", "", "2019-11-20", "负责人批准")]
    [InlineData(10, "理由", "王建国", "2019-11-26", "已届满")]
    public void Extend_IsRefused_WhenTheRuleIsBroken(int days, string reason, string approvedBy, string on, string expected)
    {
        var p = Accepted();
        var ex = Assert.Throws<DomainRuleException>(() => p.Extend(days, reason, approvedBy, D(on), D(on), Calendar));
        Assert.Contains(expected, ex.Message);
        Assert.Null(p.ExtensionDays);
        Assert.Equal(D("2019-11-25"), p.ReplyDue(Calendar));
    }

    [Fact]
    public void Reply_OpensTheReviewWindow_EndingOnAMakeUpWorkingSunday()
    {
        // 30 日 from 20 December 2019 is Sunday 19 January 2020, a make-up working day before the Spring Festival.
        var p = Accepted();
        p.Reply(D("2019-12-20"), ReplyOpinion.Explain, "《土地管理法》第十四条");
        Assert.Equal(PetitionStatus.Replied, p.Status);
        Assert.Equal(D("2020-01-19"), p.ReviewRequestDue(Calendar));
        Assert.True(p.RepliedLate(Calendar)); // due 25 November 2019, no extension
    }

    [Fact]
    public void RequestReview_AfterTheWindow_IsRefusedCitingArticle35()
    {
        var p = Accepted();
        p.Reply(D("2019-12-20"), ReplyOpinion.Reject, "依据");
        var ex = Assert.Throws<DomainRuleException>(() => p.RequestReview(D("2020-01-20"), Calendar));
        Assert.Contains("第三十五条", ex.Message);
        Assert.Equal(PetitionStatus.Replied, p.Status);
    }

    [Fact]
    public void FullPath_ThroughReviewAndReReview_EndsFinalAndClosed()
    {
        var p = Accepted("2019-07-01", "2019-07-03");
        p.Reply(D("2019-08-02"), ReplyOpinion.Reject, "依据");
        p.Rate(Satisfaction.Unsatisfied);
        p.RequestReview(D("2019-08-20"), Calendar);
        Assert.Equal(D("2019-09-19"), p.ReviewDue(Calendar));
        p.AnswerReview(D("2019-09-10"), ReplyOpinion.Reject);
        Assert.Equal(D("2019-10-10"), p.ReReviewRequestDue(Calendar));
        p.RequestReReview(D("2019-10-09"), Calendar);
        Assert.Equal(D("2019-11-08"), p.ReReviewDue(Calendar));
        p.AnswerReReview(D("2019-11-01"), ReplyOpinion.Reject);
        Assert.True(p.IsFinal);
        p.Close(D("2019-11-02"));
        p.Archive(D("2019-12-31"));
        Assert.Equal(PetitionStatus.Archived, p.Status);
    }

    [Fact]
    public void IllegalTransitions_AreRefusedInChinese_AndChangeNothing()
    {
        var p = Registered();
        Assert.Contains("已受理或已交办", Assert.Throws<DomainRuleException>(() => p.Reply(D("2019-10-01"), ReplyOpinion.Support, "依据")).Message);
        Assert.Contains("不能办结", Assert.Throws<DomainRuleException>(() => p.Close(D("2019-10-01"))).Message);
        Assert.Contains("答复之后", Assert.Throws<DomainRuleException>(() => p.Rate(Satisfaction.Satisfied)).Message);
        Assert.Contains("已办结", Assert.Throws<DomainRuleException>(() => p.Archive(D("2019-10-01"))).Message);
        Assert.Contains("请求复查", Assert.Throws<DomainRuleException>(() => p.RequestReview(D("2019-10-01"), Calendar)).Message);
        Assert.Equal(PetitionStatus.Registered, p.Status);

        p.Decide(AcceptanceDecision.Accept, D("2019-09-25"), null);
        Assert.Contains("尚未作出受理决定", Assert.Throws<DomainRuleException>(() => p.Decide(AcceptanceDecision.Decline, D("2019-09-26"), "重复")).Message);
        Assert.Contains("早于受理日期", Assert.Throws<DomainRuleException>(() => p.Reply(D("2019-09-24"), ReplyOpinion.Support, "依据")).Message);
        Assert.Contains("依据", Assert.Throws<DomainRuleException>(() => p.Reply(D("2019-10-24"), ReplyOpinion.Support, " ")).Message);
    }

    [Theory]
    [InlineData(AcceptanceDecision.Decline, "理由")]
    [InlineData(AcceptanceDecision.Transfer, "转送的机关")]
    public void DecliningOrTransferring_NeedsANote_AndEndsTheMatterHere(AcceptanceDecision decision, string expected)
    {
        var p = Registered();
        Assert.Contains(expected, Assert.Throws<DomainRuleException>(() => p.Decide(decision, D("2019-09-25"), null)).Message);
        p.Decide(decision, D("2019-09-25"), "依法应通过诉讼途径解决");
        Assert.Null(p.ReplyDue(Calendar));
        p.Close(D("2019-09-26"));
        Assert.Equal(PetitionStatus.Closed, p.Status);
    }

    [Fact]
    public void Notice_SentAfterItsDueDate_IsRecordedAsLate()
    {
        var p = Accepted();
        p.RecordNotice(D("2019-10-09"));
        Assert.True(p.NoticeWasLate(Calendar));
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Collective_FromFivePeople(int people, bool collective) =>
        Assert.Equal(collective, Registered(people: people).IsCollective);

    [Fact]
    public void Register_RefusesAFutureDateAndAnEmptyRequest()
    {
        Assert.Contains("不能晚于今天", Assert.Throws<DomainRuleException>(() =>
            Petition.Register(Place, "2020-001", PetitionChannel.Letter, PetitionClass.Claim, "其他", D("2020-07-01"), "请求", "", "", 1, [Person()], D("2020-06-30"))).Message);
        Assert.Contains("第十九条", Assert.Throws<DomainRuleException>(() =>
            Petition.Register(Place, "2019-002", PetitionChannel.Letter, PetitionClass.Claim, "其他", D("2019-07-01"), "  ", "", "", 1, [Person()], D("2020-06-30"))).Message);
    }

    [Fact]
    public void Register_RefusesMoreThanFiveRepresentatives_Article20()
    {
        var six = Enumerable.Range(0, 6).Select(_ => Person(representative: true)).ToList();
        var ex = Assert.Throws<DomainRuleException>(() => Petition.Register(Place, "2019-003", PetitionChannel.Visit, PetitionClass.Claim, "土地征收",
            D("2019-05-06"), "请求", "", "", 30, six, D("2020-06-30")));
        Assert.Contains("第二十条", ex.Message);
    }

    [Fact]
    public void Register_RefusesAnUnknownCategoryAndNoPetitioner()
    {
        Assert.Contains("类别", Assert.Throws<DomainRuleException>(() => Petition.Register(Place, "2019-004", PetitionChannel.Visit, PetitionClass.Claim,
            "自编类别", D("2019-05-06"), "请求", "", "", 1, [Person()], D("2020-06-30"))).Message);
        Assert.Contains("至少登记一名信访人", Assert.Throws<DomainRuleException>(() => Petition.Register(Place, "2019-004", PetitionChannel.Visit,
            PetitionClass.Claim, "其他", D("2019-05-06"), "请求", "", "", 1, [], D("2020-06-30"))).Message);
    }

    [Theory]
    [InlineData("110105194912310021", null, "校验")]
    [InlineData("11010519491231002X", "1380000", "电话")]
    public void Petitioner_WithBadIdOrPhone_IsRefusedNamingThePerson(string id, string? phone, string expected)
    {
        var ex = Assert.Throws<DomainRuleException>(() => Petitioner.Create(PetitionerKind.Person, "张三", id, phone, null, null, false, D("2020-06-30")));
        Assert.StartsWith("张三：", ex.Message);
        Assert.Contains(expected, ex.Message);
    }
}
