using Fazhi.Core.Regions;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Calendar;

/// <summary>Signs a fresh user of a given role in through the real login form, for the calendar tests.</summary>
internal static class CalendarTestLogin
{
    const string Password = "Kalender-Test-2019";
    /// <summary>A province of its own (新疆's code) so the tests never depend on the demo town.</summary>
    const string ProvinceCode = "650000000000";

    public static async Task<HttpClient> SignInAsync(FazhiApp app, string role)
    {
        var userName = $"cal-{role}-{Guid.NewGuid():N}"[..24];
        await using (var scope = app.SystemScope(out var db))
        {
            var region = await db.Regions.FirstOrDefaultAsync(r => r.Code == ProvinceCode);
            if (region is null)
            {
                region = Region.Create(null, RegionKind.Province, "日历测试省", ProvinceCode);
                db.Regions.Add(region);
                await db.SaveChangesAsync();
                region.AssignPath(null);
                await db.SaveChangesAsync();
            }
            await SignIn.CreateUserAsync(app, userName, role, region, Password);
        }
        return await SignIn.AsAsync(app, userName, Password);
    }
}
