using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Enforcement.Entities;

/// <summary>Registering a regulated entity (监管对象); the credit code and phone are checked by the entity itself.</summary>
[Authorize(Policy = Policies.Writer)]
public sealed class RegisterModel(AppDbContext db, RegisterCommands commands) : PageModel, IEntityFormPage
{
    [BindProperty] public EntityForm Input { get; set; } = new();
    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    public RegionRow? FixedVillage { get; private set; }
    public string? MaskedPhone => null;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid) return Page();
        try
        {
            var entity = await commands.RegisterEntityAsync(Input.ToInput(), ct);
            TempData["Message"] = $"已登记监管对象“{entity.Name}”。";
            return Redirect($"/Enforcement/Entities/{entity.Id}");
        }
        catch (DomainRuleException e)
        {
            EntityForm.AddError(ModelState, e.Message);
            return Page();
        }
    }

    async Task LoadAsync(CancellationToken ct)
    {
        (Towns, Villages, FixedVillage) = await EntityFormChoices.LoadAsync(db, null, ct);
        if (FixedVillage is not null) Input.VillageId = FixedVillage.Id;
        if (Input.TownId == 0 && Towns.Count > 0) Input.TownId = Towns[0].Id;
    }
}
