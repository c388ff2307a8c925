using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Staff;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Education;

/// <summary>Arranging education records through EducationCommands as the whole-database user, and reading pages back, for the page tests.</summary>
static class EducationPageData
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    public static string Marker() => Guid.NewGuid().ToString("N")[..6];

    public static async Task<long> RegionIdAsync(FazhiApp app, string name)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Regions.Where(r => r.Name == name).Select(r => r.Id).SingleAsync();
    }

    /// <summary>Runs a use case as the whole-database user.</summary>
    public static async Task<T> WithCommandsAsync<T>(FazhiApp app, Func<EducationCommands, AppDbContext, long, Task<T>> act)
    {
        await using var scope = app.SystemScope(out var db);
        var commands = new EducationCommands(db, scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var town = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
        return await act(commands, db, town);
    }

    public static async Task<T> LoadAsync<T>(FazhiApp app, Func<AppDbContext, Task<T>> load)
    {
        await using var scope = app.SystemScope(out var db);
        return await load(db);
    }

    /// <summary>An event of 西联镇 recorded through the use case.</summary>
    public static Task<EducationEvent> EventAsync(FazhiApp app, string title, DateOnly on, string kind = EventKinds.Publicity, string[]? sectors = null,
        string[]? channels = null, int? attendance = 100, AttendanceKind approx = AttendanceKind.Exact, string? village = null) =>
        WithCommandsAsync(app, async (c, db, town) =>
        {
            long? villageId = village is null ? null : await db.Regions.Where(r => r.Name == village).Select(r => r.Id).SingleAsync();
            return await c.RecordEventAsync(new(town, villageId, new EducationEvent.Details(on, title, kind, sectors ?? ["乡村"], channels ?? ["传单"],
                "测试会场", null, null, attendance, approx, null, null), []));
        });

    public static Task<StaffMember> MemberAsync(FazhiApp app, string name, DateOnly joined, DateOnly? left = null) =>
        WithCommandsAsync(app, (c, _, town) => c.AddMemberAsync(new(town, name, null, "工作人员", false, joined, left)));

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, List<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        fields.Add(new("__RequestVerificationToken", await SignIn.AntiforgeryTokenAsync(client, tokenFrom ?? path)));
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static async Task<string> GetHtmlAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlAsync(response);
    }

    public static string Location(HttpResponseMessage response) => response.Headers.Location?.OriginalString ?? "";

    public static long IdFrom(HttpResponseMessage response) => long.Parse(Regex.Match(Location(response), @"/(\d+)$").Groups[1].Value);

    /// <summary>The message shown next to a field (the validation span of asp-validation-for).</summary>
    public static string FieldMessage(string html, string field)
    {
        var m = Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)<");
        return m.Success ? m.Groups[1].Value : "";
    }

    /// <summary>The value an input carries.</summary>
    public static string InputValue(string html, string name)
    {
        var m = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        return m.Success ? m.Groups[1].Value : "";
    }

    /// <summary>The text of the element carrying data-testid="<paramref name="testId"/>" (up to its first closing tag).</summary>
    public static string TestId(string html, string testId)
    {
        var m = Regex.Match(html, $"data-testid=\"{Regex.Escape(testId)}\"[^>]*>([^<]*)<");
        Assert.True(m.Success, $"no element {testId}");
        return m.Groups[1].Value.Trim();
    }

    /// <summary>The rows of the table carrying data-testid="<paramref name="testId"/>".</summary>
    public static string[] Rows(string html, string testId) =>
        html.Split($"data-testid=\"{testId}\"")[1].Split("</table>")[0].Split("<tbody>")[1].Split("</tr>").Where(r => r.Contains("<td")).ToArray();

    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
}
