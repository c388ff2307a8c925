using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Regions;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<RegionRow> Regions { get; private set; } = [];
    public IReadOnlyList<OfficeRow> Offices { get; private set; } = [];
    public IReadOnlyList<PartnerRow> Partners { get; private set; } = [];
    public int MinDepth { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Regions = await RegionQueries.InScopeAsync(db, ct);
        MinDepth = Regions.Count == 0 ? 0 : Regions.Min(r => r.Depth);
        Offices = await OrganisationQueries.OfficesAsync(db, ct);
        Partners = await OrganisationQueries.PartnersAsync(db, ct);
    }
}
