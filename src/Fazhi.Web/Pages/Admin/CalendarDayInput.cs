using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Fazhi.Web.Pages.Admin;

/// <summary>A day entry as typed into the calendar forms; text fields so nothing typed is lost.</summary>
public sealed class CalendarDayInput
{
    public string? Date { get; set; }
    public string? Name { get; set; }
    /// <summary>"off" (放假) or "work" (调休上班).</summary>
    public string? Type { get; set; }

    /// <summary>Checks the shape; the calendar rules themselves are the domain's (HolidayYear).</summary>
    public bool TryRead(ModelStateDictionary state, string prefix, out DateOnly date, out bool isOffDay)
    {
        date = default;
        isOffDay = Type == "off";
        if (string.IsNullOrWhiteSpace(Date)) state.AddModelError(prefix + ".Date", "请填写日期。");
        else if (!DateOnly.TryParseExact(Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            state.AddModelError(prefix + ".Date", $"日期“{Date}”无效，请按 2019-10-01 的格式填写。");
        if (string.IsNullOrWhiteSpace(Name)) state.AddModelError(prefix + ".Name", "请填写节日名称，例如“国庆节”。");
        if (Type is not ("off" or "work")) state.AddModelError(prefix + ".Type", "请选择“放假”或“调休上班”。");
        return state.IsValid;
    }
}
