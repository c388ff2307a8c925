using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Entities;

/// <summary>Correcting a regulated entity's facts; its version guards against overwriting someone else's change.</summary>
[Authorize(Policy = Policies.Writer)]
public sealed class EditModel(AppDbContext db, RegisterCommands commands, ICurrentUser user) : PageModel, IEntityFormPage
{
    [BindProperty] public EntityForm Input { get; set; } = new();
    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    public RegionRow? FixedVillage { get; private set; }
    public long Id { get; private set; }
    public string EntityName { get; private set; } = "";
    /// <summary>The registered phone, masked, for users who may not see it in full: their form leaves it out and keeps it unless they type a new one.</summary>
    public string? MaskedPhone { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } entity) return NotFound();
        Input = EntityForm.Of(entity);
        if (MaskedPhone is not null) Input.ContactPhone = null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } entity) return NotFound();
        Input.TownId = entity.TownId;
        if (FixedVillage is not null) Input.VillageId = FixedVillage.Id;
        if (!ModelState.IsValid) return Page();
        var input = MaskedPhone is not null && string.IsNullOrWhiteSpace(Input.ContactPhone) ? Input.ToInput() with { ContactPhone = entity.ContactPhone } : Input.ToInput();
        try
        {
            await commands.EditEntityAsync(id, input, Input.Version, ct);
            TempData["Message"] = "已保存。";
            return Redirect($"/Enforcement/Entities/{id}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            EntityForm.AddError(ModelState, e.Message);
            return Page();
        }
    }

    async Task<RegulatedEntity?> LoadAsync(long id, CancellationToken ct)
    {
        var entity = await db.Set<RegulatedEntity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entity is null) return null;
        Id = id;
        EntityName = entity.Name;
        MaskedPhone = entity.ContactPhone is { } phone && !PersonalDataAccess.MaySeeInFull(user) ? PersonalDataAccess.Phone(user, phone) : null;
        (Towns, Villages, FixedVillage) = await EntityFormChoices.LoadAsync(db, entity.TownId, ct);
        return entity;
    }
}
