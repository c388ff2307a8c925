using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Documents;
using Fazhi.Core.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Reports;

/// <summary>The report as a Word document in the official layout (GB/T 9704), compiled from the records as they stand now.</summary>
public sealed class WordModel(AppDbContext db, ReportCommands reports, TimeProvider clock) : PageModel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await ReportPages.LoadAsync(db, id, ct) is not { } report) return NotFound();
        var compiled = await ReportCompiler.CompileAsync(await reports.FigureContextAsync(ct), report, ct);
        var output = new MemoryStream();
        OfficialDocxWriter.Write(compiled.ToDocument(ChinaTime.Today(clock)), output);
        output.Position = 0;
        var town = await ReportPages.TownNameAsync(db, report.TownId, ct);
        return File(output, ContentType, $"{town}{report.Year}年度法治政府建设情况报告.docx");
    }
}
