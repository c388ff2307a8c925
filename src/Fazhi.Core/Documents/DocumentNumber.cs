using System.Text.RegularExpressions;

namespace Fazhi.Core.Documents;

/// <summary>
/// 发文字号: 发文机关代字 + year in full inside 〔〕 + serial without "第" and without leading zeros + 号,
/// e.g. 西联府〔2020〕3号 (GB/T 9704-2012 7.2.4; domain reference §8 "发文字号").
/// </summary>
public static partial class DocumentNumber
{
    const string Example = "例如：西联府〔2020〕3号";

    [GeneratedRegex(@"^(?<organ>[^\s〔〕\[\]【】()（）]+)〔(?<year>\d{4})〕(?<serial>[1-9]\d{0,5})号$")]
    private static partial Regex Valid();

    /// <summary>Null when <paramref name="number"/> is well formed; otherwise a message for the clerk.</summary>
    public static string? Validate(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return "发文字号不能为空。";
        var n = number;
        if (Valid().IsMatch(n))
        {
            var year = int.Parse(n[(n.IndexOf('〔') + 1)..n.IndexOf('〕')]);
            return year is >= 1949 and <= 2999 ? null : $"发文字号的年份 {year} 不是有效年份，{Example}。";
        }
        if (n.IndexOfAny(['[', ']', '【', '】', '(', ')', '（', '）', '〈', '〉']) >= 0 || !n.Contains('〔') || !n.Contains('〕'))
            return $"发文字号的年份须用六角括号〔〕括入，不能用方括号或圆括号，{Example}。";
        var open = n.IndexOf('〔');
        var close = n.IndexOf('〕');
        if (open == 0) return $"发文字号须以发文机关代字开头，{Example}。";
        if (close < open) return $"发文字号的六角括号〔〕顺序有误，{Example}。";
        var yearText = n[(open + 1)..close];
        if (!Regex.IsMatch(yearText, @"^\d{4}$"))
            return $"发文字号的年份须写全四位阿拉伯数字，不能简写（如〔20〕），{Example}。";
        var rest = n[(close + 1)..];
        if (!rest.EndsWith('号')) return $"发文字号须以“号”字结尾，{Example}。";
        var serial = rest[..^1];
        if (serial.StartsWith('第')) return $"发文字号的序号前不加“第”字，{Example}。";
        if (serial.Length > 1 && serial[0] == '0' && serial.All(char.IsAsciiDigit))
            return $"发文字号的序号不编虚位，不能有前导零（如03号应写作3号），{Example}。";
        if (serial.Length == 0 || !serial.All(char.IsAsciiDigit) || serial == "0")
            return $"发文字号的序号须为阿拉伯数字（从1起），{Example}。";
        return $"发文字号格式不正确，应为“机关代字〔年份〕序号号”，{Example}。";
    }
}
