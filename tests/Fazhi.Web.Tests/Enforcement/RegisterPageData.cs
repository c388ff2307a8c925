using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Core.Calendar;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Staff;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Enforcement;

/// <summary>Arranging the enforcement registers through the domain commands as the whole-database user, for the register pages' tests.</summary>
static class RegisterPageData
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>A valid unified social credit code not used before (random body, GB 32100-2015 check character).</summary>
    public static string NewCreditCode()
    {
        var body = "91440203MA" + new string(Enumerable.Range(0, 7).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)]).ToArray());
        return body + CreditCode.CheckChar(body);
    }

    public static string Marker() => Guid.NewGuid().ToString("N")[..6];

    public static async Task<long> RegionIdAsync(FazhiApp app, string name)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Regions.Where(r => r.Name == name).Select(r => r.Id).SingleAsync();
    }

    public static async Task<RegulatedEntity> EntityAsync(FazhiApp app, string? village, string name, string? phone = null)
    {
        var townId = await RegionIdAsync(app, "西联镇");
        long? villageId = village is null ? null : await RegionIdAsync(app, village);
        await using var scope = app.SystemScope(out var db);
        return await new RegisterCommands(db).RegisterEntityAsync(new RegisterCommands.EntityInput(townId, villageId, name, NewCreditCode(), EntityKind.Business,
            "加工制造", "西联镇工业路8号", "王经理", phone, RiskClass.General));
    }

    /// <summary>An officer of 西联镇 holding a certificate valid from a year ago to the given day.</summary>
    public static async Task<EnforcementOfficer> OfficerAsync(FazhiApp app, string name, DateOnly validTo)
    {
        var townId = await RegionIdAsync(app, "西联镇");
        await using var scope = app.SystemScope(out var db);
        var commands = new RegisterCommands(db);
        var officer = await commands.AddOfficerAsync(new RegisterCommands.OfficerInput(townId, name, null, "执法队员", false, null));
        await commands.AddCertificateAsync(officer.Id, new RegisterCommands.CertificateInput("粤执" + Marker() + Marker(), "韶关市人民政府", "西联镇",
            Today.AddDays(-365), validTo));
        return officer;
    }

    public static async Task<(long A, long B)> TwoOfficersAsync(FazhiApp app)
    {
        var a = await OfficerAsync(app, "测试甲" + Marker(), Today.AddDays(365));
        var b = await OfficerAsync(app, "测试乙" + Marker(), Today.AddDays(365));
        return (a.Id, b.Id);
    }

    public static InspectionCommands Inspections(AsyncServiceScope scope, AppDbContext db)
    {
        var sp = scope.ServiceProvider;
        var clock = sp.GetRequiredService<TimeProvider>();
        return new InspectionCommands(db, new DeadlineService(db, sp.GetRequiredService<CalendarProvider>(), clock), clock);
    }

    /// <summary>An inspection recorded today by two certified officers; with an order when the outcome is Rectification.</summary>
    public static async Task<InspectionCommands.Recorded> InspectAsync(FazhiApp app, (long A, long B) officers, long? entityId, long? campaignId,
        InspectionOutcome outcome, string subject = "工业路沿线")
    {
        var townId = await RegionIdAsync(app, "西联镇");
        await using var scope = app.SystemScope(out var db);
        var findings = outcome == InspectionOutcome.NoProblem ? Array.Empty<Fazhi.Core.Enforcement.Inspection.FindingInput>()
            : [new(FindingType.Hazard, FindingSeverity.Minor, "消防通道堆放杂物")];
        return await Inspections(scope, db).RecordAsync(new InspectionCommands.InspectionInput(townId, null, InspectionKind.Inspection, Today, campaignId,
            entityId, entityId is null ? subject : null, null, "现场检查生产经营场所", outcome, [officers.A, officers.B], findings,
            outcome == InspectionOutcome.Rectification ? new InspectionCommands.OrderInput("清理消防通道", Today.AddDays(10)) : null));
    }

    public static async Task<Campaign> CampaignAsync(FazhiApp app, string name, int partners)
    {
        var townId = await RegionIdAsync(app, "西联镇");
        await using var scope = app.SystemScope(out var db);
        var partnerIds = await db.Set<PartnerOrganisation>().Where(p => p.TownId == townId).OrderBy(p => p.Id).Select(p => p.Id).Take(partners).ToListAsync();
        Assert.Equal(partners, partnerIds.Count);
        return await new RegisterCommands(db).CreateCampaignAsync(new RegisterCommands.CampaignInput(townId, name, CampaignKinds.WorkSafety,
            Today.AddDays(-10), Today.AddDays(20), null, "全镇加工企业", null, partnerIds));
    }

    public static async Task<PatrolTask> TaskAsync(FazhiApp app, string village, string place)
    {
        var townId = await RegionIdAsync(app, "西联镇");
        var villageId = await RegionIdAsync(app, village);
        await using var scope = app.SystemScope(out var db);
        return await Inspections(scope, db).ReportTaskAsync(new InspectionCommands.TaskInput(townId, villageId, Today, CampaignKinds.StrawBurning, place,
            "田间有焚烧秸秆的烟雾"));
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        fields["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(client, tokenFrom ?? path.Split('?')[0]);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>A post whose fields may repeat a name (checkbox lists).</summary>
    public static async Task<HttpResponseMessage> PostPairsAsync(HttpClient client, string path, List<KeyValuePair<string, string>> fields, string tokenFrom)
    {
        fields.Add(new("__RequestVerificationToken", await SignIn.AntiforgeryTokenAsync(client, tokenFrom)));
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static async Task<string> GetHtmlAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlAsync(response);
    }

    /// <summary>The message shown next to a field (the validation span of asp-validation-for).</summary>
    public static string FieldMessage(string html, string field)
    {
        var m = Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)<");
        return m.Success ? m.Groups[1].Value : "";
    }

    /// <summary>The value an input carries (asp-for inputs write value after name).</summary>
    public static string InputValue(string html, string name)
    {
        var m = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        return m.Success ? m.Groups[1].Value : "";
    }

    public static int Count(string html, string testId)
    {
        var m = Regex.Match(html, $"data-testid=\"{Regex.Escape(testId)}\"[^>]*>(\\d+)<");
        Assert.True(m.Success, $"no count {testId}");
        return int.Parse(m.Groups[1].Value);
    }
}
