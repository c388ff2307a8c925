using Fazhi.Core.Common;
using Fazhi.Core.Enforcement;
using static Fazhi.Core.Tests.Enforcement.EnforcementFixtures;

namespace Fazhi.Core.Tests.Enforcement;

/// <summary>Inspections, rectification deadlines, re-inspection and escalation on real 2019 dates.</summary>
public class RectificationRulesTests
{
    static RectificationOrder Order(Inspection inspection, string due = "2019-05-15") =>
        RectificationOrder.Issue(inspection, "2019-001", "", D(due), "测试人", By.AtUtc);

    [Fact]
    public void AnInspection_WithAnOfficerWhoseCertificateExpiredTheDayBefore_IsRefused_AndNamesHim()
    {
        var officers = new[] { Officer("张明", to: "2019-04-14"), Officer("李华") };
        var e = Assert.Throws<DomainRuleException>(() => Inspect(D("2019-04-15"), InspectionOutcome.NoProblem, officers: officers));
        Assert.Contains("张明的执法证", e.Message);
        Assert.Contains("已于2019年4月14日到期", e.Message);
        // The day before, both certificates count.
        Assert.Equal(2, Inspect(D("2019-04-14"), InspectionOutcome.NoProblem, officers: officers).Officers.Count(o => o.CertificateNumber != ""));
    }

    [Fact]
    public void AnInactiveOfficer_DoesNotCount()
    {
        var retired = Officer("王五");
        retired.Edit("王五", null, null, false, null, active: false);
        var e = Assert.Throws<DomainRuleException>(() => Inspect(D("2019-04-15"), InspectionOutcome.NoProblem, officers: [Officer("张明"), retired]));
        Assert.Contains("王五（已停用）未持有行政执法证", e.Message);
    }

    [Fact]
    public void Outcomes_MustFitTheFindings()
    {
        Assert.Contains("当场整改", Assert.Throws<DomainRuleException>(() => Inspect(D("2019-04-15"), InspectionOutcome.NoProblem, null, null, Hazard())).Message);
        Assert.Contains("至少登记一项", Assert.Throws<DomainRuleException>(() => Inspect(D("2019-04-15"), InspectionOutcome.Rectification, null, null,
            Hazard(onSpot: true))).Message);
        Assert.Contains("须选择监管对象", Assert.Throws<DomainRuleException>(() => Inspect(D("2019-04-15"), InspectionOutcome.Closure, null, null, Hazard())).Message);
        var spot = Inspect(D("2019-04-15"), InspectionOutcome.NoProblem, null, null, Hazard(onSpot: true));
        Assert.Equal(D("2019-04-15"), Assert.Single(spot.Findings).RectifiedOn);
    }

    [Fact]
    public void Closure_ClosesTheEntity_OnTheInspectionDate()
    {
        var entity = Entity();
        Inspect(D("2019-06-03"), InspectionOutcome.Closure, entity, null, Hazard());
        Assert.Equal((EntityStatus.Closed, D("2019-06-03")), (entity.Status, entity.ClosedOn));
        Assert.Contains("已于2019年6月3日取缔关停", Assert.Throws<DomainRuleException>(() => Inspect(D("2019-06-10"), InspectionOutcome.Closure, entity, null, Hazard())).Message);
    }

    [Fact]
    public void AnOrder_ListsTheFindingsNotCorrectedOnTheSpot_AndItsDeadlineMustFollowTheInspection()
    {
        var inspection = Inspect(D("2019-04-15"), InspectionOutcome.Rectification, Entity(), null, Hazard("废水直排"), Hazard("灭火器过期", onSpot: true), Hazard("粉尘无收集"));
        var order = Order(inspection);
        Assert.Equal("1. 废水直排\n2. 粉尘无收集", order.Items);
        Assert.Equal((OrderStatus.Open, D("2019-04-15")), (order.Status, order.IssuedOn));
        Assert.Contains("须晚于检查日期", Assert.Throws<DomainRuleException>(() => Order(inspection, "2019-04-15")).Message);
        Assert.False(order.IsOverdue(D("2019-05-15")));
        Assert.True(order.IsOverdue(D("2019-05-16")));
    }

    [Fact]
    public void ReInspection_Rectified_ClosesTheOrder()
    {
        var order = Order(Inspect(D("2019-04-15"), InspectionOutcome.Rectification, Entity(), null, Hazard()));
        var back = Inspection.ReInspection(order, D("2019-05-14"), "复查：已整改到位", true, Pair, Today, "测试人", By.AtUtc);
        Assert.Equal((InspectionKind.ReInspection, InspectionOutcome.NoProblem), (back.Kind, back.Outcome));
        order.ReInspected(back, true, "测试人", By.AtUtc);
        Assert.Equal((OrderStatus.Rectified, D("2019-05-14")), (order.Status, order.RectifiedOn));
        Assert.Contains("已整改", Assert.Throws<DomainRuleException>(() => order.Extend(D("2019-05-20"), D("2019-06-20"), "再延", "测试人", By.AtUtc)).Message);
    }

    [Fact]
    public void Escalation_BeforeTheDeadlineWithoutANegativeReInspection_IsRefused()
    {
        var order = Order(Inspect(D("2019-04-15"), InspectionOutcome.Rectification, Entity(), null, Hazard()));
        var e = Assert.Throws<DomainRuleException>(() => order.Extend(D("2019-05-15"), D("2019-06-15"), "延期", "测试人", By.AtUtc));
        Assert.Contains("整改期限（2019年5月15日）未届满", e.Message);
        // The day after the deadline it may escalate without a re-inspection.
        order.Extend(D("2019-05-16"), D("2019-06-15"), "逾期未报告整改情况，重新限期", "测试人", By.AtUtc);
        Assert.Equal((OrderStatus.Open, D("2019-06-15")), (order.Status, order.DueOn));
        Assert.Equal(OrderStepKind.Extended, order.Steps.Last().Kind);
    }

    [Fact]
    public void NotRectified_EscalatesToANewDeadline_OrClosure()
    {
        var order = Order(Inspect(D("2019-04-15"), InspectionOutcome.Rectification, Entity(), null, Hazard()));
        order.ReInspected(Inspection.ReInspection(order, D("2019-05-10"), "复查：未整改", false, Pair, Today, "测试人", By.AtUtc), false, "测试人", By.AtUtc);
        Assert.True(order.AwaitingEscalation);
        Assert.Contains("须晚于", Assert.Throws<DomainRuleException>(() => order.Extend(D("2019-05-10"), D("2019-05-10"), "再限期", "测试人", By.AtUtc)).Message);
        order.Closed(D("2019-05-12"), "拒不整改，依法取缔", "测试人", By.AtUtc);
        Assert.Equal((OrderStatus.Escalated, D("2019-05-12")), (order.Status, order.EscalatedOn));
        Assert.Equal([OrderStepKind.Issued, OrderStepKind.ReInspectedNotRectified, OrderStepKind.Closure], order.Steps.Select(s => s.Kind).ToArray());
    }

    [Fact]
    public void APatrol_NeedsItsRoute_AndAGridTask_IsDoneOnlyByALaterPatrol()
    {
        var e = Assert.Throws<DomainRuleException>(() => Inspection.Record(Village,
            new(InspectionKind.Patrol, D("2019-10-13"), "阳山村田洋片区", null, "巡查", InspectionOutcome.NoProblem, []), null, null, Pair, Today, "测试人", By.AtUtc));
        Assert.Contains("巡查路线", e.Message);
        var task = PatrolTask.Report(Village, D("2019-10-12"), CampaignKinds.StrawBurning, "阳山村田洋片区", "焚烧秸秆", "网格员", Today);
        var early = Inspection.Record(Village, new(InspectionKind.Patrol, D("2019-10-11"), "阳山村田洋片区", "田洋片区", "巡查", InspectionOutcome.NoProblem, []),
            null, null, Pair, Today, "测试人", By.AtUtc);
        Assert.Contains("不能早于问题发现日期", Assert.Throws<DomainRuleException>(() => task.Done(early)).Message);
    }
}
