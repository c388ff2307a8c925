using Fazhi.Core.Data;
using Fazhi.Core.Reporting;

namespace Fazhi.Core.Reports;

/// <summary>
/// Compiles a report from the records: every module's figures of the year (<see cref="FigureCatalog"/>), each section's
/// lines phrased (<see cref="ReportMarkup"/>), generated blocks written (<see cref="ReportBlocks"/>), and the checks:
/// unknown fields and formats, and breakdowns that must add up to their figure.
/// </summary>
public static class ReportCompiler
{
    /// <remarks>The figures of a report are its town's: the records are read through a context narrowed to the report's
    /// town, so a district supervisor or the system user gets the same figures as the town's clerk.</remarks>
    public static async Task<CompiledReport> CompileAsync(FigureContext reader, AnnualReport report, CancellationToken ct = default)
    {
        await using var town = reader.Db.NarrowedTo(report.ScopePath);
        var context = reader with { Db = town };
        var sets = await FigureCatalog.ForYearAsync(context, report.Year, ct);
        var figures = sets.SelectMany(s => s.Figures).ToDictionary(f => f.Key);
        var problems = new List<string>();
        var used = new List<string>();
        var blocks = new ReportBlocks(context, report, sets);
        var sections = new List<CompiledSection>();
        var parts = report.Sections.OrderBy(s => s.Order).Select(s => (s.Id, s.Heading, s.Body)).Prepend((Id: 0L, Heading: "开头", Body: report.Preamble));
        foreach (var section in parts)
        {
            var output = new List<ReportBlock>();
            foreach (var line in ReportMarkup.Lines(section.Body))
            {
                if (line.Block is { } name)
                {
                    if (await blocks.WriteAsync(name, ct) is { } generated) output.AddRange(generated);
                    else problems.Add($"“{section.Heading}”中的生成段落“[[{name}]]”无效。");
                    continue;
                }
                if (line.Text.StartsWith(ReportTemplates.Prompt, StringComparison.Ordinal))
                    problems.Add($"“{section.Heading}”还有待填写的内容：{line.Text}");
                var segments = ReportMarkup.Segments(line.Text).Select(s =>
                {
                    if (s.Key is null) return s;
                    used.Add(s.Key);
                    if (!figures.TryGetValue(s.Key, out var figure))
                    {
                        problems.Add($"“{section.Heading}”引用的数字“{s.Key}”不存在。");
                        return s with { Text = "【未知数字】" };
                    }
                    if (ReportMarkup.FormatProblem(figure, s.Format) is { } problem) problems.Add(problem);
                    return s with { Text = ReportMarkup.Phrase(figure, s.Format) };
                }).ToList();
                output.Add(line.HeadingLevel > 0 ? new ReportHeading(line.HeadingLevel, string.Concat(segments.Select(s => s.Text))) : new ReportParagraph(segments));
            }
            sections.Add(new CompiledSection(section.Id, section.Heading, output));
        }
        problems.AddRange(Sums(sets));
        var accepted = report.Checks.ToDictionary(c => c.Key, c => c.Display);
        var fields = used.Distinct().Select(k => new FieldStatus(k, figures.GetValueOrDefault(k), accepted.GetValueOrDefault(k))).ToList();
        return new CompiledReport(report, sections[0].Blocks, sections.Skip(1).ToList(), sets, fields, problems);
    }

    /// <summary>A breakdown that names the figure it splits must add up to it (按类别 of 20 petitions sums to 20).</summary>
    static IEnumerable<string> Sums(IReadOnlyList<FigureSet> sets)
    {
        foreach (var set in sets)
            foreach (var b in set.Tables.Where(b => b.TotalOf is not null))
                if (set.Figures.FirstOrDefault(f => f.Key == b.TotalOf) is { } figure && figure.Numerator != b.Rows.Sum(r => r.Count))
                    yield return $"{set.Title}“{b.Title}”合计{b.Rows.Sum(r => r.Count)}，与“{figure.Label}”{figure.Numerator}不一致。";
    }
}
