using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Disputes;

/// <summary>The dispute register and screening rounds over /api/v1 on the demo town, with data the tests create themselves.</summary>
public class DisputesApiTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    sealed record Place(long TownId, long Yangshan, long Xinling, long JusticeOffice);

    async Task<Place> PlaceAsync()
    {
        await using var scope = app.SystemScope(out var db);
        var town = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
        return new Place(town,
            await db.Regions.Where(r => r.Name == "阳山村").Select(r => r.Id).SingleAsync(),
            await db.Regions.Where(r => r.Name == "新岭村").Select(r => r.Id).SingleAsync(),
            await db.Offices.Where(o => o.Name == "司法所" && o.TownId == town).Select(o => o.Id).SingleAsync());
    }

    static object Dispute(long townId, long? villageId, string reportedOn, string description, string category = "邻里", object? party = null,
        long? screeningRoundId = null) => new
    {
        townId, villageId, category, source = screeningRoundId is null ? "WalkIn" : "Screening", reportedOn, description,
        parties = new[] { party ?? new { kind = "Person", name = "测试当事人" } }, peopleCount = 2, amountFen = 150_000, risk = "Low", screeningRoundId,
    };

    static async Task<long> CreateAsync(HttpClient client, object dispute)
    {
        var response = await client.PostAsJsonAsync("/api/v1/disputes", dispute);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt64();
    }

    static async Task<JsonElement> StepAsync(HttpClient client, long id, object step)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/disputes/{id}/steps", step);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    [Fact]
    public async Task Create_Steps_Outcome_OverTheApi_WithPartiesMaskedForALeader()
    {
        var place = await PlaceAsync();
        var clerk = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        var id = await CreateAsync(clerk, Dispute(place.TownId, place.Yangshan, "2020-05-06", "API流程测试：两户宅基地边界争执", "房屋宅基地",
            new { kind = "Person", name = "流程测试人", idNumber = "11010519491231002X", phone = "13812345678", address = "阳山村一组8号" }));

        var escalated = await StepAsync(clerk, id, new { step = "escalate", on = "2020-05-07", to = "Town", reason = "涉及宅基地审批，村级无法调处" });
        Assert.Equal("Town", escalated.GetProperty("level").GetString());
        var supervised = await StepAsync(clerk, id, new { step = "supervise", on = "2020-05-08", dueOn = "2020-05-20", requirement = "五日内提出调处方案" });
        var orderId = supervised.GetProperty("orders")[0].GetProperty("id").GetInt64();
        await StepAsync(clerk, id, new { step = "answer-supervision", on = "2020-05-12", orderId, answer = "已拟定调处方案" });
        await StepAsync(clerk, id, new { step = "start-mediation", on = "2020-05-13", kind = "Administrative", officeId = place.JusticeOffice, mediatorNames = "陈静" });
        await StepAsync(clerk, id, new { step = "session", on = "2020-05-14", place = "镇司法所", mediators = "陈静", attendees = "双方当事人", minutes = "现场核对宅基地证" });
        var success = await StepAsync(clerk, id, new
        {
            step = "success", on = "2020-05-15", form = "Written", facts = "边界以宅基地证为准", terms = "双方按宅基地证界址砌墙", performanceDue = "2020-06-15",
            signedOn = "2020-05-15",
        });
        Assert.Equal("Succeeded", success.GetProperty("status").GetString());
        Assert.Equal("2020-05-15", success.GetProperty("agreementEffectiveOn").GetString());
        var performed = await StepAsync(clerk, id, new { step = "performance", on = "2020-06-20", performance = "Performed", note = "已砌墙" });
        Assert.Equal("Performed", performed.GetProperty("performance").GetString());
        Assert.Equal(1, performed.GetProperty("sessions").GetArrayLength());
        Assert.Equal("11010519491231002X", performed.GetProperty("parties")[0].GetProperty("idNumber").GetString());

        // 司法确认 belongs to people's mediation only (《人民调解法》第三十三条).
        var confirmation = await clerk.PostAsJsonAsync($"/api/v1/disputes/{id}/steps", new { step = "apply-confirmation", on = "2020-05-20", court = "武江区人民法院" });
        Assert.Equal(HttpStatusCode.BadRequest, confirmation.StatusCode);
        Assert.Contains("第三十三条", await confirmation.Content.ReadAsStringAsync());

        var leader = await SignIn.ApiAsAsync(app, "demo.leader");
        var seen = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/disputes/{id}", Json);
        Assert.Equal("1101**********002X", seen.GetProperty("parties")[0].GetProperty("idNumber").GetString());
        Assert.Equal("138****5678", seen.GetProperty("parties")[0].GetProperty("phone").GetString());
        Assert.Equal(["Registered", "Escalated"], seen.GetProperty("moves").EnumerateArray().Select(m => m.GetProperty("kind").GetString()));

        var reopened = await StepAsync(clerk, id, new { step = "reopen", on = "2020-07-01", reason = "一方拆墙，纠纷再起" });
        Assert.Equal("Pending", reopened.GetProperty("status").GetString());
        Assert.Equal(1, reopened.GetProperty("reopenCount").GetInt32());
    }

    [Fact]
    public async Task ACadreOfAnotherVillage_Gets404_AndTheirOwnVillagesDisputeIsVisible()
    {
        var place = await PlaceAsync();
        var clerk = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        var other = await CreateAsync(clerk, Dispute(place.TownId, place.Xinling, "2020-03-02", "范围测试：新岭村的纠纷"));
        var own = await CreateAsync(clerk, Dispute(place.TownId, place.Yangshan, "2020-03-02", "范围测试：阳山村的纠纷"));

        var cadre = await SignIn.ApiAsAsync(app, "demo.yangshan");
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/api/v1/disputes/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await cadre.PostAsJsonAsync($"/api/v1/disputes/{other}/steps", new { step = "withdraw", on = "2020-03-03", reason = "撤回" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cadre.GetAsync($"/api/v1/disputes/{own}")).StatusCode);
        var list = await cadre.GetFromJsonAsync<List<JsonElement>>("/api/v1/disputes?year=2020&q=" + Uri.EscapeDataString("范围测试"), Json);
        Assert.Equal([own], list!.Select(r => r.GetProperty("id").GetInt64()));
        // A cadre cannot register into another village either.
        var foreign = await cadre.PostAsJsonAsync("/api/v1/disputes", Dispute(place.TownId, place.Xinling, "2020-03-02", "越权登记"));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
    }

    [Fact]
    public async Task TheDistrictSupervisor_ReadsButEveryPostIsRefused()
    {
        var place = await PlaceAsync();
        var clerk = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        var id = await CreateAsync(clerk, Dispute(place.TownId, place.Yangshan, "2020-04-01", "督导测试"));
        var supervisor = await SignIn.ApiAsAsync(app, "demo.district");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/v1/disputes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await supervisor.PostAsJsonAsync($"/api/v1/disputes/{id}/steps", new { step = "withdraw", on = "2020-04-02", reason = "撤回" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync("/api/v1/disputes", Dispute(place.TownId, null, "2020-04-01", "督导登记"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync("/api/v1/screenings",
            new { townId = place.TownId, villageId = place.Yangshan, level = "Village", plannedOn = "2020-04-10", place = "村委会" })).StatusCode);
        // Someone without the module is refused at the group.
        var lawyer = await SignIn.ApiAsAsync(app, "demo.lawyer");
        Assert.Equal(HttpStatusCode.Forbidden, (await lawyer.GetAsync("/api/v1/disputes")).StatusCode);
    }

    [Fact]
    public async Task ABadStepOrABrokenRule_Answers400WithAChineseMessage()
    {
        var place = await PlaceAsync();
        var clerk = await SignIn.ApiAsAsync(app, "demo.xinfang");
        var id = await CreateAsync(clerk, Dispute(place.TownId, null, "2020-06-01", "步骤测试"));
        var unknown = await clerk.PostAsJsonAsync($"/api/v1/disputes/{id}/steps", new { step = "fly", on = "2020-06-02" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        var problem = await unknown.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.StartsWith("未知的办理步骤：fly", problem.GetProperty("title").GetString());
        var early = await clerk.PostAsJsonAsync($"/api/v1/disputes/{id}/steps", new { step = "success", on = "2020-06-02", form = "Oral", terms = "口头约定" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("只有调解中的纠纷才能登记调解结果。", await early.Content.ReadAsStringAsync());
        var noKind = await clerk.PostAsJsonAsync($"/api/v1/disputes/{id}/steps", new { step = "start-mediation", on = "2020-06-02" });
        Assert.Contains("请提供调解方式 kind", await noKind.Content.ReadAsStringAsync());
        var badCategory = await clerk.PostAsJsonAsync("/api/v1/disputes", Dispute(place.TownId, null, "2020-06-01", "类别测试", "外星"));
        Assert.Equal(HttpStatusCode.BadRequest, badCategory.StatusCode);
        Assert.Contains("请从列表中选择纠纷类别", await badCategory.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Figures2021_OverTheApi_EqualTheCountsOfTheList()
    {
        var place = await PlaceAsync();
        var clerk = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        // Seven disputes registered in 2021: three succeed, one fails, one is withdrawn, two stay open.
        var ids = new List<long>();
        for (var i = 0; i < 7; i++)
            ids.Add(await CreateAsync(clerk, Dispute(place.TownId, i % 2 == 0 ? place.Yangshan : place.Xinling, $"2021-0{i + 1}-10", $"统计测试{i}",
                i < 4 ? "邻里" : "合同")));
        foreach (var (id, i) in ids.Select((id, i) => (id, i)).Take(5))
        {
            if (i == 4) { await StepAsync(clerk, id, new { step = "withdraw", on = $"2021-0{i + 1}-12", reason = "当事人不同意调解" }); continue; }
            await StepAsync(clerk, id, new { step = "start-mediation", on = $"2021-0{i + 1}-11", kind = "Administrative", officeId = place.JusticeOffice });
            if (i == 3) await StepAsync(clerk, id, new { step = "failure", on = $"2021-0{i + 1}-20", route = "Litigation" });
            else await StepAsync(clerk, id, new { step = "success", on = $"2021-0{i + 1}-20", form = "Oral", terms = "口头约定赔偿" });
        }

        var rows = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var batch = (await clerk.GetFromJsonAsync<List<JsonElement>>($"/api/v1/disputes?year=2021&page={page}", Json))!;
            rows.AddRange(batch);
            if (batch.Count < 100) break;
        }
        var found = rows.Count;
        var mediated = rows.Count(r => r.GetProperty("status").GetString() is "Succeeded" or "Failed");
        var succeeded = rows.Count(r => r.GetProperty("status").GetString() == "Succeeded");
        Assert.True(found >= 7 && mediated >= 4 && succeeded >= 3);

        var figures = (await clerk.GetFromJsonAsync<List<JsonElement>>("/api/v1/disputes/figures/2021", Json))!
            .ToDictionary(f => f.GetProperty("key").GetString()!);
        Assert.Equal(found, figures["disputes.found"].GetProperty("numerator").GetInt64());
        Assert.Equal(mediated, figures["disputes.mediated"].GetProperty("numerator").GetInt64());
        Assert.Equal(succeeded, figures["disputes.succeeded"].GetProperty("numerator").GetInt64());
        var rate = figures["disputes.mediation-rate"];
        Assert.Equal(mediated, rate.GetProperty("numerator").GetInt64());
        Assert.Equal(found, rate.GetProperty("denominator").GetInt64());
        Assert.Equal($"{100.0 * mediated / found:0.#}%", rate.GetProperty("display").GetString());
        var success = figures["disputes.success-rate"];
        Assert.Equal(succeeded, success.GetProperty("numerator").GetInt64());
        Assert.Equal(mediated, success.GetProperty("denominator").GetInt64());
        Assert.Equal($"{100.0 * succeeded / mediated:0.#}%", success.GetProperty("display").GetString());
        Assert.Equal("调处成功 ÷ 调处", success.GetProperty("formula").GetString());

        // A year with nothing registered has no rate: "—".
        var empty = (await clerk.GetFromJsonAsync<List<JsonElement>>("/api/v1/disputes/figures/2001", Json))!;
        Assert.Equal("—", empty.Single(f => f.GetProperty("key").GetString() == "disputes.success-rate").GetProperty("display").GetString());
    }

    [Fact]
    public async Task ToPetition_NeedsThePetitionsModuleToo()
    {
        var place = await PlaceAsync();
        await using (var services = app.Services.CreateAsyncScope())
        {
            var users = services.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Fazhi.Core.Identity.AppUser>>();
            if (await users.FindByNameAsync("disputes.only") is null)
            {
                await using var system = app.SystemScope(out var db);
                var town = await db.Regions.SingleAsync(r => r.Id == place.TownId);
                var user = new Fazhi.Core.Identity.AppUser
                {
                    UserName = "disputes.only", DisplayName = "只办纠纷", ScopeRegionId = town.Id, ScopePath = town.Path, IsActive = true, CreatedUtc = DateTime.UtcNow,
                };
                user.SetModules([Fazhi.Core.Identity.Modules.Disputes]);
                Assert.True((await users.CreateAsync(user, "Dispute#2026x")).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, Fazhi.Core.Identity.Roles.Staff)).Succeeded);
            }
        }
        var staff = await SignIn.ApiAsAsync(app, "disputes.only", "Dispute#2026x");
        var id = await CreateAsync(staff, Dispute(place.TownId, null, "2020-07-01", "转信访权限测试"));
        var step = new { step = "to-petition", on = "2020-07-02", channel = "Visit", @class = "Claim", petitionCategory = "其他" };
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/v1/disputes/{id}/steps", step)).StatusCode);
        var clerk = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsJsonAsync($"/api/v1/disputes/{id}/steps", step)).StatusCode);
    }

    [Fact]
    public async Task DemoYear2019_FoundMediatedAndRates_OverTheApi_MatchTheRegister()
    {
        // No test of this class registers a 2019 dispute: the year is the demo town's as loaded.
        var leader = await SignIn.ApiAsAsync(app, "demo.leader");
        var rows = (await leader.GetFromJsonAsync<List<JsonElement>>("/api/v1/disputes?year=2019", Json))!;
        var figures = (await leader.GetFromJsonAsync<List<JsonElement>>("/api/v1/disputes/figures/2019", Json))!
            .ToDictionary(f => f.GetProperty("key").GetString()!);
        var mediated = rows.Count(r => r.GetProperty("status").GetString() is "Succeeded" or "Failed");
        var succeeded = rows.Count(r => r.GetProperty("status").GetString() == "Succeeded");
        Assert.Equal((50, 49, 46), (rows.Count, mediated, succeeded));
        Assert.Equal(rows.Count, figures["disputes.found"].GetProperty("numerator").GetInt64());
        Assert.Equal(mediated, figures["disputes.mediated"].GetProperty("numerator").GetInt64());
        Assert.Equal("98%", figures["disputes.mediation-rate"].GetProperty("display").GetString());
        Assert.Equal("93.9%", figures["disputes.success-rate"].GetProperty("display").GetString());
        Assert.Equal(88, figures["disputes.screening-rounds"].GetProperty("numerator").GetInt64());
    }

    [Fact]
    public async Task ScreeningRound_PlannedHeldAndItsFindings_OverTheApi()
    {
        var place = await PlaceAsync();
        var clerk = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        var planned = await clerk.PostAsJsonAsync("/api/v1/screenings",
            new { townId = place.TownId, villageId = place.Yangshan, level = "Village", plannedOn = "2020-08-03", place = "阳山村委会" });
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        var roundId = (await planned.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt64();

        // A dispute cannot be found by a round not yet held.
        var tooEarly = await clerk.PostAsJsonAsync("/api/v1/disputes", Dispute(place.TownId, place.Yangshan, "2020-08-03", "排查发现测试", screeningRoundId: roundId));
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Contains("请先登记该次排查已开展", await tooEarly.Content.ReadAsStringAsync());

        var held = await clerk.PostAsJsonAsync($"/api/v1/screenings/{roundId}/steps",
            new { step = "held", on = "2020-08-03", participants = "村两委、网格员", areaCovered = "全村三个村民小组", foundNone = true });
        Assert.Equal("Held", (await held.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("status").GetString());
        var disputeId = await CreateAsync(clerk, Dispute(place.TownId, place.Yangshan, "2020-08-03", "排查发现测试", screeningRoundId: roundId));

        var round = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/screenings/{roundId}", Json);
        Assert.False(round.GetProperty("foundNone").GetBoolean());
        Assert.Equal([disputeId], round.GetProperty("found").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));

        var cancel = await clerk.PostAsJsonAsync($"/api/v1/screenings/{roundId}/steps", new { step = "cancel", reason = "重复" });
        Assert.Equal(HttpStatusCode.BadRequest, cancel.StatusCode);
        Assert.Contains("只有计划中的排查才能取消", await cancel.Content.ReadAsStringAsync());

        var list = await clerk.GetFromJsonAsync<List<JsonElement>>($"/api/v1/screenings?year=2020&villageId={place.Yangshan}&status=Held", Json);
        Assert.Contains(list!, r => r.GetProperty("id").GetInt64() == roundId && r.GetProperty("foundCount").GetInt32() == 1);

        var xinling = await clerk.PostAsJsonAsync("/api/v1/screenings",
            new { townId = place.TownId, villageId = place.Xinling, level = "Village", plannedOn = "2020-08-04", place = "新岭村委会" });
        var xinlingId = (await xinling.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt64();
        var cadre = await SignIn.ApiAsAsync(app, "demo.yangshan");
        Assert.Equal(HttpStatusCode.OK, (await cadre.GetAsync($"/api/v1/screenings/{roundId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/api/v1/screenings/{xinlingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await cadre.PostAsJsonAsync($"/api/v1/screenings/{xinlingId}/steps", new { step = "cancel", reason = "越权" })).StatusCode);
        var otherTown = await SignIn.ApiAsAsync(app, "demo.longgui");
        Assert.Equal(HttpStatusCode.NotFound, (await otherTown.GetAsync($"/api/v1/screenings/{roundId}")).StatusCode);
    }
}
