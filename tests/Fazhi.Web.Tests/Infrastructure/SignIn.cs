using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Fazhi.Core.Demo;
using Fazhi.Core.Identity;
using Fazhi.Core.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Fazhi.Web.Tests.Infrastructure;

/// <summary>Signing in over HTTP as a real user would: the login form with its antiforgery token, or the API session.</summary>
public static partial class SignIn
{
    /// <summary>Creates an account through Identity; a null scope makes it whole-system (scope path "/").</summary>
    public static async Task CreateUserAsync(FazhiApp app, string userName, string role, Region? scope, string password)
    {
        await using var services = app.Services.CreateAsyncScope();
        var users = services.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null) return;
        var user = new AppUser
        {
            UserName = userName, DisplayName = userName, ScopeRegionId = scope?.Id, ScopePath = scope?.Path ?? "/",
            IsActive = true, CreatedUtc = DateTime.UtcNow,
        };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        static void Check(IdentityResult r)
        {
            if (!r.Succeeded) throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Description)));
        }
    }

    public static HttpClient Anonymous(FazhiApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A cookie-carrying client signed in through the login page.</summary>
    public static async Task<HttpClient> AsAsync(FazhiApp app, string userName, string password = DemoTown.Password)
    {
        var client = Anonymous(app);
        var response = await PostLoginAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"sign-in of {userName} failed: {(int)response.StatusCode}");
        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/Account/Login");
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenPattern().Match(html);
        if (!match.Success) throw new InvalidOperationException($"No antiforgery token on {path}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>A client carrying a bearer token from POST /api/v1/session.</summary>
    public static async Task<HttpClient> ApiAsAsync(FazhiApp app, string userName, string password = DemoTown.Password)
    {
        var client = Anonymous(app);
        var response = await client.PostAsJsonAsync("/api/v1/session", new { username = userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["token"].ToString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
