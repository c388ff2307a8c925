using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Fazhi.Core.Regions;
using Fazhi.Core.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Reports;

/// <summary>
/// A district's report templates: the parts a new report of its towns starts from. The district's supervisor (or an
/// administrator whose scope covers the district) edits a template's name, default flag and parts; everyone else reads
/// them. Rows are added without JavaScript by a button that re-shows the form with one more empty part.
/// </summary>
public sealed class TemplatesModel(AppDbContext db, ReportCommands reports, ICurrentUser user) : PageModel
{
    public sealed class PartRow
    {
        public string? Heading { get; set; }
        public string? Body { get; set; }
        public bool Remove { get; set; }
    }

    [BindProperty(SupportsGet = true)] public long? District { get; set; }
    /// <summary>The template whose edit form is open.</summary>
    [BindProperty(SupportsGet = true)] public long? Edit { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public bool IsDefault { get; set; }
    [BindProperty] public List<PartRow> Rows { get; set; } = [];
    [BindProperty] public int Version { get; set; }

    public IReadOnlyList<RegionRow> Districts { get; private set; } = [];
    public RegionRow? Current { get; private set; }
    public IReadOnlyList<ReportTemplate> Templates { get; private set; } = [];
    public ReportTemplate? Editing { get; private set; }
    public bool CanEdit => Current is not null && (user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin))
                           && Current.Path.StartsWith(user.ScopePath, StringComparison.Ordinal);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Editing is { } t)
        {
            Name = t.Name;
            IsDefault = t.IsDefault;
            Version = t.Version;
            Rows = t.Sections.OrderBy(s => s.Order).Select(s => new PartRow { Heading = s.Heading, Body = s.Body }).ToList();
        }
        return Page();
    }

    /// <summary>Re-shows the form as typed with one more empty part; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAddRowAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanEdit) return Forbid();
        if (Editing is null) return NotFound();
        ModelState.Clear();
        Rows.Add(new PartRow());
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanEdit) return Forbid();
        if (Editing is null) return NotFound();
        ModelState.Clear();
        try
        {
            var parts = Rows.Where(r => !r.Remove).Select(r => (r.Heading ?? "", r.Body ?? "")).ToList();
            await reports.SaveTemplateAsync(Editing.Id, Name ?? "", IsDefault, parts, Version, ct);
            TempData["Message"] = $"模板“{Name?.Trim()}”已保存。";
            return Redirect($"/Reports/Templates?district={Current!.Id}#template-{Editing.Id}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            // The refused change may have been applied in memory before the rule broke: read the templates as saved.
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            return Page();
        }
    }

    async Task LoadAsync(CancellationToken ct)
    {
        var scope = user.ScopePath;
        Districts = await db.Regions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.District && (r.Path.StartsWith(scope) || scope.StartsWith(r.Path)))
            .OrderBy(r => r.Code)
            .Select(r => new RegionRow(r.Id, r.ParentId, r.Level, r.Kind, r.Name, r.Code, r.Path, r.IsDemo))
            .ToListAsync(ct);
        Current = Districts.FirstOrDefault(d => d.Id == District) ?? Districts.FirstOrDefault();
        if (Current is null) return;
        var district = await db.Regions.FirstAsync(r => r.Id == Current.Id, ct);
        Templates = await ReportTemplates.OfDistrictAsync(db, district, ct);
        Editing = CanEdit ? Templates.FirstOrDefault(t => t.Id == Edit) : null;
    }
}
