using Fazhi.Core.Data;
using Fazhi.Core.Ledgers;
using Fazhi.Core.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Ledgers;

/// <summary>
/// The page behind every "导入台账": the template download, and an upload imported into the user's one town — all rows
/// or none, every problem listed by row. A module's page names its ledger and calls its own import.
/// </summary>
public abstract class LedgerImportPage(AppDbContext db) : PageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>E.g. "信访台账".</summary>
    protected abstract string LedgerName { get; }
    /// <summary>E.g. "件信访事项": the message reads "已导入3件信访事项。".</summary>
    protected abstract string RecordsName { get; }
    /// <summary>Where to go after a successful import.</summary>
    protected abstract string ListPath { get; }
    protected abstract void WriteTemplate(Stream output);
    protected abstract Task<ImportResult> ImportAsync(Stream xlsx, long townId, CancellationToken ct);

    public void OnGet() { }

    public IActionResult OnGetTemplate()
    {
        var stream = new MemoryStream();
        WriteTemplate(stream);
        stream.Position = 0;
        return File(stream, LedgerExport.ContentType, $"{LedgerName}导入模板.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Errors = ["请选择要导入的 .xlsx 文件。"];
            return Page();
        }
        var towns = await RegionQueries.TownsAsync(db, ct);
        if (towns.Count != 1)
        {
            Errors = [$"只有乡镇或村（社区）的工作人员可以导入本辖区的{LedgerName}。"];
            return Page();
        }
        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        var result = await ImportAsync(stream, towns[0].Id, ct);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return Page();
        }
        TempData["Message"] = $"已导入{result.Imported}{RecordsName}。";
        return Redirect(ListPath);
    }
}
