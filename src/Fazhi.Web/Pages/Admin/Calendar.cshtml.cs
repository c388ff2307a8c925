using System.Text;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Admin;

/// <summary>工作日历: the years of holiday arrangements, warnings for missing years, and import of a year file.</summary>
public sealed class CalendarModel(AppDbContext db, CalendarAdmin admin, TimeProvider clock) : PageModel
{
    public const long MaxUploadBytes = 1024 * 1024;

    public sealed record YearRow(int Year, string Source, int OffDays, int WorkDays, DateTime UpdatedUtc);

    public IReadOnlyList<YearRow> Years { get; private set; } = [];
    public IReadOnlyList<int> MissingYears { get; private set; } = [];

    [BindProperty] public IFormFile? Upload { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
            ModelState.AddModelError(nameof(Upload), "请选择要导入的年度文件（holiday-cn 格式的 JSON）。");
        else if (Upload.Length > MaxUploadBytes)
            ModelState.AddModelError(nameof(Upload), "文件过大：年度安排文件应小于1MB。");
        if (ModelState.IsValid)
        {
            try
            {
                string json;
                using (var reader = new StreamReader(Upload!.OpenReadStream(), Encoding.UTF8))
                    json = await reader.ReadToEndAsync(ct);
                var result = await admin.ImportYearAsync(json, ct);
                TempData["Message"] = result.Message;
                return RedirectToPage("/Admin/CalendarYear", new { year = result.Year });
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(nameof(Upload), e.Message);
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        var years = await db.Set<HolidayYear>().AsNoTracking()
            .OrderByDescending(y => y.Year)
            .Select(y => new
            {
                y.Year,
                y.Source,
                Off = y.Days.Count(d => d.IsOffDay),
                Work = y.Days.Count(d => !d.IsOffDay),
                y.UpdatedUtc,
            })
            .ToListAsync(ct);
        Years = years.Select(y => new YearRow(y.Year, y.Source == CalendarSource.Shipped ? "内置" : "管理员修改", y.Off, y.Work, y.UpdatedUtc)).ToList();
        var thisYear = ChinaTime.Today(clock).Year;
        MissingYears = new[] { thisYear, thisYear + 1 }
            .Where(y => !years.Any(r => r.Year == y && r.Off + r.Work > 0))
            .ToList();
    }
}
