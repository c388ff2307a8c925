using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Fazhi.Web.Tests.Calendar;

/// <summary>An administrator's calendar change on a real database (SQLite and PostgreSQL runs) moves open deadlines.</summary>
public class CalendarChangeTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static readonly DeadlineRule Handling = new("信访事项办理期限", "《信访工作条例》第三十四条", DeadlineKind.CalendarDays, 60);
    static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    async Task<(long Open, long Done)> ArrangeDeadlinesAsync(string scopePath, DateOnly start, DeadlineRule rule)
    {
        await using var scope = app.SystemScope(out var db);
        var calendar = await CalendarProvider.LoadAsync(db);
        var now = DateTime.UtcNow;
        var open = Deadline.Open("CalendarTest", 1, scopePath, "测试：未办结", start, rule, calendar, now);
        var done = Deadline.Open("CalendarTest", 2, scopePath, "测试：已办结", start, rule, calendar, now);
        done.Complete(start.AddDays(1));
        db.AddRange(open, done);
        await db.SaveChangesAsync();
        return (open.Id, done.Id);
    }

    async Task<DateOnly> DueDateAsync(long id)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Set<Deadline>().Where(d => d.Id == id).Select(d => d.DueDate).SingleAsync();
    }

    [Fact]
    public async Task ShippedYears_AreSeededAtStartUp()
    {
        await using var scope = app.SystemScope(out var db);
        var years = await db.Set<HolidayYear>().Select(y => y.Year).ToListAsync();
        Assert.Contains(2019, years);
        Assert.Contains(2020, years);
        Assert.DoesNotContain(2027, years); // shipped without days: no notice yet
        var nationalDay = await db.Set<HolidayDay>().CountAsync(d => d.Date >= D("2019-10-01") && d.Date <= D("2019-10-07") && d.IsOffDay);
        Assert.Equal(7, nationalDay);
    }

    [Fact]
    public async Task AdminEditsADay_OpenDeadlineIsRecomputed_ClosedOneIsNot()
    {
        var (openId, doneId) = await ArrangeDeadlinesAsync("/calendar-test-a/", D("2019-08-02"), Handling);
        Assert.Equal(D("2019-10-08"), await DueDateAsync(openId));

        long dayId;
        await using (var scope = app.SystemScope(out var db))
            dayId = await db.Set<HolidayDay>().Where(d => d.Date == D("2019-10-01")).Select(d => d.Id).SingleAsync();

        var client = await CalendarTestLogin.SignInAsync(app, Roles.Admin);
        var url = $"/Admin/CalendarDay?id={dayId}";
        var token = await SignIn.AntiforgeryTokenAsync(client, url);
        var response = await client.PostAsync(url + "&handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Date"] = "2019-10-01",
            ["Input.Name"] = "国庆节",
            ["Input.Type"] = "work",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin/CalendarYear?year=2019", response.Headers.Location!.OriginalString);

        // 10-01 is now a working day, so the 60th day (10-01) no longer rolls forward.
        Assert.Equal(D("2019-10-01"), await DueDateAsync(openId));
        Assert.Equal(D("2019-10-08"), await DueDateAsync(doneId));

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/Admin/CalendarYear?year=2019"));
        Assert.Contains("项的到期日发生变化", page);
        Assert.Contains("管理员修改", page);

        // The tool page reads the changed calendar at once (the cache was dropped).
        var tool = WebUtility.HtmlDecode(await client.GetStringAsync("/tools/deadline?from=2019-08-02&kind=calendar&n=60"));
        Assert.Contains("data-testid=\"due-date\">2019年10月1日（星期二）<", tool);

        // Put it back through the service, which recomputes again.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var admin = scope.ServiceProvider.GetRequiredService<CalendarAdmin>();
            var result = await admin.UpdateDayAsync(dayId, D("2019-10-01"), "国庆节", true);
            Assert.True(result.DeadlinesMoved >= 1);
        }
        Assert.Equal(D("2019-10-08"), await DueDateAsync(openId));
    }

    [Fact]
    public async Task SeedingAMissingShippedYear_RecomputesOpenDeadlines()
    {
        await using (var scope = app.SystemScope(out var db))
        {
            db.Remove(await db.Set<HolidayYear>().SingleAsync(y => y.Year == 2020));
            await db.SaveChangesAsync();
        }
        app.Services.GetRequiredService<CalendarProvider>().Invalidate();
        // Without 2020 data: Monday–Friday only, the Spring Festival is unknown.
        var rule = new DeadlineRule("处理期限", "测试依据", DeadlineKind.WorkingDays, 8);
        var (openId, _) = await ArrangeDeadlinesAsync("/calendar-test-e/", D("2020-01-20"), rule);
        Assert.Equal(D("2020-01-30"), await DueDateAsync(openId));

        await Fazhi.Web.Setup.CalendarSetup.SeedAsync(app.Services);

        Assert.Equal(D("2020-02-07"), await DueDateAsync(openId));
        await using (var scope = app.SystemScope(out var db))
            Assert.Equal(CalendarSource.Shipped, (await db.Set<HolidayYear>().SingleAsync(y => y.Year == 2020)).Source);
    }

    [Fact]
    public async Task AdminDayForm_BadInput_ShowsMessageAndKeepsInput()
    {
        var client = await CalendarTestLogin.SignInAsync(app, Roles.Admin);
        var url = "/Admin/CalendarYear?year=2019";
        var token = await SignIn.AntiforgeryTokenAsync(client, url);
        var response = await client.PostAsync(url + "&handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Date"] = "2020-05-01",
            ["Input.Name"] = "劳动节",
            ["Input.Type"] = "off",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("2019年安排中的日期应在", html);
        Assert.Contains("value=\"2020-05-01\"", html);
        Assert.Contains("value=\"劳动节\"", html);
    }

    [Fact]
    public async Task AdminImportsAYear_DeadlinesInThatYearMove()
    {
        // Without 2035 data 2035-10-01 (Monday) counts as a working day.
        var rule = new DeadlineRule("告知期限", "《信访工作条例》第二十三条", DeadlineKind.WorkingDays, 1);
        var (openId, _) = await ArrangeDeadlinesAsync("/calendar-test-b/", D("2035-09-28"), rule);
        Assert.Equal(D("2035-10-01"), await DueDateAsync(openId));

        var client = await CalendarTestLogin.SignInAsync(app, Roles.Admin);
        var token = await SignIn.AntiforgeryTokenAsync(client, "/Admin/Calendar");
        const string json = """
            {"year": 2035, "papers": ["https://www.gov.cn/example"], "days": [
              {"name": "国庆节", "date": "2035-10-01", "isOffDay": true},
              {"name": "国庆节", "date": "2035-10-02", "isOffDay": true},
              {"name": "国庆节", "date": "2035-09-29", "isOffDay": false}
            ]}
            """;
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var form = new MultipartFormDataContent
        {
            { file, "Upload", "2035.json" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var response = await client.PostAsync("/Admin/Calendar?handler=Import", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin/CalendarYear?year=2035", response.Headers.Location!.OriginalString);

        // 09-29 (Saturday) is now a working day: the first working day after 09-28 (Friday).
        Assert.Equal(D("2035-09-29"), await DueDateAsync(openId));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/Admin/CalendarYear?year=2035"));
        Assert.Contains("已导入2035年的放假安排（3条）", page);
    }

    [Fact]
    public async Task AdminImport_MalformedFile_ShowsTheProblem()
    {
        var client = await CalendarTestLogin.SignInAsync(app, Roles.Admin);
        var token = await SignIn.AntiforgeryTokenAsync(client, "/Admin/Calendar");
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("{\"year\": 2036}")), "Upload", "2036.json" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var response = await client.PostAsync("/Admin/Calendar?handler=Import", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("文件缺少“days”", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    sealed class ScopedUser(string path, string? id) : ICurrentUser
    {
        public string? UserId => id;
        public string UserName => "scoped-test";
        public string ScopePath => path;
        public bool IsReadOnly => false;
        public bool IsInRole(string role) => false;
    }

    [Fact]
    public async Task ListDue_ShowsOnlyOpenDeadlinesInScopeAndWithinTheWindow()
    {
        var rule = new DeadlineRule("受理告知", "《信访工作条例》第二十三条", DeadlineKind.CalendarDays, 15);
        await using (var scope = app.SystemScope(out var db))
        {
            var calendar = await CalendarProvider.LoadAsync(db);
            var now = DateTime.UtcNow;
            db.AddRange(
                Deadline.Open("CalendarTest", 10, "/calendar-test-c/", "超期", D("2019-09-02"), rule, calendar, now),      // due 09-17
                Deadline.Open("CalendarTest", 11, "/calendar-test-c/", "即将到期", D("2019-09-10"), rule, calendar, now),  // due 09-25
                Deadline.Open("CalendarTest", 12, "/calendar-test-c/", "尚早", D("2019-10-20"), rule, calendar, now),      // due 11-04
                Deadline.Open("CalendarTest", 13, "/calendar-test-d/", "他镇", D("2019-09-10"), rule, calendar, now));
            await db.SaveChangesAsync();
        }

        await using var services = app.Services.CreateAsyncScope();
        var clock = new FakeTimeProvider(new DateTimeOffset(2019, 9, 20, 2, 0, 0, TimeSpan.Zero)); // 2019-09-20 in China
        await using var scoped = new AppDbContext(services.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>(),
            new ScopedUser("/calendar-test-c/", null), clock);
        var deadlines = new DeadlineService(scoped, services.ServiceProvider.GetRequiredService<CalendarProvider>(), clock);

        var due = await deadlines.ListDueAsync(withinDays: 7);
        Assert.Equal(["超期", "即将到期"], due.Select(d => d.Title));
        Assert.Equal(-3, due[0].DaysLeft);
        Assert.Equal("已超期3天", due[0].DaysLeftText);
        Assert.Equal(5, due[1].DaysLeft);
        Assert.Equal("《信访工作条例》第二十三条", due[1].LegalBasis);
        Assert.Equal("CalendarTest", due[1].OwnerType);
        Assert.Equal(11, due[1].OwnerId);
    }
}
