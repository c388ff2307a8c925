using Fazhi.Core.Enforcement;
using Fazhi.Core.Reporting;

namespace Fazhi.Core.Tests.Enforcement;

/// <summary>The enforcement figures on a small known data set, worked by hand.</summary>
public class EnforcementFiguresTests
{
    static DateOnly D(string iso) => DateOnly.Parse(iso);

    static readonly CampaignFact Polluters = new(1, "小散乱污整治", CampaignKinds.SmallPolluters, D("2019-04-01"), D("2019-12-15"), Joint: true);
    static readonly CampaignFact Safety = new(2, "安全生产检查", CampaignKinds.WorkSafety, D("2019-06-01"), D("2019-06-30"), Joint: false);

    static EnforcementReport Report(IReadOnlyList<CaseFact>? cases = null, IReadOnlyList<OfficerFact>? officers = null) => EnforcementFigures.Compute(2019,
        [Polluters, Safety],
        [
            // Campaign 1: entity 10 ordered (rectified), 11 ordered twice (rectified both times: one family), 12 closed on the spot,
            // 13 ordered then closed on escalation, 14 ordered then sent to a case.
            new(1, InspectionKind.Inspection, D("2019-04-08"), 1, 100, 10, InspectionOutcome.Rectification, 2, 2),
            new(2, InspectionKind.Inspection, D("2019-04-09"), 1, 100, 11, InspectionOutcome.Rectification, 1, 1),
            new(3, InspectionKind.Inspection, D("2019-05-09"), 1, 100, 11, InspectionOutcome.Rectification, 1, 1),
            new(4, InspectionKind.Inspection, D("2019-04-10"), 1, 200, 12, InspectionOutcome.Closure, 2, 0),
            new(5, InspectionKind.Inspection, D("2019-04-11"), 1, 200, 13, InspectionOutcome.Rectification, 1, 1),
            new(6, InspectionKind.Inspection, D("2019-04-12"), 1, 200, 14, InspectionOutcome.Rectification, 1, 0),
            new(7, InspectionKind.ReInspection, D("2019-05-08"), 1, 100, 10, InspectionOutcome.NoProblem, 0, 0),
            // Campaign 2 and outside any campaign: a patrol by the town.
            new(8, InspectionKind.Inspection, D("2019-06-12"), 2, 100, 20, InspectionOutcome.NoProblem, 1, 1),
            new(9, InspectionKind.Patrol, D("2019-07-15"), null, null, null, InspectionOutcome.NoProblem, 0, 0),
        ],
        [
            new(1, 1, 10, D("2019-04-08"), OrderStatus.Rectified, false),
            new(2, 1, 11, D("2019-04-09"), OrderStatus.Rectified, false),
            new(3, 1, 11, D("2019-05-09"), OrderStatus.Rectified, false),
            new(4, 1, 13, D("2019-04-11"), OrderStatus.Escalated, Closure: true),
            new(5, 1, 14, D("2019-04-12"), OrderStatus.Escalated, Closure: false),
            new(6, null, 30, D("2019-08-01"), OrderStatus.Open, false),
        ],
        cases ?? [], officers ?? [], new Dictionary<long, string> { [100] = "阳山村", [200] = "西联村" });

    [Fact]
    public void EntitiesRectifiedOrClosed_CountEachBusinessOnce()
    {
        var r = Report();
        var c = r.Campaigns.Single(x => x.Id == 1);
        Assert.Equal((6, 8, 5, 5, 3, 2, 2), (c.Inspections, c.HazardsFound, c.HazardsRectified, c.Orders, c.OrdersRectified, c.EntitiesRectified, c.EntitiesClosed));
        Assert.Equal(4, c.EntitiesRectifiedOrClosed);
        // Entity 20 outside the campaign needed no order, so the year counts the same four.
        Assert.Equal(4, r["enforcement.entities-rectified-or-closed"].Numerator);
    }

    [Fact]
    public void Headline_CountsAndRates()
    {
        var r = Report();
        Assert.Equal(2, r["enforcement.campaigns"].Numerator);
        Assert.Equal(1, r["enforcement.joint-actions"].Numerator);
        Assert.Equal(8, r["enforcement.inspections"].Numerator);
        Assert.Equal(1, r["enforcement.patrols"].Numerator);
        Assert.Equal(1, r["enforcement.re-inspections"].Numerator);
        Assert.Equal((9L, 6L), (r["enforcement.hazards-found"].Numerator!.Value, r["enforcement.hazards-rectified"].Numerator!.Value));
        Assert.Equal("66.7%", r["enforcement.hazard-rectification-rate"].Display);
        Assert.Equal("50%", r["enforcement.order-rectification-rate"].Display);
        Assert.Equal(4, r["enforcement.entities-rectified-or-closed"].Numerator);
        var months = r.Breakdowns.Single(b => b.Title == "检查按月份").Rows;
        Assert.Equal(5, months[3].Count);
        var kinds = r.Breakdowns.Single(b => b.Title == "检查按专项整治类别").Rows.ToDictionary(x => x.Label, x => x.Count);
        Assert.Equal((6, 1, 1), (kinds[CampaignKinds.SmallPolluters], kinds[CampaignKinds.WorkSafety], kinds["未纳入专项整治"]));
        var villages = r.Breakdowns.Single(b => b.Title == "检查按村（社区）").Rows;
        Assert.Equal([("西联村", 3), ("阳山村", 4), ("镇本级（未关联村）", 1)], villages.ToArray());
    }

    [Fact]
    public void CaseRates_AndZeroDenominatorsShowADash()
    {
        Assert.Equal("—", Report()["enforcement.legal-review-rate"].Display);
        Assert.Equal("—", Report()["enforcement.certified-share"].Display);
        var cases = new CaseFact[]
        {
            // Major, reviewed before the decision, decided in time, published on time.
            new(CaseType.General, D("2019-03-01"), D("2019-05-30"), true, D("2019-04-01"), D("2019-04-02"), D("2019-04-08"), D("2019-04-11"), CaseStatus.Closed, 500_000),
            // Major, reviewed after the decision: does not count as reviewed; decided late; published late.
            new(CaseType.IllegalConstruction, D("2019-03-01"), D("2019-05-30"), true, D("2019-06-05"), D("2019-06-03"), D("2019-06-20"), D("2019-06-12"),
                CaseStatus.Decided, 0),
            // Not decided yet: in no rate.
            new(CaseType.General, D("2019-11-01"), D("2020-01-30"), false, null, null, null, null, CaseStatus.Open, 0),
        };
        var r = Report(cases, [new(true), new(true), new(false)]);
        Assert.Equal(3, r["enforcement.cases"].Numerator);
        Assert.Equal("50%", r["enforcement.legal-review-rate"].Display);
        Assert.Equal("50%", r["enforcement.decided-in-time"].Display);
        Assert.Equal("50%", r["enforcement.publicity-on-time-rate"].Display);
        Assert.Equal("5,000元", r["enforcement.fines"].Display);
        Assert.Equal("66.7%", r["enforcement.certified-share"].Display);
        Assert.Equal(1, r["enforcement.illegal-construction-cases"].Numerator);
    }
}
