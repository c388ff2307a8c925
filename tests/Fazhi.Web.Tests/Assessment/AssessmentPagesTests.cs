using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Fazhi.Core.Assessment;
using Fazhi.Core.Demo;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Assessment;

/// <summary>The self-assessment pages over HTTP as the demo district's supervisor and the towns' coordinators would use them.</summary>
public class AssessmentPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, List<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        fields.Add(new("__RequestVerificationToken", await SignIn.AntiforgeryTokenAsync(client, tokenFrom ?? path)));
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlAsync(response);
    }

    static string Location(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    static string Version(string html) => Regex.Match(html, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;

    static List<KeyValuePair<string, string>> IndicatorForm(string version, string order, string text, string points, string rule, string? key = null,
        string? threshold = null, bool evidence = false)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Version", version), new("Input.Order", order), new("Input.Category", "测试类别"), new("Input.Text", text), new("Input.Points", points),
            new("Input.Rule", rule), new("Input.FigureKey", key ?? ""), new("Input.Comparison", "AtLeast"), new("Input.Threshold", threshold ?? ""),
        };
        if (evidence) fields.Add(new("Input.EvidenceRequired", "true"));
        return fields;
    }

    async Task<(long Sheet, long XilianAssessment, long Indicator)> DemoAsync()
    {
        await using var scope = app.SystemScope(out var db);
        var sheet = await db.Set<IndicatorSheet>().Include(s => s.Indicators).SingleAsync(s => s.Name == DemoAssessment.SheetName);
        var xilian = await db.Regions.SingleAsync(r => r.Name == "西联镇");
        var id = await db.Set<TownAssessment>().Where(a => a.SheetId == sheet.Id && a.TownId == xilian.Id).Select(a => a.Id).SingleAsync();
        return (sheet.Id, id, sheet.Indicators.First().Id);
    }

    [Fact]
    public async Task Flow_DistrictBuildsASheet_TownScoresItselfWithEvidence_DistrictGrades()
    {
        var district = await SignIn.AsAsync(app, "demo.district");
        var name = "页面测试考核" + Guid.NewGuid().ToString("N")[..6];
        var created = await PostAsync(district, "/Assessment?handler=Create", [new("NewSheet.Year", "2019"), new("NewSheet.Name", name)], "/Assessment");
        var sheetPath = Location(created);
        var sheetId = long.Parse(sheetPath.Split('/').Last());

        var editor = await PageAsync(district, $"/Assessment/Sheets/{sheetId}/Indicator");
        Assert.Contains("petitions.handling-rate", editor);
        var bad = await PostAsync(district, $"/Assessment/Sheets/{sheetId}/Indicator",
            IndicatorForm(Version(editor), "1", "信访事项办理率达到95%", "四十", "Automatic", "petitions.handling-rate", "95"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badHtml = await HtmlAsync(bad);
        Assert.Contains("分值应为不小于0的数字", badHtml);
        Assert.Contains("value=\"四十\"", badHtml);
        Assert.Contains("信访事项办理率达到95%</textarea>", badHtml);
        Assert.Equal(sheetPath, Location(await PostAsync(district, $"/Assessment/Sheets/{sheetId}/Indicator",
            IndicatorForm(Version(editor), "1", "信访事项办理率达到95%", "40", "Automatic", "petitions.handling-rate", "95"))));
        editor = await PageAsync(district, $"/Assessment/Sheets/{sheetId}/Indicator");
        Location(await PostAsync(district, $"/Assessment/Sheets/{sheetId}/Indicator",
            IndicatorForm(Version(editor), "2", "法律顾问制度落实", "60", "Manual", evidence: true)));
        var sheetPage = await PageAsync(district, sheetPath);
        Assert.Contains("办理率 ≥ 95%达标得满分", sheetPage);
        Assert.Contains("手工评分（需佐证）", sheetPage);
        Location(await PostAsync(district, sheetPath + "?handler=Publish", [new("Version", Version(sheetPage))], sheetPath));

        var town = await SignIn.AsAsync(app, "demo.longgui");
        Assert.Contains(name, await PageAsync(town, "/Assessment"));
        var opened = Location(await PostAsync(town, $"/Assessment?handler=Open&sheetId={sheetId}", [], "/Assessment"));
        var assessmentId = long.Parse(opened.Split('/').Last());
        var details = await PageAsync(town, opened);
        // 龙归镇 accepted no petitions: the rate shows "—" with its formula, and scores nothing.
        Assert.Contains("数据：<strong>—</strong>", details);
        Assert.Contains("办结 ÷ 受理（0 ÷ 0）", details);

        long manual, score;
        await using (var scope = app.SystemScope(out var db))
        {
            manual = await db.Set<Indicator>().Where(i => i.SheetId == sheetId && i.Rule == IndicatorRule.Manual).Select(i => i.Id).SingleAsync();
            score = await db.Set<AssessmentScore>().Where(s => s.AssessmentId == assessmentId && s.IndicatorId == manual).Select(s => s.Id).SingleAsync();
        }
        var scorePath = $"/Assessment/{assessmentId}/Score/{manual}";
        var scorePage = await PageAsync(town, scorePath);
        var typo = await PostAsync(town, scorePath, [new("Version", Version(scorePage)), new("Input.Score", "5o"), new("Input.Note", "聘请律师担任法律顾问")]);
        Assert.Equal(HttpStatusCode.OK, typo.StatusCode);
        var typoHtml = await HtmlAsync(typo);
        Assert.Contains("自评得分应为不小于0的数字", typoHtml);
        Assert.Contains("value=\"5o\"", typoHtml);
        Assert.Contains("聘请律师担任法律顾问</textarea>", typoHtml);
        Location(await PostAsync(town, scorePath, [new("Version", Version(scorePage)), new("Input.Score", "58"), new("Input.Note", "聘请律师担任法律顾问")]));

        details = await PageAsync(town, opened);
        var refused = await PostAsync(town, opened + "?handler=Submit", [new("Version", Version(details)), new("Confirm", "true")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("第2项“法律顾问制度落实”要求提供佐证材料", await HtmlAsync(refused));

        var token = await SignIn.AntiforgeryTokenAsync(town, scorePath);
        using (var form = new MultipartFormDataContent())
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
            form.Add(new StringContent(scorePath), "ReturnUrl");
            var pdf = new byte[500];
            "%PDF-1.4\n"u8.ToArray().CopyTo(pdf, 0);
            var file = new ByteArrayContent(pdf);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "Upload", "法律顾问合同.pdf");
            Assert.Equal(scorePath, Location(await town.PostAsync($"/attachments/owner/{AssessmentScore.OwnerType}/{score}?handler=Upload", form)));
        }
        details = await PageAsync(town, opened);
        Assert.Contains("附件1个", details);
        Assert.Equal(opened, Location(await PostAsync(town, opened + "?handler=Submit", [new("Version", Version(details)), new("Confirm", "true")])));
        Assert.Contains("已提交，待评分", await PageAsync(town, opened));

        var reviewPath = $"/Assessment/{assessmentId}/Review";
        var review = await PageAsync(district, reviewPath);
        Assert.Contains("法律顾问合同.pdf", review);
        Assert.Contains("value=\"58\"", review); // the town's own score is where the district starts
        long auto;
        await using (var scope = app.SystemScope(out var db))
            auto = await db.Set<Indicator>().Where(i => i.SheetId == sheetId && i.Rule == IndicatorRule.Automatic).Select(i => i.Id).SingleAsync();
        List<KeyValuePair<string, string>> Scores(string manualScore) =>
        [
            new("Version", Version(review)), new("Lines[0].IndicatorId", auto.ToString()), new("Lines[0].Score", "0"),
            new("Lines[1].IndicatorId", manual.ToString()), new("Lines[1].Score", manualScore), new("Lines[1].Comment", "合同齐全"), new("Comment", "基本完成年度任务"),
        ];
        var over = await PostAsync(district, reviewPath + "?handler=Finalise", Scores("65"), reviewPath);
        Assert.Equal(HttpStatusCode.OK, over.StatusCode);
        var overHtml = await HtmlAsync(over);
        Assert.Contains("不能超过该项分值（60分）", overHtml);
        Assert.Contains("value=\"65\"", overHtml);
        Assert.Equal(opened, Location(await PostAsync(district, reviewPath + "?handler=Finalise", Scores("60"), reviewPath)));

        var graded = await PageAsync(town, opened);
        Assert.Contains("已评定", graded);
        Assert.Matches("data-testid=\"district-total\">60分<", graded);
        Assert.Matches("data-testid=\"grade\"><span class=\"badge [^\"]+\">合格<", graded);
        Assert.Contains("合同齐全", graded);
        Assert.Contains("基本完成年度任务", graded);
    }

    [Fact]
    public async Task Scope_AnotherTownSeesNothing_TheTownCannotGrade_AnonymousSignsIn()
    {
        var (sheet, xilian, indicator) = await DemoAsync();
        var longgui = await SignIn.AsAsync(app, "demo.longgui");
        foreach (var path in new[] { $"/Assessment/{xilian}", $"/Assessment/{xilian}/Score/{indicator}", $"/Assessment/{xilian}/Review", $"/Assessment/Overview/{sheet}",
                     $"/Assessment/Overview/{sheet}?handler=Export" })
            Assert.Equal(HttpStatusCode.NotFound, (await longgui.GetAsync(path)).StatusCode);

        var xilianClerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var own = await PageAsync(xilianClerk, $"/Assessment/{xilian}");
        Assert.Matches("data-testid=\"grade\"><span class=\"badge [^\"]+\">优秀<", own);
        Assert.Contains("法律顾问服务：", own); // a figure linked as evidence, named by its label
        var refused = await xilianClerk.GetAsync($"/Assessment/{xilian}/Review");
        Assert.Contains("/Account/Denied", Location(refused));
        Assert.Equal(HttpStatusCode.NotFound, (await xilianClerk.GetAsync($"/Assessment/Overview/{sheet}")).StatusCode);

        var anonymous = SignIn.Anonymous(app);
        Assert.Contains("/Account/Login", Location(await anonymous.GetAsync("/Assessment")));
    }

    [Fact]
    public async Task DistrictOverview_ListsItsTownsSideBySide_AndTheTownsListShowsItsOwnStatus()
    {
        var (sheet, xilian, _) = await DemoAsync();
        var district = await SignIn.AsAsync(app, "demo.district");
        var overview = await PageAsync(district, $"/Assessment/Overview/{sheet}");
        var rows = Regex.Matches(overview, "<tr data-testid=\"town-row\">(.*?)</tr>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, rows.Count);
        var x = rows.Single(r => r.Contains("西联镇"));
        Assert.Contains("已评定", x);
        Assert.Contains("优秀", x);
        Assert.Contains($"/Assessment/{xilian}/Review", x);
        Assert.Contains("未开始", rows.Single(r => r.Contains("龙归镇")));

        // The same comparison as .xlsx, points as numbers.
        Assert.Contains($"/Assessment/Overview/{sheet}?handler=Export", overview);
        var export = await district.GetAsync($"/Assessment/Overview/{sheet}?handler=Export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var workbook = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var cells = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal($"考核表：{DemoAssessment.SheetName}", cells[0]["A"]?.ToString());
        Assert.Equal(["乡镇", "状态", "自评得分", "区评得分", "等次"], cells[1].Values.Select(v => v?.ToString()).ToList());
        var xilianRow = cells.Skip(2).Single(r => r["A"]?.ToString() == "西联镇");
        Assert.Equal(("已评定", "优秀"), (xilianRow["B"]?.ToString(), xilianRow["E"]?.ToString()));
        Assert.True(Convert.ToDecimal(xilianRow["D"]) >= 90m, $"区评得分 {xilianRow["D"]}");
        Assert.Equal("未开始", cells.Skip(2).Single(r => r["A"]?.ToString() == "龙归镇")["B"]?.ToString());

        var list = await PageAsync(district, "/Assessment");
        Assert.Contains(DemoAssessment.SheetName, list);
        Assert.Contains("新建考核表", list);

        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var townList = await PageAsync(clerk, "/Assessment");
        Assert.Contains($"/Assessment/{xilian}", townList);
        Assert.DoesNotContain("新建考核表", townList);
        var sheetPage = await PageAsync(clerk, $"/Assessment/Sheets/{sheet}");
        Assert.Contains("信访事项办理率达到95%", sheetPage);
        Assert.DoesNotContain("handler=Publish", sheetPage);
    }
}
