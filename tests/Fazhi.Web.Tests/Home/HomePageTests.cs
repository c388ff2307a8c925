using System.Net;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Home;

/// <summary>The home page lists what is due soon and overdue for the user, fed by the deadline service.</summary>
public class HomePageTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static readonly DeadlineRule Reply = new("书面答复期限", "《信访工作条例》第三十二条", DeadlineKind.CalendarDays, 60);

    [Fact]
    public async Task Leader_SeesTheirOverdueAndSoonDueWork_VillageCadreOfAnotherPlaceDoesNot()
    {
        var today = ChinaTime.Today(TimeProvider.System);
        await using (var scope = app.SystemScope(out var db))
        {
            var town = await db.Regions.SingleAsync(r => r.Name == "西联镇");
            var leader = await db.Users.SingleAsync(u => u.UserName == "demo.leader");
            var service = ActivatorUtilities.CreateInstance<DeadlineService>(scope.ServiceProvider, db);
            // Started 70 days ago with a 60-day limit: overdue. Started 58 days ago: due within the week (holidays may move it).
            await service.OpenAsync("office", 1, town.Path, "首页测试：已超期事项", today.AddDays(-70), Reply, leader.Id);
            await service.OpenAsync("office", 2, town.Path, "首页测试：临期事项", today.AddDays(-58), Reply, leader.Id);
            await service.OpenAsync("office", 3, town.Path, "首页测试：远期事项", today, Reply, leader.Id);
            await db.SaveChangesAsync();
        }

        var html = WebUtility.HtmlDecode(await (await SignIn.AsAsync(app, "demo.leader")).GetStringAsync("/"));
        Assert.Contains("首页测试：已超期事项", html);
        Assert.Contains("已超期", html);
        Assert.Contains("首页测试：临期事项", html);
        Assert.DoesNotContain("首页测试：远期事项", html);
        Assert.Contains("《信访工作条例》第三十二条", html);

        var cadre = WebUtility.HtmlDecode(await (await SignIn.AsAsync(app, "demo.yangshan")).GetStringAsync("/"));
        Assert.DoesNotContain("首页测试", cadre);
        Assert.Contains("暂无临期或超期事项", cadre);

        var other = await SignIn.AsAsync(app, "demo.longgui");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/")).StatusCode);
        Assert.DoesNotContain("首页测试", WebUtility.HtmlDecode(await other.GetStringAsync("/")));
    }
}
