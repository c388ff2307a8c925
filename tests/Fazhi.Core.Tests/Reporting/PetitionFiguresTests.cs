using Fazhi.Core.Calendar;
using Fazhi.Core.Petitions;
using Fazhi.Core.Reporting;

namespace Fazhi.Core.Tests.Reporting;

/// <summary>
/// The petition figures read a narrow projection of each petition (<see cref="PetitionFact"/>) instead of the whole
/// entity; its reply due date must be the entity's own (<see cref="Petition.ReplyDue"/>) in every state a petition can reach.
/// </summary>
public class PetitionFiguresTests
{
    static readonly WorkCalendar Calendar = WorkCalendar.Shipped();
    static readonly Func<Petition, PetitionFact> Project = PetitionFact.Projection.Compile();
    static DateOnly D(string iso) => DateOnly.Parse(iso);

    static Petition Registered(string receivedOn) =>
        Petition.Register(new PetitionPlace(1, null, "/1/"), "2019-001", PetitionChannel.Visit, PetitionClass.Claim, "农村农业", D(receivedOn),
            "要求解决宅基地纠纷", "事实", "理由", 1,
            [Petitioner.Create(PetitionerKind.Person, "张三", "11010519491231002X", "13800000000", "阳山村", null, false, D("2020-06-30"))], D("2020-06-30"));

    static Petition Decided(string receivedOn, AcceptanceDecision decision, string decidedOn)
    {
        var p = Registered(receivedOn);
        p.Decide(decision, D(decidedOn), decision is AcceptanceDecision.Decline or AcceptanceDecision.Transfer ? "理由" : null);
        return p;
    }

    public static TheoryData<string> States() =>
    [
        "registered", "accepted", "assigned", "declined", "transferred", "extended", "replied", "extended and replied", "closed", "archived",
        "declined and closed", "under review", "reviewed",
    ];

    static Petition InState(string state)
    {
        // Accepted on 25 September 2019: 60 日 end on Sunday 24 November, due Monday 25 November; 30 more 日 run over New Year.
        var p = state switch
        {
            "registered" => Registered("2019-09-20"),
            "assigned" => Decided("2019-09-20", AcceptanceDecision.Assign, "2019-09-25"),
            "declined" or "declined and closed" => Decided("2019-09-20", AcceptanceDecision.Decline, "2019-09-25"),
            "transferred" => Decided("2019-09-20", AcceptanceDecision.Transfer, "2019-09-25"),
            _ => Decided("2019-09-20", AcceptanceDecision.Accept, "2019-09-25"),
        };
        if (state.StartsWith("extended", StringComparison.Ordinal)) p.Extend(30, "需要现场勘查", "王建国", D("2019-11-20"), D("2019-11-21"), Calendar);
        if (state is "replied" or "extended and replied" or "closed" or "archived" or "under review" or "reviewed")
            p.Reply(D("2019-11-10"), ReplyOpinion.Explain, "《信访工作条例》第三十二条");
        if (state is "under review" or "reviewed") p.RequestReview(D("2019-11-20"), Calendar);
        if (state == "reviewed") p.AnswerReview(D("2019-12-10"), ReplyOpinion.Reject);
        if (state is "closed" or "archived" or "declined and closed") p.Close(D("2019-12-01"));
        if (state == "archived") p.Archive(D("2019-12-05"));
        return p;
    }

    [Theory]
    [MemberData(nameof(States))]
    public void ReplyDue_OfTheProjection_IsTheEntitys(string state)
    {
        var p = InState(state);
        var dues = new Dictionary<(DateOnly, int?), DateOnly>();
        Assert.Equal(p.ReplyDue(Calendar), Project(p).ReplyDue(Calendar, dues));
        // Asked again, the kept computation gives the same date.
        Assert.Equal(p.ReplyDue(Calendar), Project(p).ReplyDue(Calendar, dues));
    }

    [Fact]
    public void ReplyDue_WithAnExtension_RunsOverNewYear()
    {
        Assert.Equal(D("2019-12-25"), Project(InState("extended")).ReplyDue(Calendar, []));
    }

    [Fact]
    public void OnTime_CountsAcceptedMatters_InTheirFourBuckets()
    {
        var inTime = InState("closed");                                     // replied 10 November, due 25 November
        var late = Decided("2019-07-01", AcceptanceDecision.Accept, "2019-07-02");
        late.Reply(D("2019-10-08"), ReplyOpinion.Support, "依据");              // due 2 September (Monday)
        var openInTime = InState("assigned");                               // due 25 November, today 20 November
        var openLate = Decided("2019-08-01", AcceptanceDecision.Accept, "2019-08-02");
        var facts = new[] { inTime, late, openInTime, openLate, InState("declined"), InState("registered") }.Select(Project).ToList();

        var (tables, onTime) = PetitionBreakdowns.Of(facts, new Dictionary<long, string>(), Calendar, D("2019-11-20"));

        Assert.Equal(new OnTime(1, 1, 1, 1), onTime);
        Assert.Equal(6, tables.Single(t => t.Title == "按月份").Rows.Sum(r => r.Count));
        var figures = PetitionFigures.Headline(facts, [ReceptionKind.ReceptionDay, ReceptionKind.DownVisit, ReceptionKind.ReceptionDay]);
        Assert.Equal(4, figures.Single(f => f.Key == "petitions.accepted").Numerator);
        Assert.Equal(1, figures.Single(f => f.Key == "petitions.closed").Numerator);
        Assert.Equal(2, figures.Single(f => f.Key == "petitions.reception-days").Numerator);
    }
}
