using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Core.Identity;
using Fazhi.Core.Regions;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Calendar;

/// <summary>Signs a fresh user of a given role in through the real login form, for the calendar tests.</summary>
internal static partial class CalendarTestLogin
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
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser
            {
                UserName = userName,
                DisplayName = "日历测试",
                ScopeRegionId = region.Id,
                ScopePath = region.Path,
                CreatedUtc = DateTime.UtcNow,
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
        }

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await AntiforgeryTokenAsync(client, "/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException("Sign-in failed: " + await response.Content.ReadAsStringAsync());
        return client;
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var match = TokenPattern().Match(html);
        if (!match.Success) throw new InvalidOperationException("No antiforgery token on " + url);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
