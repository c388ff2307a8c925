using Fazhi.Browser.Tests.Infrastructure;
using Fazhi.Core.Calendar;
using Fazhi.Core.Enforcement;
using Fazhi.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static Microsoft.Playwright.Assertions;

namespace Fazhi.Browser.Tests;

/// <summary>
/// An enforcement officer records an inspection with a photo and a rectification order, finds the order with its
/// deadline, records the re-inspection as rectified, and the order shows 已整改.
/// </summary>
public class EnforcementFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>Two officers of 西联镇 with certificates valid today, and an entity in 阳山村 — arranged through the domain's commands.</summary>
    async Task<(string Officer1, string Officer2, string Entity)> ArrangeAsync(string marker)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.SystemDb();
        var register = new RegisterCommands(db);
        var town = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
        var village = await db.Regions.Where(r => r.Name == "阳山村").Select(r => r.Id).SingleAsync();
        var names = new[] { marker + "甲", marker + "乙" };
        foreach (var name in names)
        {
            var officer = await register.AddOfficerAsync(new RegisterCommands.OfficerInput(town, name, null, "执法队员", false, null));
            await register.AddCertificateAsync(officer.Id, new RegisterCommands.CertificateInput("粤B" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
                "韶关市人民政府", "西联镇", Today.AddYears(-1), Today.AddYears(1)));
        }
        var entity = marker + "五金加工厂";
        await register.RegisterEntityAsync(new RegisterCommands.EntityInput(town, village, entity, null, EntityKind.Business, "五金加工", "阳山村工业路8号",
            "王老板", null, RiskClass.General));
        return (names[0], names[1], entity);
    }

    [Fact]
    public async Task Officer_RecordsAnInspectionWithAPhotoAndOrder_ThenTheReInspectionRectifiesIt()
    {
        var (first, second, entity) = await ArrangeAsync("浏览器执法");
        var photo = Path.Combine(Path.GetTempPath(), $"现场照片-{Guid.NewGuid():N}.png");
        using (var image = new Image<Rgba32>(64, 48, new Rgba32(180, 40, 40))) await image.SaveAsPngAsync(photo);

        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.zhifa");
        await page.GotoAsync(app.BaseUrl + "/Enforcement/Inspections");
        await page.GetByRole(AriaRole.Link, new() { Name = "登记检查", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("登记检查记录");
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByLabel("监管对象", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = entity + "（阳山村）" });
        await page.GetByLabel(first).CheckAsync();
        await page.GetByLabel(second).CheckAsync();
        await page.GetByLabel("问题1 程度").SelectOptionAsync(new SelectOptionValue { Label = "较大" });
        await page.GetByLabel("问题1 描述").FillAsync("浏览器测试：砂轮机防护罩缺失");
        await page.GetByLabel("检查情况").FillAsync("浏览器测试：检查了生产车间和仓库，向负责人出示执法证");
        await page.GetByLabel("责令整改", new() { Exact = true }).CheckAsync();
        var due = Today.AddDays(15);
        await page.GetByLabel("整改期限").FillAsync(due.ToString("yyyy-MM-dd"));
        await page.GetByLabel("现场照片、执法记录（可选，可多选）").SetInputFilesAsync(photo);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记检查记录，并下达整改通知");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(entity);
        await Expect(page.GetByTestId("outcome")).ToHaveTextAsync("责令整改");
        await Expect(page.GetByTestId("findings")).ToContainTextAsync("砂轮机防护罩缺失");
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("现场照片") })).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "inspection-details-desktop.png"), FullPage = true });

        await page.GetByTestId("order-link").ClickAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(heading).ToContainTextAsync("整改通知");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("整改中");
        await Expect(page.GetByTestId("due")).ToContainTextAsync($"{due.Year}年{due.Month}月{due.Day}日");
        await Expect(page.GetByTestId("due")).ToContainTextAsync("剩余15天");
        await Expect(page.GetByTestId("items")).ToContainTextAsync("砂轮机防护罩缺失");
        await page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByLabel("已整改", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("复查情况").FillAsync("浏览器测试：防护罩已安装到位");
        await Expect(page.Locator("form").Filter(new() { HasText = "复查结论" }).GetByLabel(first)).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "登记复查", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记复查：已整改");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已整改");
        await Expect(page.GetByTestId("reinspections")).ToContainTextAsync("防护罩已安装到位");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "登记复查" })).ToHaveCountAsync(0);
        await page.AssertNoSeriousViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "order-rectified-desktop.png"), FullPage = true });

        await page.GotoAsync(app.BaseUrl + "/Enforcement/Orders");
        var row = page.GetByTestId("orders").Locator("tr").Filter(new() { HasText = entity });
        await Expect(row.Locator(".badge").Filter(new() { HasTextString = "已整改" })).ToBeVisibleAsync();
        File.Delete(photo);
    }

    [Fact]
    public async Task RefusedRecording_NamesTheOfficerWithoutACertificate_AndKeepsTheFindings()
    {
        var (first, _, entity) = await ArrangeAsync("浏览器单证");
        await using var context = await app.NewContextAsync(390, 844);
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.fazhiban");
        await page.GotoAsync(app.BaseUrl + "/Enforcement/Inspections/Record");
        await page.GetByLabel("监管对象", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = entity + "（阳山村）" });
        await page.GetByLabel(first).CheckAsync();
        await page.GetByLabel("问题1 描述").FillAsync("浏览器测试：消防通道堵塞");
        await page.GetByLabel("检查情况").FillAsync("浏览器测试：只有一名持证人员");
        await page.GetByLabel("责令整改", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("整改期限").FillAsync(Today.AddDays(10).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("执法人员不得少于两人");
        await Expect(page.GetByLabel("检查情况")).ToHaveValueAsync("浏览器测试：只有一名持证人员");
        await Expect(page.GetByLabel(first)).ToBeCheckedAsync();
        await Expect(page.GetByLabel("问题1 描述")).ToHaveValueAsync("浏览器测试：消防通道堵塞");
        await Expect(page.GetByLabel("责令整改", new() { Exact = true })).ToBeCheckedAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task CaseDetails_WithEveryStepFormOpen_HasNoSeriousViolations()
    {
        var (first, second, _) = await ArrangeAsync("浏览器案件");
        long id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.SystemDb();
            var sp = scope.ServiceProvider;
            var calendars = sp.GetRequiredService<CalendarProvider>();
            var clock = sp.GetRequiredService<TimeProvider>();
            var deadlines = new DeadlineService(db, calendars, clock);
            var cases = new CaseCommands(db, deadlines, calendars, new InspectionCommands(db, deadlines, clock), clock);
            var officers = await db.Set<EnforcementOfficer>().Where(o => o.Name == first || o.Name == second).Select(o => o.Id).ToListAsync();
            var town = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
            var c = await cases.FileAsync(new CaseCommands.FileInput(town, null, CaseType.IllegalConstruction, "浏览器测试违法建设案",
                new EnforcementCase.Party("浏览器当事人", true, "11010519491231002X", "西联镇阳山村一号"), null, null, Today.AddDays(-3), true, officers));
            await cases.InvestigateAsync(c.Id, Today.AddDays(-2), "现场照片、测量记录");
            id = c.Id;
        }
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.zhifa");
        await page.GotoAsync($"{app.BaseUrl}/Enforcement/Cases/{id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("行政处罚案件");
        await Expect(page.GetByTestId("party")).ToContainTextAsync("11010519491231002X");
        await page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");
        await page.AssertNoSeriousViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "case-details-desktop.png"), FullPage = true });
    }

}
