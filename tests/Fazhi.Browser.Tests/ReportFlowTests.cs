using DocumentFormat.OpenXml.Packaging;
using Fazhi.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fazhi.Browser.Tests;

/// <summary>
/// The coordinator opens the town's 2019 annual report, follows the petitions figure of its text to the 20 petitions it
/// counts, comes back and downloads the report as a Word document that opens and carries the report's title.
/// </summary>
public class ReportFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    const string Title = "武江区西联镇2019年度法治政府建设情况报告";

    [Fact]
    public async Task Coordinator_FollowsAFigureToItsRecords_AndDownloadsTheReportAsWord()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.fazhiban");
        await page.MainNav().GetByRole(AriaRole.Link, new() { Name = "年度报告", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "法治政府建设年度报告", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        await page.AssertNoSeriousViolationsAsync();

        var figure = page.Locator("p.report-paragraph", new() { HasText = "接待信访案件" }).Locator("a.report-field[data-key='petitions.received']");
        await Expect(figure).ToHaveTextAsync("20");
        await figure.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("接待信访案件");
        await Expect(page.GetByTestId("figure-value")).ToHaveTextAsync("20");
        var records = page.GetByTestId("records").Locator("tbody tr");
        await Expect(records).ToHaveCountAsync(20);
        await Expect(records.Locator("a[href^='/Petitions/']")).ToHaveCountAsync(20);
        await page.AssertNoSeriousViolationsAsync();

        await page.GoBackAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载Word" }).ClickAsync());
        Assert.Equal(Title + ".docx", download.SuggestedFilename);   // the download is named for the report's title
        var path = Path.Combine(Directory.CreateTempSubdirectory("fazhi-report-").FullName, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        using var doc = WordprocessingDocument.Open(path, false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains(Title, text);
        Assert.Contains("本年度，我镇接待信访案件20件", text);
    }
}
