using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Core.Attachments;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Enforcement;

/// <summary>
/// Arranging enforcement work through the domain commands as the whole-database user: officers with certificates
/// valid around the real today, entities, inspections with their orders, cases. Nothing relies on demo enforcement rows.
/// </summary>
static class WorkData
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    public static (RegisterCommands Register, InspectionCommands Inspections, CaseCommands Cases) Commands(AsyncServiceScope scope, AppDbContext db)
    {
        var sp = scope.ServiceProvider;
        var calendars = sp.GetRequiredService<CalendarProvider>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var deadlines = new DeadlineService(db, calendars, clock);
        var inspections = new InspectionCommands(db, deadlines, clock);
        return (new RegisterCommands(db), inspections, new CaseCommands(db, deadlines, calendars, inspections, clock));
    }

    public static async Task<long> TownIdAsync(AppDbContext db) => await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();

    public static async Task<long?> VillageIdAsync(AppDbContext db, string? village) =>
        village is null ? null : await db.Regions.Where(r => r.Name == village).Select(r => r.Id).SingleAsync();

    /// <summary>An officer of 西联镇 with a certificate valid from <paramref name="from"/> to <paramref name="to"/> (default: well around today).</summary>
    public static async Task<long> OfficerAsync(FazhiApp app, string name, DateOnly? from = null, DateOnly? to = null, bool legallyQualified = false,
        bool certificate = true)
    {
        await using var scope = app.SystemScope(out var db);
        var (register, _, _) = Commands(scope, db);
        var officer = await register.AddOfficerAsync(new RegisterCommands.OfficerInput(await TownIdAsync(db), name, null, "执法队员", legallyQualified,
            legallyQualified ? "A2019" + Guid.NewGuid().ToString("N")[..8] : null));
        if (certificate)
            await register.AddCertificateAsync(officer.Id, new RegisterCommands.CertificateInput("粤" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
                "韶关市人民政府", "西联镇", from ?? Today.AddDays(-400), to ?? Today.AddDays(300)));
        return officer.Id;
    }

    public static async Task<string> CertificateNumberAsync(FazhiApp app, long officerId)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Set<EnforcementCertificate>().Where(c => c.OfficerId == officerId).Select(c => c.Number).SingleAsync();
    }

    /// <summary>Two officers holding valid certificates.</summary>
    public static async Task<long[]> TeamAsync(FazhiApp app, string marker) =>
        [await OfficerAsync(app, marker + "甲"), await OfficerAsync(app, marker + "乙")];

    public static async Task<long> EntityAsync(FazhiApp app, string? village, string name)
    {
        await using var scope = app.SystemScope(out var db);
        var (register, _, _) = Commands(scope, db);
        var e = await register.RegisterEntityAsync(new RegisterCommands.EntityInput(await TownIdAsync(db), await VillageIdAsync(db, village), name, null,
            EntityKind.Business, "加工", $"{village ?? "西联镇"}工业路1号", "负责人", null, RiskClass.General));
        return e.Id;
    }

    /// <summary>An inspection of an entity in the village with one unrectified hazard and an order due on <paramref name="due"/>.</summary>
    public static async Task<(long InspectionId, long OrderId)> OrderAsync(FazhiApp app, string? village, string marker, long[] officers,
        DateOnly? on = null, DateOnly? due = null, bool entity = true)
    {
        var entityId = entity ? await EntityAsync(app, village, marker + "加工厂") : (long?)null;
        await using var scope = app.SystemScope(out var db);
        var (_, inspections, _) = Commands(scope, db);
        var day = on ?? Today.AddDays(-3);
        var recorded = await inspections.RecordAsync(new InspectionCommands.InspectionInput(await TownIdAsync(db), await VillageIdAsync(db, village),
            InspectionKind.Inspection, day, null, entityId, entity ? null : marker + "路段", null, $"{marker}：检查生产车间", InspectionOutcome.Rectification,
            officers, [new Inspection.FindingInput(FindingType.Hazard, FindingSeverity.Significant, $"{marker}：灭火器过期")],
            new InspectionCommands.OrderInput("", due ?? Today.AddDays(10))));
        return (recorded.Inspection.Id, recorded.Order!.Id);
    }

    public static async Task<long> InspectionAsync(FazhiApp app, string? village, string marker, long[] officers, InspectionOutcome outcome = InspectionOutcome.NoProblem)
    {
        await using var scope = app.SystemScope(out var db);
        var (_, inspections, _) = Commands(scope, db);
        var recorded = await inspections.RecordAsync(new InspectionCommands.InspectionInput(await TownIdAsync(db), await VillageIdAsync(db, village),
            InspectionKind.Inspection, Today.AddDays(-1), null, null, marker + "地点", null, $"{marker}：现场检查", outcome, officers,
            outcome == InspectionOutcome.NoProblem ? [] : [new Inspection.FindingInput(FindingType.Violation, FindingSeverity.Major, $"{marker}：违法行为")]));
        return recorded.Inspection.Id;
    }

    public static async Task<long> CaseAsync(FazhiApp app, string? village, string marker, long[] officers, DateOnly? filedOn = null,
        CaseType type = CaseType.General, bool major = false)
    {
        await using var scope = app.SystemScope(out var db);
        var (_, _, cases) = Commands(scope, db);
        var c = await cases.FileAsync(new CaseCommands.FileInput(await TownIdAsync(db), await VillageIdAsync(db, village), type, $"{marker}案",
            new EnforcementCase.Party(marker + "当事人", true, "11010519491231002X", "西联镇阳山村十二号"), null, null, filedOn ?? Today.AddDays(-5), major, officers));
        return c.Id;
    }

    public static async Task<T> LoadAsync<T>(FazhiApp app, Func<AppDbContext, Task<T>> load)
    {
        await using var scope = app.SystemScope(out var db);
        return await load(db);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        var all = fields.ToList();
        all.Add(new("__RequestVerificationToken", await SignIn.AntiforgeryTokenAsync(client, tokenFrom ?? path.Split('?')[0])));
        return await client.PostAsync(path, new FormUrlEncodedContent(all));
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static string Location(HttpResponseMessage response) => response.Headers.Location?.OriginalString ?? "";

    public static long IdFrom(HttpResponseMessage response) => long.Parse(Regex.Match(Location(response), @"/(\d+)$").Groups[1].Value);
}

public class InspectionPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    /// <summary>The Record form's fields for an inspection of a place in 阳山村 with the given officers.</summary>
    static async Task<List<KeyValuePair<string, string>>> FormAsync(FazhiApp app, string marker, IEnumerable<long> officers, string outcome,
        DateOnly? due = null)
    {
        var village = await WorkData.LoadAsync(app, db => WorkData.VillageIdAsync(db, "阳山村"));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Kind", "Inspection"), new("Input.On", WorkData.Iso(WorkData.Today)), new("Input.VillageId", village!.Value.ToString()),
            new("Input.Subject", marker + "砖厂"), new("Input.Summary", marker + "：检查了窑炉和仓库"), new("Input.Outcome", outcome),
            new("Input.Findings[0].Type", "Hazard"), new("Input.Findings[0].Severity", "Major"), new("Input.Findings[0].Description", marker + "：仓库堆放易燃物"),
            new("Input.Findings[1].Type", "Violation"), new("Input.Findings[1].Severity", "Minor"), new("Input.Findings[1].Description", marker + "：未设警示标志"),
            new("Input.Findings[1].CorrectedOnSpot", "true"),
            new("Input.Findings[2].Type", "Hazard"), new("Input.Findings[2].Severity", "Minor"), new("Input.Findings[2].Description", ""),
            new("Input.OrderItems", ""), new("Input.OrderDueOn", due is { } d ? WorkData.Iso(d) : ""),
        };
        fields.AddRange(officers.Select(o => new KeyValuePair<string, string>("Input.OfficerIds", o.ToString())));
        return fields;
    }

    [Fact]
    public async Task Record_WithOnlyOneCertifiedOfficer_NamesTheOthersProblem_AndKeepsTheTypedFindings()
    {
        var valid = await WorkData.OfficerAsync(app, "单证甲");
        var expiredOn = WorkData.Today.AddDays(-10);
        var expired = await WorkData.OfficerAsync(app, "过期乙", WorkData.Today.AddDays(-800), expiredOn);
        var officer = await SignIn.AsAsync(app, "demo.zhifa");

        var form = await FormAsync(app, "单证测试", [valid, expired], "Rectification", WorkData.Today.AddDays(15));
        var response = await WorkData.PostAsync(officer, "/Enforcement/Inspections/Record", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await WorkData.HtmlAsync(response);
        Assert.Contains("执法人员不得少于两人", html);
        var number = await WorkData.CertificateNumberAsync(app, expired);
        Assert.Contains($"过期乙的执法证（{number}）已于{ChinaTime.Format(expiredOn)}到期", html);
        Assert.Contains("value=\"单证测试：仓库堆放易燃物\"", html);
        Assert.Contains("value=\"单证测试：未设警示标志\"", html);
        Assert.Matches("id=\"finding-1-corrected\"[^>]*checked", html);
        Assert.Contains("单证测试：检查了窑炉和仓库", html);
        Assert.Matches($"value=\"{valid}\" id=\"officer-{valid}\" checked", html);
        Assert.Matches($"value=\"{expired}\" id=\"officer-{expired}\" checked", html);
        Assert.Matches("id=\"outcome-Rectification\" value=\"Rectification\" checked", html);
        Assert.Contains($"value=\"{WorkData.Iso(WorkData.Today.AddDays(15))}\"", html);
        Assert.False(await WorkData.LoadAsync(app, db => db.Set<Inspection>().AnyAsync(i => i.Subject == "单证测试砖厂")));
    }

    [Fact]
    public async Task Record_WithRectification_IssuesTheOrderWithItsDeadline_AndSavesThePhoto()
    {
        var team = await WorkData.TeamAsync(app, "整改");
        var officer = await SignIn.AsAsync(app, "demo.zhifa");
        var due = WorkData.Today.AddDays(20);
        var form = await FormAsync(app, "整改测试", team, "Rectification", due);

        var content = new MultipartFormDataContent();
        foreach (var (k, v) in form) content.Add(new StringContent(v), k);
        content.Add(new StringContent(await SignIn.AntiforgeryTokenAsync(officer, "/Enforcement/Inspections/Record")), "__RequestVerificationToken");
        var png = new ByteArrayContent(TinyPng);
        png.Headers.ContentType = new("image/png");
        content.Add(png, "Photos", "现场照片.png");
        var response = await officer.PostAsync("/Enforcement/Inspections/Record", content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Enforcement/Inspections/", WorkData.Location(response));
        var id = WorkData.IdFrom(response);
        var order = await WorkData.LoadAsync(app, db => db.Set<RectificationOrder>().AsNoTracking().SingleAsync(o => o.InspectionId == id));
        Assert.Equal(due, order.DueOn);
        Assert.Equal(OrderStatus.Open, order.Status);
        Assert.Contains("整改测试：仓库堆放易燃物", order.Items);
        Assert.DoesNotContain("未设警示标志", order.Items); // corrected on the spot
        var findings = await WorkData.LoadAsync(app, db => db.Set<InspectionFinding>().Where(f => f.InspectionId == id).CountAsync());
        Assert.Equal(2, findings); // the blank third row is ignored
        Assert.Equal(1, await WorkData.LoadAsync(app, db => db.Set<Attachment>().CountAsync(a => a.OwnerType == "inspection" && a.OwnerId == id)));

        var details = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Inspections/{id}"));
        Assert.Contains("已登记检查记录，并下达整改通知", details);
        Assert.Contains($"href=\"/Enforcement/Orders/{order.Id}\"", details);
        Assert.Contains("现场照片.png", details);
        Assert.Contains($"href=\"/Enforcement/Document/inspection/{id}\"", details);
        foreach (var o in team) Assert.Contains(await WorkData.CertificateNumberAsync(app, o), details);

        var orderPage = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Orders/{order.Id}"));
        Assert.Contains(ChinaTime.Format(due), orderPage.Split("data-testid=\"due\"")[1]);
        Assert.Contains("剩余20天", orderPage);
    }

    [Fact]
    public async Task Record_WithCaseOutcome_OffersTheFilingLink_AndAPatrolNeedsItsRoute()
    {
        var team = await WorkData.TeamAsync(app, "立案");
        var officer = await SignIn.AsAsync(app, "demo.fazhiban");
        var form = await FormAsync(app, "立案测试", team, "Case");
        var response = await WorkData.PostAsync(officer, "/Enforcement/Inspections/Record", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = WorkData.IdFrom(response);
        var details = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Inspections/{id}"));
        Assert.Contains($"href=\"/Enforcement/Cases/File?inspectionId={id}\"", details);
        Assert.Contains("立案查处", details);

        var file = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Cases/File?inspectionId={id}"));
        Assert.Contains("来自检查记录", file);
        Assert.Contains("value=\"立案测试：未设警示标志\"", file); // the cause from the first violation
        Assert.Matches($"value=\"{team[0]}\" id=\"officer-{team[0]}\" checked", file);

        var patrol = await FormAsync(app, "巡查测试", team, "NoProblem");
        patrol.RemoveAll(f => f.Key.StartsWith("Input.Findings", StringComparison.Ordinal) || f.Key == "Input.Kind");
        patrol.Add(new("Input.Kind", "Patrol"));
        var refused = await WorkData.PostAsync(officer, "/Enforcement/Inspections/Record", patrol);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("请填写巡查路线。", await WorkData.HtmlAsync(refused));
        patrol.Add(new("Input.Route", "阳山村委会—107国道—砖厂"));
        var saved = await WorkData.PostAsync(officer, "/Enforcement/Inspections/Record", patrol);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("阳山村委会—107国道—砖厂", await WorkData.HtmlAsync(await officer.GetAsync(WorkData.Location(saved))));
    }

    [Fact]
    public async Task Record_WithABadDateOrNoOutcome_SaysSoInChinese()
    {
        var team = await WorkData.TeamAsync(app, "日期");
        var officer = await SignIn.AsAsync(app, "demo.zhifa");
        var form = await FormAsync(app, "日期测试", team, "NoProblem");
        form.RemoveAll(f => f.Key is "Input.On" or "Input.Outcome");
        form.Add(new("Input.On", "2019-13-45"));
        var html = await WorkData.HtmlAsync(await WorkData.PostAsync(officer, "/Enforcement/Inspections/Record", form));
        Assert.Contains("检查日期“2019-13-45”无效", html);
        Assert.Contains("value=\"2019-13-45\"", html);

        form.RemoveAll(f => f.Key == "Input.On");
        form.Add(new("Input.On", WorkData.Iso(WorkData.Today)));
        html = await WorkData.HtmlAsync(await WorkData.PostAsync(officer, "/Enforcement/Inspections/Record", form));
        Assert.Contains("请选择检查结果。", html);
    }

    [Fact]
    public async Task List_FiltersByOutcomeAndText_AndTheRecordFormPreselectsAPatrol()
    {
        var team = await WorkData.TeamAsync(app, "列表");
        await WorkData.InspectionAsync(app, "西联村", "列表甲", team);
        await WorkData.InspectionAsync(app, "西联村", "列表乙", team, InspectionOutcome.Case);
        var officer = await SignIn.AsAsync(app, "demo.zhifa");
        var all = await WorkData.HtmlAsync(await officer.GetAsync("/Enforcement/Inspections?q=" + Uri.EscapeDataString("列表")));
        Assert.Contains("列表甲地点", all);
        Assert.Contains("列表乙地点", all);
        var cases = await WorkData.HtmlAsync(await officer.GetAsync("/Enforcement/Inspections?outcome=Case&q=" + Uri.EscapeDataString("列表")));
        Assert.DoesNotContain("列表甲地点", cases);
        Assert.Contains("列表乙地点", cases);
        Assert.Contains("共 1 条", cases);

        var record = await WorkData.HtmlAsync(await officer.GetAsync("/Enforcement/Inspections/Record?kind=Patrol"));
        Assert.Contains("登记巡查记录", record);
        Assert.Matches("id=\"kind-Patrol\" value=\"Patrol\" checked", record);
        Assert.Equal(RecordFindingRows, Regex.Matches(record, "data-testid=\"finding-row\"").Count);
    }

    [Fact]
    public async Task Record_FromAPatrolTask_PrefillsThePatrol_AndMarksTheTaskDone_AndACampaignOrEntityIsPreselected()
    {
        var team = await WorkData.TeamAsync(app, "任务");
        long taskId, campaignId;
        await using (var scope = app.SystemScope(out var db))
        {
            var (register, inspections, _) = WorkData.Commands(scope, db);
            var town = await WorkData.TownIdAsync(db);
            taskId = (await inspections.ReportTaskAsync(new InspectionCommands.TaskInput(town, await WorkData.VillageIdAsync(db, "阳山村"), WorkData.Today,
                CampaignKinds.StrawBurning, "任务测试：阳山村三组田边", "有人焚烧秸秆"))).Id;
            campaignId = (await register.CreateCampaignAsync(new RegisterCommands.CampaignInput(town, "任务测试秸秆禁烧专项", CampaignKinds.StrawBurning,
                WorkData.Today.AddDays(-10), WorkData.Today.AddDays(10), null, null, null, []))).Id;
        }
        var entityId = await WorkData.EntityAsync(app, "苏拱村", "任务测试农机站");
        var officer = await SignIn.AsAsync(app, "demo.zhifa");

        var form = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Inspections/Record?taskId={taskId}&campaignId={campaignId}"));
        Assert.Contains("有人焚烧秸秆", form.Split("data-testid=\"from-task\"")[1]);
        Assert.Matches("id=\"kind-Patrol\" value=\"Patrol\" checked", form);
        Assert.Contains("value=\"任务测试：阳山村三组田边\"", form);
        Assert.Matches($"<option (?=[^>]*selected)[^>]*value=\"{campaignId}\"[^>]*>任务测试秸秆禁烧专项", form);
        var byEntity = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Inspections/Record?entityId={entityId}"));
        Assert.Matches($"<option (?=[^>]*selected)[^>]*value=\"{entityId}\"[^>]*>任务测试农机站", byEntity);

        var village = await WorkData.LoadAsync(app, db => WorkData.VillageIdAsync(db, "阳山村"));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.TaskId", taskId.ToString()), new("Input.Kind", "Patrol"), new("Input.On", WorkData.Iso(WorkData.Today)),
            new("Input.CampaignId", campaignId.ToString()), new("Input.VillageId", village!.Value.ToString()), new("Input.Subject", "任务测试：阳山村三组田边"),
            new("Input.Route", "阳山村三组—田间机耕路"), new("Input.Summary", "现场已熄灭，劝导村民"), new("Input.Outcome", "NoProblem"),
            new("Input.Findings[0].Type", "Violation"), new("Input.Findings[0].Severity", "Minor"), new("Input.Findings[0].Description", "焚烧秸秆"),
            new("Input.Findings[0].CorrectedOnSpot", "true"), new("Input.OfficerIds", team[0].ToString()), new("Input.OfficerIds", team[1].ToString()),
        };
        var response = await WorkData.PostAsync(officer, "/Enforcement/Inspections/Record", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = WorkData.IdFrom(response);
        var task = await WorkData.LoadAsync(app, db => db.Set<PatrolTask>().AsNoTracking().SingleAsync(t => t.Id == taskId));
        Assert.Equal(PatrolTaskStatus.Done, task.Status);
        Assert.Equal(id, task.InspectionId);
        var details = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Inspections/{id}"));
        Assert.Contains("任务测试秸秆禁烧专项", details);
        Assert.Contains("当场整改", details);
    }

    const int RecordFindingRows = Fazhi.Web.Pages.Enforcement.Inspections.RecordModel.FindingRows;

    [Fact]
    public async Task VillageCadre_SeesTheirVillagesInspection_And404ForAnotherVillagesInspectionOrderAndCase()
    {
        var team = await WorkData.TeamAsync(app, "范围");
        var own = await WorkData.InspectionAsync(app, "阳山村", "范围本村", team);
        var other = await WorkData.InspectionAsync(app, "新岭村", "范围他村", team);
        var (_, otherOrder) = await WorkData.OrderAsync(app, "新岭村", "范围他村整改", team);
        var otherCase = await WorkData.CaseAsync(app, "新岭村", "范围他村", team);
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");

        Assert.Equal(HttpStatusCode.OK, (await cadre.GetAsync($"/Enforcement/Inspections/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Enforcement/Inspections/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Enforcement/Orders/{otherOrder}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Enforcement/Cases/{otherCase}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Enforcement/Cases/File?orderId={otherOrder}")).StatusCode);
        var list = await WorkData.HtmlAsync(await cadre.GetAsync("/Enforcement/Inspections?q=" + Uri.EscapeDataString("范围")));
        Assert.Contains("范围本村地点", list);
        Assert.DoesNotContain("范围他村地点", list);
        // Inspections are the town's enforcement: the cadre is sent to report a patrol task instead.
        var record = await WorkData.HtmlAsync(await cadre.GetAsync("/Enforcement/Inspections/Record"));
        Assert.Contains("/Enforcement/Tasks/Report", record);
        Assert.DoesNotContain("name=\"Input.Summary\"", record);
    }

    [Fact]
    public async Task Supervisor_ReadsTheInspection_WithoutAnyWriteForm()
    {
        var team = await WorkData.TeamAsync(app, "督查");
        var id = await WorkData.InspectionAsync(app, "沙湖村", "督查", team, InspectionOutcome.Case);
        var district = await SignIn.AsAsync(app, "demo.district");
        var html = await WorkData.HtmlAsync(await district.GetAsync($"/Enforcement/Inspections/{id}"));
        Assert.Contains("督查地点", html);
        Assert.DoesNotContain("/Enforcement/Cases/File", html);
        Assert.DoesNotContain("type=\"file\"", html);
        Assert.Contains("/Account/Denied", WorkData.Location(await district.GetAsync("/Enforcement/Inspections/Record")));
    }

    /// <summary>A 1×1 PNG.</summary>
    static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
}
