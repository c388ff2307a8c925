namespace Fazhi.Core.PersonalData;

/// <summary>
/// How personal data is shown to someone who may not see it in full (see <see cref="PersonalDataAccess"/>):
/// on screen and in exports alike. All methods are null-safe and return null for null.
/// </summary>
public static class Masking
{
    /// <summary>440203199001011234 → 4402**********1234 (first 4 and last 4 kept).</summary>
    public static string? IdNumber(string? value)
    {
        if (value is null) return null;
        var v = value.Trim();
        if (v.Length <= 8) return new string('*', v.Length);
        return string.Concat(v.AsSpan(0, 4), new string('*', v.Length - 8), v.AsSpan(v.Length - 4));
    }

    /// <summary>13812345678 → 138****5678; 0751-8888888 → 0751-***8888.</summary>
    public static string? Phone(string? value)
    {
        if (value is null) return null;
        var v = value.Trim();
        var dash = v.IndexOf('-');
        if (dash > 0)
        {
            var local = v[(dash + 1)..];
            return local.Length <= 4
                ? v[..(dash + 1)] + new string('*', local.Length)
                : string.Concat(v.AsSpan(0, dash + 1), new string('*', local.Length - 4), local.AsSpan(local.Length - 4));
        }
        if (v.Length < 8) return new string('*', v.Length);
        return string.Concat(v.AsSpan(0, 3), new string('*', v.Length - 7), v.AsSpan(v.Length - 4));
    }

    /// <summary>First 6 characters then "…"; a shorter address keeps half of itself.</summary>
    public static string? Address(string? value)
    {
        if (value is null) return null;
        var v = value.Trim();
        if (v.Length == 0) return v;
        var keep = v.Length > 6 ? 6 : (v.Length + 1) / 2;
        return string.Concat(v.AsSpan(0, keep), "…");
    }

    /// <summary>张三 → 张*, 欧阳娜娜 → 欧***: the first character only.</summary>
    public static string? Name(string? value)
    {
        if (value is null) return null;
        var v = value.Trim();
        if (v.Length <= 1) return v.Length == 0 ? v : "*";
        return v[..1] + new string('*', v.Length - 1);
    }
}
