using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Regions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Fazhi.Web.Pages.Enforcement;

/// <summary>What the standing registers' pages (hub, entities, officers, campaigns, patrol tasks) share: badges, dates, field messages.</summary>
public static class RegisterUi
{
    public const string EntityOwnerType = "enforcement-entity";
    public const string CampaignOwnerType = "enforcement-campaign";
    public const string TaskOwnerType = "patrol-task";
    public const int PageSize = 50;

    public static string Badge(RiskClass r) => r switch
    {
        RiskClass.Major => "text-bg-danger",
        RiskClass.Significant => "text-bg-warning",
        RiskClass.General => "text-bg-info",
        _ => "text-bg-light border",
    };

    public static string Badge(EntityStatus s) => s == EntityStatus.Closed ? "text-bg-dark" : "text-bg-success";

    public static string Badge(OrderStatus s) => s switch
    {
        OrderStatus.Open => "text-bg-warning",
        OrderStatus.Rectified => "text-bg-success",
        _ => "text-bg-danger",
    };

    public static string Badge(CaseStatus s) => s switch
    {
        CaseStatus.Open => "text-bg-primary",
        CaseStatus.Decided => "text-bg-info",
        CaseStatus.Closed => "text-bg-success",
        _ => "text-bg-secondary",
    };

    public static string Badge(InspectionOutcome o) => o switch
    {
        InspectionOutcome.NoProblem => "text-bg-success",
        InspectionOutcome.Rectification => "text-bg-warning",
        InspectionOutcome.Closure => "text-bg-dark",
        _ => "text-bg-danger",
    };

    public static string Badge(PatrolTaskStatus s) => s switch
    {
        PatrolTaskStatus.Open => "text-bg-warning",
        PatrolTaskStatus.Done => "text-bg-success",
        _ => "text-bg-secondary",
    };

    /// <summary>Where a certificate stands today, in words, as a badge and as a row colour: expiring soon and no longer valid stand out.</summary>
    public sealed record CertificateState(string Text, string Badge, string RowClass);

    public static CertificateState StateOf(EnforcementCertificate? c, DateOnly today) => c switch
    {
        null => new("未登记", "text-bg-secondary", "table-danger"),
        { Status: CertificateStatus.Suspended } => new("已暂扣", "text-bg-danger", "table-danger"),
        { Status: CertificateStatus.Revoked } => new("已注销", "text-bg-dark", "table-danger"),
        _ when today > c.ValidTo => new("已过期", "text-bg-danger", "table-danger"),
        _ when today < c.ValidFrom => new("尚未生效", "text-bg-secondary", "table-warning"),
        _ when c.ExpiresSoon(today) => new($"即将到期（剩余{c.ValidTo.DayNumber - today.DayNumber}天）", "text-bg-warning", "table-warning"),
        _ => new("有效", "text-bg-success", ""),
    };

    public static string Date(DateOnly? d) => d is { } x ? ChinaTime.Format(x) : "—";

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date typed as yyyy-MM-dd; a Chinese message on the field when it is missing or not a date.</summary>
    public static DateOnly? ParseDate(string? text, ModelStateDictionary modelState, string key, string what, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) modelState.AddModelError(key, $"请填写{what}。");
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        modelState.AddModelError(key, $"{what}“{text}”无效，请按“年-月-日”填写。");
        return null;
    }

    /// <summary>
    /// A domain rule's message goes next to the field it is about (the first whose marker the message contains),
    /// else above the form: the user sees where to correct it, and nothing typed is lost.
    /// </summary>
    public static void AddDomainError(ModelStateDictionary modelState, string message, params (string Key, string Marker)[] fields)
    {
        var key = fields.FirstOrDefault(f => message.Contains(f.Marker, StringComparison.Ordinal)).Key ?? string.Empty;
        modelState.AddModelError(key, message);
    }

    /// <summary>The user's scope holds a whole town (staff, coordinators, supervisors) rather than one village (a cadre).</summary>
    public static async Task<bool> HoldsTownAsync(AppDbContext db, CancellationToken ct) =>
        (await RegionQueries.InScopeAsync(db, ct)).Any(r => r.Level <= RegionLevel.Town);
}
