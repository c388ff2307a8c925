using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Calendar;

/// <summary>
/// Loads the <see cref="WorkCalendar"/> from the database once and keeps it (one per process, a
/// singleton); <see cref="Invalidate"/> is called whenever an administrator changes a year.
/// The calendar is national data, not scoped, so any user's context may load it.
/// </summary>
public sealed class CalendarProvider
{
    readonly Lock gate = new();
    WorkCalendar? cached;
    long version;

    public async Task<WorkCalendar> GetAsync(AppDbContext db, CancellationToken ct = default)
    {
        long seen;
        lock (gate)
        {
            if (cached is not null) return cached;
            seen = version;
        }
        var calendar = await LoadAsync(db, ct);
        lock (gate)
        {
            // A change that happened while loading must not be hidden by this older copy.
            if (version == seen) cached = calendar;
        }
        return calendar;
    }

    public void Invalidate()
    {
        lock (gate)
        {
            cached = null;
            version++;
        }
    }

    /// <summary>Reads every year from the database, bypassing the cache (inside a transaction it sees its own changes).</summary>
    public static async Task<WorkCalendar> LoadAsync(AppDbContext db, CancellationToken ct = default)
    {
        var years = await db.Set<HolidayYear>().AsNoTracking().Include(y => y.Days).ToListAsync(ct);
        return new WorkCalendar(years.Select(y => new HolidayArrangement(
            y.Year,
            y.Papers.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            y.Days.Select(d => new CalendarDay(d.Date, d.Name, d.IsOffDay)).ToList())));
    }
}
