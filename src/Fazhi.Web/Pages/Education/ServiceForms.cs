using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Regions;

namespace Fazhi.Web.Pages.Education;

/// <summary>
/// What the legal-services pages (consultations, the legal advisor, 法律明白人, meetings, leaders' duties, figures) share:
/// dates and hours typed as text, badges, the towns a form may record for, and who sees the write forms.
/// </summary>
public static class ServiceForms
{
    public const int PageSize = 50;
    public const string ConsultationOwnerType = "consultation";
    public const string MeetingOwnerType = "meeting";
    public const string DateFormat = "yyyy-MM-dd";

    public static string Iso(DateOnly d) => d.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Date(DateOnly? d) => d is { } x ? ChinaTime.Format(x) : "—";

    /// <summary>A date typed as 年-月-日; null when blank; a Chinese message when it is not a date.</summary>
    public static DateOnly? ParseDate(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new DomainRuleException($"{what}“{text}”无效，请按“年-月-日”填写。");
    }

    public static DateOnly RequireDate(string? text, string what) => ParseDate(text, what) ?? throw new DomainRuleException($"请填写{what}。");

    /// <summary>The date if it parses, else null — for choosing what a form offers, never for saving.</summary>
    public static DateOnly? TryDate(string? text) =>
        DateOnly.TryParseExact((text ?? "").Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Hours typed as "2" or "1.5"; the range and the one decimal are the domain's rule.</summary>
    public static decimal RequireHours(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainRuleException("请填写用时（小时）。");
        return decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h)
            ? h : throw new DomainRuleException($"用时“{text}”无效，请填写小时数，如 2 或 1.5。");
    }

    public static string Hours(int tenths) => (tenths / 10m).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The year asked for, or this year in China when none (or a nonsense one) was asked for.</summary>
    public static int YearOr(int? year, TimeProvider clock) => year is >= 2000 and <= 2100 ? year.Value : ChinaTime.Today(clock).Year;

    /// <summary>The towns in the user's scope, which a town's record (advisor, meeting, roster) may be kept for.</summary>
    public static async Task<IReadOnlyList<RegionRow>> TownsAsync(AppDbContext db, CancellationToken ct) =>
        (await RegionQueries.InScopeAsync(db, ct)).Where(r => r.Level == RegionLevel.Town).ToList();

    /// <summary>Who sees the write forms: not a read-only supervisor.</summary>
    public static bool MayWrite(ICurrentUser user) => !user.IsReadOnly;

    public static string Badge(ReferralStatus? s) => s switch
    {
        null => "text-bg-light border",
        ReferralStatus.Referred => "text-bg-warning",
        ReferralStatus.Accepted => "text-bg-info",
        ReferralStatus.Done => "text-bg-success",
        _ => "text-bg-secondary",
    };

    public static string ReferralText(ReferralStatus? s) => s is { } x ? EducationLabels.Of(x) : "未转介";

    public static string Badge(MeetingKind k) => k switch
    {
        MeetingKind.LeadingGroup => "text-bg-primary",
        MeetingKind.Special => "text-bg-info",
        _ => "text-bg-light border",
    };

    /// <summary>Where a legal advisor's contract stands on a day.</summary>
    public static (string Text, string Badge) ContractState(LegalAdvisor a, DateOnly today) =>
        today < a.ContractFrom ? ("尚未开始", "text-bg-secondary")
        : today > a.ContractTo ? ("已到期", "text-bg-dark")
        : ("在聘", "text-bg-success");
}
