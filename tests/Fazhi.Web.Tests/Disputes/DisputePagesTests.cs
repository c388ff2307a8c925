using System.Net;
using Fazhi.Core.Calendar;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Petitions;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Disputes;

/// <summary>Arranging disputes through the domain commands as the whole-database user.</summary>
static class DisputeData
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    public static string TodayText => Today.ToString("yyyy-MM-dd");

    public static DisputeCommands Commands(AsyncServiceScope scope, AppDbContext db)
    {
        var sp = scope.ServiceProvider;
        var calendars = sp.GetRequiredService<CalendarProvider>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var deadlines = new DeadlineService(db, calendars, clock);
        return new DisputeCommands(db, deadlines, calendars,
            new PetitionCommands(db, deadlines, calendars, sp.GetRequiredService<PersonalDataProtector>(), clock), clock);
    }

    /// <summary>A dispute registered today in the given village of 西联镇 (null: at the town), with a description carrying the marker.</summary>
    public static async Task<(long Id, string Number)> CreateAsync(FazhiApp app, string? village, string marker, RiskLevel risk = RiskLevel.Low,
        long? amountFen = null, DateOnly? reportedOn = null)
    {
        await using var scope = app.SystemScope(out var db);
        var townId = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
        long? villageId = village is null ? null : await db.Regions.Where(r => r.Name == village).Select(r => r.Id).SingleAsync();
        var d = await Commands(scope, db).RegisterAsync(new DisputeCommands.RegisterInput(townId, villageId, null, "邻里", DisputeSource.WalkIn, reportedOn ?? Today,
            $"{marker}：因排水沟堵塞引发邻里争执", [new(PartyKind.Person, "测试当事人甲", null, "13812345678"), new(PartyKind.Person, "测试当事人乙")],
            2, amountFen, risk, risk == RiskLevel.Low ? null : "双方情绪激动"));
        return (d.Id, d.Number);
    }

    public static async Task<Dispute> LoadAsync(FazhiApp app, long id)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Set<Dispute>().AsNoTracking().Include(d => d.Orders).Include(d => d.Moves).AsSplitQuery().SingleAsync(d => d.Id == id);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        fields["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(client, tokenFrom ?? path.Split('?')[0]);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}

public class DisputePagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task VillageCadre_SeesTheirVillagesDispute_And404ForAnotherVillageAndForTheTowns()
    {
        var own = await DisputeData.CreateAsync(app, "阳山村", "范围测试");
        var other = await DisputeData.CreateAsync(app, "新岭村", "范围测试");
        var town = await DisputeData.CreateAsync(app, null, "范围测试");
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.Equal(HttpStatusCode.OK, (await cadre.GetAsync($"/Disputes/{own.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Disputes/{other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Disputes/{town.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Disputes/{other.Id}/Edit")).StatusCode);
        var list = WebUtility.HtmlDecode(await cadre.GetStringAsync("/Disputes?q=" + Uri.EscapeDataString("范围测试")));
        Assert.Contains(own.Number, list);
        Assert.DoesNotContain(">" + other.Number + "<", list);
        Assert.DoesNotContain(">" + town.Number + "<", list);
    }

    [Fact]
    public async Task TownCoordinator_SeesEveryVillagesDisputes_AndAnotherTownSeesNone()
    {
        var a = await DisputeData.CreateAsync(app, "阳山村", "全镇测试");
        var b = await DisputeData.CreateAsync(app, "沙湖村", "全镇测试");
        var c = await DisputeData.CreateAsync(app, null, "全镇测试", RiskLevel.High);
        var coordinator = await SignIn.AsAsync(app, "demo.fazhiban");
        var list = WebUtility.HtmlDecode(await coordinator.GetStringAsync("/Disputes?q=" + Uri.EscapeDataString("全镇测试")));
        var body = list.Split("<tbody>")[1];
        foreach (var n in new[] { a.Number, b.Number, c.Number }) Assert.Contains($">{n}</a>", body);
        Assert.Contains("沙湖村", body);
        Assert.Contains("高风险", body);
        Assert.Contains("镇级", body);

        var filtered = WebUtility.HtmlDecode(await coordinator.GetStringAsync("/Disputes?risk=High&q=" + Uri.EscapeDataString("全镇测试")));
        Assert.Contains($">{c.Number}</a>", filtered);
        Assert.DoesNotContain($">{a.Number}</a>", filtered);

        var longgui = await SignIn.AsAsync(app, "demo.longgui");
        var theirs = WebUtility.HtmlDecode(await longgui.GetStringAsync("/Disputes?q=" + Uri.EscapeDataString("全镇测试")));
        Assert.Contains("共 0 件", theirs);
    }

    [Fact]
    public async Task List_MarksAnOpenDisputePastTheOneMonthTarget_AndTheDetailsCountTheDaysOver()
    {
        var late = await DisputeData.CreateAsync(app, "西联村", "超期测试", reportedOn: DisputeData.Today.AddDays(-45));
        var fresh = await DisputeData.CreateAsync(app, "西联村", "超期测试");
        var coordinator = await SignIn.AsAsync(app, "demo.fazhiban");
        var list = WebUtility.HtmlDecode(await coordinator.GetStringAsync("/Disputes?q=" + Uri.EscapeDataString("超期测试")));
        var rows = list.Split("<tbody>")[1].Split("</tr>");
        Assert.Contains("已超过一个月调结目标", rows.Single(r => r.Contains($">{late.Number}<")));
        Assert.DoesNotContain("target-warning", rows.Single(r => r.Contains($">{fresh.Number}<")));
        var details = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Disputes/{late.Id}"));
        Assert.Matches("已超期\\d+天", details.Split("data-testid=\"target\"")[1]);
    }

    [Fact]
    public async Task Register_WithBadInput_SaysWhatIsWrongInChinese_AndKeepsWhatWasTyped()
    {
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        var form = new Dictionary<string, string>
        {
            ["Input.Category"] = "邻里", ["Input.ReportedOn"] = DisputeData.TodayText, ["Input.Risk"] = "Low", ["Input.Description"] = "",
            ["Input.Party1Name"] = "保留的姓名", ["Input.Party1Phone"] = "13912345678", ["Input.Amount"] = "abc",
        };
        var first = await DisputeData.PostAsync(cadre, "/Disputes/Register", form);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var html = await DisputeData.HtmlAsync(first);
        Assert.Contains("请简要写明纠纷情况。", html);
        Assert.Contains("涉及金额“abc”无效", html);
        Assert.Contains("value=\"保留的姓名\"", html);
        Assert.Contains("value=\"13912345678\"", html);
        Assert.Contains("value=\"abc\"", html);
        Assert.Matches("<details[^>]*open", html); // the refused amount is inside "更多信息", which opens

        form["Input.Description"] = "保留的纠纷情况";
        form["Input.Amount"] = "1,250.50";
        form["Input.Risk"] = "Medium";
        var second = await DisputeData.PostAsync(cadre, "/Disputes/Register", form);
        html = await DisputeData.HtmlAsync(second);
        Assert.Contains("中、高风险纠纷须写明风险理由", html);
        Assert.Contains("保留的纠纷情况", html);
        Assert.Matches("id=\"risk-Medium\" value=\"Medium\" checked", html);

        form["Input.RiskReason"] = "涉及两户共六人，言语冲突";
        var third = await DisputeData.PostAsync(cadre, "/Disputes/Register", form);
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
        var id = long.Parse(third.Headers.Location!.OriginalString.Split('/').Last());
        var saved = await DisputeData.LoadAsync(app, id);
        Assert.Equal(125050, saved.AmountFen);
        Assert.Equal(RiskLevel.Medium, saved.Risk);
        Assert.Equal(DisputeLevel.Village, saved.Level);
        var details = WebUtility.HtmlDecode(await cadre.GetStringAsync($"/Disputes/{id}"));
        Assert.Contains("1,250.5 元", details);
        Assert.Contains("139****5678", details); // a cadre sees the party's phone masked
    }

    [Fact]
    public async Task RegisterPage_ForACadre_FixesTheirVillage_AndOffersItsGroups()
    {
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        var html = WebUtility.HtmlDecode(await cadre.GetStringAsync("/Disputes/Register"));
        Assert.Contains("value=\"阳山村\" readonly", html);
        Assert.Contains("阳山村第一村民小组", html);
        Assert.DoesNotContain("新岭村", html);
        var coordinator = WebUtility.HtmlDecode(await (await SignIn.AsAsync(app, "demo.fazhiban")).GetStringAsync("/Disputes/Register"));
        Assert.Contains("镇级（不属于某村）", coordinator);
        Assert.Contains("新岭村", coordinator);
    }

    [Fact]
    public async Task Register_FromAScreeningRound_IsMarkedAsFoundThere_AndAnotherVillagesRoundIs404()
    {
        long own, other;
        await using (var scope = app.SystemScope(out var db))
        {
            var town = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
            async Task<long> HeldRoundAsync(string village)
            {
                var villageId = await db.Regions.Where(r => r.Name == village).Select(r => r.Id).SingleAsync();
                var commands = new ScreeningCommands(db, scope.ServiceProvider.GetRequiredService<TimeProvider>());
                var round = await commands.PlanAsync(new ScreeningCommands.PlanInput(town, villageId, null, DisputeLevel.Village, DisputeData.Today, "村委会"));
                await commands.RecordHeldAsync(round.Id, DisputeData.Today, "村两委、网格员", "全村", false, null);
                return round.Id;
            }
            (own, other) = (await HeldRoundAsync("阳山村"), await HeldRoundAsync("新岭村"));
        }
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Disputes/Register?screeningRoundId={other}")).StatusCode);
        var form = WebUtility.HtmlDecode(await cadre.GetStringAsync($"/Disputes/Register?screeningRoundId={own}"));
        Assert.Contains("排查发现", form);
        Assert.DoesNotContain("name=\"Input.Source\"", form);
        var posted = await DisputeData.PostAsync(cadre, "/Disputes/Register", new()
        {
            ["Input.ScreeningRoundId"] = own.ToString(), ["Input.Category"] = "山林土地", ["Input.ReportedOn"] = DisputeData.TodayText, ["Input.Risk"] = "Low",
            ["Input.Description"] = "排查中发现两组山林界址争议", ["Input.Party1Name"] = "排查当事人",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var saved = await DisputeData.LoadAsync(app, long.Parse(posted.Headers.Location!.OriginalString.Split('/').Last()));
        Assert.Equal(DisputeSource.Screening, saved.Source);
        Assert.Equal(own, saved.ScreeningRoundId);
    }

    [Fact]
    public async Task Supervisor_ReadsWithoutForms_AndAPostIsRefused()
    {
        var (id, number) = await DisputeData.CreateAsync(app, "阳山村", "督查只读");
        var supervisor = await SignIn.AsAsync(app, "demo.district");
        var html = WebUtility.HtmlDecode(await supervisor.GetStringAsync($"/Disputes/{id}"));
        Assert.Contains(number, html);
        Assert.DoesNotContain("handler=", html);
        Assert.DoesNotContain("补充信息", html);
        Assert.DoesNotContain("上传附件", html);
        Assert.Contains("138****5678", html);
        var list = WebUtility.HtmlDecode(await supervisor.GetStringAsync("/Disputes"));
        Assert.DoesNotContain("/Disputes/Register", list);
        Assert.DoesNotContain("/Disputes/Import", list);

        var post = await DisputeData.PostAsync(supervisor, $"/Disputes/{id}?handler=Escalate",
            new() { ["toLevel"] = "Town", ["on"] = DisputeData.TodayText, ["reason"] = "督查试图上报" }, $"/Disputes/{id}");
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/Account/Denied", post.Headers.Location!.PathAndQuery);
        Assert.Equal(DisputeLevel.Village, (await DisputeData.LoadAsync(app, id)).Level);
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.GetAsync("/Disputes/Register")).StatusCode);
    }

    [Fact]
    public async Task Export_IsAnXlsxOfTheListedRows()
    {
        var (_, number) = await DisputeData.CreateAsync(app, "新岭村", "导出测试", RiskLevel.Medium, 300000);
        var coordinator = await SignIn.AsAsync(app, "demo.fazhiban");
        var response = await coordinator.GetAsync("/Disputes?handler=Export&q=" + Uri.EscapeDataString("导出测试"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
        Assert.Contains("导出测试", rows[0]["A"]?.ToString());
        var headers = rows[1].Values.Select(v => v?.ToString()).ToList();
        Assert.Equal(["编号", "登记日期", "类别", "来源", "村（社区）", "村民小组", "当事人", "人数", "涉及金额（元）", "风险", "调处层级", "调解方式", "状态", "结果日期", "纠纷情况"], headers);
        var row = Assert.Single(rows.Skip(2));
        Assert.Equal(number, row["A"]?.ToString());
        Assert.Equal("新岭村", row["E"]?.ToString());
        Assert.Equal("测试当事人甲等2方", row["G"]?.ToString());
        Assert.Equal(3000m, Convert.ToDecimal(row["I"]));
        Assert.Equal("中风险", row["J"]?.ToString());
        Assert.Equal("村级", row["K"]?.ToString());
        Assert.Equal("待调处", row["M"]?.ToString());
    }
}

public class DisputeStepPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task Escalate_RoundTrip_RecordsTheMove_AndShowsTheNewLevel()
    {
        var (id, _) = await DisputeData.CreateAsync(app, "阳山村", "上报测试");
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        var empty = await DisputeData.PostAsync(cadre, $"/Disputes/{id}?handler=Escalate",
            new() { ["toLevel"] = "Town", ["on"] = DisputeData.TodayText, ["reason"] = "" }, $"/Disputes/{id}");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("请写明上报理由。", await DisputeData.HtmlAsync(empty));

        var done = await DisputeData.PostAsync(cadre, $"/Disputes/{id}?handler=Escalate",
            new() { ["toLevel"] = "Town", ["on"] = DisputeData.TodayText, ["reason"] = "涉及宅基地权属，村级难以调处" }, $"/Disputes/{id}");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/Disputes/{id}", done.Headers.Location!.OriginalString);
        var saved = await DisputeData.LoadAsync(app, id);
        Assert.Equal(DisputeLevel.Town, saved.Level);
        Assert.Contains(saved.Moves, m => m.Kind == DisputeMoveKind.Escalated && m.Reason == "涉及宅基地权属，村级难以调处");
        var html = WebUtility.HtmlDecode(await cadre.GetStringAsync($"/Disputes/{id}"));
        Assert.Contains("村级 → 镇级", html);
        Assert.Contains("镇级调处", html);
    }

    [Fact]
    public async Task Supervise_ByTheTown_IsRecordedAndAnswered_WhileACadreIsRefused()
    {
        var (id, _) = await DisputeData.CreateAsync(app, "阳山村", "督办测试");
        var due = DisputeData.Today.AddDays(7).ToString("yyyy-MM-dd");
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.DoesNotContain("发出督办", WebUtility.HtmlDecode(await cadre.GetStringAsync($"/Disputes/{id}")));
        var refused = await DisputeData.PostAsync(cadre, $"/Disputes/{id}?handler=Supervise",
            new() { ["requirement"] = "村里自己督办", ["on"] = DisputeData.TodayText, ["dueOn"] = due }, $"/Disputes/{id}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedHtml = await DisputeData.HtmlAsync(refused);
        Assert.Contains("村级用户不能督办", refusedHtml);
        Assert.Empty((await DisputeData.LoadAsync(app, id)).Orders);

        var coordinator = await SignIn.AsAsync(app, "demo.fazhiban");
        var done = await DisputeData.PostAsync(coordinator, $"/Disputes/{id}?handler=Supervise",
            new() { ["requirement"] = "一周内组织双方调解并反馈", ["on"] = DisputeData.TodayText, ["dueOn"] = due }, $"/Disputes/{id}");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var order = Assert.Single((await DisputeData.LoadAsync(app, id)).Orders);
        Assert.Equal(DateOnly.Parse(due), order.DueOn);

        var html = WebUtility.HtmlDecode(await cadre.GetStringAsync($"/Disputes/{id}"));
        Assert.Contains("一周内组织双方调解并反馈", html);
        Assert.Contains("剩余7天", html);
        var answered = await DisputeData.PostAsync(cadre, $"/Disputes/{id}?handler=Answer&orderId={order.Id}",
            new() { ["answer"] = "已约定周五调解", ["on"] = DisputeData.TodayText }, $"/Disputes/{id}");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal("已约定周五调解", Assert.Single((await DisputeData.LoadAsync(app, id)).Orders).Answer);
    }

    [Fact]
    public async Task Mediation_StartSucceedAndApplyForConfirmation_ThroughTheForms()
    {
        var (id, _) = await DisputeData.CreateAsync(app, "阳山村", "调解测试");
        long committeeId;
        await using (var scope = app.SystemScope(out var db))
        {
            var town = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
            var commands = new CommitteeCommands(db, scope.ServiceProvider.GetRequiredService<TimeProvider>());
            committeeId = (await db.Set<MediationCommittee>().Where(c => c.Name == "西联镇人民调解委员会").Select(c => (long?)c.Id).FirstOrDefaultAsync())
                ?? (await commands.CreateAsync(town, null, "西联镇人民调解委员会", new DateOnly(2018, 1, 1))).Id;
        }
        var coordinator = await SignIn.AsAsync(app, "demo.fazhiban");
        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Disputes/{id}"));
        Assert.Contains("西联镇人民调解委员会", page);
        Assert.DoesNotContain("登记调解成功", page); // not offered before mediation starts

        async Task<HttpResponseMessage> Step(string handler, Dictionary<string, string> fields) =>
            await DisputeData.PostAsync(coordinator, $"/Disputes/{id}?handler={handler}", fields, $"/Disputes/{id}");

        var noCommittee = await Step("Mediate", new() { ["kind"] = "People", ["on"] = DisputeData.TodayText, ["mediators"] = "陈静" });
        var refusedHtml = await DisputeData.HtmlAsync(noCommittee);
        Assert.Contains("人民调解须选择人民调解委员会。", refusedHtml);
        Assert.Contains("value=\"陈静\"", refusedHtml);

        Assert.Equal(HttpStatusCode.Redirect, (await Step("Mediate", new()
        {
            ["kind"] = "People", ["on"] = DisputeData.TodayText, ["committeeId"] = committeeId.ToString(), ["mediators"] = "陈静、李调解",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Step("Session", new()
        {
            ["on"] = DisputeData.TodayText, ["place"] = "阳山村委会", ["mediators"] = "陈静", ["attendees"] = "双方当事人", ["minutes"] = "第一行\n第二行",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Step("Success", new()
        {
            ["form"] = "Written", ["on"] = DisputeData.TodayText, ["facts"] = "排水沟堵塞，双方各有责任", ["terms"] = "甲方负责疏通，乙方承担一半费用",
            ["signedOn"] = DisputeData.TodayText, ["performanceDue"] = DisputeData.Today.AddDays(10).ToString("yyyy-MM-dd"),
        })).StatusCode);
        var saved = await DisputeData.LoadAsync(app, id);
        Assert.Equal(DisputeStatus.Succeeded, saved.Status);
        Assert.Equal(committeeId, saved.CommitteeId);

        var html = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Disputes/{id}"));
        Assert.Contains("调解成功", html);
        Assert.Contains($"/Disputes/{id}/document/agreement", html);
        Assert.Contains($"/Disputes/{id}/document/record", html);
        Assert.Contains("申请期限", html);
        Assert.Matches("剩余\\d+天", html.Split("data-testid=\"confirmation\"")[1]);
        Assert.Contains("申请司法确认", html);

        Assert.Equal(HttpStatusCode.Redirect, (await Step("Apply", new() { ["on"] = DisputeData.TodayText, ["court"] = "武江区人民法院" })).StatusCode);
        saved = await DisputeData.LoadAsync(app, id);
        Assert.Equal(DisputeData.Today, saved.ConfirmationAppliedOn);
        Assert.Equal("武江区人民法院", saved.ConfirmationCourt);
        html = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Disputes/{id}"));
        Assert.Contains("向武江区人民法院申请", html);
        Assert.Contains("登记法院裁定", html);
        Assert.DoesNotContain("开始调解</button>", html);
    }

    [Fact]
    public async Task Reopen_NeedsTheConfirmationBox()
    {
        var (id, _) = await DisputeData.CreateAsync(app, "阳山村", "撤回测试");
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        async Task<HttpResponseMessage> Step(string handler, Dictionary<string, string> fields) =>
            await DisputeData.PostAsync(cadre, $"/Disputes/{id}?handler={handler}", fields, $"/Disputes/{id}");
        var unconfirmed = await Step("Withdraw", new() { ["reason"] = "一方拒绝调解", ["on"] = DisputeData.TodayText });
        Assert.Contains("请勾选", await DisputeData.HtmlAsync(unconfirmed));
        Assert.Equal(DisputeStatus.Pending, (await DisputeData.LoadAsync(app, id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await Step("Withdraw", new() { ["reason"] = "一方拒绝调解", ["on"] = DisputeData.TodayText, ["confirmed"] = "true" })).StatusCode);
        Assert.Equal(DisputeStatus.Withdrawn, (await DisputeData.LoadAsync(app, id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await Step("Reopen", new() { ["reason"] = "当事人又来反映", ["on"] = DisputeData.TodayText, ["confirmed"] = "true" })).StatusCode);
        var saved = await DisputeData.LoadAsync(app, id);
        Assert.Equal(DisputeStatus.Pending, saved.Status);
        Assert.Equal(1, saved.ReopenCount);
    }

    [Fact]
    public async Task EditPage_RefusesABadAmount_KeepsTheText_AndAddsAParty()
    {
        var (id, _) = await DisputeData.CreateAsync(app, "阳山村", "补充测试");
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        var bad = await DisputeData.PostAsync(cadre, $"/Disputes/{id}/Edit?handler=Details",
            new() { ["Details.Description"] = "补充后的情况", ["Details.PeopleCount"] = "3", ["Details.Amount"] = "三千" }, $"/Disputes/{id}/Edit");
        var html = await DisputeData.HtmlAsync(bad);
        Assert.Contains("涉及金额“三千”无效", html);
        Assert.Contains("补充后的情况", html);
        long groupId;
        await using (var scope = app.SystemScope(out var db))
            groupId = await db.Regions.Where(r => r.Name == "阳山村第二村民小组").Select(r => r.Id).SingleAsync();
        var good = await DisputeData.PostAsync(cadre, $"/Disputes/{id}/Edit?handler=Details", new()
        {
            ["Details.GroupId"] = groupId.ToString(), ["Details.Description"] = "补充后的情况", ["Details.PeopleCount"] = "3", ["Details.Amount"] = "3000",
        }, $"/Disputes/{id}/Edit");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var party = await DisputeData.PostAsync(cadre, $"/Disputes/{id}/Edit?handler=Party", new()
        {
            ["Party.Kind"] = "Organisation", ["Party.Name"] = "阳山村经济合作社", ["Party.Phone"] = "13900001111",
        }, $"/Disputes/{id}/Edit");
        Assert.Equal(HttpStatusCode.Redirect, party.StatusCode);
        await using (var scope = app.SystemScope(out var db))
        {
            var saved = await db.Set<Dispute>().Include(d => d.Parties).SingleAsync(d => d.Id == id);
            Assert.Equal(300000, saved.AmountFen);
            Assert.Equal(groupId, saved.GroupId);
            Assert.Equal(3, saved.PeopleCount);
            Assert.Contains(saved.Parties, p => p.Kind == PartyKind.Organisation && p.Name == "阳山村经济合作社");
        }
        var details = WebUtility.HtmlDecode(await cadre.GetStringAsync($"/Disputes/{id}"));
        Assert.Contains("阳山村第二村民小组", details);
        Assert.Contains("阳山村经济合作社", details);
    }

    [Fact]
    public async Task PetitionAndDispute_TurnIntoEachOther_AndLinkBothWays()
    {
        long petitionId;
        string petitionNumber;
        await using (var scope = app.SystemScope(out var db))
        {
            var p = await db.Set<Petition>().Where(x => db.Regions.Any(r => r.Id == x.VillageId && r.Name == "阳山村")).OrderBy(x => x.Id).FirstAsync();
            (petitionId, petitionNumber) = (p.Id, p.Number);
        }
        var coordinator = await SignIn.AsAsync(app, "demo.fazhiban");
        var petitionPage = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Petitions/{petitionId}"));
        Assert.Contains("转为矛盾纠纷调处", petitionPage);
        var turned = await DisputeData.PostAsync(coordinator, $"/Petitions/{petitionId}?handler=ToDispute",
            new() { ["disputeCategory"] = "山林土地", ["on"] = DisputeData.TodayText }, $"/Petitions/{petitionId}");
        Assert.Equal(HttpStatusCode.Redirect, turned.StatusCode);
        var disputePath = turned.Headers.Location!.OriginalString;
        Assert.StartsWith("/Disputes/", disputePath);
        var disputeHtml = WebUtility.HtmlDecode(await coordinator.GetStringAsync(disputePath));
        Assert.Contains($"信访事项 {petitionNumber}", disputeHtml);
        Assert.Contains($"href=\"/Petitions/{petitionId}\"", disputeHtml);
        petitionPage = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Petitions/{petitionId}"));
        Assert.Contains($"href=\"{disputePath}\"", petitionPage);
        Assert.DoesNotContain("转为矛盾纠纷调处", petitionPage);

        var (id, number) = await DisputeData.CreateAsync(app, "阳山村", "转信访测试");
        var toPetition = await DisputeData.PostAsync(coordinator, $"/Disputes/{id}?handler=ToPetition", new()
        {
            ["channel"] = "Visit", ["class"] = "Claim", ["petitionCategory"] = "农村农业", ["on"] = DisputeData.TodayText,
        }, $"/Disputes/{id}");
        Assert.Equal(HttpStatusCode.Redirect, toPetition.StatusCode);
        var newPetitionId = (await DisputeData.LoadAsync(app, id)).ToPetitionId!.Value;
        var newPetition = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Petitions/{newPetitionId}"));
        Assert.Contains($"矛盾纠纷 {number}", newPetition);
        Assert.Contains("由该纠纷转为本信访事项", newPetition);
    }
}
