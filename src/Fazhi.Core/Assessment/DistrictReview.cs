using Fazhi.Core.Common;

namespace Fazhi.Core.Assessment;

/// <summary>评分中 → 已评定.</summary>
public enum ReviewStatus { Scoring, Final }

/// <summary>
/// The district's scoring (考核评分) of a town's submitted self-assessment: a score and comment per indicator, an overall
/// comment, and once final the total and the grade by the sheet's thresholds. It is the district's own record, kept
/// apart from the town's: district supervisors are read-only for every town record (ADR 0001), and grading is their
/// own act, not a change to what the town submitted. So, like the indicator sheet, it is not a scoped record; the
/// commands check the district, and the town reads it only through its own (scoped) assessment.
/// </summary>
public sealed class DistrictReview
{
    public long Id { get; private set; }
    public long AssessmentId { get; private set; }
    public long SheetId { get; private set; }
    public long TownId { get; private set; }
    public long DistrictId { get; private set; }
    public string DistrictPath { get; private set; } = "";
    public ReviewStatus Status { get; private set; }
    public string? Comment { get; private set; }
    public long? TotalTenths { get; private set; }
    public Grade? Grade { get; private set; }
    public DateOnly? FinalisedOn { get; private set; }
    public string? FinalisedBy { get; private set; }
    public List<ReviewScore> Scores { get; private set; } = [];
    public int Version { get; private set; }

    private DistrictReview() { }

    public static DistrictReview Start(TownAssessment assessment, IndicatorSheet sheet)
    {
        if (assessment.Status != AssessmentStatus.Submitted) throw new DomainRuleException("乡镇提交自评后才能评分。");
        return new DistrictReview
        {
            AssessmentId = assessment.Id, SheetId = sheet.Id, TownId = assessment.TownId, DistrictId = sheet.DistrictId, DistrictPath = sheet.DistrictPath,
        };
    }

    /// <summary>Scores (tenths, null = not yet scored) and comments per indicator; the overall comment.</summary>
    public void Score(IndicatorSheet sheet, IReadOnlyList<(long IndicatorId, long? Tenths, string? Comment)> scores, string? comment)
    {
        RequireScoring();
        foreach (var (indicatorId, tenths, text) in scores)
        {
            var indicator = sheet.Indicators.FirstOrDefault(i => i.Id == indicatorId) ?? throw new DomainRuleException("指标不属于该考核表。");
            if (tenths > indicator.PointsTenths)
                throw new DomainRuleException($"“{indicator.Text}”的评分不能超过该项分值（{Tenths.Format(indicator.PointsTenths)}分）。");
            var line = Scores.FirstOrDefault(s => s.IndicatorId == indicatorId);
            if (line is null) Scores.Add(line = new ReviewScore(indicatorId));
            line.Tenths = tenths;
            line.Comment = IndicatorSheet.Text(text, null, 500, "评分说明");
        }
        Comment = IndicatorSheet.Text(comment, null, 1000, "考核意见");
        Version++;
    }

    public long Total => Scores.Sum(s => s.Tenths ?? 0);

    /// <summary>Every indicator scored: the total and the grade are fixed.</summary>
    public Grade Finalise(IndicatorSheet sheet, DateOnly today, string by)
    {
        RequireScoring();
        var missing = sheet.Ordered.Select((i, n) => (i, n: n + 1))
            .Where(x => Scores.FirstOrDefault(s => s.IndicatorId == x.i.Id)?.Tenths is null).Select(x => $"第{x.n}项").ToList();
        if (missing.Count > 0) throw new DomainRuleException($"还有{string.Join("、", missing)}未评分，不能评定等次。");
        TotalTenths = Total;
        Grade = sheet.GradeOf(Total) ?? throw new DomainRuleException("考核表没有分值，不能评定等次。");
        Status = ReviewStatus.Final;
        FinalisedOn = today;
        FinalisedBy = by;
        Version++;
        return Grade.Value;
    }

    /// <summary>The district takes its grading back to correct it.</summary>
    public void Reopen()
    {
        if (Status != ReviewStatus.Final) throw new DomainRuleException("只有已评定的考核才能撤销评定。");
        Status = ReviewStatus.Scoring;
        TotalTenths = null;
        Grade = null;
        FinalisedOn = null;
        FinalisedBy = null;
        Version++;
    }

    void RequireScoring()
    {
        if (Status != ReviewStatus.Scoring) throw new DomainRuleException("已评定等次，如需修改请先撤销评定。");
    }
}

/// <summary>The district's score and comment of one indicator.</summary>
public sealed class ReviewScore
{
    public long Id { get; private set; }
    public long ReviewId { get; private set; }
    public long IndicatorId { get; private set; }
    public long? Tenths { get; internal set; }
    public string? Comment { get; internal set; }

    private ReviewScore() { }

    internal ReviewScore(long indicatorId) => IndicatorId = indicatorId;
}
