using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Enforcement.Campaigns;

/// <summary>Planning a special campaign (专项整治) of the town, joint when partner agencies take part.</summary>
[Authorize(Policy = Policies.Writer)]
public sealed class CreateModel(AppDbContext db, RegisterCommands commands, TimeProvider clock) : PageModel, ICampaignFormPage
{
    [BindProperty] public CampaignForm Input { get; set; } = new();
    [BindProperty] public long TownId { get; set; }
    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<(long Id, string Name)> Offices { get; private set; } = [];
    public IReadOnlyList<(long Id, string Name)> Partners { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.StartsOn = RegisterUi.Iso(ChinaTime.Today(clock));
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Input.ToInput(TownId, ModelState) is not { } input) return Page();
        try
        {
            var campaign = await commands.CreateCampaignAsync(input, ct);
            TempData["Message"] = $"已建立专项整治“{campaign.Name}”。";
            return Redirect($"/Enforcement/Campaigns/{campaign.Id}");
        }
        catch (DomainRuleException e)
        {
            CampaignForm.AddError(ModelState, e.Message);
            return Page();
        }
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Towns = await RegionQueries.TownsAsync(db, ct);
        if (TownId == 0 && Towns.Count > 0) TownId = Towns[0].Id;
        Offices = await CampaignChoices.OfficesAsync(db, TownId, Input.LeadOfficeId, ct);
        Partners = await CampaignChoices.PartnersAsync(db, TownId, ct);
    }
}
