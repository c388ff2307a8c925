using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fazhi.Core.Common;

namespace Fazhi.Core.Documents;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as .docx in the GB/T 9704-2012 layout (domain reference §8;
/// docs/adr/0008-official-documents.md). Every paragraph and run carries its formatting directly, so
/// Word, WPS and LibreOffice show the same thing whatever their default styles are.
/// </summary>
public static class OfficialDocxWriter
{
    // ---- Page (GB/T 9704-2012 5.2): A4, 天头 37 mm, 订口 28 mm, text block 156 × 225 mm. ----
    public const int PageWidth = 11906;                 // 210 mm
    public const int PageHeight = 16838;                // 297 mm
    public static readonly int TopMargin = Twips(37);    // 2098
    public static readonly int LeftMargin = Twips(28);   // 1587 (binding side)
    public static readonly int RightMargin = Twips(26);  // 1474 = 210 − 28 − 156
    public static readonly int BottomMargin = Twips(35); // 1984 = 297 − 37 − 225
    /// <summary>Footer distance: the page number's dashes sit about 7 mm below the text block (GB/T 9704 7.5):
    /// a 14 pt line is ≈ 5 mm high, its middle ≈ 2.5 mm above the footer edge, 25 + 2.5 ≈ 35 − 7.</summary>
    public static readonly int FooterDistance = Twips(25);
    public static readonly int HeaderDistance = Twips(15);

    // ---- Text: 3号 (16 pt) 仿宋, 22 lines × 28 characters. ----
    public const int BodySize = 32;                     // half-points: 3号 = 16 pt
    public const int TitleSize = 44;                    // 2号 = 22 pt
    public const int SmallSize = 28;                    // 4号 = 14 pt (page numbers, 版记, tables)
    public const int CharWidth = 320;                   // one 3号 character = 16 pt = 320 twips
    /// <summary>225 mm ÷ 22 lines ≈ 28.9 pt; an exact line of 578 twips keeps 22 lines (12 716 ≤ 12 756 twips).</summary>
    public const int LinePitch = 578;
    public const int LinesPerPage = 22;
    public const int CharsPerLine = 28;
    public const int FirstLineIndent = 2 * CharWidth;    // 640; LibreOffice ignores firstLineChars
    public const int SignatureRightIndent = 4 * CharWidth; // 1280: date 右空四字
    public const int PageNumberIndent = 280;            // one 4号 character

    public const string FangSong = "仿宋_GB2312";
    public const string KaiTi = "楷体_GB2312";
    public const string HeiTi = "黑体";
    public const string SongTi = "宋体";
    public const string XiaoBiaoSong = "方正小标宋简体";

    /// <summary>Text width in twips (11 906 − 1 587 − 1 474 = 8 845, i.e. 156 mm).</summary>
    public static int TextWidth => PageWidth - LeftMargin - RightMargin;

    /// <summary>
    /// w:docGrid charSpace: the amount, in 1/4096 pt, added to the 16 pt default character pitch so that
    /// 28 characters fill the line: 8 845 twips ÷ 20 ÷ 28 = 15.795 pt; (15.795 − 16) × 4096 ≈ −841.
    /// </summary>
    public static int GridCharSpace => (int)Math.Round((TextWidth / 20.0 / CharsPerLine - BodySize / 2.0) * 4096);

    static int Twips(double mm) => (int)Math.Round(mm * 1440 / 25.4, MidpointRounding.AwayFromZero);

    public static void Write(OfficialDocument document, Stream output)
    {
        Check(document);
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        var main = package.AddMainDocumentPart();
        AddStyles(main);
        AddFontTable(main);
        AddSettings(main);
        var oddFooterId = AddFooter(main, even: false);
        var evenFooterId = AddFooter(main, even: true);

        var body = new Body();
        foreach (var element in Content(document)) body.Append(element);
        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooterId },
            new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooterId },
            new PageSize { Width = (UInt32Value)(uint)PageWidth, Height = (UInt32Value)(uint)PageHeight },
            new PageMargin
            {
                Top = TopMargin, Bottom = BottomMargin,
                Left = (UInt32Value)(uint)LeftMargin, Right = (UInt32Value)(uint)RightMargin,
                Header = (UInt32Value)(uint)HeaderDistance, Footer = (UInt32Value)(uint)FooterDistance, Gutter = 0U,
            },
            new Columns { Space = "425" },
            // Line grid of 22 lines. The character count is carried by the runs (3号 condensed 0.25 pt: 28 × 15.75 pt
            // = 441 pt ≤ 442.25 pt, 29 would need 456.75 pt), not by a "linesAndChars" grid: LibreOffice, which renders
            // our PDFs, lays a negative charSpace out at 11–14 characters a line. charSpace stays at the value that
            // gives 28 characters, so switching the grid to "lines and characters" in Word keeps 28 (ADR 0008).
            new DocGrid { Type = DocGridValues.Lines, LinePitch = LinePitch, CharacterSpace = GridCharSpace }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    static void Check(OfficialDocument d)
    {
        if (d.DocumentNumber is not null && DocumentNumber.Validate(d.DocumentNumber) is { } error)
            throw new DomainRuleException(error);
        if (string.IsNullOrWhiteSpace(d.Title)) throw new DomainRuleException("公文标题不能为空。");
        if (string.IsNullOrWhiteSpace(d.SigningOrgan)) throw new DomainRuleException("发文机关署名不能为空。");
        foreach (var block in d.Blocks.Concat(d.Appendices.SelectMany(a => a.Blocks)))
        {
            if (block is HeadingBlock h && h.Level is < 1 or > 4)
                throw new DomainRuleException($"标题层级只能是第一至第四层，“{h.Text}”的层级为{h.Level}。");
            if (block is TableBlock t)
            {
                if (t.Header.Count == 0) throw new DomainRuleException("表格须有表头。");
                if (t.Rows.Any(r => r.Count != t.Header.Count))
                    throw new DomainRuleException($"表格每行须有{t.Header.Count}个单元格，与表头一致。");
                if (t.ColumnWeights is { } w && (w.Count != t.Header.Count || w.Any(x => x <= 0)))
                    throw new DomainRuleException("表格列宽比例须与表头列数一致且为正数。");
            }
        }
        foreach (var text in AllText(d))
            if (text.Any(c => c != '\n' && c != '\t' && !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c) || c < ' ' && c != '\n' && c != '\t'))
                throw new DomainRuleException("公文内容含有不可打印的控制字符，请删除后重试。");
    }

    static IEnumerable<string> AllText(OfficialDocument d)
    {
        yield return d.Title;
        yield return d.SigningOrgan;
        if (d.DocumentNumber is not null) yield return d.DocumentNumber;
        if (d.Addressee is not null) yield return d.Addressee;
        if (d.CopyTo is not null) yield return d.CopyTo;
        if (d.PrintingOrgan is not null) yield return d.PrintingOrgan;
        foreach (var a in d.Attachments) yield return a;
        foreach (var a in d.Appendices) yield return a.Title;
        foreach (var b in d.Blocks.Concat(d.Appendices.SelectMany(a => a.Blocks)))
            switch (b)
            {
                case ParagraphBlock p: yield return p.Text; break;
                case HeadingBlock h: yield return h.Text; break;
                case TableBlock t:
                    foreach (var c in t.Header) yield return c;
                    foreach (var r in t.Rows) foreach (var c in r) yield return c;
                    break;
            }
    }

    // ------------------------------------------------------------------ content

    static IEnumerable<OpenXmlElement> Content(OfficialDocument d)
    {
        if (d.DocumentNumber is not null)
        {
            // Without a 版头 the number stands centred above the title, one blank line between (GB/T 9704 7.2.4).
            yield return Para(Justification: JustificationValues.Center, indentFirst: false, Run(d.DocumentNumber, FangSong, BodySize));
            yield return BlankLine();
        }

        // The title is off the character grid: on it a 22 pt character would take two 3号 cells.
        var title = new Paragraph(ParaProps(JustificationValues.Center, indentFirst: false, snapToGrid: false));
        var lines = d.Title.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = Run(lines[i], XiaoBiaoSong, TitleSize);
            if (i > 0) run.InsertAfter(new Break(), run.RunProperties);
            title.Append(run);
        }
        yield return title;
        yield return BlankLine();

        if (d.Addressee is not null)
            yield return Para(JustificationValues.Both, indentFirst: false, Run(d.Addressee, FangSong, BodySize));

        foreach (var element in Blocks(d.Blocks)) yield return element;

        // 附件说明: one blank line below the body, 左空二字 "附件：", numbered when more than one; a long name
        // wraps under its own first character (GB/T 9704 7.3.4).
        if (d.Attachments.Count > 0)
        {
            yield return BlankLine();
            const int label = 3 * CharWidth;       // "附件：" is three characters
            const int number = CharWidth;           // "1." is two half-width characters ≈ one character
            for (var i = 0; i < d.Attachments.Count; i++)
            {
                var many = d.Attachments.Count > 1;
                var text = (i == 0 ? "附件：" : "") + (many ? $"{i + 1}." : "") + d.Attachments[i];
                var left = FirstLineIndent + label + (many ? number : 0);
                var hanging = (i == 0 ? label : 0) + (many ? number : 0);
                yield return new Paragraph(
                    ParaProps(JustificationValues.Left, indentFirst: false,
                        indentation: new Indentation { Left = left.ToString(), Hanging = hanging.ToString() }),
                    Run(text, FangSong, BodySize));
            }
        }

        // Signature: one blank line, then organ and date. The date stands 右空四字 and the organ is centred on
        // the date (GB/T 9704 7.3.5.1, sealed documents): its right indent moves by half the difference in width
        // (a half-width character is 160 twips, half of that 80), never past the right margin.
        yield return BlankLine();
        var date = ChinaTime.Format(d.Date);
        var organRight = Math.Max(0, SignatureRightIndent + (HalfWidths(date) - HalfWidths(d.SigningOrgan)) * CharWidth / 4);
        yield return new Paragraph(
            ParaProps(JustificationValues.Right, indentFirst: false, indentation: new Indentation { Right = organRight.ToString() }),
            Run(d.SigningOrgan, FangSong, BodySize));
        yield return new Paragraph(
            ParaProps(JustificationValues.Right, indentFirst: false, indentation: new Indentation { Right = SignatureRightIndent.ToString() }),
            Run(date, FangSong, BodySize));

        foreach (var element in Appendices(d)) yield return element;

        if (d.CopyTo is not null || d.PrintingOrgan is not null)
        {
            yield return BlankLine();
            yield return Colophon(d);
        }
    }

    /// <summary>Body blocks; headings are numbered from 一、 within the blocks given.</summary>
    static IEnumerable<OpenXmlElement> Blocks(IEnumerable<DocumentBlock> blocks)
    {
        var numbers = new int[5];
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    yield return Para(JustificationValues.Both, indentFirst: true, Run(p.Text, FangSong, BodySize));
                    break;
                case HeadingBlock h:
                    numbers[h.Level]++;
                    for (var deeper = h.Level + 1; deeper < numbers.Length; deeper++) numbers[deeper] = 0;
                    yield return Heading(h.Level, HeadingNumber(h.Level, numbers[h.Level]), h.Text);
                    break;
                case TableBlock t:
                    yield return Table(t);
                    // A table directly followed by another table would merge; a table must also not end the body.
                    yield return new Paragraph(ParaProps(JustificationValues.Both, indentFirst: false, spacing: SmallLine()));
                    break;
                case PageBreakBlock:
                    yield return new Paragraph(ParaProps(JustificationValues.Both, indentFirst: false), new Run(new Break { Type = BreakValues.Page }));
                    break;
            }
        }
    }

    /// <summary>
    /// Each appendix on a new page after the signature, before the 版记 (GB/T 9704 7.3.4, 7.4): "附件" and its number at
    /// the top left in 3号黑体, the appendix title centred in 2号小标宋 one blank line below, then its content.
    /// </summary>
    static IEnumerable<OpenXmlElement> Appendices(OfficialDocument d)
    {
        for (var i = 0; i < d.Appendices.Count; i++)
        {
            var a = d.Appendices[i];
            yield return new Paragraph(ParaProps(JustificationValues.Left, indentFirst: false), new Run(new Break { Type = BreakValues.Page }));
            yield return Para(JustificationValues.Left, indentFirst: false, Run(d.Appendices.Count > 1 ? $"附件{i + 1}" : "附件", HeiTi, BodySize));
            yield return BlankLine();
            yield return new Paragraph(ParaProps(JustificationValues.Center, indentFirst: false, snapToGrid: false), Run(a.Title, XiaoBiaoSong, TitleSize));
            yield return BlankLine();
            foreach (var element in Blocks(a.Blocks)) yield return element;
        }
    }

    /// <summary>Width in half characters: ASCII counts one, everything else two.</summary>
    static int HalfWidths(string s) => s.Sum(c => c < 0x80 ? 1 : 2);

    public static string HeadingNumber(int level, int n) => level switch
    {
        1 => ChineseNumber(n) + "、",
        2 => "（" + ChineseNumber(n) + "）",
        3 => n + ".",
        4 => "（" + n + "）",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>一 … 九十九 as written in headings (十, 十一, 二十, 二十一).</summary>
    public static string ChineseNumber(int n)
    {
        const string digits = "〇一二三四五六七八九";
        if (n is < 1 or > 99) return n.ToString();
        if (n < 10) return digits[n].ToString();
        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }

    static Paragraph Heading(int level, string number, string text)
    {
        // Level 1 黑体, level 2 楷体, levels 3–4 仿宋, all 3号 and indented like body text (§8 "Title and headings").
        var font = level switch { 1 => HeiTi, 2 => KaiTi, _ => FangSong };
        var props = ParaProps(JustificationValues.Both, indentFirst: true, outlineLevel: level - 1, keepNext: true);
        return new Paragraph(props, Run(number, font, BodySize), Run(text, font, BodySize));
    }

    static Paragraph BlankLine() => new(ParaProps(JustificationValues.Both, indentFirst: false), new Run(RunProps(FangSong, BodySize)));

    static Paragraph Para(JustificationValues Justification, bool indentFirst, params OpenXmlElement[] runs)
        => new(new OpenXmlElement[] { ParaProps(Justification, indentFirst) }.Concat(runs));

    static SpacingBetweenLines BodyLine() => new() { Before = "0", After = "0", Line = LinePitch.ToString(), LineRule = LineSpacingRuleValues.Exact };

    /// <summary>Exact 20 pt lines for 4号 text in tables and the 版记.</summary>
    static SpacingBetweenLines SmallLine() => new() { Before = "0", After = "0", Line = "400", LineRule = LineSpacingRuleValues.Exact };

    static ParagraphProperties ParaProps(JustificationValues justification, bool indentFirst,
        SpacingBetweenLines? spacing = null, Indentation? indentation = null, int? outlineLevel = null, bool keepNext = false,
        Tabs? tabs = null, bool snapToGrid = true)
    {
        var p = new ParagraphProperties();
        if (keepNext) p.Append(new KeepNext());
        if (tabs is not null) p.Append(tabs);
        // Off the character grid (tables, 版记, footer): 4号 text would otherwise sit in 3号 grid cells.
        if (!snapToGrid) p.Append(new SnapToGrid { Val = false });
        p.Append(spacing ?? BodyLine());
        p.Append(indentation ?? (indentFirst
            ? new Indentation { FirstLineChars = 200, FirstLine = FirstLineIndent.ToString() }
            : new Indentation { FirstLineChars = 0, FirstLine = "0" }));
        p.Append(new Justification { Val = justification });
        if (outlineLevel is { } level) p.Append(new OutlineLevel { Val = level });
        return p;
    }

    static RunProperties RunProps(string font, int size, bool bold = false)
    {
        var r = new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font, Hint = FontTypeHintValues.EastAsia });
        if (bold) { r.Append(new Bold()); r.Append(new BoldComplexScript()); }
        r.Append(new Color { Val = "000000" });
        // 28 characters of 16 pt are 448 pt but the line is 442.25 pt: condensing 3号 runs by 0.25 pt (15.75 pt)
        // puts exactly 28 on a line in Word, WPS and LibreOffice alike.
        if (size == BodySize) r.Append(new Spacing { Val = -5 });
        r.Append(new FontSize { Val = size.ToString() });
        r.Append(new FontSizeComplexScript { Val = size.ToString() });
        r.Append(new Languages { Val = "en-US", EastAsia = "zh-CN" });
        return r;
    }

    static Run Run(string text, string font, int size, bool bold = false)
        => new(RunProps(font, size, bold), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    // ------------------------------------------------------------------ tables

    /// <summary>
    /// Tables use 4号 (14 pt) 仿宋: at 3号 a table of five or more columns wraps almost every cell in a
    /// 156 mm block, and 4号 is the size the standard itself uses for the 版记. Single borders, header row
    /// bold and repeated on every page, rows never split across pages.
    /// </summary>
    static Table Table(TableBlock t)
    {
        var weights = t.ColumnWeights ?? Enumerable.Repeat(1, t.Header.Count).ToList();
        var total = weights.Sum();
        var widths = weights.Select(w => TextWidth * w / total).ToArray();
        widths[^1] += TextWidth - widths.Sum();

        BorderType Single<TBorder>() where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" };
        var table = new Table(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(Single<TopBorder>(), Single<LeftBorder>(), Single<BottomBorder>(), Single<RightBorder>(),
                Single<InsideHorizontalBorder>(), Single<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa }),
            new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        table.Append(Row(t.Header, widths, header: true));
        foreach (var row in t.Rows) table.Append(Row(row, widths, header: false));
        return table;
    }

    static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var rowProps = new TableRowProperties(new CantSplit());
        if (header) rowProps.Append(new TableHeader());
        var row = new TableRow(rowProps);
        for (var i = 0; i < cells.Count; i++)
        {
            row.Append(new TableCell(
                new TableCellProperties(
                    new TableCellWidth { Width = widths[i].ToString(), Type = TableWidthUnitValues.Dxa },
                    new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                new Paragraph(
                    ParaProps(header ? JustificationValues.Center : JustificationValues.Left, indentFirst: false, spacing: SmallLine(), snapToGrid: false),
                    Run(cells[i], FangSong, SmallSize, bold: header))));
        }
        return row;
    }

    /// <summary>
    /// 版记 (GB/T 9704 7.4): 抄送 and 印发 lines in 4号仿宋, 左右各空一字, between full-width rules — the
    /// first and last thicker (0.35 mm ≈ 1 pt), the middle thinner (0.25 mm ≈ ¾ pt). Kept at the end of the
    /// text rather than pinned to the foot of an even page (approximation, see ADR 0008).
    /// </summary>
    static Table Colophon(OfficialDocument d)
    {
        BorderType Rule<TBorder>(uint eighths) where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = eighths, Space = 0U, Color = "000000" };
        BorderType None<TBorder>() where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Nil };
        var inner = TextWidth - 2 * PageNumberIndent;
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(Rule<TopBorder>(8), None<LeftBorder>(), Rule<BottomBorder>(8), None<RightBorder>(),
                    Rule<InsideHorizontalBorder>(6), None<InsideVerticalBorder>()),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = (short)PageNumberIndent, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = (short)PageNumberIndent, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(new GridColumn { Width = TextWidth.ToString() }));

        TableRow Line(Paragraph p) => new(new TableRowProperties(new CantSplit()),
            new TableCell(new TableCellProperties(new TableCellWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa }), p));

        if (d.CopyTo is not null)
            table.Append(Line(new Paragraph(
                ParaProps(JustificationValues.Both, indentFirst: false, spacing: ColophonLine(), snapToGrid: false,
                    indentation: new Indentation { Left = "1120", Hanging = "1120" }),   // wraps under the first name after "抄送："
                Run("抄送：" + d.CopyTo, FangSong, SmallSize))));
        if (d.PrintingOrgan is not null)
            table.Append(Line(new Paragraph(
                ParaProps(JustificationValues.Left, indentFirst: false, spacing: ColophonLine(), snapToGrid: false,
                    tabs: new Tabs(new TabStop { Val = TabStopValues.Right, Position = inner })),
                Run(d.PrintingOrgan, FangSong, SmallSize),
                new Run(RunProps(FangSong, SmallSize), new TabChar()),
                Run(ChinaTime.Format(d.PrintingDate ?? d.Date) + "印发", FangSong, SmallSize))));
        return table;
    }

    /// <summary>版记 lines: 4号 text on a line of the body's pitch, so the 版记 keeps to the page grid.</summary>
    static SpacingBetweenLines ColophonLine() => new() { Before = "0", After = "0", Line = LinePitch.ToString(), LineRule = LineSpacingRuleValues.Exact };

    // ------------------------------------------------------------------ parts

    static string AddFooter(MainDocumentPart main, bool even)
    {
        // Page number: 4号 半角宋体 digits between 一字线 (em dashes); odd pages right, even pages left, one
        // character in (GB/T 9704 7.5). PAGE is a complex field so Word, WPS and LibreOffice all update it.
        var part = main.AddNewPart<FooterPart>();
        var props = ParaProps(even ? JustificationValues.Left : JustificationValues.Right, indentFirst: false, snapToGrid: false,
            spacing: new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            indentation: even
                ? new Indentation { Left = PageNumberIndent.ToString(), FirstLine = "0" }
                : new Indentation { Right = PageNumberIndent.ToString(), FirstLine = "0" });
        RunProperties Rp() => RunProps(SongTi, SmallSize);
        part.Footer = new Footer(new Paragraph(props,
            new Run(Rp(), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Rp(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(Rp(), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Rp(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(Rp(), new Text(even ? "2" : "1")),
            new Run(Rp(), new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(Rp(), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
        part.Footer.Save();
        return main.GetIdOfPart(part);
    }

    static void AddSettings(MainDocumentPart main)
    {
        var part = main.AddNewPart<DocumentSettingsPart>();
        part.Settings = new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 420 },
            new EvenAndOddHeaders(),
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15",
            }));
        part.Settings.Save();
    }

    static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = FangSong, HighAnsi = FangSong, EastAsia = FangSong, ComplexScript = FangSong },
                    new Kern { Val = 2U },
                    new FontSize { Val = BodySize.ToString() },
                    new FontSizeComplexScript { Val = BodySize.ToString() },
                    new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = LinePitch.ToString(), LineRule = LineSpacingRuleValues.Exact },
                    new Justification { Val = JustificationValues.Both }))),
            // The grid's character pitch is relative to the Normal style's size (LibreOffice reads it from the
            // style, not from docDefaults), so Normal states 3号仿宋 itself.
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = LinePitch.ToString(), LineRule = LineSpacingRuleValues.Exact },
                    new Justification { Val = JustificationValues.Both }),
                new StyleRunProperties(
                    new RunFonts { Ascii = FangSong, HighAnsi = FangSong, EastAsia = FangSong, ComplexScript = FangSong },
                    new FontSize { Val = BodySize.ToString() },
                    new FontSizeComplexScript { Val = BodySize.ToString() }))
            {
                Type = StyleValues.Paragraph, StyleId = "Normal", Default = true,
            },
            new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
                new StyleTableProperties(
                    new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            {
                Type = StyleValues.Table, StyleId = "TableNormal", Default = true,
            });
        part.Styles.Save();
    }

    static void AddFontTable(MainDocumentPart main)
    {
        // The true Chinese names stay in the runs; altName gives the English/fallback name Word and WPS
        // substitute with when the GB2312 cut is not installed. charset 86 = GB2312.
        var part = main.AddNewPart<FontTablePart>();
        Font F(string name, string alt, FontFamilyValues family) => new(
            new AltName { Val = alt },
            new FontCharSet { Val = "86" },
            new FontFamily { Val = family },
            new Pitch { Val = FontPitchValues.Variable }) { Name = name };
        part.Fonts = new Fonts(
            F(FangSong, "FangSong", FontFamilyValues.Modern),
            F(KaiTi, "KaiTi", FontFamilyValues.Modern),
            F(HeiTi, "SimHei", FontFamilyValues.Modern),
            F(SongTi, "SimSun", FontFamilyValues.Roman),
            F(XiaoBiaoSong, "FZXiaoBiaoSong-B05S", FontFamilyValues.Roman));
        part.Fonts.Save();
    }
}
