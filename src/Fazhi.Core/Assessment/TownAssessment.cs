using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Assessment;

/// <summary>自评中 → 已提交 (the district's scoring is its own record: <see cref="DistrictReview"/>).</summary>
public enum AssessmentStatus { SelfScoring, Submitted }

/// <summary>
/// A town's self-assessment (自评) against a published indicator sheet of its district: a score per indicator with a
/// note and evidence. Automatic indicators are scored from the town's figures of the year and frozen at submission, so
/// the district scores what the town submitted. Scoped to the town.
/// </summary>
public sealed class TownAssessment : IScopedRecord
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public long SheetId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public int Year { get; private set; }
    public AssessmentStatus Status { get; private set; }
    public DateOnly? SubmittedOn { get; private set; }
    public string? SubmittedBy { get; private set; }
    public List<AssessmentScore> Scores { get; private set; } = [];
    public int Version { get; private set; }

    public bool IsEditable => Status == AssessmentStatus.SelfScoring;

    /// <summary>The sum of the self scores given so far.</summary>
    public long SelfTotal => Scores.Sum(s => s.SelfTenths ?? 0);

    private TownAssessment() { }

    public static TownAssessment Open(long townId, string townPath, IndicatorSheet sheet)
    {
        if (sheet.Status != SheetStatus.Published) throw new DomainRuleException("考核表尚未发布，不能开始自评。");
        var assessment = new TownAssessment { TownId = townId, ScopePath = townPath, SheetId = sheet.Id, Year = sheet.Year };
        foreach (var indicator in sheet.Ordered) assessment.Scores.Add(new AssessmentScore(townPath, indicator.Id));
        return assessment;
    }

    public AssessmentScore ScoreOf(long indicatorId) => Scores.FirstOrDefault(s => s.IndicatorId == indicatorId) ?? throw new NotFoundException();

    /// <summary>The town's own score of a manual indicator, its note and the figures it links as evidence.</summary>
    public void ScoreSelf(Indicator indicator, long? tenths, string? note, IReadOnlyList<string> evidenceKeys)
    {
        RequireEditable();
        var score = ScoreOf(indicator.Id);
        if (indicator.Rule == IndicatorRule.Manual)
        {
            if (tenths > indicator.PointsTenths)
                throw new DomainRuleException($"自评得分不能超过该项分值（{Tenths.Format(indicator.PointsTenths)}分）。");
            score.SelfTenths = tenths;
        }
        score.Note = IndicatorSheet.Text(note, null, 1000, "自评说明");
        var keys = evidenceKeys.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct().ToList();
        var joined = string.Join(',', keys);
        if (joined.Length > 500) throw new DomainRuleException("关联的统计数据过多。");
        score.EvidenceKeys = joined;
        Version++;
    }

    /// <summary>An automatic indicator's score as computed from the town's figure now.</summary>
    public void Apply(Indicator indicator, AutoResult result)
    {
        RequireEditable();
        var score = ScoreOf(indicator.Id);
        score.SelfTenths = result.Tenths;
        score.FigureValue = Clip(result.Value, 50);
        score.FigureFormula = Clip(result.Formula, 500);
        score.AutoReason = Clip(result.Reason, 300);
    }

    /// <summary>
    /// Submits to the district. Every manual indicator needs a self score, and one that requires evidence needs at least
    /// one attachment or linked figure; the messages name each indicator that is missing something.
    /// </summary>
    public void Submit(IndicatorSheet sheet, IReadOnlyDictionary<long, int> attachmentCounts, DateOnly today, string by)
    {
        RequireEditable();
        var problems = new List<string>();
        var n = 0;
        foreach (var indicator in sheet.Ordered)
        {
            n++;
            var score = ScoreOf(indicator.Id);
            if (indicator.Rule != IndicatorRule.Manual) continue;
            if (score.SelfTenths is null) problems.Add($"第{n}项“{Short(indicator.Text)}”尚未自评打分");
            else if (indicator.EvidenceRequired && attachmentCounts.GetValueOrDefault(score.Id) == 0 && score.EvidenceKeyList.Count == 0)
                problems.Add($"第{n}项“{Short(indicator.Text)}”要求提供佐证材料，请上传附件或关联统计数据");
        }
        if (problems.Count > 0) throw new DomainRuleException("不能提交：" + string.Join("；", problems) + "。");
        Status = AssessmentStatus.Submitted;
        SubmittedOn = today;
        SubmittedBy = by;
        Version++;
    }

    void RequireEditable()
    {
        if (!IsEditable) throw new DomainRuleException("自评已提交，不能修改。");
    }

    static string Short(string text) => text.Length > 20 ? text[..20] + "…" : text;
    static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}

/// <summary>
/// The town's self score of one indicator: the points it gives itself, its note, and its evidence — attachments on this
/// record (owner type "assessment-score") and figures whose records prove the work; for an automatic indicator the
/// figure's value and formula as computed.
/// </summary>
public sealed class AssessmentScore : IScopedRecord, Attachments.IAttachmentOwner
{
    public const string OwnerType = "assessment-score";

    public long Id { get; private set; }
    public long AssessmentId { get; private set; }
    public long IndicatorId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public long? SelfTenths { get; internal set; }
    public string? Note { get; internal set; }
    /// <summary>Comma-separated figure keys linked as evidence.</summary>
    public string EvidenceKeys { get; internal set; } = "";
    public string? FigureValue { get; internal set; }
    public string? FigureFormula { get; internal set; }
    public string? AutoReason { get; internal set; }

    public IReadOnlyList<string> EvidenceKeyList => EvidenceKeys.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private AssessmentScore() { }

    internal AssessmentScore(string scopePath, long indicatorId)
    {
        ScopePath = scopePath;
        IndicatorId = indicatorId;
    }
}
