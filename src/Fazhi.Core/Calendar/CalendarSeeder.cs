using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Calendar;

/// <summary>
/// Puts the shipped years (holiday-cn) into the database where a year is missing. A year an
/// administrator has added or corrected is never overwritten by the shipped copy. A shipped file
/// without days (the notice not yet published) is not a year's arrangement and is left out.
/// </summary>
public static class CalendarSeeder
{
    /// <summary>Returns the years added. The context must be the system user's (open deadlines of every town may move).</summary>
    public static async Task<IReadOnlyList<int>> SeedShippedYearsAsync(AppDbContext db, CancellationToken ct = default)
    {
        var present = await db.Set<HolidayYear>().Select(y => y.Year).ToListAsync(ct);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var added = new List<int>();
        foreach (var file in HolidayArrangementFile.Shipped())
        {
            if (present.Contains(file.Year) || file.Days.Count == 0) continue;
            var year = HolidayYear.Create(file.Year, CalendarSource.Shipped, file.Papers, now);
            foreach (var d in file.Days) year.AddDay(d.Date, d.Name, d.IsOffDay, CalendarSource.Shipped, now);
            db.Add(year);
            added.Add(file.Year);
        }
        if (added.Count == 0) return added;
        await db.SaveChangesAsync(ct);
        // A release that ships a new year is a calendar change too: open deadlines that ran into
        // that year on the Monday–Friday fallback get their due dates from the real arrangement.
        await DeadlineService.RecomputeOpenAsync(db, await CalendarProvider.LoadAsync(db, ct), ct);
        return added;
    }
}
