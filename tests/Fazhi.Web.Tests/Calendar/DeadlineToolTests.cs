using System.Net;
using Fazhi.Core.Identity;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Fazhi.Web.Tests.Calendar;

public class DeadlineToolTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Theory]
    [InlineData("from=2019-09-25&kind=working&n=20", "2019年10月28日（星期一）")]
    [InlineData("from=2019-08-02&kind=calendar&n=60", "2019年10月8日（星期二）")]
    [InlineData("from=2019-12-20&kind=working&n=20", "2020年1月19日（星期日）")]
    public async Task QueryString_ComputesTheDueDateDirectly(string query, string expected)
    {
        var client = await CalendarTestLogin.SignInAsync(app, Roles.Staff);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/tools/deadline?" + query));
        Assert.Contains($"data-testid=\"due-date\">{expected}<", html);
        Assert.Contains("第二百零一条", html);
    }

    [Fact]
    public async Task BadInput_ShowsChineseMessages_AndKeepsWhatWasTyped()
    {
        var client = await CalendarTestLogin.SignInAsync(app, Roles.Staff);
        var response = await client.GetAsync("/tools/deadline?from=2019-02-30&kind=working&n=abc");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("起算日期“2019-02-30”无效", html);
        Assert.Contains("期限天数“abc”无效", html);
        Assert.Contains("value=\"2019-02-30\"", html);
        Assert.Contains("value=\"abc\"", html);
        Assert.DoesNotContain("data-testid=\"due-date\"", html);
    }

    [Fact]
    public async Task TooManyDays_IsRefusedWithAMessage()
    {
        var client = await CalendarTestLogin.SignInAsync(app, Roles.Staff);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/tools/deadline?from=2019-09-25&kind=calendar&n=99999"));
        Assert.Contains("期限天数不能超过3650天", html);
    }

    [Fact]
    public async Task YearWithoutData_WarnsOnThePage()
    {
        var client = await CalendarTestLogin.SignInAsync(app, Roles.Staff);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/tools/deadline?from=2035-03-02&kind=working&n=3"));
        Assert.Contains("2035年尚无法定节假日安排数据", html);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/tools/deadline?from=2019-09-25&kind=working&n=20");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AdminCalendar_RefusesANonAdmin()
    {
        var client = await CalendarTestLogin.SignInAsync(app, Roles.Staff);
        foreach (var url in new[] { "/Admin/Calendar", "/Admin/CalendarYear?year=2019" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task AdminCalendar_ListsTheShippedYears()
    {
        var client = await CalendarTestLogin.SignInAsync(app, Roles.Admin);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Admin/Calendar"));
        Assert.Contains("2019年", html);
        Assert.Contains("2026年", html);
        Assert.Contains("内置", html);
        // The shipped data has no arrangement after 2026, so next year is always flagged.
        var nextYear = DateTime.UtcNow.AddHours(8).Year + 1;
        Assert.Contains($"尚无{nextYear}年的放假安排", html);
    }
}
