using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Inspections;

/// <summary>The inspection and patrol register (执法检查台账): filters, pages, the outcome of each.</summary>
public sealed class IndexModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public InspectionKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public long? CampaignId { get; set; }
    [BindProperty(SupportsGet = true)] public long? VillageId { get; set; }
    [BindProperty(SupportsGet = true)] public InspectionOutcome? Outcome { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;

    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public IReadOnlyList<InspectionRow> Rows { get; private set; } = [];
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    public IReadOnlyList<CampaignRow> Campaigns { get; private set; } = [];
    /// <summary>Town staff record inspections; a village cadre reports patrol tasks instead.</summary>
    public bool CanRecord { get; private set; }
    public int ExportYear => Year ?? ChinaTime.Today(clock).Year;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var regions = await RegionQueries.InScopeAsync(db, ct);
        Villages = regions.Where(r => r.Level == RegionLevel.Village).ToList();
        CanRecord = !user.IsReadOnly && regions.Any(r => r.Level == RegionLevel.Town);
        Campaigns = await EnforcementQueries.Campaigns(db, Year).ToListAsync(ct);
        var query = EnforcementQueries.Inspections(db, new InspectionFilter(Year, Kind, CampaignId, null, VillageId, Outcome, Q));
        Total = await query.CountAsync(ct);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Rows = await query.Skip((PageNo - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    public string LinkTo(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["year"] = Year?.ToString(CultureInfo.InvariantCulture), ["kind"] = Kind?.ToString(),
            ["campaignId"] = CampaignId?.ToString(CultureInfo.InvariantCulture), ["villageId"] = VillageId?.ToString(CultureInfo.InvariantCulture),
            ["outcome"] = Outcome?.ToString(), ["q"] = Q, ["pageNo"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/Enforcement/Inspections", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
