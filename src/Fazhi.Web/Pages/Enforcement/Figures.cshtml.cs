using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Enforcement;

/// <summary>行政执法统计: the year's headline figures with their formulas, each campaign's results and the breakdowns, read from <see cref="EnforcementFigures"/>.</summary>
public sealed class FiguresModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    public EnforcementReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Year is < 2000 or > 2100) Year = ChinaTime.Today(clock).Year;
        Report = await EnforcementFigures.ForYearAsync(db, Year, ct);
    }
}
