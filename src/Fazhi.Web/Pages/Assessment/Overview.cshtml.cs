using Fazhi.Core.Assessment;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Assessment;

/// <summary>The district's view of a sheet: every town side by side with where its assessment stands, its totals and grade.</summary>
public sealed class OverviewModel(AppDbContext db, ICurrentUser user) : PageModel
{
    public IndicatorSheet Sheet { get; private set; } = null!;
    public IReadOnlyList<OverviewRow> Rows { get; private set; } = [];
    public bool IsDistrictActor { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await AssessmentQueries.SheetAsync(db, id, ct) is not { } sheet) return NotFound();
        // Only readers whose scope covers the district compare its towns; a town's people see their own assessment only.
        if (await AssessmentQueries.OverviewAsync(db, sheet, ct) is not { } rows) return NotFound();
        Sheet = sheet;
        Rows = rows;
        IsDistrictActor = AssessmentAccess.IsDistrictActor(user, sheet.DistrictPath);
        return Page();
    }
}
