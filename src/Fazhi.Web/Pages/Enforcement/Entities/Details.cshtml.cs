using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.PersonalData;
using Fazhi.Web.Pages.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Entities;

/// <summary>One regulated entity with its whole history on one page: every inspection, rectification order and case, and its attachments.</summary>
public sealed class DetailsModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    public RegulatedEntity Entity { get; private set; } = null!;
    public string TownName { get; private set; } = "";
    public string? VillageName { get; private set; }
    /// <summary>The contact phone as this user may see it (masked unless they work the cases, PersonalDataAccess).</summary>
    public string? Phone { get; private set; }
    public IReadOnlyList<InspectionRow> Inspections { get; private set; } = [];
    public IReadOnlyList<OrderRow> Orders { get; private set; } = [];
    public IReadOnlyList<CaseRow> Cases { get; private set; } = [];
    public AttachmentPanel Attachments { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public bool CanWrite => !user.IsReadOnly;
    /// <summary>Inspections are recorded by the town's officers, whom a village cadre's scope does not hold.</summary>
    public bool CanInspect { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var entity = await db.Set<RegulatedEntity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entity is null) return NotFound();
        Entity = entity;
        Today = ChinaTime.Today(clock);
        CanInspect = CanWrite && await RegisterUi.HoldsTownAsync(db, ct);
        var places = new[] { entity.TownId, entity.VillageId ?? 0 };
        var names = await db.Regions.AsNoTracking().Where(r => places.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        TownName = names.GetValueOrDefault(entity.TownId) ?? "";
        VillageName = entity.VillageId is { } v ? names.GetValueOrDefault(v) : null;
        Phone = PersonalDataAccess.Phone(user, entity.ContactPhone);
        Inspections = await EnforcementQueries.Inspections(db, new InspectionFilter(EntityId: id)).ToListAsync(ct);
        Orders = await EnforcementQueries.Orders(db, new OrderFilter(EntityId: id)).ToListAsync(ct);
        Cases = await EnforcementQueries.Cases(db, new CaseFilter(EntityId: id)).ToListAsync(ct);
        Attachments = new AttachmentPanel(RegisterUi.EntityOwnerType, id, await AttachmentList.ForOwnerAsync(db, RegisterUi.EntityOwnerType, id, ct),
            CanWrite, $"/Enforcement/Entities/{id}");
        return Page();
    }
}
