using Fazhi.Core.Common;

namespace Fazhi.Core.Calendar;

/// <summary>Where a year's arrangement came from: the shipped holiday-cn file, or an administrator.</summary>
public enum CalendarSource
{
    Shipped,
    Admin,
}

/// <summary>
/// One year's official holiday arrangement (the State Council notice of that year): the days off
/// and the make-up working days (调休上班). Dates not listed follow the normal week. The file year
/// follows the notice year, so a year may list late-December days of the year before (domain-reference §9).
/// </summary>
public sealed class HolidayYear
{
    public const int MinYear = 1990;
    public const int MaxYear = 2099;

    private readonly List<HolidayDay> days = [];

    public long Id { get; private set; }
    public int Year { get; private set; }
    public CalendarSource Source { get; private set; }
    /// <summary>The notices the arrangement follows, one URL a line.</summary>
    public string Papers { get; private set; } = "";
    public DateTime UpdatedUtc { get; private set; }
    public IReadOnlyList<HolidayDay> Days => days;

    private HolidayYear() { }

    public static HolidayYear Create(int year, CalendarSource source, IEnumerable<string> papers, DateTime nowUtc)
    {
        if (year < MinYear || year > MaxYear) throw new DomainRuleException($"年份应在{MinYear}年至{MaxYear}年之间。");
        return new HolidayYear { Year = year, Source = source, Papers = JoinPapers(papers), UpdatedUtc = nowUtc };
    }

    public string SourceLabel => Source == CalendarSource.Shipped ? "内置" : "管理员修改";

    /// <summary>First and last date a day of this year's arrangement may fall on.</summary>
    public DateOnly FirstAllowedDate => new(Year - 1, 12, 1);
    public DateOnly LastAllowedDate => new(Year, 12, 31);

    public HolidayDay AddDay(DateOnly date, string name, bool isOffDay, CalendarSource by, DateTime nowUtc)
    {
        name = CheckDay(date, name, null);
        var day = new HolidayDay(date, name, isOffDay);
        days.Add(day);
        Touch(by, nowUtc);
        return day;
    }

    public void UpdateDay(HolidayDay day, DateOnly date, string name, bool isOffDay, DateTime nowUtc)
    {
        if (!days.Contains(day)) throw new DomainRuleException("该日期不属于本年度安排。");
        name = CheckDay(date, name, day);
        day.Change(date, name, isOffDay);
        Touch(CalendarSource.Admin, nowUtc);
    }

    public void RemoveDay(HolidayDay day, DateTime nowUtc)
    {
        if (!days.Remove(day)) throw new DomainRuleException("该日期不属于本年度安排。");
        Touch(CalendarSource.Admin, nowUtc);
    }

    /// <summary>An administrator's import replaces the whole arrangement of the year.</summary>
    public void ReplaceAll(IEnumerable<string> papers, IEnumerable<CalendarDay> newDays, DateTime nowUtc)
    {
        days.Clear();
        Papers = JoinPapers(papers);
        foreach (var d in newDays) AddDay(d.Date, d.Name, d.IsOffDay, CalendarSource.Admin, nowUtc);
        Touch(CalendarSource.Admin, nowUtc);
    }

    string CheckDay(DateOnly date, string name, HolidayDay? except)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("请填写节日名称，例如“国庆节”。");
        if (name.Length > 50) throw new DomainRuleException("节日名称不能超过50个字。");
        if (date < FirstAllowedDate || date > LastAllowedDate)
            throw new DomainRuleException($"{Year}年安排中的日期应在{ChinaTime.Format(FirstAllowedDate)}至{ChinaTime.Format(LastAllowedDate)}之间（上一年12月仅用于元旦前后的调休）。");
        if (days.Any(d => d != except && d.Date == date))
            throw new DomainRuleException($"{ChinaTime.Format(date)}已有安排，请修改原有条目。");
        return name;
    }

    void Touch(CalendarSource by, DateTime nowUtc)
    {
        if (by == CalendarSource.Admin) Source = CalendarSource.Admin;
        UpdatedUtc = nowUtc;
    }

    static string JoinPapers(IEnumerable<string> papers)
    {
        var text = string.Join('\n', papers.Select(p => p.Trim()).Where(p => p.Length > 0));
        return text.Length > 2000 ? text[..2000] : text;
    }
}

/// <summary>A listed day: a day off (放假), also on a weekday, or a weekend day that is a working day (调休上班).</summary>
public sealed class HolidayDay
{
    public long Id { get; private set; }
    public long HolidayYearId { get; private set; }
    public DateOnly Date { get; private set; }
    public string Name { get; private set; } = "";
    public bool IsOffDay { get; private set; }

    private HolidayDay() { }

    internal HolidayDay(DateOnly date, string name, bool isOffDay) => Change(date, name, isOffDay);

    internal void Change(DateOnly date, string name, bool isOffDay)
    {
        Date = date;
        Name = name;
        IsOffDay = isOffDay;
    }

    public string KindLabel => IsOffDay ? "放假" : "调休上班";
}
