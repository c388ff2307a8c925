using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Web.Pages.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Inspections;

/// <summary>
/// One inspection, patrol or re-inspection: the officers with the certificate each showed (亮证), the findings and when
/// they were put right, the outcome with the order it issued or the case it led to, and the photos and video of the
/// full-process record.
/// </summary>
public sealed class DetailsModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    public sealed record Link(long Id, string Text);

    public Inspection Inspection { get; private set; } = null!;
    public string? VillageName { get; private set; }
    public string TownName { get; private set; } = "";
    public Link? Campaign { get; private set; }
    public Link? Entity { get; private set; }
    public Link? Order { get; private set; }
    public Link? FollowsOrder { get; private set; }
    public Link? TaskLink { get; private set; }
    public IReadOnlyList<Link> Cases { get; private set; } = [];
    public AttachmentPanel Attachments { get; private set; } = null!;
    public bool CanAct { get; private set; }
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var i = await EnforcementQueries.InspectionAsync(db, id, ct);
        if (i is null) return NotFound();
        Inspection = i;
        var places = new[] { i.TownId, i.VillageId ?? 0 };
        var regions = await db.Regions.AsNoTracking().Where(r => places.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        TownName = regions.GetValueOrDefault(i.TownId) ?? "";
        VillageName = i.VillageId is { } v ? regions.GetValueOrDefault(v) : null;
        // The campaign is the town's: its name belongs to the inspection's record even for a village cadre.
        Campaign = i.CampaignId is { } cid
            ? await db.Set<Campaign>().IgnoreQueryFilters().Where(c => c.Id == cid).Select(c => new Link(c.Id, c.Name)).FirstOrDefaultAsync(ct) : null;
        Entity = i.EntityId is { } eid
            ? await db.Set<RegulatedEntity>().Where(e => e.Id == eid).Select(e => new Link(e.Id, e.Name)).FirstOrDefaultAsync(ct) : null;
        Order = await db.Set<RectificationOrder>().Where(o => o.InspectionId == id).Select(o => new Link(o.Id, o.Number)).FirstOrDefaultAsync(ct);
        FollowsOrder = i.FollowsOrderId is { } fid
            ? await db.Set<RectificationOrder>().Where(o => o.Id == fid).Select(o => new Link(o.Id, o.Number)).FirstOrDefaultAsync(ct) : null;
        TaskLink = i.PatrolTaskId is { } tid
            ? await db.Set<PatrolTask>().Where(t => t.Id == tid).Select(t => new Link(t.Id, t.Place)).FirstOrDefaultAsync(ct) : null;
        Cases = await db.Set<EnforcementCase>().Where(c => c.InspectionId == id).OrderBy(c => c.Id).Select(c => new Link(c.Id, c.Number)).ToListAsync(ct);
        CanAct = !user.IsReadOnly && await WorkForms.CoversTownAsync(db, i.TownId, ct);
        Attachments = new AttachmentPanel("inspection", i.Id, await AttachmentList.ForOwnerAsync(db, "inspection", i.Id, ct), !user.IsReadOnly,
            $"/Enforcement/Inspections/{i.Id}");
        return Page();
    }
}
