using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Fazhi.Core.Calendar;
using Fazhi.Core.Petitions;
using Fazhi.Core.Reports;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Fazhi.Core.Tests.Documents.DocumentReadBack;

namespace Fazhi.Web.Tests.Reports;

/// <summary>/api/v1/reports on the demo town: its 2019 report as loaded, and a 2018 report the workflow test starts itself.</summary>
public class ReportsApiTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    const string Title = "武江区西联镇2019年度法治政府建设情况报告";

    async Task<long> DemoReportIdAsync()
    {
        await using var scope = app.SystemScope(out var db);
        var town = await db.Regions.SingleAsync(r => r.Code == "440203100000");
        return await db.Set<AnnualReport>().Where(r => r.TownId == town.Id && r.Year == 2019).Select(r => r.Id).SingleAsync();
    }

    static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text, Json);
    }

    static async Task<string> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<JsonElement>(text, Json).GetProperty("title").GetString()!;
    }

    [Fact]
    public async Task ListAndGet_ShowTheCompiledReportWithItsFields()
    {
        var id = await DemoReportIdAsync();
        var staff = await SignIn.ApiAsAsync(app, "demo.fazhiban");

        var list = (await GetJsonAsync(staff, "/api/v1/reports?year=2019")).EnumerateArray().ToList();
        var item = Assert.Single(list);
        Assert.Equal(id, item.GetProperty("id").GetInt64());
        Assert.Equal("西联镇", item.GetProperty("town").GetString());
        Assert.Equal(Title, item.GetProperty("title").GetString());
        Assert.Equal("2020-03-31", item.GetProperty("publicationDue").GetString());
        Assert.Empty((await GetJsonAsync(staff, "/api/v1/reports?year=2019&status=Published")).EnumerateArray());

        var report = await GetJsonAsync(staff, $"/api/v1/reports/{id}");
        var header = report.GetProperty("report");
        Assert.Equal("西联府〔2020〕3号", header.GetProperty("documentNumber").GetString());
        Assert.Equal("2020-01-15", header.GetProperty("signedOn").GetString());
        var sections = report.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(["一、", "二、", "三、", "四、"], sections.Select(s => s.GetProperty("number").GetString()));
        Assert.Equal("2019年法治政府建设工作开展情况", sections[0].GetProperty("heading").GetString());
        var paragraph = sections[0].GetProperty("blocks").EnumerateArray()
            .Single(b => b.GetProperty("text").GetString() == "本年度，我镇接待信访案件20件，办理率100%。");
        Assert.Contains(paragraph.GetProperty("segments").EnumerateArray(),
            s => s.GetProperty("key").GetString() == "petitions.received" && s.GetProperty("text").GetString() == "20");
        var received = sections[0].GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "petitions.received");
        Assert.Equal("20", received.GetProperty("value").GetString());
        Assert.False(string.IsNullOrEmpty(received.GetProperty("formula").GetString()));
        Assert.False(received.GetProperty("moved").GetBoolean());
        Assert.Equal("20", received.GetProperty("accepted").GetString());
        Assert.Contains(sections[2].GetProperty("blocks").EnumerateArray(),
            b => b.GetProperty("type").GetString() == "heading" && b.GetProperty("text").GetString()!.StartsWith("依法行政意识还不够强"));
        Assert.Equal(JsonValueKind.Array, report.GetProperty("problems").ValueKind);
    }

    [Fact]
    public async Task Records_ListThePetitionsBehindAFigure_AndAnUnknownKeyIsNotFound()
    {
        var id = await DemoReportIdAsync();
        var staff = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        var records = await GetJsonAsync(staff, $"/api/v1/reports/{id}/figures/petitions.received/records");
        Assert.Equal("20", records.GetProperty("value").GetString());
        var rows = records.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(20, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal("petition", r.GetProperty("kind").GetString());
            Assert.Equal("信访事项", r.GetProperty("kindLabel").GetString());
            Assert.StartsWith("2019-", r.GetProperty("on").GetString());
            Assert.True(r.GetProperty("counted").GetBoolean());
        });
        Assert.Contains("没有数字", await ProblemAsync(await staff.GetAsync($"/api/v1/reports/{id}/figures/petitions.nothing/records"), HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Docx_AndEvidence_DownloadAsFilesThatOpen_ForTheTownAndItsDistrict()
    {
        var id = await DemoReportIdAsync();
        foreach (var user in new[] { "demo.fazhiban", "demo.district" })
        {
            var client = await SignIn.ApiAsAsync(app, user);
            var docx = await client.GetAsync($"/api/v1/reports/{id}/docx");
            Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
            Assert.Equal(ReportOutput.DocxType, docx.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Title + ".docx", docx.Content.Headers.ContentDisposition?.FileNameStar);
            using (var doc = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
            {
                Assert.Equal("西联府〔2020〕3号", BodyParagraphs(doc)[0].InnerText);
                // The district supervisor reads the town's figures, not the district's.
                Assert.Contains(BodyParagraphs(doc), p => p.InnerText == "本年度，我镇接待信访案件20件，办理率100%。");
            }

            var evidence = await client.GetAsync($"/api/v1/reports/{id}/evidence");
            Assert.Equal(HttpStatusCode.OK, evidence.StatusCode);
            Assert.Equal(ReportOutput.ZipType, evidence.Content.Headers.ContentType?.MediaType);
            using var zip = new ZipArchive(new MemoryStream(await evidence.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
            Assert.Contains(zip.Entries, e => e.FullName == "index.xlsx");
            Assert.Contains(zip.Entries, e => e.FullName == "一、2019年法治政府建设工作开展情况/");
        }
    }

    [Fact]
    public async Task Pdf_IsRenderedByLibreOffice()
    {
        var id = await DemoReportIdAsync();
        var staff = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        var pdf = await staff.GetAsync($"/api/v1/reports/{id}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal(ReportOutput.PdfType, pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Title + ".pdf", pdf.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(), 0, 5));
    }

    [Fact]
    public async Task Pdf_WithoutLibreOffice_IsAChineseProblemNotAServerError()
    {
        var id = await DemoReportIdAsync();
        var token = (await SignIn.ApiAsAsync(app, "demo.fazhiban")).DefaultRequestHeaders.Authorization;
        await using var missing = app.WithWebHostBuilder(b => b.UseSetting("Fazhi:SofficePath", "/nonexistent/libreoffice/soffice"));
        var client = missing.CreateClient();
        client.DefaultRequestHeaders.Authorization = token;
        Assert.StartsWith("未安装LibreOffice，无法生成PDF", await ProblemAsync(await client.GetAsync($"/api/v1/reports/{id}/pdf")));
    }

    [Fact]
    public async Task TheDistrictSupervisor_ReadsTheTownsFigures_NotTheDistricts()
    {
        var id = await DemoReportIdAsync();
        await using (var scope = app.SystemScope(out var db))
        {
            // A 2019 petition of the other town of the district, which the supervisor also sees.
            var longgui = await db.Regions.SingleAsync(r => r.Code == "440203102000");
            var petitions = ActivatorUtilities.CreateInstance<PetitionCommands>(scope.ServiceProvider, db);
            await petitions.RegisterAsync(new PetitionCommands.RegisterInput(longgui.Id, null, PetitionChannel.Visit, PetitionClass.Claim, "其他",
                new DateOnly(2019, 6, 3), "范围测试：龙归镇的信访", "事实", "理由", 1,
                [new PetitionCommands.PetitionerInput(PetitionerKind.Person, "测试人", null, null, null, null, true)]));
        }
        var supervisor = await SignIn.ApiAsAsync(app, "demo.district");
        var report = await GetJsonAsync(supervisor, $"/api/v1/reports/{id}");
        var received = report.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "petitions.received");
        Assert.Equal("20", received.GetProperty("value").GetString());
        Assert.False(received.GetProperty("moved").GetBoolean());
        var records = await GetJsonAsync(supervisor, $"/api/v1/reports/{id}/figures/petitions.received/records");
        Assert.Equal(20, records.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public async Task AnotherTown_DoesNotSeeTheReport_AndOthersAreKeptOut()
    {
        var id = await DemoReportIdAsync();
        var longgui = await SignIn.ApiAsAsync(app, "demo.longgui");
        Assert.Empty((await GetJsonAsync(longgui, "/api/v1/reports?year=2019")).EnumerateArray());
        foreach (var path in new[] { "", "/docx", "/pdf", "/evidence", "/figures/petitions.received/records" })
            Assert.Equal(HttpStatusCode.NotFound, (await longgui.GetAsync($"/api/v1/reports/{id}{path}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await longgui.PostAsJsonAsync($"/api/v1/reports/{id}/submit", new { version = 0 })).StatusCode);

        var cadre = await SignIn.ApiAsAsync(app, "demo.yangshan");   // a village cadre without the report module
        Assert.Equal(HttpStatusCode.Forbidden, (await cadre.GetAsync("/api/v1/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn.Anonymous(app).GetAsync($"/api/v1/reports/{id}")).StatusCode);
    }

    /// <summary>A fresh 2018 report of 西联镇, so the demo 2019 report stays a draft for the other tests.</summary>
    async Task<(long Id, int Version)> Start2018ReportAsync()
    {
        await using var scope = app.SystemScope(out var db);
        var sp = scope.ServiceProvider;
        var commands = new ReportCommands(db, sp.GetRequiredService<CalendarProvider>(), sp.GetRequiredService<TimeProvider>());
        var town = await db.Regions.SingleAsync(r => r.Code == "440203100000");
        var template = (await ReportTemplates.OfDistrictAsync(db, await commands.DistrictOfAsync(town))).First();
        var report = await commands.StartAsync(town.Id, 2018, template.Id);
        return (report.Id, report.Version);
    }

    [Fact]
    public async Task Workflow_SubmitReturnApprovePublish_ByRole_WithTheVersion()
    {
        var (id, version) = await Start2018ReportAsync();
        var staff = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        var leader = await SignIn.ApiAsAsync(app, "demo.leader");
        var supervisor = await SignIn.ApiAsAsync(app, "demo.district");

        async Task<JsonElement> PostAsync(HttpClient client, string action, object body)
        {
            var response = await client.PostAsJsonAsync($"/api/v1/reports/{id}/{action}", body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {text}");
            return JsonSerializer.Deserialize<JsonElement>(text, Json);
        }

        // The read-only district supervisor may not move a report.
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync($"/api/v1/reports/{id}/submit", new { version })).StatusCode);
        Assert.Contains("版本号", await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/reports/{id}/submit", new { })));

        var submitted = await PostAsync(staff, "submit", new { version });
        Assert.Equal("Submitted", submitted.GetProperty("status").GetString());
        Assert.False(submitted.GetProperty("editable").GetBoolean());
        version = submitted.GetProperty("version").GetInt32();

        Assert.Contains("只有领导", await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/reports/{id}/approve", new { version })));
        Assert.Contains("写明意见", await ProblemAsync(await leader.PostAsJsonAsync($"/api/v1/reports/{id}/return", new { comment = " ", version })));
        var returned = await PostAsync(leader, "return", new { comment = "请补充行政执法数据。", version });
        Assert.Equal("Returned", returned.GetProperty("status").GetString());
        Assert.Equal("请补充行政执法数据。", returned.GetProperty("reviewComment").GetString());

        // A version read before the return is refused.
        Assert.Contains("已被他人修改", await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/reports/{id}/submit", new { version })));
        version = returned.GetProperty("version").GetInt32();
        version = (await PostAsync(staff, "submit", new { version })).GetProperty("version").GetInt32();
        var approved = await PostAsync(leader, "approve", new { version });
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, approved.GetProperty("approvedOn").ValueKind);
        version = approved.GetProperty("version").GetInt32();

        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync($"/api/v1/reports/{id}/publish", new { version })).StatusCode);
        var published = await PostAsync(staff, "publish", new { version });
        Assert.Equal("Published", published.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, published.GetProperty("publishedOn").ValueKind);
        var listed = (await GetJsonAsync(staff, "/api/v1/reports?year=2018&status=Published")).EnumerateArray().Single();
        Assert.Equal(id, listed.GetProperty("id").GetInt64());
        Assert.Contains("审核通过后", await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/reports/{id}/publish",
            new { version = published.GetProperty("version").GetInt32() })));
    }
}
