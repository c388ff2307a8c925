using Fazhi.Core.Assessment;
using Fazhi.Core.Common;
using Fazhi.Core.Reporting;

namespace Fazhi.Core.Tests.Assessment;

/// <summary>Grades by the sheet's thresholds, automatic scoring from a figure, and what a town must give before it submits.</summary>
public class AssessmentRulesTests
{
    static readonly DateOnly Today = new(2020, 1, 10);

    static IndicatorSheet Sheet(params IndicatorDefinition[] indicators)
    {
        var sheet = IndicatorSheet.Create(3, "/1/2/3/", 2019, "2019年度法治政府建设考核", Today);
        foreach (var d in indicators) sheet.AddIndicator(d);
        return sheet;
    }

    static IndicatorDefinition Manual(long points = 1000, bool evidence = false) =>
        new(null, "政务公开", "政务公开栏及时更新", points, IndicatorRule.Manual, null, Comparison.AtLeast, null, false, evidence);

    static IndicatorDefinition Automatic(string key, Comparison comparison, long threshold, bool fullWhenNoData = false, long points = 1000) =>
        new(null, "信访", "信访事项办理率达到95%", points, IndicatorRule.Automatic, key, comparison, threshold, fullWhenNoData, false);

    [Theory]
    [InlineData(1000, Grade.Excellent)]
    [InlineData(900, Grade.Excellent)]
    [InlineData(899, Grade.Good)]
    [InlineData(800, Grade.Good)]
    [InlineData(799, Grade.Pass)]
    [InlineData(600, Grade.Pass)]
    [InlineData(599, Grade.Fail)]
    [InlineData(0, Grade.Fail)]
    public void Grade_DefaultThresholds_90_80_60_Of100(long totalTenths, Grade expected) =>
        Assert.Equal(expected, Sheet(Manual()).GradeOf(totalTenths));

    [Fact]
    public void Grade_ThresholdsAreTheSheets_AndAShareOfItsTotal()
    {
        var sheet = Sheet(Manual(points: 500));
        Assert.Equal(Grade.Excellent, sheet.GradeOf(450)); // 45 of 50 is 90%
        sheet.Edit(sheet.Name, 2019, 95, 85, 70, Today);
        Assert.Equal(Grade.Good, sheet.GradeOf(450));
        Assert.Equal(Grade.Fail, sheet.GradeOf(349));
        Assert.Equal("良好", Grading.Label(Grade.Good));
        Assert.Null(Sheet().GradeOf(0));
    }

    [Theory]
    [InlineData(80, 80, 60)]
    [InlineData(90, 80, 0)]
    [InlineData(101, 80, 60)]
    [InlineData(70, 80, 60)]
    public void Thresholds_MustDescendWithin1To100(int excellent, int good, int pass)
    {
        var sheet = Sheet();
        var e = Assert.Throws<DomainRuleException>(() => sheet.Edit(sheet.Name, 2019, excellent, good, pass, Today));
        Assert.Contains("优秀高于良好", e.Message);
    }

    [Fact]
    public void PublishedSheet_IsFrozen_AndNeedsAnIndicator()
    {
        Assert.Contains("至少要有一项指标", Assert.Throws<DomainRuleException>(() => Sheet().Publish(Today)).Message);
        var sheet = Sheet(Manual());
        sheet.Publish(Today);
        Assert.Contains("已发布", Assert.Throws<DomainRuleException>(() => sheet.AddIndicator(Manual())).Message);
        Assert.Contains("已有乡镇开始自评", Assert.Throws<DomainRuleException>(() => sheet.Withdraw(assessmentsStarted: true)).Message);
        sheet.Withdraw(assessmentsStarted: false);
        Assert.Equal(SheetStatus.Draft, sheet.Status);
    }

    static Indicator One(IndicatorDefinition d) => Sheet(d).Indicators.Single();

    static Figure Rate(long numerator, long denominator) => new("petitions.handling-rate", "办理率", "办结 ÷ 受理", numerator, denominator);

    [Fact]
    public void Automatic_RateMeetsThreshold_FullPoints_WithValueAndFormula()
    {
        var result = AutoScoring.Evaluate(One(Automatic("petitions.handling-rate", Comparison.AtLeast, 950)), Rate(19, 20));
        Assert.Equal(1000, result.Tenths);
        Assert.Equal("95%", result.Value);
        Assert.Equal("办结 ÷ 受理（19 ÷ 20）", result.Formula);
        Assert.Contains("达到“办理率 ≥ 95%”", result.Reason);
    }

    [Fact]
    public void Automatic_RateBelowThreshold_NoPoints()
    {
        var result = AutoScoring.Evaluate(One(Automatic("petitions.handling-rate", Comparison.AtLeast, 950)), Rate(18, 20));
        Assert.Equal(0, result.Tenths);
        Assert.Equal("90%", result.Value);
        Assert.Contains("未达到", result.Reason);
    }

    [Theory]
    [InlineData(9496, 10000, 1000)] // shown as 95%: met as the reader sees it
    [InlineData(949, 1000, 0)] // 94.9%
    public void Automatic_ComparesTheValueAsShown(long numerator, long denominator, long expected) =>
        Assert.Equal(expected, AutoScoring.Evaluate(One(Automatic("petitions.handling-rate", Comparison.AtLeast, 950)), Rate(numerator, denominator)).Tenths);

    [Fact]
    public void Automatic_ZeroDenominator_ShowsDash_AndScoresAsTheSheetSays()
    {
        var none = Rate(0, 0);
        Assert.Equal("—", none.Display);
        var strict = AutoScoring.Evaluate(One(Automatic("petitions.handling-rate", Comparison.AtLeast, 950)), none);
        Assert.Equal(0, strict.Tenths);
        Assert.Equal("—", strict.Value);
        Assert.Contains("无数据", strict.Reason);
        var lenient = AutoScoring.Evaluate(One(Automatic("petitions.handling-rate", Comparison.AtLeast, 950, fullWhenNoData: true)), none);
        Assert.Equal(1000, lenient.Tenths);
        Assert.Contains("得满分", lenient.Reason);
    }

    [Fact]
    public void Automatic_CountAtMost_AndMissingFigure()
    {
        var indicator = One(Automatic("petitions.repeat", Comparison.AtMost, 20, points: 50));
        Assert.Equal(50, AutoScoring.Evaluate(indicator, new Figure("petitions.repeat", "重复信访", "…", 2)).Tenths);
        Assert.Equal(0, AutoScoring.Evaluate(indicator, new Figure("petitions.repeat", "重复信访", "…", 3)).Tenths);
        Assert.Equal("重复信访 ≤ 2", AutoScoring.Condition(indicator, new Figure("petitions.repeat", "重复信访", "…", 3)));
        Assert.Equal(0, AutoScoring.Evaluate(indicator, null).Tenths);
    }

    [Fact]
    public void Automatic_AverageInDays_ComparedInDays()
    {
        var indicator = One(Automatic("disputes.average-days", Comparison.AtMost, 150));
        var days = new Figure("disputes.average-days", "平均调处天数", "…", 310, 20, FigureUnit.Days); // 15.5 days
        Assert.Equal("天", AutoScoring.UnitOf(days));
        Assert.Equal(0, AutoScoring.Evaluate(indicator, days).Tenths);
        Assert.Equal(1000, AutoScoring.Evaluate(indicator, days with { Numerator = 300 }).Tenths);
    }

    static TownAssessment Opened(IndicatorSheet sheet)
    {
        sheet.Publish(Today);
        return TownAssessment.Open(4, "/1/2/3/4/", sheet);
    }

    [Fact]
    public void Submit_ManualRequiringEvidence_RefusedWithoutIt_InChinese()
    {
        var sheet = Sheet(Manual(evidence: true));
        var assessment = Opened(sheet);
        var indicator = sheet.Indicators.Single();
        assessment.ScoreSelf(indicator, 950, "每季度更新", []);
        var e = Assert.Throws<DomainRuleException>(() => assessment.Submit(sheet, new Dictionary<long, int>(), Today, "chen"));
        Assert.Contains("第1项“政务公开栏及时更新”要求提供佐证材料", e.Message);
        Assert.Equal(AssessmentStatus.SelfScoring, assessment.Status);

        assessment.Submit(sheet, new Dictionary<long, int> { [assessment.Scores.Single().Id] = 1 }, Today, "chen");
        Assert.Equal(AssessmentStatus.Submitted, assessment.Status);
        Assert.Contains("已提交", Assert.Throws<DomainRuleException>(() => assessment.ScoreSelf(indicator, 900, null, [])).Message);
    }

    [Fact]
    public void Submit_ALinkedFigureIsEvidenceToo_AndAManualScoreIsRequired()
    {
        var sheet = Sheet(Manual(evidence: true));
        var assessment = Opened(sheet);
        var none = new Dictionary<long, int>();
        Assert.Contains("尚未自评打分", Assert.Throws<DomainRuleException>(() => assessment.Submit(sheet, none, Today, "chen")).Message);
        assessment.ScoreSelf(sheet.Indicators.Single(), 1000, null, ["education.events"]);
        assessment.Submit(sheet, none, Today, "chen");
        Assert.Equal(Today, assessment.SubmittedOn);
    }

    [Fact]
    public void SelfScore_CannotExceedThePoints()
    {
        var sheet = Sheet(Manual(points: 50));
        var e = Assert.Throws<DomainRuleException>(() => Opened(sheet).ScoreSelf(sheet.Indicators.Single(), 55, null, []));
        Assert.Contains("不能超过该项分值（5分）", e.Message);
    }

    [Fact]
    public void DistrictReview_NeedsEveryIndicatorScored_ThenFixesTotalAndGrade()
    {
        var sheet = Sheet(Manual(evidence: false));
        var assessment = Opened(sheet);
        var indicator = sheet.Indicators.Single();
        assessment.ScoreSelf(indicator, 1000, null, []);
        Assert.Contains("提交自评后", Assert.Throws<DomainRuleException>(() => DistrictReview.Start(assessment, sheet)).Message);
        assessment.Submit(sheet, new Dictionary<long, int>(), Today, "chen");

        var review = DistrictReview.Start(assessment, sheet);
        review.Score(sheet, [(indicator.Id, null, null)], null);
        Assert.Contains("第1项未评分", Assert.Throws<DomainRuleException>(() => review.Finalise(sheet, Today, "zhao")).Message);
        Assert.Contains("不能超过", Assert.Throws<DomainRuleException>(() => review.Score(sheet, [(indicator.Id, 1005, null)], null)).Message);
        review.Score(sheet, [(indicator.Id, 855, "台账齐全，更新略有延迟")], "总体较好");
        Assert.Equal(Grade.Good, review.Finalise(sheet, Today, "zhao"));
        Assert.Equal(855, review.TotalTenths);
        Assert.Contains("撤销评定", Assert.Throws<DomainRuleException>(() => review.Score(sheet, [(indicator.Id, 900, null)], null)).Message);
        review.Reopen();
        Assert.Null(review.Grade);
    }

    [Theory]
    [InlineData("10", 100L)]
    [InlineData("8.5", 85L)]
    [InlineData(" 0 ", 0L)]
    [InlineData("", null)]
    public void Tenths_ParseOneDecimal(string text, long? expected) => Assert.Equal(expected, Tenths.Parse(text, "分值"));

    [Theory]
    [InlineData("8.55")]
    [InlineData("-1")]
    [InlineData("十")]
    public void Tenths_RefuseOtherText(string text) =>
        Assert.Contains("分值应为不小于0的数字", Assert.Throws<DomainRuleException>(() => Tenths.Parse(text, "分值")).Message);

    [Fact]
    public void Tenths_Format() => Assert.Equal(["10", "8.5", "0"], new[] { Tenths.Format(100), Tenths.Format(85), Tenths.Format(0) });
}
