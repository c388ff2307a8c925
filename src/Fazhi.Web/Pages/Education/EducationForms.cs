using System.Globalization;
using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Education;

/// <summary>A page of a list: which page is shown, how many there are, and the link to another.</summary>
public sealed record Paging(int PageNo, int PageCount, int Total, Func<int, string> LinkTo)
{
    public const int Size = 50;

    public static Paging Of(int requested, int total, Func<int, string> linkTo)
    {
        var count = Math.Max(1, (total + Size - 1) / Size);
        return new Paging(Math.Clamp(requested, 1, count), count, total, linkTo);
    }

    public int Skip => (PageNo - 1) * Size;
}

/// <summary>What the education pages share: dates and numbers typed as text, field messages, choices of the town, uploads.</summary>
public static class EducationForms
{
    public const string EventOwnerType = "education-event";
    public const string StudyOwnerType = "study-session";
    public const string SignInSheetCaption = "签到表";
    public const string PhotoCaption = "活动照片";

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? d) => d is { } x ? ChinaTime.Format(x) : "—";

    /// <summary>"1.5" for 15 tenths of an hour.</summary>
    public static string Hours(int tenths) => (tenths / 10m).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Hours(decimal hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);

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

    /// <summary>The date if it parses, else null — for choosing whom a form offers, never for saving.</summary>
    public static DateOnly? TryDate(string? text) =>
        DateOnly.TryParseExact((text ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>A whole number typed ("300", "1,500"); null when blank; a Chinese message on the field when it is not one.</summary>
    public static int? ParseCount(string? text, ModelStateDictionary modelState, string key, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var cleaned = text.Trim().Replace(",", "").Replace("，", "");
        if (int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        modelState.AddModelError(key, $"{what}“{text}”无效，请填写整数，如 300。");
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

    public static async Task<IReadOnlyList<(long Id, string Name)>> OfficesAsync(AppDbContext db, long townId, long? current, CancellationToken ct) =>
        (await db.Offices.AsNoTracking().Where(o => o.TownId == townId && (o.IsActive || o.Id == current)).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();

    public static async Task<IReadOnlyList<(long Id, string Name)>> PartnersAsync(AppDbContext db, long townId, CancellationToken ct) =>
        (await db.Set<PartnerOrganisation>().AsNoTracking().Where(p => p.TownId == townId).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name }).ToListAsync(ct)).Select(p => (p.Id, p.Name)).ToList();

    /// <summary>The roster of one town (the user's scope may hold several), current members first.</summary>
    public static async Task<IReadOnlyList<StaffMember>> RosterOfAsync(AppDbContext db, long townId, CancellationToken ct) =>
        (await Fazhi.Core.Education.EducationQueries.RosterAsync(db, ct)).Where(m => m.TownId == townId).ToList();

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

    /// <summary>Attaches the uploads, each with its caption (签到表 or 活动照片), to a record just saved; returns what was refused.</summary>
    public static async Task<(int Saved, IReadOnlyList<string> Refused)> AttachAsync(UploadAttachment.Handler upload, string ownerType, long ownerId,
        IEnumerable<(IFormFile File, string Caption)> files, CancellationToken ct)
    {
        var saved = 0;
        var refused = new List<string>();
        foreach (var (f, caption) in files.Where(f => f.File.Length > 0))
        {
            try
            {
                await using var content = f.OpenReadStream();
                if (await upload.HandleAsync(new UploadAttachment.Command(ownerType, ownerId, f.FileName, caption, content), ct) is not null) saved++;
            }
            catch (DomainRuleException e)
            {
                refused.Add($"“{f.FileName}”：{e.Message}");
            }
        }
        return (saved, refused);
    }

    /// <summary>A list's link with its filters; empty values are left out.</summary>
    public static string Link(string path, IEnumerable<KeyValuePair<string, string?>> query) =>
        QueryHelpers.AddQueryString(path, query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
}
