using Fazhi.Core.Calendar;
using Fazhi.Core.Common;

namespace Fazhi.Core.Tests.Calendar;

public class HolidayYearTests
{
    static readonly DateTime Now = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    [Fact]
    public void Shipped_HasEveryYearFrom2015To2027()
    {
        var years = HolidayArrangementFile.Shipped().Select(y => y.Year).ToList();
        Assert.Equal(Enumerable.Range(2015, 13), years);
    }

    [Fact]
    public void AddDay_OutsideTheYear_IsRefused()
    {
        var y = HolidayYear.Create(2019, CalendarSource.Admin, [], Now);
        var ex = Assert.Throws<DomainRuleException>(() => y.AddDay(D("2020-01-01"), "元旦", true, CalendarSource.Admin, Now));
        Assert.Contains("2019年安排中的日期", ex.Message);
        y.AddDay(D("2018-12-30"), "元旦", true, CalendarSource.Admin, Now); // previous December is allowed
    }

    [Fact]
    public void AddDay_SameDateTwice_IsRefused()
    {
        var y = HolidayYear.Create(2019, CalendarSource.Admin, [], Now);
        y.AddDay(D("2019-10-01"), "国庆节", true, CalendarSource.Admin, Now);
        Assert.Throws<DomainRuleException>(() => y.AddDay(D("2019-10-01"), "国庆", true, CalendarSource.Admin, Now));
    }

    [Fact]
    public void AddDay_WithoutName_IsRefused() =>
        Assert.Contains("节日名称", Assert.Throws<DomainRuleException>(() =>
            HolidayYear.Create(2019, CalendarSource.Admin, [], Now).AddDay(D("2019-10-01"), " ", true, CalendarSource.Admin, Now)).Message);

    [Fact]
    public void ChangingAShippedYear_MarksItAdmin()
    {
        var y = HolidayYear.Create(2019, CalendarSource.Shipped, [], Now);
        var day = y.AddDay(D("2019-10-01"), "国庆节", true, CalendarSource.Shipped, Now);
        Assert.Equal("内置", y.SourceLabel);
        y.UpdateDay(day, D("2019-10-01"), "国庆节", false, Now);
        Assert.Equal("管理员修改", y.SourceLabel);
    }

    [Theory]
    [InlineData("not json", "JSON")]
    [InlineData("{\"days\":[]}", "year")]
    [InlineData("{\"year\":2030}", "days")]
    [InlineData("{\"year\":2030,\"days\":[{\"name\":\"国庆节\",\"date\":\"2030/10/01\",\"isOffDay\":true}]}", "date")]
    [InlineData("{\"year\":2030,\"days\":[{\"name\":\"国庆节\",\"date\":\"2030-10-01\"}]}", "isOffDay")]
    public void Parse_MalformedFile_SaysWhatIsWrong(string json, string expected) =>
        Assert.Contains(expected, Assert.Throws<DomainRuleException>(() => HolidayArrangementFile.Parse(json)).Message);

    [Fact]
    public void Deadline_Recompute_MovesOnlyOpenDeadlines()
    {
        var rule = new DeadlineRule("办理期限", "《信访工作条例》第三十四条", DeadlineKind.CalendarDays, 60);
        var shipped = WorkCalendar.Shipped();
        var open = Deadline.Open("Test", 1, "/1/", "测试事项", D("2019-08-02"), rule, shipped, Now);
        var done = Deadline.Open("Test", 2, "/1/", "测试事项", D("2019-08-02"), rule, shipped, Now);
        done.Complete(D("2019-09-01"));
        Assert.Equal(D("2019-10-08"), open.DueDate);

        var noHolidays = new WorkCalendar([]);
        Assert.True(open.Recompute(noHolidays));
        Assert.Equal(D("2019-10-01"), open.DueDate);
        Assert.False(done.Recompute(noHolidays));
        Assert.Equal(D("2019-10-08"), done.DueDate);
        Assert.Equal(-3, open.DaysLeft(D("2019-10-04")));
    }
}

public class ShippedDataTests
{
    [Fact]
    public void EveryShippedYear_PassesTheRulesAnAdministratorsEntryMust()
    {
        var now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in HolidayArrangementFile.Shipped().Where(f => f.Days.Count > 0))
        {
            var year = HolidayYear.Create(file.Year, CalendarSource.Shipped, file.Papers, now);
            foreach (var d in file.Days) year.AddDay(d.Date, d.Name, d.IsOffDay, CalendarSource.Shipped, now);
            Assert.Equal(file.Days.Count, year.Days.Count);
        }
    }
}

public class EmptyYearTests
{
    [Fact]
    public void ShippedYearWithoutDays_CountsAsNoData()
    {
        // holiday-cn ships 2027 with no days until the State Council notice is published.
        var calendar = WorkCalendar.Shipped();
        Assert.True(calendar.HasDataFor(2026));
        Assert.False(calendar.HasDataFor(2027));
        var c = calendar.AddWorkingDays(new DateOnly(2027, 9, 30), 1);
        Assert.Equal([2027], c.YearsWithoutData);
    }
}
