using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.Core.Enforcement;
using Fazhi.Core.PersonalData;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Enforcement;

/// <summary>
/// Arranging enforcement data of one's own for the API, document, export, import and public-site tests: officers with
/// certificates valid over 2025–2030 (the tests' dates lie in 2026), regulated entities with valid credit codes.
/// </summary>
internal static class EnforcementArrange
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Town(long TownId, long Yangshan, long Xinling);

    public static async Task<Town> TownAsync(FazhiApp app)
    {
        await using var scope = app.SystemScope(out var db);
        var town = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
        return new Town(town, await db.Regions.Where(r => r.Name == "阳山村").Select(r => r.Id).SingleAsync(),
            await db.Regions.Where(r => r.Name == "新岭村").Select(r => r.Id).SingleAsync());
    }

    /// <summary>An officer of 西联镇 with a certificate valid from 2025 to 2030 (none when <paramref name="certified"/> is false).</summary>
    public static async Task<long> OfficerAsync(FazhiApp app, string name, bool certified = true, bool legallyQualified = false)
    {
        var town = await TownAsync(app);
        await using var scope = app.SystemScope(out var db);
        var commands = new RegisterCommands(db);
        var officer = await commands.AddOfficerAsync(new RegisterCommands.OfficerInput(town.TownId, name, null, "执法队员", legallyQualified,
            legallyQualified ? "A20184402031234" : null));
        if (certified)
            await commands.AddCertificateAsync(officer.Id, new RegisterCommands.CertificateInput(CertificateNumber(), "广东省人民政府", "西联镇",
                new DateOnly(2025, 1, 1), new DateOnly(2030, 12, 31)));
        return officer.Id;
    }

    public static string CertificateNumber() => "44T" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    /// <summary>A fresh, valid unified social credit code (GB 32100-2015).</summary>
    public static string CreditCode()
    {
        var digits = string.Concat(Guid.NewGuid().ToByteArray().Take(9).Select(b => (char)('0' + b % 10)));
        var first17 = "91440203" + digits;
        return first17 + Core.PersonalData.CreditCode.CheckChar(first17);
    }

    public static async Task<long> EntityAsync(FazhiApp app, long? villageId, string name, EntityKind kind = EntityKind.Business, string? code = null,
        string address = "西联镇工业大道8号", string? phone = "13812345678")
    {
        var town = await TownAsync(app);
        await using var scope = app.SystemScope(out var db);
        var entity = await new RegisterCommands(db).RegisterEntityAsync(new RegisterCommands.EntityInput(town.TownId, villageId, name,
            kind == EntityKind.Individual ? null : code ?? CreditCode(), kind, "制造业", address, "联系人", phone, RiskClass.General));
        return entity.Id;
    }

    public static async Task<JsonElement> PostAsync(HttpClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text, Json);
    }

    /// <summary>An inspection of an entity with one open hazard; with <paramref name="dueOn"/> its outcome is an order.</summary>
    public static object Inspection(long townId, long? villageId, string on, long? entityId, IReadOnlyList<long> officerIds, string summary,
        string? dueOn = null, string? subject = null, long? campaignId = null) => new
    {
        townId, villageId, kind = "Inspection", on, campaignId, entityId, subject, summary, officerIds,
        outcome = dueOn is null ? "NoProblem" : "Rectification",
        findings = dueOn is null
            ? new object[] { new { type = "Hazard", severity = "Minor", description = "灭火器过期，已当场更换", correctedOnSpot = true } }
            : [new { type = "Hazard", severity = "Significant", description = "消防通道堆放杂物", correctedOnSpot = false },
                new { type = "Violation", severity = "Minor", description = "未建立安全生产台账", correctedOnSpot = false }],
        order = dueOn is null ? null : new { items = "", dueOn },
    };
}

/// <summary>/api/v1/enforcement on the demo town with data the tests create themselves (dates in 2026).</summary>
public class EnforcementApiTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static readonly JsonSerializerOptions Json = EnforcementArrange.Json;

    [Fact]
    public async Task Entity_Inspection_Order_ReInspection_Case_AllTheWay_OverTheApi()
    {
        var town = await EnforcementArrange.TownAsync(app);
        var a = await EnforcementArrange.OfficerAsync(app, "接口甲");
        var b = await EnforcementArrange.OfficerAsync(app, "接口乙");
        var clerk = await SignIn.ApiAsAsync(app, "demo.zhifa");

        var code = EnforcementArrange.CreditCode();
        var entity = await EnforcementArrange.PostAsync(clerk, "/api/v1/enforcement/entities", new
        {
            townId = town.TownId, villageId = town.Yangshan, name = "接口测试五金厂", creditCode = code, kind = "Business", industry = "金属制品",
            address = "阳山村工业区3号", contactName = "王厂长", contactPhone = "13712345678", risk = "Significant",
        });
        var entityId = entity.GetProperty("id").GetInt64();
        Assert.Equal("13712345678", entity.GetProperty("contactPhone").GetString());

        var inspection = await EnforcementArrange.PostAsync(clerk, "/api/v1/enforcement/inspections",
            EnforcementArrange.Inspection(town.TownId, null, "2026-02-10", entityId, [a, b], "检查生产车间及仓库", dueOn: "2026-02-20"));
        Assert.Equal("Rectification", inspection.GetProperty("outcome").GetString());
        Assert.Equal(town.Yangshan, inspection.GetProperty("villageId").GetInt64());
        Assert.Equal(["接口甲", "接口乙"], inspection.GetProperty("officers").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.All(inspection.GetProperty("officers").EnumerateArray(), o => Assert.StartsWith("44T", o.GetProperty("certificateNumber").GetString()));
        Assert.Equal(2, inspection.GetProperty("findings").GetArrayLength());
        var orderId = inspection.GetProperty("orderId").GetInt64();

        var order = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/enforcement/orders/{orderId}", Json);
        Assert.Equal("1. 消防通道堆放杂物\n2. 未建立安全生产台账", order.GetProperty("items").GetString());
        Assert.Equal("2026-02-20", order.GetProperty("dueOn").GetString());
        var notRectified = await EnforcementArrange.PostAsync(clerk, $"/api/v1/enforcement/orders/{orderId}/steps",
            new { step = "re-inspect", on = "2026-02-21", officerIds = new[] { a, b }, summary = "杂物仍未清理", rectified = false }, HttpStatusCode.OK);
        Assert.True(notRectified.GetProperty("awaitingEscalation").GetBoolean());
        Assert.Equal(["Issued", "ReInspectedNotRectified"], notRectified.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));

        var filed = await EnforcementArrange.PostAsync(clerk, "/api/v1/enforcement/cases", new
        {
            townId = town.TownId, type = "General", cause = "逾期未整改消防安全隐患", filedOn = "2026-03-02", major = false, officerIds = new[] { a, b },
            orderId,
        });
        var caseId = filed.GetProperty("id").GetInt64();
        Assert.Equal("接口测试五金厂", filed.GetProperty("partyName").GetString());
        Assert.Equal(code, filed.GetProperty("partyIdNumber").GetString());
        Assert.Equal(orderId, filed.GetProperty("orderId").GetInt64());
        var escalated = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/enforcement/orders/{orderId}", Json);
        Assert.Equal(("Escalated", caseId), (escalated.GetProperty("status").GetString(), escalated.GetProperty("caseId").GetInt64()));

        async Task<JsonElement> Step(object step) =>
            await EnforcementArrange.PostAsync(clerk, $"/api/v1/enforcement/cases/{caseId}/steps", step, HttpStatusCode.OK);
        await Step(new { step = "investigate", on = "2026-03-03", evidence = "现场照片3张、询问笔录1份" });
        var notified = await Step(new { step = "notify-rights", on = "2026-03-04" });
        Assert.Equal("2026-03-11", notified.GetProperty("hearingDueOn").GetString());
        var decided = await Step(new
        {
            step = "decide", on = "2026-03-16", number = "西联罚〔2026〕3号", penaltyKind = "罚款", fineFen = 500_000, basis = "《中华人民共和国消防法》第六十条",
            summary = "逾期未清理消防通道杂物，罚款五千元",
        });
        Assert.Equal(("Decided", "2026-03-25"), (decided.GetProperty("status").GetString(), decided.GetProperty("publicityDueOn").GetString()));
        var served = await Step(new { step = "serve", on = "2026-03-17" });
        Assert.Equal("2026-04-01", served.GetProperty("fineDueOn").GetString());
        await Step(new { step = "payment", on = "2026-03-20" });
        await Step(new { step = "publish", on = "2026-03-18" });
        var closed = await Step(new { step = "close", on = "2026-03-25" });
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal(["Filed", "Investigated", "RightsNotified", "Decided", "Served", "Paid", "Published", "Closed"],
            closed.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));

        var history = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/enforcement/entities/{entityId}", Json);
        Assert.Equal(2, history.GetProperty("inspections").GetArrayLength());
        Assert.Equal([orderId], history.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("id").GetInt64()));
        Assert.Equal([caseId], history.GetProperty("cases").EnumerateArray().Select(o => o.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task APersonsIdNumberAddressAndPhone_AreInFullForEnforcementStaff_AndMaskedForTheLeader()
    {
        var town = await EnforcementArrange.TownAsync(app);
        var a = await EnforcementArrange.OfficerAsync(app, "脱敏甲");
        var b = await EnforcementArrange.OfficerAsync(app, "脱敏乙");
        var individual = await EnforcementArrange.EntityAsync(app, town.Yangshan, "脱敏测试个体户", EntityKind.Individual, address: "阳山村二组15号",
            phone: "13900001111");
        var clerk = await SignIn.ApiAsAsync(app, "demo.zhifa");
        var filed = await EnforcementArrange.PostAsync(clerk, "/api/v1/enforcement/cases", new
        {
            townId = town.TownId, villageId = town.Yangshan, type = "IllegalConstruction", cause = "未经许可擅自建设", filedOn = "2026-04-01",
            party = new { name = "脱敏当事人", isPerson = true, idNumber = "11010519491231002X", address = "阳山村一组8号" }, officerIds = new[] { a, b },
        });
        var caseId = filed.GetProperty("id").GetInt64();
        Assert.Equal(("11010519491231002X", "阳山村一组8号"), (filed.GetProperty("partyIdNumber").GetString(), filed.GetProperty("partyAddress").GetString()));

        var leader = await SignIn.ApiAsAsync(app, "demo.leader");
        var seen = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/enforcement/cases/{caseId}", Json);
        Assert.Equal(Masking.IdNumber("11010519491231002X"), seen.GetProperty("partyIdNumber").GetString());
        Assert.Equal(Masking.Address("阳山村一组8号"), seen.GetProperty("partyAddress").GetString());
        var person = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/enforcement/entities/{individual}", Json);
        Assert.Equal(("139****1111", Masking.Address("阳山村二组15号")), (person.GetProperty("contactPhone").GetString(), person.GetProperty("address").GetString()));
        var listed = await leader.GetFromJsonAsync<List<JsonElement>>("/api/v1/enforcement/entities?q=" + Uri.EscapeDataString("脱敏测试"), Json);
        Assert.Equal(Masking.Address("阳山村二组15号"), Assert.Single(listed!).GetProperty("address").GetString());
        Assert.DoesNotContain("13900001111", await leader.GetStringAsync($"/api/v1/enforcement/entities/{individual}"));
    }

    [Fact]
    public async Task TheTwoCertifiedOfficersRule_AndABadStep_Answer400ProblemDetailsInChinese()
    {
        var town = await EnforcementArrange.TownAsync(app);
        var certified = await EnforcementArrange.OfficerAsync(app, "规则甲");
        var uncertified = await EnforcementArrange.OfficerAsync(app, "规则乙", certified: false);
        var entity = await EnforcementArrange.EntityAsync(app, town.Xinling, "规则测试加油站");
        var clerk = await SignIn.ApiAsAsync(app, "demo.zhifa");

        var refused = await clerk.PostAsJsonAsync("/api/v1/enforcement/inspections",
            EnforcementArrange.Inspection(town.TownId, null, "2026-05-06", entity, [certified, uncertified], "例行检查"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.StartsWith("执法人员不得少于两人", problem.GetProperty("title").GetString());
        Assert.Contains("规则乙未持有行政执法证", problem.GetProperty("title").GetString());
        Assert.Contains("第四十二条", problem.GetProperty("title").GetString());

        var future = await clerk.PostAsJsonAsync("/api/v1/enforcement/inspections",
            EnforcementArrange.Inspection(town.TownId, null, "2099-01-01", entity, [certified, certified], "未来检查"));
        Assert.Contains("检查日期不能晚于今天", await future.Content.ReadAsStringAsync());

        var second = await EnforcementArrange.OfficerAsync(app, "规则丙");
        var inspection = await EnforcementArrange.PostAsync(clerk, "/api/v1/enforcement/inspections",
            EnforcementArrange.Inspection(town.TownId, null, "2026-05-06", entity, [certified, second], "例行检查", dueOn: "2026-05-16"));
        var orderId = inspection.GetProperty("orderId").GetInt64();
        var unknown = await clerk.PostAsJsonAsync($"/api/v1/enforcement/orders/{orderId}/steps", new { step = "fly", on = "2026-05-07" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.StartsWith("未知的整改步骤：fly", (await unknown.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("title").GetString());
        var early = await clerk.PostAsJsonAsync($"/api/v1/enforcement/orders/{orderId}/steps",
            new { step = "extend", on = "2026-05-07", dueOn = "2026-05-30", reason = "申请延期" });
        Assert.Contains("未届满且未经复查认定未整改", await early.Content.ReadAsStringAsync());
        var noDate = await clerk.PostAsJsonAsync($"/api/v1/enforcement/orders/{orderId}/steps", new { step = "re-inspect" });
        Assert.Contains("请提供日期 on", await noDate.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AVillageCadreSeesOnlyTheirVillage_TheSupervisorOnlyReads_AndOthersAreRefusedAtTheModule()
    {
        var town = await EnforcementArrange.TownAsync(app);
        var a = await EnforcementArrange.OfficerAsync(app, "范围甲");
        var b = await EnforcementArrange.OfficerAsync(app, "范围乙");
        var own = await EnforcementArrange.EntityAsync(app, town.Yangshan, "范围测试阳山养殖场");
        var other = await EnforcementArrange.EntityAsync(app, town.Xinling, "范围测试新岭养殖场");
        var clerk = await SignIn.ApiAsAsync(app, "demo.zhifa");
        var ownInspection = (await EnforcementArrange.PostAsync(clerk, "/api/v1/enforcement/inspections",
            EnforcementArrange.Inspection(town.TownId, null, "2026-06-02", own, [a, b], "范围测试检查"))).GetProperty("id").GetInt64();
        var otherInspection = (await EnforcementArrange.PostAsync(clerk, "/api/v1/enforcement/inspections",
            EnforcementArrange.Inspection(town.TownId, null, "2026-06-02", other, [a, b], "范围测试检查"))).GetProperty("id").GetInt64();

        var cadre = await SignIn.ApiAsAsync(app, "demo.yangshan");
        Assert.Equal(HttpStatusCode.OK, (await cadre.GetAsync($"/api/v1/enforcement/entities/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/api/v1/enforcement/entities/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/api/v1/enforcement/inspections/{otherInspection}")).StatusCode);
        var seen = await cadre.GetFromJsonAsync<List<JsonElement>>("/api/v1/enforcement/inspections?year=2026&q=" + Uri.EscapeDataString("范围测试"), Json);
        Assert.Equal([ownInspection], seen!.Select(i => i.GetProperty("id").GetInt64()));
        // Officers are the town's: a village cadre cannot name them, so cannot record an inspection.
        var foreign = await cadre.PostAsJsonAsync("/api/v1/enforcement/inspections",
            EnforcementArrange.Inspection(town.TownId, null, "2026-06-03", other, [a, b], "越权检查"));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);

        var supervisor = await SignIn.ApiAsAsync(app, "demo.district");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/v1/enforcement/inspections/{otherInspection}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync("/api/v1/enforcement/entities",
            new { townId = town.TownId, name = "督导登记", kind = "Business", address = "某地", risk = "Low" })).StatusCode);
        var lawyer = await SignIn.ApiAsAsync(app, "demo.lawyer");
        Assert.Equal(HttpStatusCode.Forbidden, (await lawyer.GetAsync("/api/v1/enforcement/entities")).StatusCode);
        var otherTown = await SignIn.ApiAsAsync(app, "demo.longgui");
        Assert.Equal(HttpStatusCode.NotFound, (await otherTown.GetAsync($"/api/v1/enforcement/inspections/{ownInspection}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn.Anonymous(app).GetAsync("/api/v1/enforcement/entities")).StatusCode);
    }

    [Fact]
    public async Task Lists_FilterAndPage_OfficersCarryTheirCertificates_CampaignsRollUpTheirInspections_AndTasksAreListed()
    {
        var town = await EnforcementArrange.TownAsync(app);
        var a = await EnforcementArrange.OfficerAsync(app, "列表甲");
        var b = await EnforcementArrange.OfficerAsync(app, "列表乙", legallyQualified: true);
        var clerk = await SignIn.ApiAsAsync(app, "demo.zhifa");

        var campaign = await EnforcementArrange.PostAsync(clerk, "/api/v1/enforcement/campaigns", new
        {
            townId = town.TownId, name = "列表测试消防专项整治", kind = "消防", startsOn = "2026-07-01", endsOn = "2026-07-31", targets = "全镇小作坊",
        });
        var campaignId = campaign.GetProperty("id").GetInt64();
        Assert.False(campaign.GetProperty("joint").GetBoolean());
        for (var i = 0; i < 3; i++)
        {
            var entity = await EnforcementArrange.EntityAsync(app, town.Yangshan, $"列表测试作坊{i}");
            await EnforcementArrange.PostAsync(clerk, "/api/v1/enforcement/inspections", EnforcementArrange.Inspection(town.TownId, null, $"2026-07-0{i + 1}",
                entity, [a, b], "列表测试检查", dueOn: i == 0 ? "2026-07-15" : null, campaignId: campaignId));
        }
        var results = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/enforcement/campaigns/{campaignId}", Json);
        Assert.Equal((3, 1), (results.GetProperty("inspections").GetInt32(), results.GetProperty("orders").GetInt32()));
        var campaigns = await clerk.GetFromJsonAsync<List<JsonElement>>("/api/v1/enforcement/campaigns?year=2026", Json);
        Assert.Contains(campaigns!, c => c.GetProperty("id").GetInt64() == campaignId && c.GetProperty("inspections").GetInt32() == 3);
        Assert.DoesNotContain((await clerk.GetFromJsonAsync<List<JsonElement>>("/api/v1/enforcement/campaigns?year=2024", Json))!,
            c => c.GetProperty("id").GetInt64() == campaignId);

        var byCampaign = await clerk.GetFromJsonAsync<List<JsonElement>>($"/api/v1/enforcement/inspections?campaignId={campaignId}&outcome=NoProblem", Json);
        Assert.Equal(["列表测试作坊2", "列表测试作坊1"], byCampaign!.Select(i => i.GetProperty("subject").GetString()));
        var orders = await clerk.GetFromJsonAsync<List<JsonElement>>($"/api/v1/enforcement/orders?campaignId={campaignId}&status=Open", Json);
        Assert.Equal("列表测试作坊0", Assert.Single(orders!).GetProperty("subject").GetString());
        var page1 = await clerk.GetFromJsonAsync<List<JsonElement>>("/api/v1/enforcement/entities?q=" + Uri.EscapeDataString("列表测试作坊"), Json);
        Assert.Equal(3, page1!.Count);
        Assert.Empty((await clerk.GetFromJsonAsync<List<JsonElement>>("/api/v1/enforcement/entities?page=2&q=" + Uri.EscapeDataString("列表测试作坊"), Json))!);

        var officers = await clerk.GetFromJsonAsync<List<JsonElement>>("/api/v1/enforcement/officers?q=" + Uri.EscapeDataString("列表"), Json);
        Assert.Equal(["列表乙", "列表甲"], officers!.Select(o => o.GetProperty("name").GetString()).Order());
        Assert.All(officers!, o => Assert.True(o.GetProperty("certificate").GetProperty("validToday").GetBoolean()));
        var reviewer = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/enforcement/officers/{b}", Json);
        Assert.True(reviewer.GetProperty("legallyQualified").GetBoolean());
        Assert.Equal("2030-12-31", Assert.Single(reviewer.GetProperty("certificates").EnumerateArray()).GetProperty("validTo").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/api/v1/enforcement/officers/999999")).StatusCode);

        long taskId;
        await using (var scope = app.SystemScope(out var db))
        {
            var calendars = scope.ServiceProvider.GetRequiredService<Core.Calendar.CalendarProvider>();
            var commands = new InspectionCommands(db, new Core.Calendar.DeadlineService(db, calendars, TimeProvider.System), TimeProvider.System);
            taskId = (await commands.ReportTaskAsync(new InspectionCommands.TaskInput(town.TownId, town.Yangshan, new DateOnly(2026, 7, 5), "秸秆禁烧",
                "阳山村东侧农田", "列表测试：发现焚烧秸秆"))).Id;
        }
        var tasks = await clerk.GetFromJsonAsync<List<JsonElement>>("/api/v1/enforcement/tasks?status=Open", Json);
        Assert.Contains(tasks!, t => t.GetProperty("id").GetInt64() == taskId);
        var task = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/enforcement/tasks/{taskId}", Json);
        Assert.Equal("阳山村东侧农田", task.GetProperty("place").GetString());
    }

    [Fact]
    public async Task Figures2025_OverTheApi_AgreeWithTheLists_AndAnEmptyYearShowsNoRate()
    {
        // No other test of this class works in 2025: the year holds only what this test records.
        var town = await EnforcementArrange.TownAsync(app);
        var a = await EnforcementArrange.OfficerAsync(app, "统计甲");
        var b = await EnforcementArrange.OfficerAsync(app, "统计乙");
        var clerk = await SignIn.ApiAsAsync(app, "demo.zhifa");
        var campaign = (await EnforcementArrange.PostAsync(clerk, "/api/v1/enforcement/campaigns", new
        {
            townId = town.TownId, name = "统计测试专项整治", kind = "安全生产", startsOn = "2025-05-01", endsOn = "2025-05-31",
        })).GetProperty("id").GetInt64();
        var rectifiedOrder = 0L;
        for (var i = 0; i < 3; i++)
        {
            var entity = await EnforcementArrange.EntityAsync(app, i == 2 ? town.Xinling : town.Yangshan, $"统计测试工厂{i}");
            var inspection = await EnforcementArrange.PostAsync(clerk, "/api/v1/enforcement/inspections", EnforcementArrange.Inspection(town.TownId, null,
                $"2025-05-0{i + 5}", entity, [a, b], "统计测试检查", dueOn: i < 2 ? $"2025-05-1{i + 5}" : null, campaignId: campaign));
            if (i == 0) rectifiedOrder = inspection.GetProperty("orderId").GetInt64();
        }
        await EnforcementArrange.PostAsync(clerk, $"/api/v1/enforcement/orders/{rectifiedOrder}/steps",
            new { step = "re-inspect", on = "2025-05-16", officerIds = new[] { a, b }, summary = "已清理", rectified = true }, HttpStatusCode.OK);

        var inspections = (await clerk.GetFromJsonAsync<List<JsonElement>>("/api/v1/enforcement/inspections?year=2025", Json))!;
        var orders = (await clerk.GetFromJsonAsync<List<JsonElement>>("/api/v1/enforcement/orders?year=2025", Json))!;
        var report = await clerk.GetFromJsonAsync<JsonElement>("/api/v1/enforcement/figures/2025", Json);
        Assert.Equal(2025, report.GetProperty("year").GetInt32());
        var figures = report.GetProperty("headline").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        Assert.Equal(inspections.Count(i => i.GetProperty("kind").GetString() != "ReInspection"), figures["enforcement.inspections"].GetProperty("numerator").GetInt64());
        Assert.Equal(1, figures["enforcement.re-inspections"].GetProperty("numerator").GetInt64());
        Assert.Equal(orders.Count, figures["enforcement.orders"].GetProperty("numerator").GetInt64());
        var rate = figures["enforcement.order-rectification-rate"];
        Assert.Equal((1L, 2L, "50%"), (rate.GetProperty("numerator").GetInt64(), rate.GetProperty("denominator").GetInt64(), rate.GetProperty("display").GetString()));
        Assert.Equal("整改到位 ÷ 下达整改通知", rate.GetProperty("formula").GetString());
        var byVillage = report.GetProperty("breakdowns").EnumerateArray().Single(b => b.GetProperty("title").GetString() == "检查按村（社区）");
        Assert.Contains(byVillage.GetProperty("rows").EnumerateArray(), r => r.GetProperty("label").GetString() == "阳山村" && r.GetProperty("count").GetInt32() == 2);
        var result = report.GetProperty("campaigns").EnumerateArray().Single(c => c.GetProperty("id").GetInt64() == campaign);
        Assert.Equal((3, 2, 1, 1), (result.GetProperty("inspections").GetInt32(), result.GetProperty("orders").GetInt32(),
            result.GetProperty("ordersRectified").GetInt32(), result.GetProperty("entitiesRectifiedOrClosed").GetInt32()));

        var empty = await clerk.GetFromJsonAsync<JsonElement>("/api/v1/enforcement/figures/2001", Json);
        Assert.Equal("—", empty.GetProperty("headline").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == "enforcement.order-rectification-rate").GetProperty("display").GetString());
    }
}
