using Fazhi.Core.Common;

namespace Fazhi.Core.Assessment;

/// <summary>手工评分, or 自动计分 from one of the town's figures of the year.</summary>
public enum IndicatorRule { Manual, Automatic }

/// <summary>≥ or ≤ the threshold.</summary>
public enum Comparison { AtLeast, AtMost }

/// <summary>
/// One line of an indicator sheet: its place and category, what is assessed, its points, and how it is scored.
/// An automatic indicator names a figure (a key of the figure catalog, e.g. "petitions.handling-rate"), a comparison
/// and a threshold in the figure's own unit (per cent for a rate): it gives full points when the town's figure of
/// the year meets the threshold and none otherwise — a rule a town can check by itself, the district adjusting it
/// when it scores. A figure without a value ("—", its denominator is 0: nothing to count) gives full points or none
/// as the sheet says (no petitions to handle is not a failure; no exam held may be).
/// </summary>
public sealed class Indicator
{
    public long Id { get; private set; }
    public long SheetId { get; private set; }
    public int Order { get; private set; }
    public string Category { get; private set; } = "";
    public string Text { get; private set; } = "";
    public long PointsTenths { get; private set; }
    public IndicatorRule Rule { get; private set; }
    public string? FigureKey { get; private set; }
    public Comparison Comparison { get; private set; }
    /// <summary>Tenths of the figure's unit: 95% is 950, 12 场 is 120.</summary>
    public long? ThresholdTenths { get; private set; }
    public bool FullWhenNoData { get; private set; }
    /// <summary>A manual indicator that needs 佐证材料 (an attachment or a linked figure) before the town can submit.</summary>
    public bool EvidenceRequired { get; private set; }

    private Indicator() { }

    internal Indicator(int order) => Order = order;

    internal void Define(IndicatorDefinition d)
    {
        if (d.Order is { } order)
        {
            if (order is < 1 or > 999) throw new DomainRuleException("序号应在1至999之间。");
            Order = order;
        }
        Category = IndicatorSheet.Text(d.Category, null, 50, "指标类别") ?? "";
        Text = IndicatorSheet.Text(d.Text, "请填写考核内容。", 500, "考核内容")!;
        if (d.Points is not (> 0 and <= 1000)) throw new DomainRuleException("分值应大于0且不超过100分。");
        PointsTenths = d.Points;
        Rule = d.Rule;
        if (d.Rule == IndicatorRule.Automatic)
        {
            FigureKey = IndicatorSheet.Text(d.FigureKey, "自动计分的指标请选择统计数据。", 80, "统计数据");
            ThresholdTenths = d.Threshold ?? throw new DomainRuleException("自动计分的指标请填写达标值。");
            Comparison = d.Comparison;
            FullWhenNoData = d.FullWhenNoData;
            // The figure itself is the evidence of an automatic indicator.
            EvidenceRequired = false;
        }
        else
        {
            FigureKey = null;
            ThresholdTenths = null;
            Comparison = Comparison.AtLeast;
            FullWhenNoData = false;
            EvidenceRequired = d.EvidenceRequired;
        }
    }
}

/// <summary>What an indicator is, as the district's supervisor typed it, parsed.</summary>
public sealed record IndicatorDefinition(int? Order, string? Category, string? Text, long Points, IndicatorRule Rule, string? FigureKey,
    Comparison Comparison, long? Threshold, bool FullWhenNoData, bool EvidenceRequired);
