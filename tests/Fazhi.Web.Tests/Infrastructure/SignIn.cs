using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Fazhi.Core.Demo;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Fazhi.Web.Tests.Infrastructure;

/// <summary>Signing in over HTTP as a real user would: the login form with its antiforgery token, or the API session.</summary>
public static partial class SignIn
{
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
        return TokenPattern().Match(html).Groups[1].Value;
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

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
