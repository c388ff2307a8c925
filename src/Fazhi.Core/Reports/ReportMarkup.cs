using System.Text.RegularExpressions;
using Fazhi.Core.Reporting;

namespace Fazhi.Core.Reports;

/// <summary>
/// The plain-text markup of a report section, one line a paragraph:
/// <list type="bullet">
/// <item>"## " opens a heading of the second level (（一）), "### " the third (1.), "#### " the fourth (（1）); the section's
/// own heading is the first level (一、).</item>
/// <item>A line that is only "[[name]]" is a generated block (<see cref="ReportBlocks"/>): a paragraph or a table written
/// from the records.</item>
/// <item>"{module.figure}" in a line is a live figure; "{module.figure|余}" phrases it approximately — see
/// <see cref="Formats"/>. Numbers are never typed: an approximate wording is a format of a field.</item>
/// </list>
/// </summary>
public static partial class ReportMarkup
{
    /// <summary>余: rounded down to two significant digits + 余 (123 → 120余); 近: rounded up, 近 before (487 → 近490);
    /// 万余: whole ten-thousands + 万余 (23,456 → 2万余); 中文: small counts in Chinese numerals (3 → 三).</summary>
    public static readonly IReadOnlyList<string> Formats = ["余", "近", "万余", "中文"];

    [GeneratedRegex(@"\{([a-z][a-z0-9-]*\.[a-z0-9-]+)(?:\|([^}]*))?\}")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"^\[\[([^\]]+)\]\]$")]
    private static partial Regex BlockPattern();

    public sealed record Line(int HeadingLevel, string Text, string? Block);

    public sealed record Segment(string Text, string? Key = null, string? Format = null);

    /// <summary>The non-blank lines of a body: headings (level 2–4), generated blocks, paragraphs (level 0).</summary>
    public static IEnumerable<Line> Lines(string body)
    {
        foreach (var raw in body.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (BlockPattern().Match(line) is { Success: true } block) { yield return new Line(0, line, block.Groups[1].Value.Trim()); continue; }
            var level = line.StartsWith("#### ", StringComparison.Ordinal) ? 4 : line.StartsWith("### ", StringComparison.Ordinal) ? 3
                : line.StartsWith("## ", StringComparison.Ordinal) ? 2 : 0;
            yield return new Line(level, level == 0 ? line : line[(level + 1)..].Trim(), null);
        }
    }

    /// <summary>A line cut into literal text and figure fields.</summary>
    public static IReadOnlyList<Segment> Segments(string text)
    {
        var segments = new List<Segment>();
        var at = 0;
        foreach (Match m in FieldPattern().Matches(text))
        {
            if (m.Index > at) segments.Add(new Segment(text[at..m.Index]));
            segments.Add(new Segment(m.Value, m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value.Trim() : null));
            at = m.Index + m.Length;
        }
        if (at < text.Length) segments.Add(new Segment(text[at..]));
        return segments;
    }

    /// <summary>The keys of every field in a body.</summary>
    public static IEnumerable<(string Key, string? Format)> Fields(string body) =>
        FieldPattern().Matches(body).Select(m => (m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value.Trim() : null));

    /// <summary>A figure as the text reads it: its display ("20", "100%", "—"), or a count phrased by a format.</summary>
    public static string Phrase(Figure figure, string? format)
    {
        if (string.IsNullOrEmpty(format) || figure.Denominator is not null || figure.Unit != FigureUnit.Count || figure.Numerator is not { } n)
            return figure.Display;
        return format switch
        {
            "余" => n < 10 ? $"{n}" : $"{RoundDown(n)}余",
            "近" => n < 10 ? $"{n}" : $"近{RoundUp(n)}",
            "万余" => n < 10000 ? (n < 10 ? $"{n}" : $"{RoundDown(n)}余") : $"{n / 10000}万余",
            "中文" => n is >= 0 and < 100 ? Documents.OfficialDocxWriter.ChineseNumber((int)n) : $"{n}",
            _ => figure.Display,
        };
    }

    /// <summary>Problems with a format: one not in <see cref="Formats"/>, or a format on a ratio.</summary>
    public static string? FormatProblem(Figure figure, string? format) =>
        string.IsNullOrEmpty(format) ? null
        : !Formats.Contains(format) ? $"“{figure.Label}”的表述方式“{format}”无效，可用：{string.Join("、", Formats)}。"
        : figure.Denominator is not null || figure.Unit != FigureUnit.Count ? $"“{figure.Label}”是比率或金额，不能用“{format}”表述。"
        : null;

    static long Step(long n) { var step = 1L; while (n / step >= 100) step *= 10; return step; }
    static long RoundDown(long n) => n / Step(n) * Step(n);
    static long RoundUp(long n) { var s = Step(n); return (n + s - 1) / s * s; }
}
