using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Campaigns;

/// <summary>The special campaigns (专项整治) of a year with their results rolled up from their inspections and orders.</summary>
public sealed class IndexModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;

    public IReadOnlyList<CampaignRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= ChinaTime.Today(clock).Year;
        var query = EnforcementQueries.Campaigns(db, Year);
        Total = await query.CountAsync(ct);
        PageCount = Math.Max(1, (Total + RegisterUi.PageSize - 1) / RegisterUi.PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Rows = await query.Skip((PageNo - 1) * RegisterUi.PageSize).Take(RegisterUi.PageSize).ToListAsync(ct);
        CanWrite = !user.IsReadOnly && await RegisterUi.HoldsTownAsync(db, ct);
    }

    public string LinkTo(int page) =>
        $"/Enforcement/Campaigns?year={Year?.ToString(CultureInfo.InvariantCulture)}&pageNo={page.ToString(CultureInfo.InvariantCulture)}";
}
