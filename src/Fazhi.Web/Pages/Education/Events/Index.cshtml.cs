using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Education.Events;

/// <summary>The education events register (普法活动台账): filters, pages, attendance worded as reported (300余人, 近500人).</summary>
public sealed class IndexModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public string? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public long? VillageId { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Integrity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;

    public IReadOnlyList<EventRow> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    public bool CanWrite => !user.IsReadOnly;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= ChinaTime.Today(clock).Year;
        Villages = (await RegionQueries.InScopeAsync(db, ct)).Where(r => r.Level == RegionLevel.Village).ToList();
        var query = EducationQueries.Events(db, new EventFilter(Year, Kind, Sector, Channel, VillageId, Integrity, Q));
        Paging = Paging.Of(PageNo, await query.CountAsync(ct), LinkTo);
        Rows = await query.Skip(Paging.Skip).Take(Paging.Size).ToListAsync(ct);
    }

    public string LinkTo(int page) => EducationForms.Link("/Education/Events", new Dictionary<string, string?>
    {
        ["year"] = Year?.ToString(CultureInfo.InvariantCulture), ["kind"] = Kind, ["sector"] = Sector, ["channel"] = Channel,
        ["villageId"] = VillageId?.ToString(CultureInfo.InvariantCulture), ["integrity"] = Integrity is { } i ? (i ? "true" : "false") : null, ["q"] = Q,
        ["pageNo"] = page.ToString(CultureInfo.InvariantCulture),
    });
}
