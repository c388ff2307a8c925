using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Entities;

/// <summary>The register of regulated entities (监管对象台账): filters by text, village, kind, risk and status; paged.</summary>
public sealed class IndexModel(AppDbContext db, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public long? VillageId { get; set; }
    [BindProperty(SupportsGet = true)] public EntityKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public RiskClass? Risk { get; set; }
    [BindProperty(SupportsGet = true)] public EntityStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;

    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public IReadOnlyList<EntityRow> Rows { get; private set; } = [];
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    public bool CanWrite => !user.IsReadOnly;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Villages = (await RegionQueries.InScopeAsync(db, ct)).Where(r => r.Level == RegionLevel.Village).ToList();
        var query = EnforcementQueries.Entities(db, new EntityFilter(Q, VillageId, Kind, Risk, Status));
        Total = await query.CountAsync(ct);
        PageCount = Math.Max(1, (Total + RegisterUi.PageSize - 1) / RegisterUi.PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Rows = await query.Skip((PageNo - 1) * RegisterUi.PageSize).Take(RegisterUi.PageSize).ToListAsync(ct);
    }

    public string LinkTo(int page) => QueryHelpers.AddQueryString("/Enforcement/Entities", new Dictionary<string, string?>
    {
        ["q"] = Q, ["villageId"] = VillageId?.ToString(CultureInfo.InvariantCulture), ["kind"] = Kind?.ToString(), ["risk"] = Risk?.ToString(),
        ["status"] = Status?.ToString(), ["pageNo"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value)));
}
