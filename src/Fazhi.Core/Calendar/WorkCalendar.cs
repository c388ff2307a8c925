using System.Text;
using Fazhi.Core.Common;

namespace Fazhi.Core.Calendar;

/// <summary>How a time limit is counted: "N个工作日" or "N日" (calendar days).</summary>
public enum DeadlineKind
{
    WorkingDays,
    CalendarDays,
}

/// <summary>A computed due date and how it was counted, in Chinese, for the clerk to read and check.</summary>
public sealed record DeadlineComputation(
    DateOnly Start,
    DeadlineKind Kind,
    int Amount,
    DateOnly DueDate,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<int> YearsWithoutData)
{
    public bool UsedFallback => YearsWithoutData.Count > 0;
}

/// <summary>
/// The legal working-day calendar: a day is a working day if it is Monday–Friday and not listed as
/// a day off, or if it is listed as a make-up working day (调休上班, isOffDay:false). A year without
/// an arrangement falls back to Monday–Friday, and every result that relies on that says so.
/// Immutable; <see cref="CalendarProvider"/> builds and caches one from the database.
/// </summary>
public sealed class WorkCalendar
{
    public const int MaxAmount = 3650;

    readonly Dictionary<DateOnly, CalendarDay> days;
    readonly HashSet<int> yearsWithData;

    public WorkCalendar(IEnumerable<HolidayArrangement> years)
    {
        var list = years.ToList();
        // A year file without any day (holiday-cn ships one before the State Council notice is out)
        // is no arrangement at all: such a year falls back to Monday–Friday, with the warning.
        yearsWithData = list.Where(y => y.Days.Count > 0).Select(y => y.Year).ToHashSet();
        days = [];
        // A date listed in two files (late December in the next year's notice): the file of the
        // date's own year wins, so an administrator's correction of that year is what counts.
        foreach (var year in list.OrderBy(y => y.Year))
            foreach (var d in year.Days)
                if (!days.TryGetValue(d.Date, out _) || year.Year == d.Date.Year)
                    days[d.Date] = d;
    }

    /// <summary>The calendar of the shipped files alone (no database): tests and a command line without a database.</summary>
    public static WorkCalendar Shipped() => new(HolidayArrangementFile.Shipped());

    public IReadOnlyCollection<int> YearsWithData => yearsWithData;
    public bool HasDataFor(int year) => yearsWithData.Contains(year);

    public CalendarDay? Listed(DateOnly date) => days.GetValueOrDefault(date);

    public bool IsWorkingDay(DateOnly date) =>
        days.TryGetValue(date, out var d) ? !d.IsOffDay : !IsWeekend(date);

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date)) date = date.AddDays(1);
        return date;
    }

    public DeadlineComputation Compute(DateOnly start, DeadlineKind kind, int amount) =>
        kind == DeadlineKind.WorkingDays ? AddWorkingDays(start, amount) : AddCalendarDays(start, amount);

    /// <summary>
    /// "N个工作日": counting begins the day after the start day (《民法典》第二百零一条: 按照年、月、日
    /// 计算期间的，开始的当日不计入，自下一日开始计算); only working days are counted, so weekends and
    /// holidays inside the period are skipped and make-up working days count.
    /// </summary>
    public DeadlineComputation AddWorkingDays(DateOnly start, int amount)
    {
        Check(start, amount);
        var date = start;
        for (var counted = 0; counted < amount;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) counted++;
        }

        var steps = new List<string>
        {
            StartStep(start),
            $"按工作日计算{amount}个工作日：自{ChinaTime.Format(start.AddDays(1))}起逐日计数，周六、周日和法定节假日放假日不计入，调休上班日计为工作日。",
        };
        steps.AddRange(CrossedSteps(start, date, countsWorkingDays: true));
        steps.Add($"第{amount}个工作日为{CalendarText.WithWeekday(date)}，即期限届满日。");
        return Result(start, DeadlineKind.WorkingDays, amount, date, steps);
    }

    /// <summary>
    /// "N日": calendar days from the day after the start day (《民法典》第二百零一条); if the last day is a
    /// statutory rest day or holiday, the period ends on the day after it (《民法典》第二百零三条: 期间的最后
    /// 一日是法定休假日的，以法定休假日结束的次日为期间的最后一日), i.e. the next working day.
    /// </summary>
    public DeadlineComputation AddCalendarDays(DateOnly start, int amount)
    {
        Check(start, amount);
        var last = start.AddDays(amount);
        var steps = new List<string>
        {
            StartStep(start),
            $"按自然日计算{amount}日：自{ChinaTime.Format(start.AddDays(1))}起连续计算，期间内的周末和节假日照常计入，第{amount}日为{CalendarText.WithWeekday(last)}。",
        };
        var due = NextWorkingDayOnOrAfter(last);
        if (due == last)
            steps.Add($"{CalendarText.WithWeekday(last)}是工作日，即期限届满日。");
        else
        {
            steps.Add($"{CalendarText.WithWeekday(last)}是{RestLabel(last)}，不是工作日。");
            var skipped = CrossedSteps(last.AddDays(-1), due.AddDays(-1), countsWorkingDays: false).ToList();
            steps.AddRange(skipped);
            steps.Add($"依《民法典》第二百零三条，期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日：顺延至{CalendarText.WithWeekday(due)}，即期限届满日。");
        }
        return Result(start, DeadlineKind.CalendarDays, amount, due, steps);
    }

    static string StartStep(DateOnly start) =>
        $"起算日期：{CalendarText.WithWeekday(start)}，当日不计入，自次日开始计算（《民法典》第二百零一条）。";

    string RestLabel(DateOnly date) => days.TryGetValue(date, out var d) && d.IsOffDay
        ? $"{d.Name}放假日"
        : date.DayOfWeek == DayOfWeek.Saturday ? "星期六（休息日）" : "星期日（休息日）";

    /// <summary>The holidays and make-up days in (from, to], grouped into runs for reading.</summary>
    IEnumerable<string> CrossedSteps(DateOnly from, DateOnly to, bool countsWorkingDays)
    {
        var offRuns = new List<(string Name, DateOnly First, DateOnly Last)>();
        var makeUps = new List<CalendarDay>();
        int weekendDays = 0, offDays = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (days.TryGetValue(d, out var listed))
            {
                if (listed.IsOffDay)
                {
                    offDays++;
                    if (offRuns.Count > 0 && offRuns[^1].Name == listed.Name && offRuns[^1].Last.AddDays(1) == d)
                        offRuns[^1] = offRuns[^1] with { Last = d };
                    else offRuns.Add((listed.Name, d, d));
                }
                else if (IsWeekend(d)) makeUps.Add(listed);
            }
            else if (IsWeekend(d)) weekendDays++;
        }

        if (countsWorkingDays)
            yield return $"期间共{to.DayNumber - from.DayNumber}个自然日，其中未列入节假日安排的周末{weekendDays}天、节假日放假{offDays}天不计入。";
        foreach (var run in offRuns)
        {
            var span = run.First == run.Last
                ? $"{ChinaTime.Format(run.First)}（{CalendarText.Weekday(run.First)}，1天）"
                : $"{ChinaTime.Format(run.First)}至{ChinaTime.Format(run.Last)}（{run.Last.DayNumber - run.First.DayNumber + 1}天）";
            yield return $"经过{run.Name}放假：{span}{(countsWorkingDays ? "，不计入" : "")}。";
        }
        if (makeUps.Count > 0)
        {
            var list = string.Join("、", makeUps.Select(m => $"{ChinaTime.Format(m.Date)}（{CalendarText.Weekday(m.Date)}，{m.Name}）"));
            yield return countsWorkingDays
                ? $"调休上班日计为工作日：{list}。"
                : $"其间的调休上班日：{list}。";
        }
    }

    DeadlineComputation Result(DateOnly start, DeadlineKind kind, int amount, DateOnly due, List<string> steps)
    {
        var missing = new List<int>();
        for (var y = start.AddDays(1).Year; y <= due.Year; y++)
            if (!HasDataFor(y)) missing.Add(y);
        var warnings = missing
            .Select(y => $"{y}年尚无法定节假日安排数据，该年按周一至周五为工作日计算，结果可能不准确；请系统管理员在“工作日历”中补录{y}年的放假安排。")
            .ToList();
        return new DeadlineComputation(start, kind, amount, due, steps, warnings, missing);
    }

    static void Check(DateOnly start, int amount)
    {
        if (amount < 1) throw new DomainRuleException("期限天数应为正整数。");
        if (amount > MaxAmount) throw new DomainRuleException($"期限天数不能超过{MaxAmount}天。");
        if (start.Year < HolidayYear.MinYear || start.Year > HolidayYear.MaxYear - 11)
            throw new DomainRuleException($"起算日期应在{HolidayYear.MinYear}年至{HolidayYear.MaxYear - 11}年之间。");
    }
}

/// <summary>Dates as a clerk reads them: 2019年10月28日（星期一）.</summary>
public static class CalendarText
{
    static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek];
    public static string WithWeekday(DateOnly date) => $"{ChinaTime.Format(date)}（{Weekday(date)}）";

    public static string KindLabel(DeadlineKind kind) => kind == DeadlineKind.WorkingDays ? "工作日" : "自然日";

    /// <summary>"剩余3天" / "今日到期" / "已超期2天" (design.md: deadlines as dates plus this).</summary>
    public static string DaysLeft(int daysLeft) => daysLeft switch
    {
        > 0 => $"剩余{daysLeft}天",
        0 => "今日到期",
        _ => $"已超期{-daysLeft}天",
    };

    public static string Describe(DeadlineComputation c)
    {
        var sb = new StringBuilder();
        foreach (var s in c.Steps) sb.AppendLine(s);
        foreach (var w in c.Warnings) sb.AppendLine("注意：" + w);
        return sb.ToString();
    }
}
