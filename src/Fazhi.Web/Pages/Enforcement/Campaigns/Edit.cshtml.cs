using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Enforcement.Campaigns;

/// <summary>Changing a campaign: its period may not leave out inspections already recorded under it (checked by RegisterCommands).</summary>
[Authorize(Policy = Policies.Writer)]
public sealed class EditModel(AppDbContext db, RegisterCommands commands) : PageModel, ICampaignFormPage
{
    [BindProperty] public CampaignForm Input { get; set; } = new();
    public long Id { get; private set; }
    public string CampaignName { get; private set; } = "";
    public IReadOnlyList<(long Id, string Name)> Offices { get; private set; } = [];
    public IReadOnlyList<(long Id, string Name)> Partners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } campaign) return NotFound();
        Input = CampaignForm.Of(campaign);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } campaign) return NotFound();
        if (Input.ToInput(campaign.TownId, ModelState) is not { } input) return Page();
        try
        {
            await commands.EditCampaignAsync(id, input, ct);
            TempData["Message"] = "已保存。";
            return Redirect($"/Enforcement/Campaigns/{id}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            CampaignForm.AddError(ModelState, e.Message);
            return Page();
        }
    }

    async Task<Campaign?> LoadAsync(long id, CancellationToken ct)
    {
        var campaign = await EnforcementQueries.CampaignAsync(db, id, ct);
        if (campaign is null) return null;
        Id = id;
        CampaignName = campaign.Name;
        Offices = await CampaignChoices.OfficesAsync(db, campaign.TownId, campaign.LeadOfficeId, ct);
        Partners = await CampaignChoices.PartnersAsync(db, campaign.TownId, ct);
        return campaign;
    }
}
