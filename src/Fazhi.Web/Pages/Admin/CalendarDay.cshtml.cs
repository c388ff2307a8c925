using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Admin;

/// <summary>Edit or delete one listed day of a year's arrangement.</summary>
public sealed class CalendarDayModel(AppDbContext db, CalendarAdmin admin) : PageModel
{
    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    [BindProperty] public CalendarDayInput Input { get; set; } = new();
    [BindProperty] public bool ConfirmDelete { get; set; }

    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var day = await FindAsync(ct);
        if (day is null) return NotFound();
        Input = new CalendarDayInput { Date = day.Date.ToString("yyyy-MM-dd"), Name = day.Name, Type = day.IsOffDay ? "off" : "work" };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is null) return NotFound();
        if (Input.TryRead(ModelState, nameof(Input), out var date, out var isOffDay))
        {
            try
            {
                var result = await admin.UpdateDayAsync(Id, date, Input.Name!, isOffDay, ct);
                TempData["Message"] = result.Message;
                return RedirectToPage("/Admin/CalendarYear", new { year = result.Year });
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var day = await FindAsync(ct);
        if (day is null) return NotFound();
        ModelState.Clear();
        if (!ConfirmDelete)
        {
            Input = new CalendarDayInput { Date = day.Date.ToString("yyyy-MM-dd"), Name = day.Name, Type = day.IsOffDay ? "off" : "work" };
            ModelState.AddModelError(nameof(ConfirmDelete), "请勾选“确认删除”后再删除。");
            return Page();
        }
        try
        {
            var result = await admin.DeleteDayAsync(Id, ct);
            TempData["Message"] = result.Message;
            return RedirectToPage("/Admin/CalendarYear", new { year = result.Year });
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    async Task<HolidayDay?> FindAsync(CancellationToken ct)
    {
        var day = await db.Set<HolidayDay>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == Id, ct);
        if (day is not null)
            Year = await db.Set<HolidayYear>().Where(y => y.Id == day.HolidayYearId).Select(y => y.Year).FirstAsync(ct);
        return day;
    }
}
