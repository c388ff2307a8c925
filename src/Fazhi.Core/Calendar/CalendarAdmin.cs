using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Calendar;

/// <summary>What an administrator's change did: a message for the page, and how many open deadlines moved.</summary>
public sealed record CalendarChangeResult(int Year, int DeadlinesMoved, string Message);

/// <summary>
/// An administrator adds or corrects a year's arrangement. Each change and the recomputation of
/// all open deadlines commit in one transaction, then the cached calendar is dropped.
/// The context must be the system user's: the calendar is national and open deadlines of every
/// town move with it (the admin page itself is what limits who may do this).
/// </summary>
public sealed class CalendarAdmin(AppDbContext systemDb, CalendarProvider calendars)
{
    DateTime Now => systemDb.Clock.GetUtcNow().UtcDateTime;

    /// <summary>Adds a day to a year, creating the year's arrangement when it has none yet.</summary>
    public Task<CalendarChangeResult> AddDayAsync(int year, DateOnly date, string name, bool isOffDay, CancellationToken ct = default) =>
        ChangeAsync(async () =>
        {
            var y = await systemDb.Set<HolidayYear>().Include(x => x.Days).FirstOrDefaultAsync(x => x.Year == year, ct);
            if (y is null)
            {
                y = HolidayYear.Create(year, CalendarSource.Admin, [], Now);
                systemDb.Add(y);
            }
            y.AddDay(date, name, isOffDay, CalendarSource.Admin, Now);
            return (year, $"已添加{ChinaTime.Format(date)}（{(isOffDay ? "放假" : "调休上班")}）。");
        }, ct);

    public Task<CalendarChangeResult> UpdateDayAsync(long dayId, DateOnly date, string name, bool isOffDay, CancellationToken ct = default) =>
        ChangeAsync(async () =>
        {
            var (y, day) = await FindDayAsync(dayId, ct);
            y.UpdateDay(day, date, name, isOffDay, Now);
            return (y.Year, $"已修改{ChinaTime.Format(date)}的安排。");
        }, ct);

    public Task<CalendarChangeResult> DeleteDayAsync(long dayId, CancellationToken ct = default) =>
        ChangeAsync(async () =>
        {
            var (y, day) = await FindDayAsync(dayId, ct);
            var date = day.Date;
            y.RemoveDay(day, Now);
            return (y.Year, $"已删除{ChinaTime.Format(date)}的安排，该日按普通周一至周五规则计算。");
        }, ct);

    /// <summary>Imports a holiday-cn-style file; a year already present is replaced as a whole.</summary>
    public Task<CalendarChangeResult> ImportYearAsync(string json, CancellationToken ct = default) =>
        ChangeAsync(async () =>
        {
            var file = HolidayArrangementFile.Parse(json);
            if (file.Days.Count == 0) throw new DomainRuleException("文件中没有任何日期安排。");
            var y = await systemDb.Set<HolidayYear>().Include(x => x.Days).FirstOrDefaultAsync(x => x.Year == file.Year, ct);
            var replaced = y is not null;
            if (y is null)
            {
                y = HolidayYear.Create(file.Year, CalendarSource.Admin, file.Papers, Now);
                systemDb.Add(y);
            }
            y.ReplaceAll(file.Papers, file.Days, Now);
            return (file.Year, $"已{(replaced ? "替换" : "导入")}{file.Year}年的放假安排（{file.Days.Count}条）。");
        }, ct);

    async Task<(HolidayYear Year, HolidayDay Day)> FindDayAsync(long dayId, CancellationToken ct)
    {
        var yearId = await systemDb.Set<HolidayDay>().Where(d => d.Id == dayId).Select(d => (long?)d.HolidayYearId).FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException("未找到该日期条目，可能已被删除。");
        var y = await systemDb.Set<HolidayYear>().Include(x => x.Days).FirstAsync(x => x.Id == yearId, ct);
        return (y, y.Days.First(d => d.Id == dayId));
    }

    async Task<CalendarChangeResult> ChangeAsync(Func<Task<(int Year, string Message)>> change, CancellationToken ct)
    {
        await using var tx = await systemDb.Database.BeginTransactionAsync(ct);
        var (year, message) = await change();
        await systemDb.SaveChangesAsync(ct);
        var calendar = await CalendarProvider.LoadAsync(systemDb, ct);
        var moved = await DeadlineService.RecomputeOpenAsync(systemDb, calendar, ct);
        await tx.CommitAsync(ct);
        calendars.Invalidate();
        return new CalendarChangeResult(year, moved, $"{message}已重新计算未办结期限：{moved}项的到期日发生变化。");
    }
}
