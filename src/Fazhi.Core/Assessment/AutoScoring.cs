using Fazhi.Core.Reporting;

namespace Fazhi.Core.Assessment;

/// <summary>An automatic indicator's score: the points, the figure's value as shown, its formula with its numbers, and why.</summary>
public sealed record AutoResult(long Tenths, string Value, string Formula, string Reason);

/// <summary>
/// Scores an automatic indicator from the town's figure (see <see cref="Indicator"/> for the rule). The figure is
/// compared as it is shown — rounded to one decimal of its unit — so "95%" meets "≥ 95%" and a reader never sees a
/// value that looks met but scored nothing.
/// </summary>
public static class AutoScoring
{
    public static AutoResult Evaluate(Indicator indicator, Figure? figure)
    {
        if (indicator.Rule != IndicatorRule.Automatic) throw new InvalidOperationException("Only automatic indicators are scored from a figure.");
        if (figure is null) return new(0, "—", "", $"没有统计数据“{indicator.FigureKey}”，不能自动计分。");
        var condition = Condition(indicator, figure);
        if (ShownTenths(figure) is not { } value)
            return indicator.FullWhenNoData
                ? new(indicator.PointsTenths, figure.Display, figure.Explained, $"本年度无此类事项（{figure.Label}无数据），按考核表规定得满分。")
                : new(0, figure.Display, figure.Explained, $"{figure.Label}无数据（分母为0），未达到“{condition}”，不得分。");
        var met = indicator.Comparison == Comparison.AtLeast ? value >= indicator.ThresholdTenths : value <= indicator.ThresholdTenths;
        return met
            ? new(indicator.PointsTenths, figure.Display, figure.Explained, $"{figure.Label}{figure.Display}，达到“{condition}”，得满分。")
            : new(0, figure.Display, figure.Explained, $"{figure.Label}{figure.Display}，未达到“{condition}”，不得分。");
    }

    /// <summary>"办理率 ≥ 95%".</summary>
    public static string Condition(Indicator indicator, Figure? figure) =>
        $"{figure?.Label ?? indicator.FigureKey} {Sign(indicator.Comparison)} {Tenths.Format(indicator.ThresholdTenths ?? 0)}{UnitOf(figure)}";

    public static string Sign(Comparison comparison) => comparison == Comparison.AtLeast ? "≥" : "≤";

    /// <summary>The unit a threshold is typed in: per cent for a rate, days, hours, yuan, none for a count.</summary>
    public static string UnitOf(Figure? figure) => figure switch
    {
        null => "",
        { Unit: FigureUnit.Days, Denominator: not null } => "天",
        { Unit: FigureUnit.Hours, Denominator: not null } => "学时",
        { Unit: FigureUnit.Fen } => "元",
        { IsRate: true } => "%",
        _ => "",
    };

    /// <summary>The figure in tenths of its unit, rounded as it is displayed; null when it has no value ("—").</summary>
    public static long? ShownTenths(Figure figure)
    {
        var numerator = figure.Numerator ?? 0;
        var (scale, denominator) = figure switch
        {
            { Unit: FigureUnit.Fen } => (1L, 100L),
            { IsRate: true } => (100L, figure.Denominator!.Value),
            { Denominator: { } d } => (1L, d),
            _ => (1L, 1L),
        };
        if (denominator <= 0) return null;
        return (long)Math.Round((decimal)numerator * scale * 10 / denominator, MidpointRounding.AwayFromZero);
    }
}
