using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Education;

/// <summary>
/// Arranging legal-services records through <see cref="EducationCommands"/> as the whole-database user, and posting the
/// pages' forms as a signed-in user would. Nothing relies on exact demo rows unless a test says so.
/// </summary>
static class ServicePageData
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");
    public static DateOnly Ago(int days) => Today.AddDays(-days);

    public static EducationCommands Commands(AsyncServiceScope scope, AppDbContext db) =>
        new(db, scope.ServiceProvider.GetRequiredService<TimeProvider>());

    public static Task<long> TownIdAsync(AppDbContext db, string name = "西联镇") => db.Regions.Where(r => r.Name == name).Select(r => r.Id).SingleAsync();

    public static Task<long> VillageIdAsync(AppDbContext db, string name) => db.Regions.Where(r => r.Name == name).Select(r => r.Id).SingleAsync();

    public static async Task<T> LoadAsync<T>(FazhiApp app, Func<AppDbContext, Task<T>> load)
    {
        await using var scope = app.SystemScope(out var db);
        return await load(db);
    }

    public static async Task<T> ArrangeAsync<T>(FazhiApp app, Func<EducationCommands, AppDbContext, Task<T>> arrange)
    {
        await using var scope = app.SystemScope(out var db);
        return await arrange(Commands(scope, db), db);
    }

    /// <summary>An education event of 西联镇 held in 阳山村 on <paramref name="on"/>.</summary>
    public static Task<long> EventAsync(FazhiApp app, string title, DateOnly on) => ArrangeAsync(app, async (edu, db) =>
        (await edu.RecordEventAsync(new EducationCommands.EventInput(await TownIdAsync(db), await VillageIdAsync(db, "阳山村"),
            new EducationEvent.Details(on, title, EventKinds.Publicity, ["乡村"], ["传单"], "阳山村委会", null, "张剑波", 80, AttendanceKind.Exact, 200, null),
            []))).Id);

    /// <summary>A consultation of 西联镇 (阳山村) by a named person with a phone, not referred.</summary>
    public static Task<long> ConsultationAsync(FazhiApp app, string marker, DateOnly on, string? phone = "13912345678") => ArrangeAsync(app, async (edu, db) =>
        (await edu.RecordConsultationAsync(await TownIdAsync(db), await VillageIdAsync(db, "阳山村"), new Consultation.Input(on, ConsultationChannel.InPerson,
            null, marker + "咨询人", phone, "劳动用工", marker + "：被拖欠工资怎么办？", "可申请劳动仲裁。", "陈静", null))).Id);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        var all = fields.ToList();
        all.Add(new("__RequestVerificationToken", await SignIn.AntiforgeryTokenAsync(client, tokenFrom ?? path.Split('?')[0])));
        return await client.PostAsync(path, new FormUrlEncodedContent(all));
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, params (string Key, string Value)[] fields) =>
        PostAsync(client, path, fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    public static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return await HtmlAsync(response);
    }

    public static string Location(HttpResponseMessage response) => response.Headers.Location?.OriginalString ?? "";

    public static string PathOf(HttpResponseMessage response) => new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath;

    public static long IdFrom(HttpResponseMessage response) => long.Parse(Regex.Match(Location(response), @"/(\d+)$").Groups[1].Value);

    /// <summary>A refused form comes back (200) with the page; a saved one redirects.</summary>
    public static async Task<string> RefusedAsync(Task<HttpResponseMessage> posting)
    {
        var response = await posting;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlAsync(response);
    }

    public static async Task<HttpResponseMessage> SavedAsync(Task<HttpResponseMessage> posting)
    {
        var response = await posting;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{(int)response.StatusCode} " + (response.StatusCode == HttpStatusCode.OK ? await HtmlAsync(response) : ""));
        return response;
    }

    /// <summary>The table row (between &lt;tr and &lt;/tr&gt;) that holds the text.</summary>
    public static string RowWith(string html, string text) => html.Split("<tr").Select(r => r.Split("</tr>")[0]).Single(r => r.Contains(text));
}
