using Fazhi.Core.Common;

namespace Fazhi.Core.Assessment;

public enum SheetStatus { Draft, Published }

/// <summary>优秀 / 良好 / 合格 / 不合格.</summary>
public enum Grade { Excellent, Good, Pass, Fail }

/// <summary>
/// A district's 考核指标 for its towns' rule-of-law work of a year: indicators in order, each with its points and how it
/// is scored, and the grade thresholds. How a district grades is local practice (domain reference §4.1: UNCONFIRMED),
/// so the thresholds are the sheet's own, given as a share of the sheet's total points; the defaults (优秀 ≥ 90%,
/// 良好 ≥ 80%, 合格 ≥ 60%, i.e. 90/80/60 of 100 points) are a common practice, not a rule of law.
/// Read by the towns of the district, so it is not a scoped record (like the report templates): the commands check the
/// district. A draft is edited freely; once published, towns score themselves against it and it is frozen.
/// </summary>
public sealed class IndicatorSheet
{
    public const int DefaultExcellent = 90, DefaultGood = 80, DefaultPass = 60;

    public long Id { get; private set; }
    public long DistrictId { get; private set; }
    public string DistrictPath { get; private set; } = "";
    public int Year { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>Lowest share of the total points (per cent) for 优秀.</summary>
    public int ExcellentPercent { get; private set; } = DefaultExcellent;
    public int GoodPercent { get; private set; } = DefaultGood;
    public int PassPercent { get; private set; } = DefaultPass;
    public SheetStatus Status { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    public List<Indicator> Indicators { get; private set; } = [];
    public int Version { get; private set; }

    public long TotalPoints => Indicators.Sum(i => i.PointsTenths);

    private IndicatorSheet() { }

    public static IndicatorSheet Create(long districtId, string districtPath, int year, string? name, DateOnly today)
    {
        var sheet = new IndicatorSheet { DistrictId = districtId, DistrictPath = districtPath };
        sheet.Edit(name, year, DefaultExcellent, DefaultGood, DefaultPass, today);
        return sheet;
    }

    public void Edit(string? name, int year, int excellent, int good, int pass, DateOnly today)
    {
        RequireDraft();
        if (year < 2000 || year > today.Year + 1) throw new DomainRuleException($"考核年度应在2000年至{today.Year + 1}年之间。");
        if (!(100 >= excellent && excellent > good && good > pass && pass >= 1))
            throw new DomainRuleException("等次分数线应在1至100之间，且优秀高于良好、良好高于合格。");
        Name = Text(name, "请填写考核表名称。", 100, "考核表名称")!;
        Year = year;
        ExcellentPercent = excellent;
        GoodPercent = good;
        PassPercent = pass;
        Version++;
    }

    public Indicator AddIndicator(IndicatorDefinition definition)
    {
        RequireDraft();
        var indicator = new Indicator(definition.Order ?? (Indicators.Count == 0 ? 1 : Indicators.Max(i => i.Order) + 1));
        indicator.Define(definition);
        Indicators.Add(indicator);
        Version++;
        return indicator;
    }

    public void EditIndicator(long indicatorId, IndicatorDefinition definition)
    {
        RequireDraft();
        var indicator = Indicators.FirstOrDefault(i => i.Id == indicatorId) ?? throw new NotFoundException();
        indicator.Define(definition);
        Version++;
    }

    public void RemoveIndicator(long indicatorId)
    {
        RequireDraft();
        Indicators.Remove(Indicators.FirstOrDefault(i => i.Id == indicatorId) ?? throw new NotFoundException());
        Version++;
    }

    public void Publish(DateOnly today)
    {
        RequireDraft();
        if (Indicators.Count == 0) throw new DomainRuleException("考核表至少要有一项指标才能发布。");
        Status = SheetStatus.Published;
        PublishedOn = today;
        Version++;
    }

    /// <summary>Back to draft for corrections, as long as no town has started scoring itself against it.</summary>
    public void Withdraw(bool assessmentsStarted)
    {
        if (Status != SheetStatus.Published) throw new DomainRuleException("只有已发布的考核表才能撤回。");
        if (assessmentsStarted) throw new DomainRuleException("已有乡镇开始自评，考核表不能撤回修改。");
        Status = SheetStatus.Draft;
        PublishedOn = null;
        Version++;
    }

    /// <summary>The grade of a total (tenths of points) by this sheet's thresholds; null while the sheet has no points.</summary>
    public Grade? GradeOf(long totalTenths) => Grading.Of(totalTenths, TotalPoints, ExcellentPercent, GoodPercent, PassPercent);

    public IReadOnlyList<Indicator> Ordered => Indicators.OrderBy(i => i.Order).ThenBy(i => i.Id).ToList();

    void RequireDraft()
    {
        if (Status != SheetStatus.Draft) throw new DomainRuleException("考核表已发布，不能修改；如需修改请先撤回。");
    }

    internal static string? Text(string? value, string? required, int max, string label)
    {
        var t = value?.Trim();
        if (string.IsNullOrEmpty(t)) return required is null ? null : throw new DomainRuleException(required);
        if (t.Length > max) throw new DomainRuleException($"{label}不能超过{max}个字。");
        return t;
    }
}

/// <summary>Grades by share of the total points; integer arithmetic, so 90 of 100 is exactly 优秀 at 90%.</summary>
public static class Grading
{
    public static Grade? Of(long totalTenths, long maxTenths, int excellent, int good, int pass)
    {
        if (maxTenths <= 0) return null;
        bool AtLeast(int percent) => totalTenths * 100 >= (long)percent * maxTenths;
        return AtLeast(excellent) ? Grade.Excellent : AtLeast(good) ? Grade.Good : AtLeast(pass) ? Grade.Pass : Grade.Fail;
    }

    public static string Label(Grade grade) => grade switch
    {
        Grade.Excellent => "优秀",
        Grade.Good => "良好",
        Grade.Pass => "合格",
        _ => "不合格",
    };
}
