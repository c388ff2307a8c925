using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Petitions;

public sealed class FiguresModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    public IReadOnlyList<Figure> Figures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Year is < 2000 or > 2100) Year = ChinaTime.Today(clock).Year;
        Figures = await PetitionFigures.OfYearAsync(db, Year, ct);
    }
}
