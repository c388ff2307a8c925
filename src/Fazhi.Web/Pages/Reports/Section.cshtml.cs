using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Reporting;
using Fazhi.Core.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Reports;

/// <summary>
/// Editing one part of a report: its heading and its body in the report markup, with the markup explained and every
/// figure of the year listed with its field, label and current value for the clerk to copy. A refused save keeps what
/// was typed.
/// </summary>
public sealed class SectionModel(AppDbContext db, ReportCommands reports, ICurrentUser user) : PageModel
{
    [BindProperty] public string? Heading { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public int Version { get; set; }

    public AnnualReport Report { get; private set; } = null!;
    public ReportSection Section { get; private set; } = null!;
    public int Number { get; private set; }
    public IReadOnlyList<FigureSet> Sets { get; private set; } = [];
    public bool CanEdit => !user.IsReadOnly && Report.IsEditable;

    public async Task<IActionResult> OnGetAsync(long id, long sectionId, CancellationToken ct)
    {
        if (!await LoadAsync(id, sectionId, ct)) return NotFound();
        Heading = Section.Heading;
        Body = Section.Body;
        Version = Report.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, long sectionId, CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        ModelState.Clear();
        try
        {
            await reports.EditSectionAsync(id, sectionId, Heading ?? "", Body ?? "", Version, ct);
            TempData["Message"] = "已保存。";
            return Redirect($"/Reports/{id}#section-{sectionId}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return await LoadAsync(id, sectionId, ct) ? Page() : NotFound();
        }
    }

    async Task<bool> LoadAsync(long id, long sectionId, CancellationToken ct)
    {
        if (await ReportPages.LoadAsync(db, id, ct) is not { } report) return false;
        var ordered = report.Sections.OrderBy(s => s.Order).ToList();
        if (ordered.FirstOrDefault(s => s.Id == sectionId) is not { } section) return false;
        Report = report;
        Section = section;
        Number = ordered.IndexOf(section) + 1;
        Sets = await FigureCatalog.ForYearAsync(await reports.FigureContextAsync(ct), report.Year, ct);
        return true;
    }
}
