using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fazhi.Core.Tests.Documents;

/// <summary>
/// Reading an official document back as a reader's software would: its body paragraphs, page section, footers and
/// headings from the .docx, its text from the PDF (pdftotext). Shared by the tests of the writer here and of the
/// documents the platform writes with it (linked into the web tests).
/// </summary>
internal static class DocumentReadBack
{
    public static List<Paragraph> BodyParagraphs(WordprocessingDocument doc)
        => doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

    public static Paragraph ParagraphWithText(WordprocessingDocument doc, string text)
        => BodyParagraphs(doc).Single(p => p.InnerText == text);

    /// <summary>The document's one section (page size, margins, grid, footer references).</summary>
    public static SectionProperties Section(WordprocessingDocument doc)
        => doc.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();

    /// <summary>The footer of odd pages (Default) or even pages (Even).</summary>
    public static Footer FooterOf(WordprocessingDocument doc, HeaderFooterValues type)
    {
        var main = doc.MainDocumentPart!;
        var reference = Section(doc).Elements<FooterReference>().Single(r => r.Type!.Value == type);
        return ((FooterPart)main.GetPartById(reference.Id!.Value!)).Footer!;
    }

    /// <summary>The headings (paragraphs with an outline level): number run ("一、"), its East Asian font, level 1–4, whole text.</summary>
    public static List<(string Number, string Font, int Level, string Text)> Headings(WordprocessingDocument doc)
        => BodyParagraphs(doc).Where(p => p.ParagraphProperties?.OutlineLevel is not null)
            .Select(p => (Number: p.Elements<Run>().First().InnerText, Font: p.Elements<Run>().First().RunProperties!.RunFonts!.EastAsia!.Value!,
                Level: p.ParagraphProperties!.OutlineLevel!.Val!.Value + 1, Text: p.InnerText))
            .ToList();

    /// <summary>The text of a PDF by pdftotext (poppler-utils), pages separated by form feeds.</summary>
    public static string PdfText(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "pdftotext did not finish");
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    /// <summary>pdftotext spaces out grid-aligned text and drops the blanks in "— 1 —": compare without whitespace.</summary>
    public static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
