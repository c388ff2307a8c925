using System.Globalization;
using Fazhi.Core.Common;

namespace Fazhi.Core.Assessment;

/// <summary>
/// Points and thresholds are kept as whole tenths (8.5 分 = 85), so sums and comparisons are exact integers on both
/// databases (no decimal columns); users type and read them with at most one decimal.
/// </summary>
public static class Tenths
{
    public static string Format(long tenths) =>
        tenths % 10 == 0 ? (tenths / 10).ToString(CultureInfo.InvariantCulture) : (tenths / 10m).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Null for an empty text; a Chinese message for anything but a non-negative number with at most one decimal.</summary>
    public static long? Parse(string? text, string label)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t)) return null;
        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value * 10 != decimal.Truncate(value * 10))
            throw new DomainRuleException($"{label}应为不小于0的数字，最多一位小数。");
        if (value > 100_000_000) throw new DomainRuleException($"{label}过大。");
        return (long)(value * 10);
    }
}
