using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Documents;
using Fazhi.Core.Reporting;
using Fazhi.Core.Reports;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Reports;

/// <summary>
/// The golden test of the annual report: the demo town's 2019 report, compiled from the records and written as .docx, read
/// back, holds every figure and dated activity of the seed that the modules keep.
/// </summary>
public class AnnualReportGoldenTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    async Task<(CompiledReport Compiled, string Text, MemoryStream Docx)> DemoReportAsync()
    {
        await using var scope = app.SystemScope(out var db);
        var report = await db.Set<AnnualReport>().Include(r => r.Sections).Include(r => r.Checks).SingleAsync(r => r.Year == 2019 && r.Title.Contains("西联镇"));
        var context = new FigureContext(db, await CalendarProvider.LoadAsync(db), new DateOnly(2020, 1, 15));
        var compiled = await ReportCompiler.CompileAsync(context, report);
        var docx = new MemoryStream();
        OfficialDocxWriter.Write(compiled.ToDocument(new DateOnly(2020, 1, 15)), docx);
        docx.Position = 0;
        using var doc = WordprocessingDocument.Open(docx, false);
        var text = string.Join("\n", doc.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        docx.Position = 0;
        return (compiled, text, docx);
    }

    [Fact]
    public async Task TheDemoTowns2019Report_HoldsTheSeedsFiguresAndDatedActivities()
    {
        var (compiled, text, _) = await DemoReportAsync();
        Assert.Contains("本年度，我镇接待信访案件20件，办理率100%。", text);
        Assert.Contains("整改取缔15家", text);
        Assert.Contains("8月30日，", text);
        Assert.Contains("在阳山村委会开展", text);
        Assert.Contains("张剑波", text);
        Assert.Contains("12月4日，联合周和律师事务所", text);
        Assert.Contains("集中参观廉政教育基地三次", text);
        // The disputes module's demo year: 50 found, 49 mediated (调处率98%), 46 succeeded (调处成功率93.9%).
        Assert.Contains("排查发现矛盾纠纷50件，调处49件，调处成功46件，调处成功率93.9%。", text);
        Assert.DoesNotContain(compiled.Problems, p => !p.Contains("待填写"));
        Assert.Empty(compiled.Moved);
    }

    [Fact]
    public async Task TheDocx_IsValidOpenXml_WithTheSeedsStructureAndTheAppendix()
    {
        var (_, text, docx) = await DemoReportAsync();
        using var doc = WordprocessingDocument.Open(docx, false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).Select(e => e.Description));
        Assert.Contains("武江区西联镇2019年度法治政府建设情况报告", text);
        Assert.Contains("西联府〔2020〕3号", text);
        foreach (var heading in new[] { "一、2019年法治政府建设工作开展情况", "二、法治政府建设工作主要成效", "三、法治政府建设工作存在的问题", "四、下一步工作计划" })
            Assert.Contains(heading, text);
        Assert.Contains("（一）依法行政意识还不够强", text);
        // Each part of the work section is a heading of its own line, never run into the paragraph before it.
        Assert.DoesNotContain("##", text);
        foreach (var heading in new[] { "（二）全面推行政务公开，阳光政府建设更上一层楼", "（四）坚持依法办事，依法全面履行职能",
                     "（五）妥善处理好群众信访工作，解决群众矛盾纠纷，切实维护社会和谐稳定" })
            Assert.Contains("\n" + heading + "\n", text);
        Assert.Contains("2020年1月15日", text);
        Assert.Contains("2019年度主要数据统计表", text);
    }
}
