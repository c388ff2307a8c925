using System.Globalization;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Tools;

/// <summary>
/// The clerk's deadline tool: a GET form, so a result can be bookmarked or linked
/// (/tools/deadline?from=2019-09-25&amp;kind=working&amp;n=20). Input is bound as text so nothing typed is lost.
/// </summary>
public sealed class DeadlineModel(AppDbContext db, CalendarProvider calendars) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "from")] public string? From { get; set; }
    /// <summary>"working" (工作日) or "calendar" (自然日).</summary>
    [BindProperty(SupportsGet = true, Name = "kind")] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "n")] public string? N { get; set; }

    public DeadlineComputation? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(N) && string.IsNullOrWhiteSpace(Kind))
        {
            Kind = "working";
            return;
        }
        ModelState.Clear(); // messages below are ours, in Chinese; binding of strings cannot fail

        DateOnly start = default;
        if (string.IsNullOrWhiteSpace(From)) ModelState.AddModelError("from", "请填写起算日期。");
        else if (!DateOnly.TryParseExact(From.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
            ModelState.AddModelError("from", $"起算日期“{From}”无效，请选择日期或按 2019-09-25 的格式填写。");

        DeadlineKind kind = DeadlineKind.WorkingDays;
        if (Kind == "working") kind = DeadlineKind.WorkingDays;
        else if (Kind == "calendar") kind = DeadlineKind.CalendarDays;
        else ModelState.AddModelError("kind", "请选择期限类型：工作日或自然日。");

        var amount = 0;
        if (string.IsNullOrWhiteSpace(N)) ModelState.AddModelError("n", "请填写期限天数。");
        else if (!int.TryParse(N.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out amount) || amount < 1)
            ModelState.AddModelError("n", $"期限天数“{N}”无效，应为正整数。");

        if (!ModelState.IsValid) return;
        try
        {
            var calendar = await calendars.GetAsync(db, ct);
            Result = calendar.Compute(start, kind, amount);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
    }
}
