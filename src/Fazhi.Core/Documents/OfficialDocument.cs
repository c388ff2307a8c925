namespace Fazhi.Core.Documents;

/// <summary>
/// An official document (公文) in the GB/T 9704-2012 layout: 发文字号, title, addressee, body blocks,
/// 附件说明, signing organ and date, and the 版记 lines 抄送 / 印发. The writer
/// (<see cref="OfficialDocxWriter"/>) lays it out; the model carries words only, never formatting.
/// </summary>
public sealed class OfficialDocument
{
    /// <summary>发文字号, e.g. 西联府〔2020〕3号; checked by <see cref="DocumentNumber.Validate"/>.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>Title (标题). A '\n' breaks the line, so a long title can be wrapped symmetrically by hand.</summary>
    public required string Title { get; init; }

    /// <summary>主送机关 line, written with its colon, e.g. "区委、区政府：".</summary>
    public string? Addressee { get; init; }

    public List<DocumentBlock> Blocks { get; init; } = [];

    /// <summary>Appendices (附件) laid out after the signature, each on a new page; name them in <see cref="Attachments"/> too.</summary>
    public List<DocumentAppendix> Appendices { get; init; } = [];

    /// <summary>附件说明: attachment names in order (no numbering, no closing punctuation).</summary>
    public List<string> Attachments { get; init; } = [];

    /// <summary>发文机关署名.</summary>
    public required string SigningOrgan { get; init; }

    /// <summary>成文日期, written as 2020年1月15日.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>抄送 line of the 版记, e.g. "区委办，区政府办。" (the writer adds "抄送：").</summary>
    public string? CopyTo { get; init; }

    /// <summary>印发机关 of the 版记; the 印发 line appears when this is set.</summary>
    public string? PrintingOrgan { get; init; }

    /// <summary>印发日期; defaults to <see cref="Date"/>.</summary>
    public DateOnly? PrintingDate { get; init; }

    public OfficialDocument Paragraph(string text) { Blocks.Add(new ParagraphBlock(text)); return this; }
    public OfficialDocument Heading(int level, string text) { Blocks.Add(new HeadingBlock(level, text)); return this; }
    public OfficialDocument Table(TableBlock table) { Blocks.Add(table); return this; }
    public OfficialDocument PageBreak() { Blocks.Add(new PageBreakBlock()); return this; }
}

public abstract record DocumentBlock;

/// <summary>A body paragraph; its text is written verbatim.</summary>
public sealed record ParagraphBlock(string Text) : DocumentBlock;

/// <summary>
/// A heading of level 1–4. The writer numbers it 一、 / （一） / 1. / （1）; a heading restarts the
/// numbering of every deeper level. <see cref="Text"/> carries no number.
/// </summary>
public sealed record HeadingBlock(int Level, string Text) : DocumentBlock;

/// <summary>A table: one header row (repeated on every page, bold) and data rows of the same width.</summary>
public sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock
{
    /// <summary>Relative column widths (one per header cell); equal widths when null.</summary>
    public IReadOnlyList<int>? ColumnWeights { get; init; }
}

public sealed record PageBreakBlock : DocumentBlock;

/// <summary>An appendix: its title and its content; headings inside are numbered afresh.</summary>
public sealed record DocumentAppendix(string Title, IReadOnlyList<DocumentBlock> Blocks);
