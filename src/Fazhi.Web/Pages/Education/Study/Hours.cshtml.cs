using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Education.Study;

/// <summary>Each person's study hours in a year, as the figures define them (EducationReport.HoursPerPerson).</summary>
public sealed class HoursModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public EducationReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = Year is >= 2000 and <= 2100 ? Year : ChinaTime.Today(clock).Year;
        Report = await EducationFigures.ForYearAsync(db, Year.Value, ct);
    }
}
