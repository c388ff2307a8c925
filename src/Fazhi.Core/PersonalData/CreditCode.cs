namespace Fazhi.Core.PersonalData;

/// <summary>
/// Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters — registration
/// authority, organisation kind, 6-digit administrative division, 9-character organisation code,
/// check character — from a 31-character alphabet without I, O, Z, S, V.
/// </summary>
public static class CreditCode
{
    // GB 32100-2015 appendix A: the character set and its values 0–30.
    const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    // GB 32100-2015 appendix B: W_i = 3^(i-1) mod 31 for positions 1–17.
    static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static string Normalise(string? value) => (value ?? "").Trim().ToUpperInvariant();

    /// <summary>Null when valid; otherwise a Chinese message naming the problem.</summary>
    public static string? Validate(string? value)
    {
        var code = Normalise(value);
        if (code.Length == 0) return "请填写统一社会信用代码。";
        if (code.Length != 18) return $"统一社会信用代码应为18位，现为{code.Length}位。";
        for (var i = 0; i < 18; i++)
        {
            if (Alphabet.Contains(code[i])) continue;
            return code[i] is 'I' or 'O' or 'Z' or 'S' or 'V'
                ? $"统一社会信用代码不使用字母{code[i]}（第{i + 1}位），请核对是否把数字输成了字母。"
                : $"统一社会信用代码第{i + 1}位“{code[i]}”不是有效字符。";
        }
        if (CheckChar(code) != code[17]) return "统一社会信用代码校验码不正确，请核对是否有输错的字符。";
        return null;
    }

    /// <summary>C18 = 31 − (Σ value(C_i) × W_i mod 31); 31 is written as 0. The first 17 characters must be valid.</summary>
    public static char CheckChar(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        var check = 31 - sum % 31;
        return Alphabet[check == 31 ? 0 : check];
    }
}
