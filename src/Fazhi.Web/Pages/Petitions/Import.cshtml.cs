using Fazhi.Core.Data;
using Fazhi.Core.Petitions;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Petitions;

[Authorize(Policy = Policies.Writer)]
[RequestSizeLimit(10 * 1024 * 1024)]
public sealed class ImportModel(AppDbContext db, PetitionImport import) : PageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet() { }

    public IActionResult OnGetTemplate()
    {
        var stream = new MemoryStream();
        PetitionImport.WriteTemplate(stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "信访台账导入模板.xlsx");
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
            Errors = ["只有乡镇的工作人员可以导入本镇的信访台账。"];
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
        TempData["Message"] = $"已导入{result.Imported}件信访事项。";
        return Redirect("/Petitions");
    }
}
