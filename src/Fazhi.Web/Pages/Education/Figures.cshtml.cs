using Fazhi.Core.Data;
using Fazhi.Core.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Education;

/// <summary>普法与法律服务统计: the year's figures with their formulas, the attendance as reported (余/近 kept), the breakdowns and each person's study hours, read from <see cref="EducationFigures"/>.</summary>
public sealed class FiguresModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public int ShownYear { get; private set; }
    public EducationReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        ShownYear = ServiceForms.YearOr(Year, clock);
        Report = await EducationFigures.ForYearAsync(db, ShownYear, ct);
    }
}
