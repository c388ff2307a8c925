using System.Diagnostics;
using Fazhi.Core.Documents;

namespace Fazhi.Core.Tests.Documents;

/// <summary>
/// Renders the sample report with LibreOffice (soffice + pdftotext must be installed; test.sh installs
/// libreoffice-writer-nogui and poppler-utils) and checks what a reader of the PDF would see.
/// </summary>
public class OfficialDocxPdfTests
{
    /// <summary>
    /// No simplified 仿宋_GB2312 / 方正小标宋 exists in Debian: map the true names to installed CJK faces for
    /// rendering only (the .docx keeps the real names).
    /// </summary>
    internal const string FontAliases = """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
          <alias binding="strong"><family>仿宋_GB2312</family><prefer><family>AR PL UKai CN</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="strong"><family>FangSong</family><prefer><family>AR PL UKai CN</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="strong"><family>楷体_GB2312</family><prefer><family>AR PL UKai CN</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="strong"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="strong"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
          <match target="pattern">
            <test name="family"><string>方正小标宋简体</string></test>
            <edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit>
            <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>
          </match>
        </fontconfig>
        """;

    internal static string ConvertToPdf(string docx, string dir)
    {
        File.WriteAllText(Path.Combine(dir, "fonts.conf"), FontAliases);
        var start = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[] { $"-env:UserInstallation=file://{dir}/profile", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, docx })
            start.ArgumentList.Add(arg);
        start.Environment["FONTCONFIG_FILE"] = Path.Combine(dir, "fonts.conf");
        start.Environment["HOME"] = dir;
        using (var soffice = Process.Start(start)!)
        {
            var output = soffice.StandardOutput.ReadToEndAsync();
            var error = soffice.StandardError.ReadToEndAsync();
            Assert.True(soffice.WaitForExit(180_000), "soffice did not finish within 180 s");
            var pdf = Path.ChangeExtension(docx, ".pdf");
            Assert.True(soffice.ExitCode == 0 && File.Exists(pdf), $"soffice failed ({soffice.ExitCode}): {output.Result} {error.Result}");
            return pdf;
        }
    }

    static string PdfText(string pdf)
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

    [Fact]
    public void SampleReport_RendersToAPdfOfSeveralPagesWithNumberedFooters()
    {
        var dir = Directory.CreateTempSubdirectory("fazhi-docx-").FullName;
        try
        {
            var docx = Path.Combine(dir, "report.docx");
            using (var file = File.Create(docx)) OfficialDocxWriter.Write(OfficialDocxWriterTests.SampleReport(), file);

            var text = PdfText(ConvertToPdf(docx, dir));
            var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
            Assert.True(pages.Count >= 2, $"expected 2+ pages, got {pages.Count}:\n{text}");
            var flat = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
            Assert.Contains("西联镇人民政府关于2019年度法治政府建设情况的报告", flat);
            // pdftotext drops the spaces inside "— 1 —" and spaces out grid-aligned text, so compare without blanks.
            static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
            Assert.Contains("—1—", Squeeze(pages[0]));
            Assert.Contains("—2—", Squeeze(pages[1]));
            Assert.Contains("一、主要工作及成效", flat);
            Assert.Contains("2020年1月15日", flat);
            // The table's header row is repeated on the page the table continues on.
            Assert.True(pages.Count(p => p.Contains("调处成功率")) >= 2, "header row not repeated on the next page");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
