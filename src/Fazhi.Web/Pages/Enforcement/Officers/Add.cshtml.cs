using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Enforcement.Officers;

/// <summary>Adding a member of the town's enforcement staff; certificates are added on their page next.</summary>
[Authorize(Policy = Policies.Writer)]
public sealed class AddModel(AppDbContext db, RegisterCommands commands) : PageModel
{
    [BindProperty] public OfficerForm Officer { get; set; } = new();
    [BindProperty] public long TownId { get; set; }
    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<(long Id, string Name)> Offices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid) return Page();
        try
        {
            var officer = await commands.AddOfficerAsync(Officer.ToInput(TownId), ct);
            TempData["Message"] = $"已添加执法人员{officer.Name}，请登记其行政执法证。";
            return Redirect($"/Enforcement/Officers/{officer.Id}");
        }
        catch (DomainRuleException e)
        {
            OfficerForm.AddError(ModelState, nameof(Officer), e.Message);
            return Page();
        }
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Towns = await RegionQueries.TownsAsync(db, ct);
        if (TownId == 0 && Towns.Count > 0) TownId = Towns[0].Id;
        Offices = await OfficerForm.OfficesAsync(db, TownId, null, ct);
    }
}
