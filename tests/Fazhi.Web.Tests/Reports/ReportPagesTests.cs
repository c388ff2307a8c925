using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Petitions;
using Fazhi.Core.Reports;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Reports;

/// <summary>
/// The report pages over HTTP on the demo town: the list and starting a report from a template, the workspace with its
/// live figure links, the records behind a figure, moved figures and accepting them, editing a section, the workflow by
/// role, the Word download, scope, action items and the district's templates. Each test that changes a report starts
/// its own for a year of its own, so the demo 2019 report stays as loaded.
/// </summary>
public partial class ReportPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    const string DemoTitle = "武江区西联镇2019年度法治政府建设情况报告";

    static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    static async Task<string> GetHtmlAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlAsync(response);
    }

    static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        fields["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(client, tokenFrom ?? path.Split('?')[0]);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>The main content of a page, without the header (whose sign-out form every page has).</summary>
    static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    /// <summary>A page refusing the user answers with the sign-in cookie's access-denied redirect.</summary>
    static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith("/Account/Denied", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
    }

    static string Version(string html) => VersionPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();

    async Task<long> DemoReportIdAsync()
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Set<AnnualReport>().Where(r => r.Year == 2019 && r.Title == DemoTitle).Select(r => r.Id).SingleAsync();
    }

    async Task<(long TownId, long DefaultTemplateId)> TownAsync()
    {
        await using var scope = app.SystemScope(out var db);
        var town = await db.Regions.SingleAsync(r => r.Code == "440203100000");
        var template = await db.Set<ReportTemplate>().Where(t => t.DistrictId == town.ParentId && t.IsDefault).Select(t => t.Id).SingleAsync();
        return (town.Id, template);
    }

    /// <summary>Starts 西联镇's report of the year through the form, as the coordinator; returns its id.</summary>
    async Task<long> StartAsync(HttpClient client, int year)
    {
        var (townId, templateId) = await TownAsync();
        var response = await PostAsync(client, "/Reports?handler=Start", new()
        {
            ["Start.TownId"] = $"{townId}", ["Start.Year"] = $"{year}", ["Start.TemplateId"] = $"{templateId}",
        }, "/Reports");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task List_ShowsTheDemoReportWithStatusAndDeadline_AndAWriterStartsAReportFromTheDefaultTemplate()
    {
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var list = await GetHtmlAsync(clerk, "/Reports");
        var row = list.Split("<tr>").Single(r => r.Contains(DemoTitle));
        Assert.Contains("起草中", row);
        Assert.Contains("2020年3月31日", row);
        Assert.Contains("开始起草", list);
        Assert.Matches("<option value=\"\\d+\" selected=\"selected\">五项内容（2019年起要求）（默认）</option>", list);

        var id = await StartAsync(clerk, 2024);
        var workspace = await GetHtmlAsync(clerk, $"/Reports/{id}");
        Assert.Contains("西联镇2024年度法治政府建设情况报告", workspace);
        Assert.Contains("一、2024年推进法治政府建设的主要举措和成效", workspace);
        Assert.Contains("四、2025年度推进法治政府建设的主要安排", workspace);
        Assert.Contains("起草中", workspace);
        Assert.Contains("2025年3月31日", workspace);

        var (townId, templateId) = await TownAsync();
        var again = await PostAsync(clerk, "/Reports?handler=Start", new()
        {
            ["Start.TownId"] = $"{townId}", ["Start.Year"] = "2024", ["Start.TemplateId"] = $"{templateId}",
        }, "/Reports");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("西联镇2024年度的报告已经存在。", await HtmlAsync(again));
        var bad = await PostAsync(clerk, "/Reports?handler=Start", new()
        {
            ["Start.TownId"] = $"{townId}", ["Start.Year"] = "20x4", ["Start.TemplateId"] = $"{templateId}",
        }, "/Reports");
        var badHtml = await HtmlAsync(bad);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("报告年度“20x4”无效", badHtml);
        Assert.Contains("value=\"20x4\"", badHtml);

        var district = await GetHtmlAsync(await SignIn.AsAsync(app, "demo.district"), "/Reports");
        Assert.Contains(DemoTitle, district);
        Assert.DoesNotContain("开始起草", district);
    }

    [Fact]
    public async Task Workspace_RendersThe2019ReportWithEachLiveFigureALinkToItsRecords()
    {
        var id = await DemoReportIdAsync();
        var html = await GetHtmlAsync(await SignIn.AsAsync(app, "demo.fazhiban"), $"/Reports/{id}");
        Assert.Matches($"接待信访案件<a class=\"report-field\" href=\"/Reports/{id}/Figure\\?key=petitions\\.received\"[^>]*>20</a>件", html);
        Assert.Contains("西联府〔2020〕3号", html);
        Assert.Contains("一、2019年法治政府建设工作开展情况", html);
        Assert.Contains("（一）依法行政意识还不够强", html);
        Assert.Contains("2020年1月15日", html);
        Assert.Contains("报告引用的数字与上次核对时一致。", html);
        Assert.Contains($"href=\"/Reports/{id}/Word\"", html);
        Assert.Contains("报送审核", html);
        Assert.Matches($"href=\"/Reports/{id}/Section/\\d+\"", html);
        Assert.Contains("attachment-file", html);
    }

    [Fact]
    public async Task FigurePage_ListsThe20PetitionsBehindTheCount_MarksTheRatiosNumerator_And404sAnUnknownKey()
    {
        var id = await DemoReportIdAsync();
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var html = await GetHtmlAsync(clerk, $"/Reports/{id}/Figure?key=petitions.received");
        Assert.Contains("<h1 class=\"h4\">接待信访案件</h1>", html);
        Assert.Contains("当年收到（登记）的信访事项件数", html);
        Assert.Contains("西联镇，2019年1月1日至2019年12月31日", html);
        Assert.Contains("共 20 条记录", html);
        var records = html.Split("data-testid=\"records\"")[1].Split("</table>")[0];
        Assert.Equal(20, Regex.Matches(records, "href=\"/Petitions/\\d+\"").Count);

        var rate = await GetHtmlAsync(clerk, $"/Reports/{id}/Figure?key=petitions.handling-rate");
        Assert.Contains("办结 ÷ 受理（20 ÷ 20）", rate);
        Assert.Contains("分子计入", rate);
        Assert.Contains("其中计入分子 20 条", rate);

        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/Reports/{id}/Figure?key=petitions.nothing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/Reports/{id}/Figure?key=nomodule.received")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/Reports/{id}/Figure")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/Reports/987654/Figure?key=petitions.received")).StatusCode);
    }

    [Fact]
    public async Task MovedFigures_ShowAfterAPetitionIsRegistered_AndGoOnceAccepted()
    {
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var id = await StartAsync(clerk, 2022);
        Assert.DoesNotContain("data-testid=\"moved\"", await GetHtmlAsync(clerk, $"/Reports/{id}"));

        await using (var scope = app.SystemScope(out var db))
        {
            var sp = scope.ServiceProvider;
            var calendars = sp.GetRequiredService<CalendarProvider>();
            var clock = sp.GetRequiredService<TimeProvider>();
            var petitions = new PetitionCommands(db, new DeadlineService(db, calendars, clock), calendars, sp.GetRequiredService<PersonalDataProtector>(), clock);
            var town = await db.Regions.SingleAsync(r => r.Code == "440203100000");
            await petitions.RegisterAsync(new PetitionCommands.RegisterInput(town.Id, null, PetitionChannel.Visit, PetitionClass.Claim, PetitionCategories.All[0],
                new DateOnly(2022, 5, 10), "报告测试：请求修复村道", "村道损坏", "影响出行", 1,
                [new PetitionCommands.PetitionerInput(PetitionerKind.Person, "报告测试人", null, null, null, null, false)]));
        }

        var html = await GetHtmlAsync(clerk, $"/Reports/{id}");
        var moved = html.Split("data-testid=\"moved\"")[1].Split("</ul>")[0];
        var m = Regex.Match(moved, "接待信访案件</a>：(\\d+) → <strong>(\\d+)</strong>");
        Assert.True(m.Success, moved);
        Assert.Equal(int.Parse(m.Groups[1].Value) + 1, int.Parse(m.Groups[2].Value));
        Assert.Contains("report-field-moved", html);
        Assert.Contains("接受最新数字", html);

        var keys = Regex.Matches(html, "name=\"Keys\" value=\"([^\"]+)\"").Select(k => k.Groups[1].Value).ToList();
        Assert.Contains("petitions.received", keys);
        var content = new List<KeyValuePair<string, string>>(keys.Select(k => new KeyValuePair<string, string>("Keys", k)))
        {
            new("__RequestVerificationToken", await SignIn.AntiforgeryTokenAsync(clerk, $"/Reports/{id}")),
        };
        var accepted = await clerk.PostAsync($"/Reports/{id}?handler=Accept", new FormUrlEncodedContent(content));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var after = await GetHtmlAsync(clerk, $"/Reports/{id}");
        Assert.DoesNotContain("data-testid=\"moved\"", after);
        Assert.DoesNotContain("report-field-moved", after);
        Assert.Contains("报告引用的数字与上次核对时一致。", after);
    }

    [Fact]
    public async Task SectionEdit_ExplainsTheMarkup_ListsTheFigures_AndKeepsWhatWasTypedWhenRefused()
    {
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var id = await StartAsync(clerk, 2018);
        var workspace = await GetHtmlAsync(clerk, $"/Reports/{id}");
        var sectionPath = Regex.Match(workspace, $"/Reports/{id}/Section/\\d+").Value;
        var form = await GetHtmlAsync(clerk, sectionPath);
        Assert.Contains("## 小标题", form);
        Assert.Contains("[[events]]", form);
        Assert.Contains("[[table:模块:分类]]", form);
        Assert.Contains("|余", form);
        Assert.Contains("{petitions.received}", form);
        Assert.Contains("接待信访案件", form);

        var typed = "报告测试：本年度我镇接待信访案件{petitions.received}件。";
        var empty = await PostAsync(clerk, sectionPath, new() { ["Heading"] = "", ["Body"] = typed, ["Version"] = Version(form) });
        var emptyHtml = await HtmlAsync(empty);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("请填写部分标题。", emptyHtml);
        Assert.Contains(typed, emptyHtml);

        var stale = await PostAsync(clerk, sectionPath, new() { ["Heading"] = "报告测试标题", ["Body"] = typed, ["Version"] = "9999" });
        var staleHtml = await HtmlAsync(stale);
        Assert.Contains("该报告已被他人修改，请刷新后再试。", staleHtml);
        Assert.Contains(typed, staleHtml);
        Assert.Contains("value=\"报告测试标题\"", staleHtml);

        // A control character pasted from another program cannot go into Word: refused by name, the text kept.
        var pasted = await PostAsync(clerk, sectionPath, new() { ["Heading"] = "报告测试标题", ["Body"] = typed + "\u000B粘贴的文字", ["Version"] = Version(form) });
        var pastedHtml = await HtmlAsync(pasted);
        Assert.Equal(HttpStatusCode.OK, pasted.StatusCode);
        Assert.Contains("正文含有不可打印的控制字符，请删除后重试。", pastedHtml);
        Assert.Contains("粘贴的文字", pastedHtml);

        var saved = await PostAsync(clerk, sectionPath, new() { ["Heading"] = "报告测试标题", ["Body"] = typed, ["Version"] = Version(form) });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await GetHtmlAsync(clerk, $"/Reports/{id}");
        Assert.Contains("一、报告测试标题", after);
        Assert.Matches($"报告测试：本年度我镇接待信访案件<a class=\"report-field\" href=\"/Reports/{id}/Figure\\?key=petitions\\.received\"[^>]*>\\d+</a>件。", after);

        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/Reports/{id}/Section/987654")).StatusCode);
    }

    [Fact]
    public async Task HeaderEdit_SaysWhatIsWrongKeepingWhatWasTyped_AndSaves()
    {
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var id = await StartAsync(clerk, 2016);
        var path = $"/Reports/{id}";
        var version = Version(await GetHtmlAsync(clerk, path));
        Dictionary<string, string> Header(string number, string signedOn) => new()
        {
            ["Header.Title"] = "报告测试：西联镇2016年度法治政府建设情况报告", ["Header.Addressee"] = "区委、区政府：", ["Header.Preamble"] = "2016年，我镇接待信访案件{petitions.received}件。",
            ["Header.SigningOrgan"] = "西联镇人民政府", ["Header.SignedOn"] = signedOn, ["Header.DocumentNumber"] = number, ["Version"] = version,
        };
        var badDate = await PostAsync(clerk, path + "?handler=Header", Header("", "2017年1月"));
        var badDateHtml = await HtmlAsync(badDate);
        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        Assert.Contains("成文日期“2017年1月”无效", badDateHtml);
        Assert.Contains("value=\"报告测试：西联镇2016年度法治政府建设情况报告\"", badDateHtml);
        Assert.Contains("<details class=\"card-plain mt-3\" open=\"open\"", badDateHtml);
        var early = await HtmlAsync(await PostAsync(clerk, path + "?handler=Header", Header("", "2015-12-31")));
        Assert.Contains("成文日期不能早于报告年度。", early);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(clerk, path + "?handler=Header", Header("西联府〔2017〕5号", "2017-01-20"))).StatusCode);
        var saved = await GetHtmlAsync(clerk, path);
        Assert.Contains("<h1 id=\"report-title\" class=\"h4 text-center my-3\">报告测试：西联镇2016年度法治政府建设情况报告</h1>", saved);
        Assert.Contains("西联府〔2017〕5号", saved);
        Assert.Contains("2017年1月20日", saved);
        Assert.Matches($"2016年，我镇接待信访案件<a class=\"report-field\" href=\"/Reports/{id}/Figure\\?key=petitions\\.received\"", saved);
    }

    [Fact]
    public async Task Workflow_TheLeaderReturnsWithACommentAndApproves_TheWriterSubmitsAndPublishes_TheSupervisorOnlyReads()
    {
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var leader = await SignIn.AsAsync(app, "demo.leader");
        var supervisor = await SignIn.AsAsync(app, "demo.district");
        var id = await StartAsync(clerk, 2021);
        var path = $"/Reports/{id}";

        var draft = await GetHtmlAsync(clerk, path);
        Assert.DoesNotContain(">审核通过</button>", draft);
        var refused = await PostAsync(clerk, path + "?handler=Approve", new() { ["Version"] = Version(draft) });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("只有领导可以审核报告。", await HtmlAsync(refused));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(clerk, path + "?handler=Submit", new() { ["Version"] = Version(draft) })).StatusCode);
        var submitted = await GetHtmlAsync(clerk, path);
        Assert.Contains("data-testid=\"status\">待审核<", submitted);
        Assert.DoesNotContain(">审核通过</button>", submitted);
        Assert.DoesNotContain("修改本部分", submitted);
        var late = await PostAsync(clerk, path + "/Items?handler=Raise", new() { ["Item.Kind"] = "Plan", ["Item.Text"] = "报告测试：迟到的计划" });
        var lateHtml = await HtmlAsync(late);
        Assert.Contains("报告已报送审核，不能增改问题和计划", lateHtml);
        Assert.Contains("报告测试：迟到的计划", lateHtml);

        var review = await GetHtmlAsync(leader, path);
        Assert.Contains(">审核通过</button>", review);
        Assert.Contains(">退回修改</button>", review);
        var noComment = await PostAsync(leader, path + "?handler=Return", new() { ["Version"] = Version(review), ["Comment"] = "" });
        Assert.Contains("退回修改时请写明意见。", await HtmlAsync(noComment));
        Assert.Equal(HttpStatusCode.Redirect,
            (await PostAsync(leader, path + "?handler=Return", new() { ["Version"] = Version(review), ["Comment"] = "请补充主要成效的具体数据。" })).StatusCode);

        var returned = await GetHtmlAsync(clerk, path);
        Assert.Contains("data-testid=\"status\">退回修改<", returned);
        Assert.Contains("请补充主要成效的具体数据。", returned);
        Assert.Contains("修改本部分", returned);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(clerk, path + "?handler=Submit", new() { ["Version"] = Version(returned) })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(leader, path + "?handler=Approve", new() { ["Version"] = Version(await GetHtmlAsync(leader, path)) })).StatusCode);

        var approved = await GetHtmlAsync(clerk, path);
        var today = ChinaTime.Format(ChinaTime.Today(TimeProvider.System));
        Assert.Contains("data-testid=\"status\">审核通过<", approved);
        Assert.Contains(today, approved);
        Assert.DoesNotContain("请补充主要成效的具体数据。", approved);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(clerk, path + "?handler=Publish", new() { ["Version"] = Version(approved) })).StatusCode);
        var published = await GetHtmlAsync(supervisor, path);
        Assert.Contains("data-testid=\"status\">已公开<", published);
        Assert.DoesNotContain("method=\"post\"", MainOf(published));
        AssertDenied(await PostAsync(supervisor, path + "?handler=Submit", new() { ["Version"] = Version(published) }, "/Reports"));

        var list = await GetHtmlAsync(clerk, "/Reports?year=2021");
        Assert.Contains("已公开", list.Split("<tbody>")[1]);
    }

    [Fact]
    public async Task TheSupervisor_SeesTheDemoReportWithoutAnyForm()
    {
        var id = await DemoReportIdAsync();
        var supervisor = await SignIn.AsAsync(app, "demo.district");
        var html = await GetHtmlAsync(supervisor, $"/Reports/{id}");
        Assert.Contains(DemoTitle, html);
        Assert.DoesNotContain("method=\"post\"", MainOf(html));
        Assert.DoesNotContain("修改本部分", html);
        Assert.DoesNotContain("method=\"post\"", MainOf(await GetHtmlAsync(supervisor, $"/Reports/{id}/Items")));
    }

    [Fact]
    public async Task WordDownload_IsADocxHoldingTheTitle_NamedForTheReport_AndTheEvidencePackageIsAZip()
    {
        var id = await DemoReportIdAsync();
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var evidence = await client.GetAsync($"/Reports/{id}/Word?format=zip");
        Assert.Equal(HttpStatusCode.OK, evidence.StatusCode);
        Assert.Equal("application/zip", evidence.Content.Headers.ContentType?.MediaType);
        Assert.Equal(DemoTitle + "（佐证材料）.zip", evidence.Content.Headers.ContentDisposition?.FileNameStar);
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await evidence.Content.ReadAsByteArrayAsync())))
            Assert.Contains(zip.Entries, e => e.FullName == "index.xlsx");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Reports/{id}/Word?format=exe")).StatusCode);

        var response = await client.GetAsync($"/Reports/{id}/Word");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(DemoTitle + ".docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains(DemoTitle, text);
        Assert.Contains("本年度，我镇接待信访案件20件", text);
    }

    [Fact]
    public async Task AnotherTown_SeesNothingOfTheReport()
    {
        var id = await DemoReportIdAsync();
        int sectionId;
        await using (var scope = app.SystemScope(out var db))
            sectionId = (int)await db.Set<ReportSection>().Where(s => s.ReportId == id).Select(s => s.Id).FirstAsync();
        var other = await SignIn.AsAsync(app, "demo.longgui");
        foreach (var path in new[] { "", "/Word", "/Items", "/Figure?key=petitions.received", $"/Section/{sectionId}" })
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Reports/{id}{path}")).StatusCode);
        Assert.DoesNotContain("西联镇2019", await GetHtmlAsync(other, "/Reports"));
        var post = await PostAsync(other, $"/Reports/{id}?handler=Submit", new() { ["Version"] = "0" }, "/Reports");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        AssertDenied(await (await SignIn.AsAsync(app, "demo.xinfang")).GetAsync($"/Reports/{id}"));
    }

    [Fact]
    public async Task ActionItems_AreRaisedEditedAndTracked_OverdueOnesMarked_LastYearsShownAndTracked()
    {
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var id = await StartAsync(clerk, 2020);
        var path = $"/Reports/{id}/Items";
        var page = await GetHtmlAsync(clerk, path);
        var lastYear = page.Split("id=\"last-title\"")[1];
        Assert.Contains("依法行政意识还不够强", lastYear);
        Assert.Contains("未开始", lastYear);
        Assert.Contains("已超期", lastYear);

        var refused = await PostAsync(clerk, path + "?handler=Raise", new()
        {
            ["Item.Kind"] = "Problem", ["Item.Text"] = "", ["Item.DueOn"] = "2021-06-30",
        });
        var refusedHtml = await HtmlAsync(refused);
        Assert.Contains("请填写问题内容。", refusedHtml);
        Assert.Contains("value=\"2021-06-30\"", refusedHtml);
        var badDate = await PostAsync(clerk, path + "?handler=Raise", new()
        {
            ["Item.Kind"] = "Problem", ["Item.Text"] = "报告测试：保留的内容", ["Item.DueOn"] = "明年",
        });
        var badDateHtml = await HtmlAsync(badDate);
        Assert.Contains("完成期限“明年”无效", badDateHtml);
        Assert.Contains("报告测试：保留的内容", badDateHtml);

        var raised = await PostAsync(clerk, path + "?handler=Raise", new()
        {
            ["Item.Kind"] = "Problem", ["Item.Text"] = "报告测试：台账资料不够完整。", ["Item.DueOn"] = "2021-06-30",
        });
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var itemId = long.Parse(raised.Headers.Location!.OriginalString.Split("#item-")[1]);
        var item = ItemBlock(await GetHtmlAsync(clerk, path), itemId);
        Assert.Contains("报告测试：台账资料不够完整。", item);
        Assert.Contains("data-testid=\"overdue\"", item);
        Assert.Contains($"/attachments/owner/action-item/{itemId}?returnUrl=", item);
        Assert.Contains("（一）报告测试：台账资料不够完整", await GetHtmlAsync(clerk, $"/Reports/{id}"));

        var edited = await PostAsync(clerk, $"{path}?handler=Edit&itemId={itemId}", new()
        {
            ["Item.Kind"] = "Problem", ["Item.Text"] = "报告测试：台账资料不够完整，归档不及时。", ["Item.DueOn"] = "2021-09-30", ["Version"] = Version(item),
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        item = ItemBlock(await GetHtmlAsync(clerk, path), itemId);
        Assert.Contains("归档不及时", item);
        Assert.Contains("2021年9月30日", item);

        var noDate = await PostAsync(clerk, $"{path}?handler=Track&itemId={itemId}", new()
        {
            ["Track.Status"] = "Done", ["Track.Progress"] = "报告测试：已建立归档制度", ["Version"] = Version(item),
        });
        var noDateItem = ItemBlock(await HtmlAsync(noDate), itemId);
        Assert.Contains("已完成的事项请填写完成日期。", noDateItem);
        Assert.Contains("报告测试：已建立归档制度", noDateItem);
        var done = await PostAsync(clerk, $"{path}?handler=Track&itemId={itemId}", new()
        {
            ["Track.Status"] = "Done", ["Track.Progress"] = "报告测试：已建立归档制度", ["Track.DoneOn"] = "2021-05-01", ["Version"] = Version(item),
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        item = ItemBlock(await GetHtmlAsync(clerk, path), itemId);
        Assert.Contains("已完成", item);
        Assert.Contains("完成日期：2021年5月1日", item);
        Assert.DoesNotContain("data-testid=\"overdue\"", item);

        long lastYearItem;
        await using (var scope = app.SystemScope(out var db))
            lastYearItem = await db.Set<ActionItem>().Where(i => i.Year == 2019 && i.Text.StartsWith("法制建设干部队伍")).Select(i => i.Id).SingleAsync();
        var before = ItemBlock(await GetHtmlAsync(clerk, path), lastYearItem);
        var tracked = await PostAsync(clerk, $"{path}?handler=Track&itemId={lastYearItem}", new()
        {
            ["Track.Status"] = "InProgress", ["Track.Progress"] = "报告测试：已组织两期培训", ["Version"] = Version(before),
        });
        Assert.Equal(HttpStatusCode.Redirect, tracked.StatusCode);
        var after = ItemBlock(await GetHtmlAsync(clerk, path), lastYearItem);
        Assert.Contains("推进中", after);
        Assert.Contains("报告测试：已组织两期培训", after);
        Assert.Contains("报告测试：已组织两期培训", await GetHtmlAsync(clerk, $"/Reports/{id}"));

        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/attachments/owner/action-item/{itemId}?returnUrl={Uri.EscapeDataString(path)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(clerk, $"{path}?handler=Edit&itemId=987654", new()
        {
            ["Item.Kind"] = "Problem", ["Item.Text"] = "x", ["Version"] = "1",
        })).StatusCode);
    }

    /// <summary>One item's block on the items page.</summary>
    static string ItemBlock(string html, long itemId) =>
        html.Split($"id=\"item-{itemId}\"")[1].Split("data-testid=\"action-item\"")[0];

    [Fact]
    public async Task Templates_TheDistrictSupervisorEditsThem_ATownClerkOnlyReads()
    {
        long templateId;
        await using (var scope = app.SystemScope(out var db))
            templateId = await db.Set<ReportTemplate>().Where(t => t.Name == ReportTemplates.FourParts).Select(t => t.Id).SingleAsync();

        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var read = await GetHtmlAsync(clerk, "/Reports/Templates");
        Assert.Contains(ReportTemplates.FourParts, read);
        Assert.Contains("法治政府建设工作存在的问题", read);
        Assert.DoesNotContain("修改模板", read);
        AssertDenied(await PostAsync(clerk, $"/Reports/Templates?handler=Save&edit={templateId}",
            new() { ["Name"] = "x", ["Rows[0].Heading"] = "x", ["Version"] = "1" }, "/Reports/Templates"));

        var supervisor = await SignIn.AsAsync(app, "demo.district");
        var list = await GetHtmlAsync(supervisor, "/Reports/Templates");
        Assert.Contains($"edit={templateId}", list);
        var form = await GetHtmlAsync(supervisor, $"/Reports/Templates?edit={templateId}");
        Assert.Contains("name=\"Rows[3].Heading\" value=\"下一步工作计划\"", form);
        Assert.DoesNotContain("Rows[4].Heading", form);
        var fields = new Dictionary<string, string> { ["Name"] = "四部分结构（报告测试）", ["Version"] = Version(form) };
        var headings = Regex.Matches(form, "name=\"Rows\\[(\\d+)\\]\\.Heading\" value=\"([^\"]*)\"").ToList();
        foreach (var h in headings) fields[$"Rows[{h.Groups[1].Value}].Heading"] = h.Groups[2].Value;
        foreach (Match b in Regex.Matches(form, "name=\"Rows\\[(\\d+)\\]\\.Body\" rows=\"8\">([^<]*)</textarea>"))
            fields[$"Rows[{b.Groups[1].Value}].Body"] = b.Groups[2].Value;

        var added = await PostAsync(supervisor, $"/Reports/Templates?handler=AddRow&edit={templateId}", new(fields), "/Reports/Templates");
        var addedHtml = await HtmlAsync(added);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("name=\"Rows[4].Heading\"", addedHtml);
        Assert.Contains("value=\"四部分结构（报告测试）\"", addedHtml);

        var none = new Dictionary<string, string>(fields);
        foreach (var h in headings) none[$"Rows[{h.Groups[1].Value}].Remove"] = "true";
        var refused = await PostAsync(supervisor, $"/Reports/Templates?handler=Save&edit={templateId}", none, "/Reports/Templates");
        var refusedHtml = await HtmlAsync(refused);
        Assert.Contains("模板至少要有一个部分。", refusedHtml);
        Assert.Contains("value=\"四部分结构（报告测试）\"", refusedHtml);

        fields["Rows[4].Heading"] = "其他需要说明的情况";
        fields["Rows[4].Body"] = "（请在此填写其他情况。）";
        fields["Rows[1].Remove"] = "true";
        var saved = await PostAsync(supervisor, $"/Reports/Templates?handler=Save&edit={templateId}", fields, "/Reports/Templates");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using (var scope = app.SystemScope(out var db))
        {
            var template = await db.Set<ReportTemplate>().Include(t => t.Sections).SingleAsync(t => t.Id == templateId);
            Assert.Equal("四部分结构（报告测试）", template.Name);
            Assert.False(template.IsDefault);
            Assert.Equal(["{年度}年法治政府建设工作开展情况", "法治政府建设工作存在的问题", "下一步工作计划", "其他需要说明的情况"],
                template.Sections.OrderBy(s => s.Order).Select(s => s.Heading));
        }
        Assert.Contains("其他需要说明的情况", await GetHtmlAsync(clerk, "/Reports/Templates"));
    }

    [Fact]
    public async Task HomePage_ShowsTheReportDeadlineTile_AndTheNavEntry_ToUsersOfTheReportModule()
    {
        var today = ChinaTime.Today(TimeProvider.System);
        var home = await GetHtmlAsync(await SignIn.AsAsync(app, "demo.fazhiban"), "/");
        var tile = home.Split("data-testid=\"report-tile\"")[1].Split("</section>")[0];
        Assert.Contains($"{today.Year - 1}年度报告须于{today.Year}年3月31日前公开", tile);
        Assert.Contains($"西联镇{today.Year - 1}年度报告", tile);
        Assert.Contains("未起草", tile);
        Assert.Contains("href=\"/Reports\">年度报告</a>", home);

        var xinfang = await GetHtmlAsync(await SignIn.AsAsync(app, "demo.xinfang"), "/");
        Assert.DoesNotContain("report-tile", xinfang);
        Assert.DoesNotContain("href=\"/Reports\"", xinfang);
    }
}
