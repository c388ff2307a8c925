using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Education.Events;

/// <summary>Correcting an event; the version read with the form guards against overwriting someone else's change.</summary>
[Authorize(Policy = Policies.Writer)]
public sealed class EditModel(AppDbContext db, EducationCommands commands, TimeProvider clock) : PageModel, IEventFormPage
{
    [BindProperty] public EventForm Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    public long Id { get; private set; }
    public string EventTitle { get; private set; } = "";
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    public RegionRow? FixedVillage { get; private set; }
    public IReadOnlyList<(long Id, string Name)> Offices { get; private set; } = [];
    public IReadOnlyList<(long Id, string Name)> Partners { get; private set; } = [];
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await EducationQueries.EventAsync(db, id, ct) is not { } e) return NotFound();
        Input = EventForm.Of(e);
        Version = e.Version;
        await LoadAsync(e, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await EducationQueries.EventAsync(db, id, ct) is not { } e) return NotFound();
        await LoadAsync(e, ct);
        if (Input.ToInput(e.TownId, Villages, ModelState) is not { } input) return Page();
        try
        {
            await commands.EditEventAsync(id, input, Version, ct);
            TempData["Message"] = "已保存。";
            return Redirect($"/Education/Events/{id}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException ex)
        {
            EventForm.AddError(ModelState, ex.Message);
            return Page();
        }
    }

    async Task LoadAsync(EducationEvent e, CancellationToken ct)
    {
        Id = e.Id;
        EventTitle = e.Title;
        var regions = await RegionQueries.InScopeAsync(db, ct);
        Villages = regions.Where(r => r.Level == RegionLevel.Village && r.ParentId == e.TownId).ToList();
        if (!regions.Any(r => r.Level <= RegionLevel.Town) && Villages.Count == 1)
        {
            FixedVillage = Villages[0];
            Input.VillageId = FixedVillage.Id;
        }
        Offices = await EducationForms.OfficesAsync(db, e.TownId, e.OrganiserOfficeId, ct);
        Partners = await EducationForms.PartnersAsync(db, e.TownId, ct);
    }
}
