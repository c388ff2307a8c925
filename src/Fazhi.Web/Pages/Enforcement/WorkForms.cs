using System.Globalization;
using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement;

/// <summary>An officer offered on a form: their certificate as of the form's date and, where it does not count that day, why.</summary>
public sealed record OfficerChoice(long Id, string Name, string? Position, bool LegallyQualified, string? CertificateNumber, DateOnly? ValidFrom,
    DateOnly? ValidTo, string? Problem);

/// <summary>What the _EnforcementOfficers partial shows: the officers as checkboxes named <paramref name="FieldName"/>.</summary>
public sealed record OfficerPicker(string FieldName, string IdPrefix, string Legend, IReadOnlyList<OfficerChoice> Officers, IReadOnlyCollection<long> Selected,
    string? Help = null);

/// <summary>The small things the inspection, order and case pages share: dates typed as text, officers, money, badges, photos.</summary>
public static class WorkForms
{
    public const string DateFormat = "yyyy-MM-dd";

    public static string Iso(DateOnly d) => d.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>A date typed as 年-月-日; null when blank; a Chinese message when it is not a date.</summary>
    public static DateOnly? ParseDate(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new DomainRuleException($"{what}“{text}”无效，请按“年-月-日”填写。");
    }

    public static DateOnly RequireDate(string? text, string what) => ParseDate(text, what) ?? throw new DomainRuleException($"请填写{what}。");

    /// <summary>The date if it parses, else null — for choosing whose certificates to show, never for saving.</summary>
    public static DateOnly? TryDate(string? text) =>
        DateOnly.TryParseExact((text ?? "").Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>"剩余3天 / 今天到期 / 已超期2天".</summary>
    public static string Left(DateOnly due, DateOnly today) =>
        due < today ? $"已超期{today.DayNumber - due.DayNumber}天" : due == today ? "今天到期" : $"剩余{due.DayNumber - today.DayNumber}天";

    public static string LeftClass(DateOnly due, DateOnly today) => due < today ? "due-overdue" : due.DayNumber - today.DayNumber <= 3 ? "due-soon" : "";

    /// <summary>
    /// An amount typed in 元 ("1200", "1,200.50", "3000元") as fen; money is stored as integer fen. Null when blank;
    /// a Chinese message when it is not a non-negative number with at most two decimals.
    /// </summary>
    public static long? ParseYuan(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var cleaned = text.Trim().Replace(",", "").Replace("，", "").Replace(" ", "").TrimEnd('元');
        if (decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)
            && decimal.Round(yuan, 2) == yuan && yuan <= 100_000_000_000m)
            return (long)(yuan * 100);
        throw new DomainRuleException($"{what}“{text}”无效，请填写以元为单位的数字，最多两位小数，如 3000 或 1250.50。");
    }

    public static string Yuan(long? fen) => fen is { } f ? (f / 100m).ToString("#,0.##", CultureInfo.InvariantCulture) : "—";

    /// <summary>
    /// The active officers the user may see, with the certificate each holds on <paramref name="day"/> (亮证 on the
    /// form: 《行政处罚法》第五十五条) and the problem when it does not count that day (第四十二条).
    /// </summary>
    public static async Task<IReadOnlyList<OfficerChoice>> OfficersAsync(AppDbContext db, DateOnly day, CancellationToken ct)
    {
        var rows = await EnforcementQueries.OfficersAsync(db, day, ct);
        return rows.Where(o => o.Active).Select(o => new OfficerChoice(o.Id, o.Name, o.Position, o.LegallyQualified, o.Certificate?.Number,
            o.Certificate?.ValidFrom, o.Certificate?.ValidTo, o.Certificate is { } c ? c.ProblemOn(day) : "未登记行政执法证")).ToList();
    }

    /// <summary>Whether the user's scope covers the town: enforcement is the town's power, so only its staff act on a record.</summary>
    public static async Task<bool> CoversTownAsync(AppDbContext db, long townId, CancellationToken ct)
    {
        var path = await db.Regions.AsNoTracking().Where(r => r.Id == townId).Select(r => r.Path).FirstOrDefaultAsync(ct);
        return path is not null && path.StartsWith(db.CurrentUser.ScopePath, StringComparison.Ordinal);
    }

    /// <summary>The uploads that are not an accepted kind of file, refused before anything is saved.</summary>
    public static IReadOnlyList<string> UnacceptedFiles(IEnumerable<IFormFile> files)
    {
        var bad = new List<string>();
        foreach (var f in files.Where(f => f.Length > 0))
        {
            if (f.Length > AttachmentStore.MaxBytes)
            {
                bad.Add($"“{f.FileName}”：{AttachmentStore.TooLarge}");
                continue;
            }
            using var stream = f.OpenReadStream();
            if (stream.CanSeek && FileTypeSniffer.Detect(stream) is null) bad.Add($"“{f.FileName}”：{FileTypeSniffer.Refusal}");
        }
        return bad;
    }

    /// <summary>Attaches the uploads to a record just saved (the full-process record, 《行政处罚法》第四十七条); returns what was refused.</summary>
    public static async Task<(int Saved, IReadOnlyList<string> Refused)> AttachAsync(UploadAttachment.Handler upload, string ownerType, long ownerId,
        IEnumerable<IFormFile> files, CancellationToken ct)
    {
        var saved = 0;
        var refused = new List<string>();
        foreach (var f in files.Where(f => f.Length > 0))
        {
            try
            {
                await using var content = f.OpenReadStream();
                if (await upload.HandleAsync(new UploadAttachment.Command(ownerType, ownerId, f.FileName, null, content), ct) is not null) saved++;
            }
            catch (DomainRuleException e)
            {
                refused.Add($"“{f.FileName}”：{e.Message}");
            }
        }
        return (saved, refused);
    }

    public static string BadgeOf(InspectionOutcome o) => o switch
    {
        InspectionOutcome.NoProblem => "text-bg-success",
        InspectionOutcome.Rectification => "text-bg-warning",
        InspectionOutcome.Closure => "text-bg-dark",
        _ => "text-bg-danger",
    };

    public static string BadgeOf(InspectionKind k) => k switch
    {
        InspectionKind.Patrol => "text-bg-info",
        InspectionKind.ReInspection => "text-bg-secondary",
        _ => "text-bg-light border",
    };

    public static string BadgeOf(OrderStatus s) => s switch
    {
        OrderStatus.Rectified => "text-bg-success",
        OrderStatus.Escalated => "text-bg-dark",
        _ => "text-bg-warning",
    };

    public static string BadgeOf(CaseStatus s) => s switch
    {
        CaseStatus.Closed => "text-bg-success",
        CaseStatus.Decided => "text-bg-primary",
        CaseStatus.Dropped => "text-bg-secondary",
        _ => "text-bg-warning",
    };

    public static string BadgeOf(FindingSeverity s) => s switch
    {
        FindingSeverity.Major => "text-bg-danger",
        FindingSeverity.Significant => "text-bg-warning",
        _ => "text-bg-light border",
    };
}
