using System.Globalization;
using Fazhi.Core.Common;

namespace Fazhi.Core.PersonalData;

public enum Sex
{
    Male,
    Female,
}

/// <summary>
/// Citizen identity number (公民身份号码), GB 11643-1999: 6-digit address code, 8-digit birth date
/// (YYYYMMDD), 3-digit sequence (odd = male, even = female) and a check character computed with
/// ISO 7064 MOD 11-2.
/// </summary>
public static class IdNumber
{
    // GB 11643-1999 §8.2: weight of position i is 2^(18-i) mod 11, for positions 1–17.
    static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    // Σ(a_i × W_i) mod 11 → check character.
    const string CheckChars = "10X98765432";

    /// <summary>Trimmed, with a lower-case x as X. Does not validate.</summary>
    public static string Normalise(string? value) => (value ?? "").Trim().ToUpperInvariant();

    /// <summary>Null when valid; otherwise a Chinese message naming the problem.</summary>
    public static string? Validate(string? value, TimeProvider clock) => Validate(value, ChinaTime.Today(clock));

    public static string? Validate(string? value, DateOnly today)
    {
        var id = Normalise(value);
        if (id.Length == 0) return "请填写公民身份号码。";
        if (id.Length != 18) return $"公民身份号码应为18位，现为{id.Length}位。";
        for (var i = 0; i < 17; i++)
            if (!char.IsAsciiDigit(id[i])) return "公民身份号码前17位应为数字。";
        if (!char.IsAsciiDigit(id[17]) && id[17] != 'X') return "公民身份号码第18位（校验码）应为数字或X。";
        if (id[0] == '0') return "公民身份号码的地址码（前6位）不正确。";
        if (!DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900)
            return $"公民身份号码中的出生日期（{id.Substring(6, 8)}）不是有效日期。";
        if (birth > today) return "公民身份号码中的出生日期晚于今天。";
        if (CheckChar(id) != id[17]) return "公民身份号码校验码不正确，请核对是否有输错的数字。";
        return null;
    }

    /// <summary>The check character of the first 17 digits (the argument must have at least 17 ASCII digits).</summary>
    public static char CheckChar(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckChars[sum % 11];
    }

    /// <summary>Birth date of a valid number.</summary>
    public static DateOnly BirthDate(string value)
    {
        var id = RequireShape(value);
        return DateOnly.ParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);
    }

    /// <summary>GB 11643-1999 §7.3: the sequence code's last digit is odd for men, even for women.</summary>
    public static Sex SexOf(string value)
    {
        var id = RequireShape(value);
        return (id[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;
    }

    public static string Label(Sex sex) => sex == Sex.Male ? "男" : "女";

    static string RequireShape(string value)
    {
        var id = Normalise(value);
        if (id.Length != 18 || id.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9'))
            throw new ArgumentException("Not an 18-character identity number.", nameof(value));
        return id;
    }
}
