using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Disputes;

/// <summary>导入矛盾纠纷台账: a ledger kept in Excel, every row checked first, then all registered or none.</summary>
[Authorize(Policy = Policies.Writer)]
[RequestSizeLimit(10 * 1024 * 1024)]
public sealed class ImportModel(AppDbContext db, DisputeImport import) : PageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet() { }

    public IActionResult OnGetTemplate()
    {
        var stream = new MemoryStream();
        DisputeImport.WriteTemplate(stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "矛盾纠纷台账导入模板.xlsx");
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
            Errors = ["只有乡镇或村（社区）的工作人员可以导入本辖区的矛盾纠纷台账。"];
            return Page();
        }
        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        var result = await import.ImportAsync(stream, towns[0].Id, ct);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return Page();
        }
        TempData["Message"] = $"已导入{result.Imported}件矛盾纠纷。";
        return Redirect("/Disputes");
    }
}
