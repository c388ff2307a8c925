using Fazhi.Core.Attachments;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Public;

/// <summary>
/// 法治政府建设年度报告公开: the published reports and their Word text as published. Read through a context of its own acting
/// as <see cref="PublicReader"/> (read-only), and only through <see cref="PublicReports"/>.
/// </summary>
public sealed class ReportsModel(DbContextOptions<AppDbContext> options, TimeProvider clock, AttachmentStore store) : PageModel
{
    public IReadOnlyList<PublishedReport> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await using var db = new AppDbContext(options, PublicReader.Instance, clock);
        Rows = await PublicReports.ListAsync(db, ct);
    }

    public async Task<IActionResult> OnGetWordAsync(long id, CancellationToken ct)
    {
        await using var db = new AppDbContext(options, PublicReader.Instance, clock);
        if (await PublicReports.FindAsync(db, id, ct) is not { } report || ReportOutput.PublishedFile(store, report) is not { } file) return NotFound();
        return File(file.Content, file.ContentType, file.FileName);
    }
}
