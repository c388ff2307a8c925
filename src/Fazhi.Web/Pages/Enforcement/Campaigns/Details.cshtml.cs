using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Web.Pages.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Campaigns;

/// <summary>One campaign: period, lead office, partners, targets and summary, its rolled-up results, its inspections and attachments.</summary>
public sealed class DetailsModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    public Campaign Campaign { get; private set; } = null!;
    public CampaignRow Results { get; private set; } = null!;
    public IReadOnlyList<InspectionRow> Inspections { get; private set; } = [];
    public AttachmentPanel Attachments { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public bool CanWrite => !user.IsReadOnly;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var campaign = await EnforcementQueries.CampaignAsync(db, id, ct);
        if (campaign is null) return NotFound();
        Campaign = campaign;
        Today = ChinaTime.Today(clock);
        // The roll-up is defined once (EnforcementQueries.Campaigns); the campaign's first year narrows it to a few rows.
        Results = (await EnforcementQueries.Campaigns(db, campaign.StartsOn.Year).ToListAsync(ct)).Single(c => c.Id == id);
        Inspections = await EnforcementQueries.Inspections(db, new InspectionFilter(CampaignId: id)).ToListAsync(ct);
        Attachments = new AttachmentPanel(RegisterUi.CampaignOwnerType, id, await AttachmentList.ForOwnerAsync(db, RegisterUi.CampaignOwnerType, id, ct),
            CanWrite, $"/Enforcement/Campaigns/{id}");
        return Page();
    }
}
