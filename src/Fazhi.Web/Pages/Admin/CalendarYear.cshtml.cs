using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Admin;

/// <summary>One year's arrangement: its days, and a form to add a day (which creates the year if needed).</summary>
public sealed class CalendarYearModel(AppDbContext db, CalendarAdmin admin) : PageModel
{
    public sealed record DayRow(long Id, DateOnly Date, string Name, bool IsOffDay);

    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty] public CalendarDayInput Input { get; set; } = new();

    public bool Exists { get; private set; }
    public string Source { get; private set; } = "";
    public IReadOnlyList<string> Papers { get; private set; } = [];
    public IReadOnlyList<DayRow> Days { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Year < HolidayYear.MinYear || Year > HolidayYear.MaxYear) return NotFound();
        Input.Type = "off";
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (Year < HolidayYear.MinYear || Year > HolidayYear.MaxYear) return NotFound();
        if (Input.TryRead(ModelState, nameof(Input), out var date, out var isOffDay))
        {
            try
            {
                var result = await admin.AddDayAsync(Year, date, Input.Name!, isOffDay, ct);
                TempData["Message"] = result.Message;
                return RedirectToPage(new { year = Year });
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        var y = await db.Set<HolidayYear>().AsNoTracking().Include(x => x.Days).FirstOrDefaultAsync(x => x.Year == Year, ct);
        Exists = y is not null;
        if (y is null) return;
        Source = y.SourceLabel;
        Papers = y.Papers.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Days = y.Days.OrderBy(d => d.Date).Select(d => new DayRow(d.Id, d.Date, d.Name, d.IsOffDay)).ToList();
    }
}
