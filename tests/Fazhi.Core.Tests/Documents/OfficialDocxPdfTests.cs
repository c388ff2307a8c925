using Fazhi.Core.Common;
using Fazhi.Core.Documents;
using static Fazhi.Core.Tests.Documents.DocumentReadBack;

namespace Fazhi.Core.Tests.Documents;

/// <summary>
/// Renders the sample report with LibreOffice (soffice + pdftotext must be installed; test.sh installs
/// libreoffice-writer-nogui and poppler-utils) and checks what a reader of the PDF would see.
/// </summary>
public class OfficialDocxPdfTests
{
    /// <summary>Converts with the platform's converter (its own profile and font aliases) into the same folder.</summary>
    internal static string ConvertToPdf(string docx, string dir)
    {
        var pdf = Path.ChangeExtension(docx, ".pdf");
        using (var input = File.OpenRead(docx))
        using (var output = File.Create(pdf))
            new PdfConverter().ConvertAsync(input, output).GetAwaiter().GetResult();
        return pdf;
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

/// <summary>Every way the conversion can fail ends in a Chinese message, never a crash or a process left running.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class PdfConverterFailureTests
{
    static async Task<DomainRuleException> FailAsync(PdfConverter converter) =>
        await Assert.ThrowsAsync<DomainRuleException>(() => converter.ConvertAsync(new MemoryStream([1, 2, 3]), new MemoryStream()));

    static string Script(string body)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("fazhi-soffice-").FullName, "soffice");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    [Fact]
    public async Task Convert_WithoutLibreOffice_SaysItIsNotInstalled()
    {
        var e = await FailAsync(new PdfConverter("/nonexistent/libreoffice/soffice"));
        Assert.Equal(PdfConverter.NotInstalled, e.Message);
        Assert.StartsWith("未安装LibreOffice，无法生成PDF", e.Message);
    }

    [Fact]
    public async Task Convert_WhenLibreOfficeFails_SaysSoWithItsExitCode()
    {
        var e = await FailAsync(new PdfConverter(Script("exit 3")));
        Assert.Contains("未能生成PDF（退出码3）", e.Message);
    }

    [Fact]
    public async Task Convert_WhenLibreOfficeHangs_IsStoppedAtTheTimeout()
    {
        var started = DateTime.UtcNow;
        var e = await FailAsync(new PdfConverter(Script("exec sleep 60"), TimeSpan.FromSeconds(1)));
        Assert.Contains("超时", e.Message);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30), "the hanging process was not stopped");
    }
}
