using Fazhi.Core.Documents;
using Fazhi.Core.Reporting;

namespace Fazhi.Core.Reports;

public abstract record ReportBlock;

/// <summary>A paragraph: literal text and figure fields (a segment with a key is a live figure, phrased).</summary>
public sealed record ReportParagraph(IReadOnlyList<ReportMarkup.Segment> Segments) : ReportBlock
{
    public ReportParagraph(string text) : this([new ReportMarkup.Segment(text)]) { }
    public string Text => string.Concat(Segments.Select(s => s.Text));
}

public sealed record ReportHeading(int Level, string Text) : ReportBlock;

/// <summary>A table written from the records, with the figure keys its cells read where it has them.</summary>
public sealed record ReportTable(TableBlock Table) : ReportBlock;

public sealed record CompiledSection(long Id, string Heading, IReadOnlyList<ReportBlock> Blocks);

/// <summary>
/// A figure used in the text: its current value, and the value the clerk last accepted in this report. Moved when they
/// differ; unknown when no module defines the key.
/// </summary>
public sealed record FieldStatus(string Key, Figure? Figure, string? Accepted)
{
    public bool Unknown => Figure is null;
    public bool Moved => Figure is not null && Accepted is not null && Accepted != Figure.Display;
    public bool New => Figure is not null && Accepted is null;
}

/// <summary>
/// A report compiled from the records: its opening paragraphs and sections with their fields phrased and blocks generated, every module's
/// figures of the year, the status of each field used, and the consistency problems found. Becomes the official
/// document with <see cref="ToDocument"/>.
/// </summary>
public sealed record CompiledReport(AnnualReport Report, IReadOnlyList<ReportBlock> Preamble, IReadOnlyList<CompiledSection> Sections, IReadOnlyList<FigureSet> Sets,
    IReadOnlyList<FieldStatus> Fields, IReadOnlyList<string> Problems)
{
    public const string AppendixTitle = "主要数据统计表";

    public Figure? Figure(string key) => Sets.SelectMany(s => s.Figures).FirstOrDefault(f => f.Key == key);

    public IEnumerable<FieldStatus> Moved => Fields.Where(f => f.Moved);

    /// <summary>The report as an official document: header, the sections with their headings numbered 一、, and the
    /// appendix of statistical tables (each module's figures with their formulas).</summary>
    public OfficialDocument ToDocument(DateOnly today)
    {
        var doc = new OfficialDocument
        {
            Title = Report.Title, Addressee = Report.Addressee, SigningOrgan = Report.SigningOrgan, Date = Report.SignedOn ?? today,
            DocumentNumber = Report.DocumentNumber, Attachments = [$"{Report.Year}年度{AppendixTitle}"],
        };
        Add(doc, Preamble);
        foreach (var section in Sections)
        {
            doc.Heading(1, section.Heading);
            Add(doc, section.Blocks);
        }
        doc.Appendices.Add(new DocumentAppendix($"{Report.Year}年度{AppendixTitle}", Appendix()));
        return doc;
    }

    static void Add(OfficialDocument doc, IEnumerable<ReportBlock> blocks)
    {
        foreach (var block in blocks)
            switch (block)
            {
                case ReportParagraph p: doc.Paragraph(p.Text); break;
                case ReportHeading h: doc.Heading(h.Level, h.Text); break;
                case ReportTable t: doc.Table(t.Table); break;
            }
    }

    List<DocumentBlock> Appendix()
    {
        var blocks = new List<DocumentBlock>();
        foreach (var set in Sets)
        {
            blocks.Add(new HeadingBlock(1, set.Title));
            blocks.Add(ReportBlocks.FiguresTable(set));
        }
        return blocks;
    }
}
