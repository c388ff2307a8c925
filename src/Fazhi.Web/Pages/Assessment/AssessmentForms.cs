using System.Globalization;
using Fazhi.Core.Assessment;
using Fazhi.Core.Common;
using Fazhi.Core.Identity;
using Fazhi.Core.Reporting;

namespace Fazhi.Web.Pages.Assessment;

/// <summary>What the assessment pages share: labels, badges and who may do what (the commands check again).</summary>
public static class AssessmentForms
{
    public const int PageSize = 20;

    /// <summary>A town's clerk who fills in the self-assessment: not read-only, coordinator, leader or administrator.</summary>
    public static bool IsTownWriter(ICurrentUser user) =>
        !user.IsReadOnly && (user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Leader) || user.IsInRole(Roles.Admin));

    public static string GradeText(Grade? grade) => grade is { } g ? Grading.Label(g) : "—";

    public static string GradeBadge(Grade? grade) => grade switch
    {
        Grade.Excellent => "text-bg-success",
        Grade.Good => "text-bg-primary",
        Grade.Pass => "text-bg-secondary",
        Grade.Fail => "text-bg-danger",
        _ => "text-bg-light",
    };

    public static string StatusBadge(string status) => status switch
    {
        "已评定" => "text-bg-success",
        "评分中" or "已提交，待评分" => "text-bg-info",
        "自评中" => "text-bg-warning",
        "已发布" => "text-bg-success",
        "草稿" => "text-bg-secondary",
        _ => "text-bg-light",
    };

    public static string RuleText(Indicator i) => i.Rule == IndicatorRule.Automatic ? "自动计分" : i.EvidenceRequired ? "手工评分（需佐证）" : "手工评分";

    /// <summary>"办理率 ≥ 95%" for an automatic indicator, with the figure's label when it is known.</summary>
    public static string Condition(Indicator i, IReadOnlyDictionary<string, Figure>? figures) =>
        i.Rule == IndicatorRule.Automatic ? AutoScoring.Condition(i, figures?.GetValueOrDefault(i.FigureKey!)) : "";

    public static string Points(long? tenths) => tenths is { } t ? Tenths.Format(t) : "—";

    public static string Date(DateOnly? d) => d is { } x ? ChinaTime.Format(x) : "—";

    /// <summary>A whole number typed in a form (year, per cent), or a Chinese message.</summary>
    public static int RequireInt(string? text, string what, int min, int max)
    {
        if (!int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new DomainRuleException($"{what}应为{min}至{max}之间的整数。");
        return value;
    }
}
