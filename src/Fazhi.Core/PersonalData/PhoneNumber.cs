using System.Text.RegularExpressions;

namespace Fazhi.Core.PersonalData;

/// <summary>Mainland mobile (1[3-9] + 9 digits) and fixed-line (area code + 7–8 digit local number) phone numbers.</summary>
public static partial class PhoneNumber
{
    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex Mobile();

    // Area codes: 010 and 020–029 have three digits, all others four (0xxx); local numbers 7–8 digits, not starting 0 or 1.
    [GeneratedRegex("^(0(?:10|2[0-9]|[3-9][0-9]{2}))([2-9][0-9]{6,7})$")]
    private static partial Regex FixedLine();

    /// <summary>Null when valid; otherwise a Chinese message.</summary>
    public static string? Validate(string? value) =>
        TryNormalise(value, out _) ? null
        : string.IsNullOrWhiteSpace(value) ? "请填写联系电话。"
        : "联系电话格式不正确：手机号应为11位（如13812345678），固定电话应带区号（如0751-8888888）。";

    /// <summary>Mobile: digits only ("13812345678"); fixed line: "0751-8888888". Null when not a valid number.</summary>
    public static string? Normalise(string? value) => TryNormalise(value, out var n) ? n : null;

    public static bool IsMobile(string? normalised) => normalised is not null && Mobile().IsMatch(normalised);

    public static bool TryNormalise(string? value, out string normalised)
    {
        normalised = "";
        if (string.IsNullOrWhiteSpace(value)) return false;
        var compact = new string(value.Where(c => c is not (' ' or '\u3000' or '-' or '(' or ')' or '（' or '）')).ToArray());
        if (compact.StartsWith("+86", StringComparison.Ordinal)) compact = compact[3..];
        if (Mobile().IsMatch(compact)) { normalised = compact; return true; }

        // The dash (or parentheses) around the area code need not be typed: 010 and 02x are the only
        // three-digit area codes, so the split is unambiguous.
        var m = FixedLine().Match(compact);
        if (!m.Success) return false;
        normalised = $"{m.Groups[1].Value}-{m.Groups[2].Value}";
        return true;
    }
}
