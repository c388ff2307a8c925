using Fazhi.Core.Calendar;
using Fazhi.Core.Common;

namespace Fazhi.Core.Tests.Calendar;

/// <summary>Real dates of the State Council notices shipped in HolidayData (holiday-cn).</summary>
public class WorkCalendarTests
{
    static readonly WorkCalendar Calendar = WorkCalendar.Shipped();
    static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    [Theory]
    [InlineData("2019-09-25", DeadlineKind.WorkingDays, 20, "2019-10-28")]
    [InlineData("2019-08-02", DeadlineKind.CalendarDays, 60, "2019-10-08")]
    [InlineData("2019-12-20", DeadlineKind.WorkingDays, 20, "2020-01-19")]
    public void Compute_IssueExamples_GiveTheStatedDueDates(string from, DeadlineKind kind, int n, string due) =>
        Assert.Equal(D(due), Calendar.Compute(D(from), kind, n).DueDate);

    [Theory]
    [InlineData("2019-10-01")] [InlineData("2019-10-04")] [InlineData("2019-10-07")]
    [InlineData("2019-10-05")] // a Saturday inside the holiday
    public void IsWorkingDay_NationalDay2019_IsOff(string date) => Assert.False(Calendar.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2019-09-29")] // Sunday, make-up working day
    [InlineData("2019-10-12")] // Saturday, make-up working day
    [InlineData("2019-10-08")] // first Tuesday after the holiday
    [InlineData("2020-01-19")] // Sunday, Spring Festival make-up day
    public void IsWorkingDay_MakeUpAndNormalDays_AreWorking(string date) => Assert.True(Calendar.IsWorkingDay(D(date)));

    [Fact]
    public void IsWorkingDay_PlainWeekendNotListed_IsOff()
    {
        Assert.False(Calendar.IsWorkingDay(D("2019-09-28"))); // Saturday before National Day, not a make-up day
        Assert.True(Calendar.IsWorkingDay(D("2019-09-27")));
    }

    [Fact]
    public void IsWorkingDay_SpringFestival2020_IncludesTheCovidExtension()
    {
        // First notice: 01-24..01-30 off. Second notice (2020-01-27): extended to 02-02.
        foreach (var d in new[] { "2020-01-24", "2020-01-28", "2020-01-30", "2020-01-31", "2020-02-01", "2020-02-02" })
            Assert.False(Calendar.IsWorkingDay(D(d)), d);
        Assert.True(Calendar.IsWorkingDay(D("2020-02-03")));
        // 2020-02-01 (Saturday) was a make-up day in the first notice; the extension cancelled it.
        Assert.Equal("春节", Calendar.Listed(D("2020-02-01"))!.Name);
    }

    [Fact]
    public void AddWorkingDays_AcrossSpringFestival2020_SkipsTheWholeExtendedHoliday()
    {
        // 2020-01-20 (Mon): 01-21,22,23 = 3; then 01-24..02-02 off; 02-03..02-07 = 8.
        var c = Calendar.AddWorkingDays(D("2020-01-20"), 8);
        Assert.Equal(D("2020-02-07"), c.DueDate);
        Assert.Contains(c.Steps, s => s.Contains("春节放假") && s.Contains("2020年1月24日至2020年2月2日") && s.Contains("10天"));
    }

    [Fact]
    public void AddWorkingDays_AcrossNationalDay2019_ExplainsHolidayAndMakeUpDays()
    {
        var c = Calendar.AddWorkingDays(D("2019-09-25"), 20);
        Assert.Contains(c.Steps, s => s.Contains("国庆节放假") && s.Contains("2019年10月1日至2019年10月7日") && s.Contains("7天"));
        Assert.Contains(c.Steps, s => s.Contains("调休上班") && s.Contains("2019年9月29日（星期日，国庆节）") && s.Contains("2019年10月12日（星期六，国庆节）"));
        Assert.Contains(c.Steps, s => s.Contains("第二百零一条"));
        Assert.Equal("第20个工作日为2019年10月28日（星期一），即期限届满日。", c.Steps[^1]);
        Assert.Empty(c.Warnings);
    }

    [Fact]
    public void AddWorkingDays_StartDayIsNotCounted()
    {
        // Monday + 1 working day is Tuesday, not Monday itself (《民法典》第二百零一条).
        Assert.Equal(D("2019-11-05"), Calendar.AddWorkingDays(D("2019-11-04"), 1).DueDate);
        // Friday + 1 working day is the next Monday.
        Assert.Equal(D("2019-11-11"), Calendar.AddWorkingDays(D("2019-11-08"), 1).DueDate);
    }

    [Fact]
    public void AddCalendarDays_StartDayIsNotCounted()
    {
        Assert.Equal(D("2019-11-05"), Calendar.AddCalendarDays(D("2019-11-04"), 1).DueDate);
        Assert.Equal(D("2019-11-19"), Calendar.AddCalendarDays(D("2019-11-04"), 15).DueDate);
    }

    [Fact]
    public void AddCalendarDays_LastDayOnAWeekend_RollsToMonday()
    {
        // 2019-11-01 + 15 = 2019-11-16, a Saturday → Monday 11-18.
        var c = Calendar.AddCalendarDays(D("2019-11-01"), 15);
        Assert.Equal(D("2019-11-18"), c.DueDate);
        Assert.Contains(c.Steps, s => s.Contains("星期六（休息日）"));
        Assert.Contains(c.Steps, s => s.Contains("第二百零三条") && s.Contains("2019年11月18日（星期一）"));
    }

    [Fact]
    public void AddCalendarDays_LastDayInAHoliday_RollsPastTheHoliday()
    {
        var c = Calendar.AddCalendarDays(D("2019-08-02"), 60);
        Assert.Equal(D("2019-10-08"), c.DueDate);
        Assert.Contains(c.Steps, s => s.Contains("2019年10月1日（星期二）是国庆节放假日"));
        Assert.Contains(c.Steps, s => s.Contains("2019年10月1日至2019年10月7日"));
    }

    [Fact]
    public void AddCalendarDays_LastDayOnAMakeUpWorkingDay_DoesNotMove()
    {
        // 2019-09-14 + 15 = 2019-09-29, a Sunday that was a working day.
        Assert.Equal(D("2019-09-29"), Calendar.AddCalendarDays(D("2019-09-14"), 15).DueDate);
    }

    [Fact]
    public void Compute_YearWithoutData_FallsBackToMondayToFridayAndWarns()
    {
        // The shipped data ends with 2027; 2030-10-01 is a Tuesday and counts as an ordinary working day.
        var c = Calendar.AddWorkingDays(D("2030-09-30"), 1);
        Assert.Equal(D("2030-10-01"), c.DueDate);
        Assert.True(c.UsedFallback);
        Assert.Equal([2030], c.YearsWithoutData);
        Assert.Contains("2030年尚无法定节假日安排数据", Assert.Single(c.Warnings));
        Assert.Contains("周一至周五", c.Warnings[0]);
        Assert.False(Calendar.HasDataFor(2030));
    }

    [Fact]
    public void Compute_YearWithoutData_StillHonoursWeekends()
    {
        // 2030-10-04 is a Friday → next working day Monday 10-07.
        Assert.Equal(D("2030-10-07"), Calendar.AddWorkingDays(D("2030-10-04"), 1).DueDate);
    }

    [Fact]
    public void WorkCalendar_WithoutAnyData_WarnsForEveryYearCrossed()
    {
        var empty = new WorkCalendar([]);
        Assert.Equal([2019, 2020], empty.AddCalendarDays(D("2019-12-20"), 20).YearsWithoutData);
        // The start day is not part of the period, so its year needs no data.
        Assert.Equal([2020], empty.AddCalendarDays(D("2019-12-31"), 20).YearsWithoutData);
        var c2 = empty.AddWorkingDays(D("2019-09-25"), 20);
        Assert.Equal(D("2019-10-23"), c2.DueDate); // Monday–Friday only: National Day not known
        Assert.Equal([2019], c2.YearsWithoutData);
    }

    [Fact]
    public void LateDecemberDays_InNextYearsFile_Apply()
    {
        // The 2019 notice makes 2018-12-29 (Saturday) a working day and 12-31 (Monday) a day off.
        Assert.True(Calendar.IsWorkingDay(D("2018-12-29")));
        Assert.False(Calendar.IsWorkingDay(D("2018-12-31")));
    }

    [Theory]
    [InlineData(0, "正整数")]
    [InlineData(-3, "正整数")]
    [InlineData(5000, "不能超过")]
    public void Compute_BadAmount_ThrowsChineseMessage(int n, string expected)
    {
        var ex = Assert.Throws<DomainRuleException>(() => Calendar.AddWorkingDays(D("2019-09-25"), n));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void CalendarText_WithWeekday_ReadsLikeAClerkWritesIt() =>
        Assert.Equal("2019年10月28日（星期一）", CalendarText.WithWeekday(D("2019-10-28")));

    [Theory]
    [InlineData(3, "剩余3天")]
    [InlineData(0, "今日到期")]
    [InlineData(-2, "已超期2天")]
    public void CalendarText_DaysLeft(int n, string expected) => Assert.Equal(expected, CalendarText.DaysLeft(n));
}
