using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Reports;

/// <summary>
/// The report compiled from the records as they stand now, through <see cref="ReportOutput"/>: Word in the official
/// layout (GB/T 9704) by default, PDF with ?format=pdf, the evidence package (佐证材料) with ?format=zip. A PDF without
/// LibreOffice goes back to the workspace with the reason in Chinese.
/// </summary>
public sealed class WordModel(AppDbContext db, ReportOutput output) : PageModel
{
    public const string ContentType = ReportOutput.DocxType;

    [TempData] public string? Problem { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, string? format, CancellationToken ct)
    {
        if (await ReportPages.LoadAsync(db, id, ct) is not { } report) return NotFound();
        var kind = ReportOutput.ParseFormat(format ?? "docx");
        if (kind is null) return NotFound();
        try
        {
            var file = await output.FileAsync(await output.CompileAsync(report, ct), kind.Value, ct);
            return File(file.Content, file.ContentType, file.FileName);
        }
        catch (DomainRuleException e)
        {
            Problem = e.Message;
            return Redirect($"/Reports/{id}");
        }
    }
}
