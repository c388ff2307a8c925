using Fazhi.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fazhi.Browser.Tests;

/// <summary>axe-core finds no serious or critical violation on the shell's main pages.</summary>
public class AccessibilityTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 740)]
    public async Task SignInPage_HasNoSeriousViolations(int width, int height)
    {
        await using var context = await app.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Account/Login");
        await page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task SignInPageWithError_HasNoSeriousViolations()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Account/Login");
        await page.UserNameField().FillAsync("nobody");
        await page.PasswordField().FillAsync("Wrong@2019");
        await page.SignInButton().ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
    }

    [Theory]
    [InlineData("demo.fazhiban", "/")]
    [InlineData("demo.admin", "/")]
    [InlineData("demo.admin", "/Regions")]
    [InlineData("demo.admin", "/Admin/Users")]
    [InlineData("demo.admin", "/Admin/Users/Edit")]
    [InlineData("demo.admin", "/Admin/Regions")]
    [InlineData("demo.admin", "/Admin/Offices")]
    [InlineData("demo.admin", "/Admin/Partners")]
    [InlineData("demo.admin", "/Admin/Audit")]
    [InlineData("demo.admin", "/Admin/SignIns")]
    [InlineData("demo.admin", "/Admin/Calendar")]
    [InlineData("demo.xinfang", "/tools/deadline?from=2019-09-25&kind=working&n=20")]
    [InlineData("demo.xinfang", "/Account/ChangePassword")]
    [InlineData("demo.xinfang", "/Petitions?year=2019")]
    [InlineData("demo.xinfang", "/Petitions/Register")]
    [InlineData("demo.leader", "/Petitions/Figures?year=2019")]
    [InlineData("demo.leader", "/Petitions/Reception?year=2019")]
    [InlineData("demo.xinfang", "/Petitions/1")]
    [InlineData("demo.fazhiban", "/Disputes")]
    [InlineData("demo.fazhiban", "/Disputes/Register")]
    [InlineData("demo.yangshan", "/Disputes/Register")]
    [InlineData("demo.district", "/Disputes?risk=High")]
    [InlineData("demo.fazhiban", "/Disputes/Screenings?year=2019")]
    [InlineData("demo.yangshan", "/Disputes/Screenings?year=2019")]
    [InlineData("demo.yangshan", "/Disputes/Screenings/Plan")]
    [InlineData("demo.fazhiban", "/Disputes/Screenings/1")]
    [InlineData("demo.fazhiban", "/Disputes/Committees")]
    [InlineData("demo.fazhiban", "/Disputes/Committees/4")]
    [InlineData("demo.district", "/Disputes/Committees/1")]
    [InlineData("demo.leader", "/Disputes/Figures?year=2019")]
    [InlineData("demo.fazhiban", "/Disputes/Import")]
    [InlineData("demo.zhifa", "/Enforcement")]
    [InlineData("demo.yangshan", "/Enforcement")]
    [InlineData("demo.zhifa", "/Enforcement/Entities")]
    [InlineData("demo.zhifa", "/Enforcement/Entities/Register")]
    [InlineData("demo.yangshan", "/Enforcement/Entities/Register")]
    [InlineData("demo.zhifa", "/Enforcement/Officers")]
    [InlineData("demo.zhifa", "/Enforcement/Officers/Add")]
    [InlineData("demo.district", "/Enforcement/Campaigns?year=2019")]
    [InlineData("demo.zhifa", "/Enforcement/Campaigns/Create")]
    [InlineData("demo.zhifa", "/Enforcement/Tasks")]
    [InlineData("demo.yangshan", "/Enforcement/Tasks/Report")]
    [InlineData("demo.zhifa", "/Enforcement/Inspections")]
    [InlineData("demo.zhifa", "/Enforcement/Inspections/Record")]
    [InlineData("demo.fazhiban", "/Enforcement/Inspections/Record?kind=Patrol")]
    [InlineData("demo.yangshan", "/Enforcement/Inspections/Record")]
    [InlineData("demo.zhifa", "/Enforcement/Orders")]
    [InlineData("demo.district", "/Enforcement/Orders?attention=true")]
    [InlineData("demo.fazhiban", "/Enforcement/Cases")]
    [InlineData("demo.zhifa", "/Enforcement/Cases/File")]
    [InlineData("demo.zhifa", "/Enforcement/Import")]
    [InlineData("demo.zhifa", "/Public/Penalties?year=2019")]
    [InlineData("demo.zhifa", "/Public/Reports")]
    [InlineData("demo.fazhiban", "/Education")]
    [InlineData("demo.district", "/Education?year=2019")]
    [InlineData("demo.fazhiban", "/Education/Events?year=2019")]
    [InlineData("demo.fazhiban", "/Education/Events/Record")]
    [InlineData("demo.fazhiban", "/Education/Events/7")]
    [InlineData("demo.district", "/Education/Events/10")]
    [InlineData("demo.fazhiban", "/Education/Events/7/Edit")]
    [InlineData("demo.fazhiban", "/Education/Study?year=2019")]
    [InlineData("demo.fazhiban", "/Education/Study/Record")]
    [InlineData("demo.fazhiban", "/Education/Study/1")]
    [InlineData("demo.fazhiban", "/Education/Study/Exams/Record")]
    [InlineData("demo.fazhiban", "/Education/Study/Exams/1")]
    [InlineData("demo.fazhiban", "/Education/Study/Roster")]
    [InlineData("demo.district", "/Education/Study/Roster")]
    [InlineData("demo.leader", "/Education/Study/Hours?year=2019")]
    [InlineData("demo.fazhiban", "/Education/Consultations?year=2019")]
    [InlineData("demo.fazhiban", "/Education/Consultations/Record")]
    [InlineData("demo.fazhiban", "/Education/Consultations/6")]
    [InlineData("demo.leader", "/Education/Consultations/1")]
    [InlineData("demo.fazhiban", "/Education/Advisors?year=2019")]
    [InlineData("demo.fazhiban", "/Education/LawSavvy?year=2019")]
    [InlineData("demo.fazhiban", "/Education/Meetings?year=2019")]
    [InlineData("demo.fazhiban", "/Education/Meetings/Record")]
    [InlineData("demo.district", "/Education/Meetings/1")]
    [InlineData("demo.fazhiban", "/Education/Duties?year=2019")]
    [InlineData("demo.leader", "/Education/Figures?year=2019")]
    [InlineData("demo.fazhiban", "/Education/Import")]
    [InlineData("demo.fazhiban", "/Reports")]
    [InlineData("demo.fazhiban", "/Reports/1")]
    [InlineData("demo.district", "/Reports/1")]
    [InlineData("demo.fazhiban", "/Reports/1/Figure?key=petitions.received")]
    [InlineData("demo.fazhiban", "/Reports/1/Figure?key=petitions.handling-rate")]
    [InlineData("demo.fazhiban", "/Reports/1/Section/1")]
    [InlineData("demo.fazhiban", "/Reports/1/Items")]
    [InlineData("demo.district", "/Reports/Templates")]
    [InlineData("demo.district", "/Reports/Templates?edit=2")]
    [InlineData("demo.district", "/Assessment")]
    [InlineData("demo.fazhiban", "/Assessment")]
    [InlineData("demo.district", "/Assessment/Sheets/1")]
    [InlineData("demo.district", "/Assessment/Sheets/1/Indicator/2")]
    [InlineData("demo.fazhiban", "/Assessment/1")]
    [InlineData("demo.fazhiban", "/Assessment/1/Score/1")]
    [InlineData("demo.district", "/Assessment/1/Review")]
    [InlineData("demo.district", "/Assessment/Overview/1")]
    public async Task SignedInPage_HasNoSeriousViolations(string userName, string path)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, userName);
        if (path != "/") await page.GotoAsync(app.BaseUrl + path);
        Assert.Equal(app.BaseUrl + path, page.Url);
        await page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task PhoneHomePageWithOpenMenu_HasNoSeriousViolations()
    {
        await using var context = await app.NewContextAsync(375, 740);
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.admin");
        await page.GetByRole(AriaRole.Button, new() { Name = "展开导航" }).ClickAsync();
        await Expect(page.MainNav().GetByRole(AriaRole.Link, new() { Name = "辖区", Exact = true })).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
    }


}
