using System.Text;
using System.Text.RegularExpressions;
using Fazhi.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static Microsoft.Playwright.Assertions;

namespace Fazhi.Browser.Tests;

/// <summary>
/// A clerk of the rule-of-law office records an education event with its sign-in sheet and a photo — after the form
/// refused it once for want of a sector, keeping what was typed — sees 300余人 on the event, and finds it counted in
/// the year's figures for its month, sector and channel.
/// </summary>
public class EducationFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>A year the demo town has no education records in, so the event is the only one counted.</summary>
    const int Year = 2015;

    /// <summary>The smallest PDF a reader opens: one empty page.</summary>
    static byte[] TinyPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append($"{o:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>The table that follows a section's heading on the figures page.</summary>
    static ILocator TableAfter(IPage page, string title) =>
        page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }).Locator("xpath=following::table[1]");

    /// <summary>The 数量 of one 项目 row of a breakdown table.</summary>
    static ILocator CountOf(IPage page, ILocator table, string item) =>
        table.Locator("tr").Filter(new() { Has = page.Locator("th, td").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(item)}\\s*$") }) })
            .Locator("td").Last;

    [Fact]
    public async Task Clerk_RecordsAnEventWithSignInSheetAndPhoto_AndFindsItCountedForItsMonthSectorAndChannel()
    {
        var dir = Directory.CreateTempSubdirectory("fazhi-education-").FullName;
        var photo = Path.Combine(dir, "活动照片.png");
        using (var image = new Image<Rgba32>(64, 48, new Rgba32(40, 90, 160))) await image.SaveAsPngAsync(photo);
        var sheet = Path.Combine(dir, "签到表.pdf");
        await File.WriteAllBytesAsync(sheet, TinyPdf());
        var title = "浏览器测试：法治进校园专题讲座";

        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "demo.fazhiban");
        await page.MainNav().GetByRole(AriaRole.Link, new() { Name = "普法与法律服务", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "普法与法律服务", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "登记普法活动", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("登记普法活动");
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByLabel("活动日期").FillAsync($"{Year}-03-18");
        await page.GetByLabel("活动类型").SelectOptionAsync(new SelectOptionValue { Label = "专题讲座" });
        await page.GetByLabel("活动名称").FillAsync(title);
        await page.GetByLabel("板报", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("村（社区）", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "阳山村" });
        await page.GetByLabel("活动地点").FillAsync("阳山小学");
        await page.GetByLabel("主讲人").FillAsync("法律顾问张剑波");
        await page.GetByLabel("参加人数").FillAsync("300");
        await page.GetByLabel("人数为").SelectOptionAsync(new SelectOptionValue { Label = "余" });
        await page.GetByLabel("签到表（可选，可多选）").SetInputFilesAsync(sheet);
        await page.GetByLabel("活动照片（可选，可多选）").SetInputFilesAsync(photo);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

        // Refused for want of a sector: what was typed is kept, the files must be chosen again.
        await Expect(page.GetByText("请至少选择一个覆盖领域（法律六进）。")).ToBeVisibleAsync();
        await Expect(page.GetByText("此前选择的文件未上传，请重新选择。")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("活动名称")).ToHaveValueAsync(title);
        await Expect(page.GetByLabel("参加人数")).ToHaveValueAsync("300");
        await Expect(page.GetByLabel("板报", new() { Exact = true })).ToBeCheckedAsync();
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByLabel("学校", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("签到表（可选，可多选）").SetInputFilesAsync(sheet);
        await page.GetByLabel("活动照片（可选，可多选）").SetInputFilesAsync(photo);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已上传2个附件");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        await Expect(page.GetByTestId("attendance")).ToHaveTextAsync("300余人");
        await Expect(page.GetByTestId("sectors")).ToHaveTextAsync("学校");
        await Expect(page.GetByTestId("channels")).ToHaveTextAsync("板报");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "签到表.pdf" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("活动照片") })).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "education-event-desktop.png"), FullPage = true });

        await page.GotoAsync($"{app.BaseUrl}/Education/Events?year={Year}");
        await Expect(page.GetByTestId("events").Locator("tbody tr").Filter(new() { HasText = title }).GetByTestId("attendance")).ToHaveTextAsync("300余人");

        // The figures page of the year: the event is counted for March, for 学校 and for 板报 — and nothing else is.
        await page.GotoAsync($"{app.BaseUrl}/Education/Figures?year={Year}");
        var headline = page.GetByTestId("figures").Locator("tr").Filter(new() { HasText = "开展普法宣传教育活动" });
        await Expect(headline).ToContainTextAsync(new Regex(@"(?<!\d)1(?!\d)"));
        var one = new Regex(@"^\s*1(?!\d)");
        var zero = new Regex(@"^\s*0(?!\d)");
        var months = TableAfter(page, "活动按月份");
        await Expect(CountOf(page, months, "3月")).ToHaveTextAsync(one);
        await Expect(CountOf(page, months, "4月")).ToHaveTextAsync(zero);
        var sectors = TableAfter(page, "活动按覆盖领域（法律六进）");
        await Expect(CountOf(page, sectors, "学校")).ToHaveTextAsync(one);
        await Expect(CountOf(page, sectors, "机关")).ToHaveTextAsync(zero);
        var channels = TableAfter(page, "活动按宣传形式");
        await Expect(CountOf(page, channels, "板报")).ToHaveTextAsync(one);
        await Expect(CountOf(page, channels, "广播")).ToHaveTextAsync(zero);
        await page.AssertNoSeriousViolationsAsync();
        Directory.Delete(dir, recursive: true);
    }
}
