using System.Diagnostics;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Fazhi.Core.Attachments;
using Fazhi.Core.Petitions;
using Fazhi.Core.Regions;
using Fazhi.Core.Reports;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static Fazhi.Core.Tests.Documents.DocumentReadBack;

namespace Fazhi.Web.Tests.Reports;

/// <summary>
/// The demo town's 2019 report as it leaves the workspace, each file opened back: the .docx in GB/T 9704 layout, the PDF
/// LibreOffice renders from it, the evidence package with a file attached to a petition it counts, and the same files
/// written by the command line.
/// </summary>
public class ReportOutputTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    const string Title = "武江区西联镇2019年度法治政府建设情况报告";
    const string FirstSection = "一、2019年法治政府建设工作开展情况";

    /// <summary>The report output as a user would get it (their scope), with the demo report of 2019 compiled.</summary>
    async Task<(ReportOutput Output, CompiledReport Report, AsyncServiceScope Scope)> DemoReportAsync(string user = "demo.fazhiban")
    {
        var scope = app.Services.CreateAsyncScope();
        var db = await UserContext.AsAsync(scope.ServiceProvider, user);
        var output = ActivatorUtilities.CreateInstance<ReportOutput>(scope.ServiceProvider, db);
        var town = await db.Regions.SingleAsync(r => r.Code == "440203100000");
        var report = await output.FindAsync(town.Id, 2019) ?? throw new InvalidOperationException("no demo report");
        return (output, await output.CompileAsync(report), scope);
    }

    async Task<WordprocessingDocument> DocxAsync()
    {
        var (output, report, scope) = await DemoReportAsync();
        await using var _ = scope;
        var file = await output.FileAsync(report, ReportFormat.Docx);
        var copy = new MemoryStream();
        await using (file) await file.Content.CopyToAsync(copy);
        Assert.Equal(Title + ".docx", file.FileName);
        copy.Position = 0;
        return WordprocessingDocument.Open(copy, false);
    }

    [Fact]
    public async Task EveryFigureTheTextCites_ReadsTheSameInTheAppendixTable()
    {
        var (output, report, scope) = await DemoReportAsync();
        await using var _ = scope;
        var copy = new MemoryStream();
        await using (var file = await output.FileAsync(report, ReportFormat.Docx)) await file.Content.CopyToAsync(copy);
        copy.Position = 0;
        using var doc = WordprocessingDocument.Open(copy, false);
        // The appendix's rows as read back from the document: 指标, 数值, 计算口径.
        var rows = doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).Where(c => c.Count == 3).ToList();
        var cited = report.Fields.Where(f => f.Figure is not null).Select(f => f.Figure!).ToList();
        Assert.True(cited.Count >= 20, $"the demo report cites {cited.Count} figures");
        foreach (var figure in cited)
        {
            var row = Assert.Single(rows, r => r[0] == figure.Label && r[2] == figure.Explained);
            Assert.Equal(figure.Display, row[1]);
        }
        Assert.Contains(rows, r => r[0] == report.Figure("petitions.received")!.Label && r[1] == report.Figure("petitions.received")!.Display);
        Assert.Contains("接待信访案件20件", string.Concat(BodyParagraphs(doc).Select(p => p.InnerText)));
    }

    [Fact]
    public async Task Docx_IsA4WithTheStandardMargins_AndPassesTheValidator()
    {
        using var doc = await DocxAsync();
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        var section = Section(doc);
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838u, section.GetFirstChild<PageSize>()!.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(2098, margin.Top!.Value);     // 37 mm
        Assert.Equal(1587u, margin.Left!.Value);   // 28 mm
        Assert.Equal(1474u, margin.Right!.Value);  // 26 mm: a text block 156 mm wide
        Assert.Equal(1984, margin.Bottom!.Value);  // 35 mm: 225 mm high
        var grid = section.GetFirstChild<DocGrid>()!;
        Assert.Equal(DocGridValues.Lines, grid.Type!.Value);
        Assert.Equal(578, grid.LinePitch!.Value);  // 22 lines in 225 mm
    }

    [Fact]
    public async Task Docx_HasTheNumberTitleBodyAndHeadingsInTheirOfficialFonts()
    {
        using var doc = await DocxAsync();
        var paragraphs = BodyParagraphs(doc);
        Assert.Equal("西联府〔2020〕3号", paragraphs[0].InnerText);

        var title = ParagraphWithText(doc, Title);
        Assert.Equal(JustificationValues.Center, title.ParagraphProperties!.Justification!.Val!.Value);
        Assert.All(title.Elements<Run>(), r =>
        {
            Assert.Equal("方正小标宋简体", r.RunProperties!.RunFonts!.EastAsia!.Value);
            Assert.Equal("44", r.RunProperties.FontSize!.Val!.Value);   // 2号 = 22 pt
        });

        var body = ParagraphWithText(doc, "本年度，我镇接待信访案件20件，办理率100%。");
        Assert.All(body.Elements<Run>(), r =>
        {
            Assert.Equal("仿宋_GB2312", r.RunProperties!.RunFonts!.EastAsia!.Value);
            Assert.Equal("32", r.RunProperties.FontSize!.Val!.Value);   // 3号 = 16 pt
        });

        var headings = Headings(doc);
        var first = headings.First(h => h.Level == 1);
        Assert.Equal(FirstSection, first.Text);
        Assert.Equal(("一、", "黑体"), (first.Number, first.Font));
        var sub = headings.First(h => h.Level == 2);
        Assert.Equal(("（一）", "楷体_GB2312"), (sub.Number, sub.Font));
        Assert.Equal("（一）进一步增强全面法治观念，提高广大干部群众的法治意识", sub.Text);
        Assert.Equal(["一、", "二、", "三、", "四、"], headings.Where(h => h.Level == 1 && !h.Text.Contains("统计")).Select(h => h.Number).Take(4));
    }

    [Fact]
    public async Task Docx_IsSignedAndDated_WithTheAppendixAndPageNumbers()
    {
        using var doc = await DocxAsync();
        var paragraphs = BodyParagraphs(doc);
        var date = ParagraphWithText(doc, "2020年1月15日");
        Assert.Equal(JustificationValues.Right, date.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("1280", date.ParagraphProperties.Indentation!.Right!.Value);   // 4 characters of 3号
        Assert.Equal("武江区西联镇人民政府", paragraphs[paragraphs.IndexOf(date) - 1].InnerText);

        Assert.Single(paragraphs, p => p.InnerText == "附件：2019年度主要数据统计表");
        var appendix = ParagraphWithText(doc, "2019年度主要数据统计表");
        Assert.Equal(JustificationValues.Center, appendix.ParagraphProperties!.Justification!.Val!.Value);
        Assert.True(paragraphs.IndexOf(appendix) > paragraphs.IndexOf(date), "the appendix follows the signature");
        Assert.NotEmpty(doc.MainDocumentPart!.Document!.Body!.Elements<Table>());

        Assert.NotNull(doc.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
        var odd = FooterOf(doc, HeaderFooterValues.Default);
        var even = FooterOf(doc, HeaderFooterValues.Even);
        foreach (var footer in new[] { odd, even })
        {
            Assert.Contains(" PAGE ", footer.Descendants<FieldCode>().Single().Text);
            Assert.StartsWith("— ", footer.InnerText);
            Assert.EndsWith(" —", footer.InnerText);
            Assert.All(footer.Descendants<Run>(), r =>
            {
                Assert.Equal("宋体", r.RunProperties!.RunFonts!.EastAsia!.Value);
                Assert.Equal("28", r.RunProperties.FontSize!.Val!.Value);   // 4号 = 14 pt
            });
        }
        Assert.Equal(JustificationValues.Right, odd.Elements<Paragraph>().Single().ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(JustificationValues.Left, even.Elements<Paragraph>().Single().ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public async Task Pdf_RenderedByLibreOffice_ReadsTheTitleAndTheFiguresInChinese()
    {
        var (output, report, scope) = await DemoReportAsync();
        await using var _ = scope;
        var dir = Directory.CreateTempSubdirectory("fazhi-report-pdf-").FullName;
        try
        {
            var pdf = Path.Combine(dir, "report.pdf");
            await using (var file = await output.FileAsync(report, ReportFormat.Pdf))
            await using (var target = File.Create(pdf))
            {
                Assert.Equal(Title + ".pdf", file.FileName);
                await file.Content.CopyToAsync(target);
            }
            var text = PdfText(pdf);
            var flat = Squeeze(text);
            Assert.Contains(Title, flat);
            Assert.Contains("接待信访案件20件", flat);
            Assert.Contains("西联府〔2020〕3号", flat);
            Assert.Contains("—1—", Squeeze(text.Split('\f')[0]));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>A PDF file to attach (the store decides types by content).</summary>
    static byte[] Scan(string marker)
    {
        var bytes = new byte[3000];
        "%PDF-1.4\n"u8.ToArray().CopyTo(bytes, 0);
        System.Text.Encoding.ASCII.GetBytes(marker).CopyTo(bytes, 9);
        for (var i = 9 + marker.Length; i < bytes.Length; i++) bytes[i] = (byte)('a' + i % 26);
        return bytes;
    }

    /// <summary>Attaches a file to a 2019 petition of 西联镇 as the coordinator would; returns the petition's number.</summary>
    async Task<string> AttachToA2019PetitionAsync(string fileName, byte[] content)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await using var db = await UserContext.AsAsync(sp, "demo.fazhiban");
        var petition = await db.Set<Petition>().Where(p => p.ReceivedOn >= new DateOnly(2019, 1, 1) && p.ReceivedOn <= new DateOnly(2019, 12, 31))
            .OrderBy(p => p.Id).FirstAsync();
        var handler = new UploadAttachment.Handler(db, sp.GetRequiredService<AttachmentStore>(), sp.GetRequiredService<AttachmentOwnerRegistry>());
        Assert.NotNull(await handler.HandleAsync(new UploadAttachment.Command("petition", petition.Id, fileName, "受理告知书扫描件", new MemoryStream(content))));
        return petition.Number;
    }

    static List<IDictionary<string, object?>> IndexRows(ZipArchive zip)
    {
        using var index = new MemoryStream();
        using (var entry = zip.GetEntry("index.xlsx")!.Open()) entry.CopyTo(index);
        index.Position = 0;
        // Row 1 names the report; row 2 holds the headers.
        return MiniExcel.Query(index, useHeaderRow: true, startCell: "A2").Cast<IDictionary<string, object?>>().ToList();
    }

    [Fact]
    public async Task Evidence_HoldsAPetitionsFileInTheSectionCitingPetitions_ListedInTheIndex()
    {
        var content = Scan("evidence-of-petition");
        var number = await AttachToA2019PetitionAsync("受理告知书.pdf", content);

        var (output, report, scope) = await DemoReportAsync();
        await using var _ = scope;
        await using var file = await output.FileAsync(report, ReportFormat.Zip);
        Assert.Equal(Title + "（佐证材料）.zip", file.FileName);
        using var zip = new ZipArchive(file.Content, ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        foreach (var folder in new[] { FirstSection + "/", "二、法治政府建设工作主要成效/", "三、法治政府建设工作存在的问题/", "四、下一步工作计划/", "附件材料/" })
            Assert.Contains(folder, names);

        // The section whose text cites petitions.received holds the file, in the petition's own folder, byte for byte.
        var path = Assert.Single(names, n => n.StartsWith(FirstSection + "/", StringComparison.Ordinal) && n.EndsWith("/受理告知书.pdf", StringComparison.Ordinal));
        Assert.Contains(number, path);
        using (var copy = new MemoryStream())
        {
            using (var entry = zip.GetEntry(path)!.Open()) await entry.CopyToAsync(copy);
            Assert.Equal(content, copy.ToArray());
        }

        var rows = IndexRows(zip);
        Assert.Equal(["部分", "指标", "数值", "记录类型", "记录", "日期", "文件"], rows[0].Keys.Take(7));
        var label = report.Figure("petitions.received")!.Label;
        var received = rows.Where(r => (string?)r["部分"] == FirstSection && (string?)r["指标"] == label).ToList();
        var withFile = Assert.Single(received, r => (string?)r["文件"] == path);
        Assert.Contains(number, (string?)withFile["记录"]);
        Assert.Equal("信访事项", withFile["记录类型"]);
        Assert.Equal("20", withFile["数值"]?.ToString());
        // The other 19 petitions it counts are listed all the same, without files.
        Assert.Equal(20, received.Count);
        Assert.Equal(19, received.Count(r => string.IsNullOrEmpty((string?)r["文件"])));
        // The events the section's [[events]] paragraph recounts are listed too (8月30日 at 阳山村委会, among others).
        Assert.Contains(rows, r => (string?)r["部分"] == FirstSection && (string?)r["指标"] == "生成段落：普法活动" && (string?)r["记录类型"] == "普法活动"
                                   && ((string?)r["日期"])!.StartsWith("2019年8月30日"));
    }

    [Fact]
    public async Task Evidence_OfAnotherTown_IsNotFoundForItsUser()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await UserContext.AsAsync(scope.ServiceProvider, "demo.longgui");
        var output = ActivatorUtilities.CreateInstance<ReportOutput>(scope.ServiceProvider, db);
        await using var system = app.SystemScope(out var sys);
        var xilian = await sys.Regions.SingleAsync(r => r.Code == "440203100000");
        var id = await sys.Set<AnnualReport>().Where(r => r.TownId == xilian.Id && r.Year == 2019).Select(r => r.Id).SingleAsync();
        Assert.Null(await output.FindAsync(id));
        Assert.Null(await output.FindAsync(xilian.Id, 2019));
    }

    // ---- the command line, on this app's database

    async Task<(int ExitCode, string Output, string Error)> FazhiAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "fazhi.dll"));
        foreach (var a in args.Concat(["--data", app.DataDir])) start.ArgumentList.Add(a);
        start.Environment["Fazhi__Database__Provider"] = app.ConnectionString is null ? "Sqlite" : "Postgres";
        if (app.ConnectionString is not null) start.Environment["Fazhi__Database__ConnectionString"] = app.ConnectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Command_WritesTheDocxAndTheEvidencePackage_AndRefusesInChinese()
    {
        var dir = Directory.CreateTempSubdirectory("fazhi-report-cli-").FullName;
        try
        {
            var docx = Path.Combine(dir, "报告.docx");
            var written = await FazhiAsync("report", "--town", "440203100000", "--year", "2019", "--format", "docx", "--out", docx);
            Assert.True(written.ExitCode == 0, written.Error + written.Output);
            Assert.Contains("已导出", written.Output);
            using (var doc = WordprocessingDocument.Open(docx, false))
            {
                Assert.Equal("西联府〔2020〕3号", BodyParagraphs(doc)[0].InnerText);
                Assert.Contains(BodyParagraphs(doc), p => p.InnerText == "本年度，我镇接待信访案件20件，办理率100%。");
            }

            var zip = Path.Combine(dir, "佐证材料.zip");
            var evidence = await FazhiAsync("report", "--town", "440203100000", "--year", "2019", "--format", "zip", "--out", zip);
            Assert.True(evidence.ExitCode == 0, evidence.Error + evidence.Output);
            using (var archive = ZipFile.OpenRead(zip))
            {
                Assert.Contains(archive.Entries, e => e.FullName == FirstSection + "/");
                Assert.Contains(IndexRows(archive), r => (string?)r["部分"] == FirstSection);
            }

            var unknown = await FazhiAsync("report", "--town", "999999999999", "--year", "2019", "--format", "docx", "--out", Path.Combine(dir, "x.docx"));
            Assert.Equal(1, unknown.ExitCode);
            Assert.Contains("找不到乡镇“999999999999”", unknown.Error);
            var noReport = await FazhiAsync("report", "--town", "440203100000", "--year", "2015", "--out", Path.Combine(dir, "x.docx"));
            Assert.Equal(1, noReport.ExitCode);
            Assert.Contains("西联镇2015年度的法治政府建设年度报告尚未起草", noReport.Error);
            var badFormat = await FazhiAsync("report", "--town", "440203100000", "--year", "2019", "--format", "xls", "--out", Path.Combine(dir, "x.xls"));
            Assert.Equal(2, badFormat.ExitCode);
            Assert.Contains("导出格式“xls”无效", badFormat.Error);
            Assert.False(File.Exists(Path.Combine(dir, "x.docx")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
