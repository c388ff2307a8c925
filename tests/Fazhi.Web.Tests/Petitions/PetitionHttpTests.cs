using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.Core.Petitions;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Petitions;

/// <summary>The petition register over HTTP on the demo town, on SQLite and PostgreSQL.</summary>
public class PetitionHttpTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task DemoYear2019_Figures_Read20ReceivedAndHandlingRate100_ViaTheApi()
    {
        var client = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        var figures = await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/petitions/figures/2019");
        var byKey = figures!.ToDictionary(f => f.GetProperty("key").GetString()!, f => f);
        Assert.Equal(20, byKey["petitions.received"].GetProperty("numerator").GetInt64());
        Assert.Equal("100%", byKey["petitions.handling-rate"].GetProperty("display").GetString());
        Assert.Equal(1, byKey["petitions.collective"].GetProperty("numerator").GetInt64());
        Assert.Equal(1, byKey["petitions.repeat"].GetProperty("numerator").GetInt64());
    }

    [Fact]
    public async Task FiguresPage_ShowsTheSeedSentenceFigures_AndADashForAnEmptyYear()
    {
        var client = await SignIn.AsAsync(app, "demo.leader");
        var y2019 = WebUtility.HtmlDecode(await client.GetStringAsync("/Petitions/Figures?year=2019"));
        Assert.Contains("接待信访案件", y2019);
        Assert.Contains("办结 ÷ 受理（20 ÷ 20）", y2019);
        var y2018 = WebUtility.HtmlDecode(await client.GetStringAsync("/Petitions/Figures?year=2018"));
        Assert.Matches("办理率</td><td class=\"fw-semibold\">—</td>", y2018);
    }

    [Fact]
    public async Task VillageCadre_SeesTheirVillagesPetitions_And404ForAnotherVillage()
    {
        var (own, other) = await PetitionIdsAsync("阳山村", "新岭村");
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.Equal(HttpStatusCode.OK, (await cadre.GetAsync($"/Petitions/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Petitions/{other}")).StatusCode);
        var api = await SignIn.ApiAsAsync(app, "demo.yangshan");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/petitions/{other}")).StatusCode);
        var list = WebUtility.HtmlDecode(await cadre.GetStringAsync("/Petitions?year=2019"));
        Assert.DoesNotContain("新岭村", list.Split("<tbody>")[1]);
    }

    [Fact]
    public async Task DistrictSupervisor_ReadsButCannotChange()
    {
        var (own, _) = await PetitionIdsAsync("阳山村", "新岭村");
        var api = await SignIn.ApiAsAsync(app, "demo.district");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/petitions/{own}")).StatusCode);
        var step = await api.PostAsJsonAsync($"/api/v1/petitions/{own}/steps", new { step = "archive", on = "2020-01-10" });
        Assert.Equal(HttpStatusCode.Forbidden, step.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await (await SignIn.AsAsync(app, "demo.district")).GetAsync("/Petitions/Register")).StatusCode);
    }

    [Fact]
    public async Task StaffWithoutTheModule_IsRefused()
    {
        var admin = await SignIn.AsAsync(app, "demo.admin"); // an administrator does not work in the petitions module
        var response = await admin.GetAsync("/Petitions");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Register_ThroughTheApi_EncryptsPersonalData_MasksItForALeader_AndRunsThroughToClosed()
    {
        var clerk = await SignIn.ApiAsAsync(app, "demo.xinfang");
        long townId, villageId;
        await using (var scope = app.SystemScope(out var db))
        {
            townId = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
            villageId = await db.Regions.Where(r => r.Name == "沙湖村").Select(r => r.Id).SingleAsync();
        }
        var created = await clerk.PostAsJsonAsync("/api/v1/petitions", new
        {
            townId, villageId, channel = "Visit", @class = "Claim", category = "环境保护", receivedOn = "2019-09-20",
            request = "反映石场粉尘扰民", facts = "事实", reasons = "理由", peopleCount = 1,
            petitioners = new[] { new { kind = "Person", name = "测试人", idNumber = "11010519491231002X", phone = "13812345678", address = "沙湖村一组", villageId, isRepresentative = false } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Json);
        var id = body.GetProperty("id").GetInt64();
        Assert.Equal("11010519491231002X", body.GetProperty("petitioners")[0].GetProperty("idNumber").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("repeatOfId").ValueKind);

        // The same person on the same subject again, while the first is open: flagged by the keyed hash of the ID number.
        var again = await clerk.PostAsJsonAsync("/api/v1/petitions", new
        {
            townId, villageId = (long?)null, channel = "Phone", @class = "Claim", category = "环境保护", receivedOn = "2019-09-27",
            request = "再次反映粉尘", facts = "", reasons = "", peopleCount = 1,
            petitioners = new[] { new { kind = "Person", name = "换了称呼", idNumber = "11010519491231002x", phone = (string?)null, address = (string?)null, villageId = (long?)null, isRepresentative = false } },
        });
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("repeatOfId").GetInt64());

        await using (var scope = app.SystemScope(out var db))
        {
            var raw = await db.Database.SqlQueryRaw<string>("SELECT \"IdNumber\" AS \"Value\" FROM \"Petitioners\" WHERE \"PetitionId\" = {0}", id).SingleAsync();
            Assert.StartsWith("v1:", raw);
            Assert.DoesNotContain("1949", raw);
        }
        var leader = await SignIn.ApiAsAsync(app, "demo.leader");
        var seen = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/petitions/{id}", Json);
        Assert.Equal("1101**********002X", seen.GetProperty("petitioners")[0].GetProperty("idNumber").GetString());
        Assert.Equal("138****5678", seen.GetProperty("petitioners")[0].GetProperty("phone").GetString());

        async Task<HttpResponseMessage> Step(object s) => await clerk.PostAsJsonAsync($"/api/v1/petitions/{id}/steps", s);
        var early = await Step(new { step = "reply", on = "2019-10-08", opinion = "Support", legalBasis = "依据" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("已受理或已交办", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await Step(new { step = "decide", on = "2019-09-23", decision = "Accept" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Step(new { step = "notice", on = "2019-09-24" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Step(new { step = "reply", on = "2019-10-18", opinion = "Support", legalBasis = "《大气污染防治法》" })).StatusCode);
        var closed = await Step(new { step = "close", on = "2019-10-20" });
        Assert.Equal("Closed", (await closed.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("status").GetString());

        await using (var scope = app.SystemScope(out var db))
        {
            var deadlines = await db.Set<Fazhi.Core.Calendar.Deadline>().Where(d => d.OwnerType == PetitionCommands.OwnerType && d.OwnerId == id).ToListAsync();
            Assert.Equal(2, deadlines.Count); // the written notice and the reply, both done
            Assert.All(deadlines, d => Assert.Equal(Fazhi.Core.Calendar.DeadlineStatus.Done, d.Status));
            Assert.Contains(deadlines, d => d.DueDate == new DateOnly(2019, 10, 8) && d.LegalBasis == "《信访工作条例》第二十三条");
        }
    }

    [Fact]
    public async Task RegisterPage_WithABadIdNumber_SaysSoAndKeepsWhatWasTyped()
    {
        var clerk = await SignIn.AsAsync(app, "demo.xinfang");
        long townId;
        await using (var scope = app.SystemScope(out var db))
            townId = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
        var token = await SignIn.AntiforgeryTokenAsync(clerk, "/Petitions/Register");
        var response = await clerk.PostAsync("/Petitions/Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.TownId"] = townId.ToString(), ["Input.ReceivedOn"] = "2019-09-20", ["Input.Channel"] = "Visit", ["Input.Class"] = "Claim",
            ["Input.Category"] = "其他", ["Input.PeopleCount"] = "1", ["Input.Request"] = "请求保留的文字",
            ["Input.Petitioners[0].Name"] = "王五", ["Input.Petitioners[0].IdNumber"] = "110105194912310021",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("王五：公民身份号码校验码不正确", html);
        Assert.Contains("请求保留的文字", html);
        Assert.Contains("value=\"110105194912310021\"", html);
    }

    async Task<(long Own, long Other)> PetitionIdsAsync(string own, string other)
    {
        await using var scope = app.SystemScope(out var db);
        long Of(string village) => db.Set<Petition>().Where(p => db.Regions.Any(r => r.Id == p.VillageId && r.Name == village)).Select(p => p.Id).First();
        return (Of(own), Of(other));
    }
}

public class PetitionDocumentTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task ReplyDocument_IsAValidDocxNamingRequestOpinionAndBasis_WithoutPersonalData()
    {
        long id;
        await using (var scope = app.SystemScope(out var db))
            id = await db.Set<Petition>().Where(p => p.Number == "2019-001").Select(p => p.Id).SingleAsync();
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var response = await client.GetAsync($"/Petitions/{id}?handler=ReplyDoc");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("信访处理意见书-2019-001.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Description)));
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("信访处理意见书", text);
        Assert.Contains("李国强：", text);
        Assert.Contains("反映承包地边界被邻户占用", text);
        Assert.Contains("予以支持", text);
        Assert.Contains("第三十五条", text);
        Assert.Contains("西联镇人民政府", text);
        Assert.DoesNotContain("1380751", text);

        var notice = await client.GetAsync($"/Petitions/{id}?handler=NoticeDoc");
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
    }
}

public class PetitionFiguresPageTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task Figures2019_BreakDownTheTwentyCases_AndAllWereRepliedInTime()
    {
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Petitions/Figures?year=2019"));
        Assert.Contains("<tbody><tr><td>20</td><td>0</td><td>0</td><td>0</td></tr></tbody>", html.Replace("\n", "").Replace("  ", ""));
        Assert.Contains("<td>阳山村</td><td>4</td>", html);
        Assert.Contains("<td>土地征收</td><td>2</td>", html);
        Assert.Contains("按期答复 ÷ 受理（20 ÷ 20）", html);

        var export = await client.GetAsync("/Petitions/Figures?year=2019&handler=Export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var workbook = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => r["B"]?.ToString() == "办理率" && r["C"]?.ToString() == "100%" && r["D"]?.ToString() == "办结 ÷ 受理");
        Assert.Contains(rows, r => r["A"]?.ToString() == "按月份" && r["B"]?.ToString() == "3月" && r["C"]?.ToString() == "2");
    }
}

public class ReceptionDayTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static string ChinaTimeFormat(DateOnly d) => Fazhi.Core.Common.ChinaTime.Format(d);

    [Fact]
    public async Task DemoYear_HasMonthlyReceptionDaysAndTwoDownVisits_WithThePetitionsReceivedThere()
    {
        var api = await SignIn.ApiAsAsync(app, "demo.district");
        var figures = await api.GetFromJsonAsync<List<JsonElement>>("/api/v1/petitions/figures/2019");
        var byKey = figures!.ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("numerator").GetInt64());
        Assert.Equal(12, byKey["petitions.reception-days"]);
        Assert.Equal(2, byKey["petitions.down-visits"]);

        var html = WebUtility.HtmlDecode(await (await SignIn.AsAsync(app, "demo.leader")).GetStringAsync("/Petitions/Reception?year=2019"));
        var row = html.Split("<tr>").Single(r => r.Contains("2019年3月18日"));
        Assert.Contains("2019-004", row);
        Assert.Contains("已举行", row);
    }

    [Fact]
    public async Task PlanningAndRecording_FollowTheRules_AndTheSupervisorCannotPlan()
    {
        var leader = await SignIn.AsAsync(app, "demo.leader");
        var future = DateTime.UtcNow.AddHours(8).AddDays(10).ToString("yyyy-MM-dd");
        var year = DateTime.UtcNow.AddHours(8).AddDays(10).Year;
        var path = $"/Petitions/Reception?year={year}";
        var token = await SignIn.AntiforgeryTokenAsync(leader, path);
        var planned = await leader.PostAsync($"/Petitions/Reception?handler=Plan&year={year}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Kind"] = "ReceptionDay", ["Date"] = future, ["Leader"] = "王建国", ["Place"] = "镇综治中心", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        long dayId;
        await using (var scope = app.SystemScope(out var db))
            dayId = await db.Set<ReceptionDay>().Where(d => d.Date == DateOnly.Parse(future)).Select(d => d.Id).SingleAsync();

        token = await SignIn.AntiforgeryTokenAsync(leader, path);
        var early = await leader.PostAsync($"/Petitions/Reception?handler=Held&dayId={dayId}&year={year}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["people"] = "3", ["__RequestVerificationToken"] = token,
        }));
        Assert.Contains("接访日期未到", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()));

        var supervisor = await SignIn.AsAsync(app, "demo.district");
        var html = WebUtility.HtmlDecode(await supervisor.GetStringAsync(path));
        Assert.DoesNotContain("安排接访或下访", html);

        // Published on the public site without signing in.
        var board = WebUtility.HtmlDecode(await SignIn.Anonymous(app).GetStringAsync("/Public/Reception"));
        Assert.Contains("王建国", board);
        Assert.Contains(ChinaTimeFormat(DateOnly.Parse(future)), board);
    }
}

public class PetitionImportTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static Dictionary<string, object?> Row(string date, string village, string name, string request, string channel = "来访") => new()
    {
        ["收到日期"] = date, ["信访形式"] = channel, ["分类"] = "申诉求决类", ["类别"] = "农村农业", ["村（社区）"] = village,
        ["信访人"] = name, ["联系电话"] = "13900001111", ["公民身份号码"] = "", ["人数"] = 1, ["信访请求"] = request, ["事实"] = "", ["理由"] = "",
    };

    static async Task<HttpResponseMessage> UploadAsync(HttpClient client, IEnumerable<Dictionary<string, object?>> rows)
    {
        var xlsx = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, rows);
        var form = new MultipartFormDataContent
        {
            { new StringContent(await SignIn.AntiforgeryTokenAsync(client, "/Petitions/Import")), "__RequestVerificationToken" },
            { new ByteArrayContent(xlsx.ToArray()), "file", "台账.xlsx" },
        };
        return await client.PostAsync("/Petitions/Import", form);
    }

    async Task<int> CountAsync()
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Set<Petition>().CountAsync();
    }

    [Fact]
    public async Task Import_WithBadRows_ListsEachRowsProblems_AndImportsNothing_ThenAllWhenCorrected()
    {
        var clerk = await SignIn.AsAsync(app, "demo.xinfang");
        var template = await clerk.GetAsync("/Petitions/Import?handler=Template");
        using (var t = new MemoryStream(await template.Content.ReadAsByteArrayAsync()))
            Assert.Equal(PetitionImport.Headers, MiniExcelLibs.MiniExcel.Query(t, useHeaderRow: true).Cast<IDictionary<string, object>>().First().Keys);

        var before = await CountAsync();
        var bad = await UploadAsync(clerk, [
            Row("2019-12-02", "阳山村", "导入甲", "导入测试一"),
            Row("2019-13-40", "阳山村", "导入乙", "导入测试二"),
            Row("2019-12-03", "不存在村", "导入丙", "导入测试三", channel: "飞鸽"),
        ]);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("第3行：收到日期“2019-13-40”无效", html);
        Assert.Contains("第4行：信访形式“飞鸽”不在列表中；村（社区）“不存在村”不属于本镇", html);
        Assert.Equal(before, await CountAsync());

        var good = await UploadAsync(clerk, [Row("2019-12-02", "阳山村", "导入甲", "导入测试一"), Row("2019-12-03", "沙湖村", "导入丙", "导入测试三")]);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(before + 2, await CountAsync());
    }

    [Fact]
    public async Task Import_WhenARowBreaksADomainRule_RollsBackTheRowsBeforeIt()
    {
        var clerk = await SignIn.AsAsync(app, "demo.xinfang");
        var before = await CountAsync();
        var response = await UploadAsync(clerk, [Row("2019-12-04", "阳山村", "回滚甲", "回滚测试"), Row("2019-12-05", "阳山村", "回滚乙", "")]);
        Assert.Contains("第3行：请填写信访请求", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, await CountAsync());
    }
}

public class PetitionAssignmentTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task CaseOwnedByALeader_PutsItsOverdueReplyOnTheLeadersHomePage()
    {
        var clerk = await SignIn.ApiAsAsync(app, "demo.xinfang");
        long townId; string leaderId; long officeId;
        await using (var scope = app.SystemScope(out var db))
        {
            townId = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
            leaderId = await db.Users.Where(u => u.UserName == "demo.leader").Select(u => u.Id).SingleAsync();
            officeId = await db.Offices.Where(o => o.Name == "综治办" && o.TownId == townId).Select(o => o.Id).SingleAsync();
        }
        var created = await clerk.PostAsJsonAsync("/api/v1/petitions", new
        {
            townId, channel = "Letter", @class = "Claim", category = "土地征收", receivedOn = "2019-09-20", request = "包案测试：请求核查征地补偿",
            facts = "", reasons = "", peopleCount = 1, petitioners = new[] { new { kind = "Person", name = "包案测试人", isRepresentative = false } },
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsJsonAsync($"/api/v1/petitions/{id}/steps", new { step = "assign", officeId, leaderId, level = "Town" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsJsonAsync($"/api/v1/petitions/{id}/steps", new { step = "decide", on = "2019-09-23", decision = "Accept" })).StatusCode);

        var home = WebUtility.HtmlDecode(await (await SignIn.AsAsync(app, "demo.leader")).GetStringAsync("/"));
        var mine = home.Split("交给我办理的事项")[1].Split("辖区内临期与超期事项")[0];
        Assert.Contains("办结并书面答复", mine);
        Assert.Contains("已超期", mine);
        Assert.Contains("2019年11月22日", mine); // 60 日 from 23 September 2019: Friday 22 November
    }
}

public class PetitionFinalityTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task AfterReReview_TheSameRequestIsNotAcceptedAgain_Article36()
    {
        var clerk = await SignIn.ApiAsAsync(app, "demo.xinfang");
        long townId;
        await using (var scope = app.SystemScope(out var db))
            townId = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
        object Petition(string on) => new
        {
            townId, channel = "Visit", @class = "Claim", category = "劳动社保", receivedOn = on, request = "终结测试：请求补发工资",
            facts = "", reasons = "", peopleCount = 1,
            petitioners = new[] { new { kind = "Person", name = "终结测试人", idNumber = "440203199001011231", isRepresentative = false } },
        };
        var first = await clerk.PostAsJsonAsync("/api/v1/petitions", Petition("2019-03-01"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        foreach (var step in new object[]
                 {
                     new { step = "decide", on = "2019-03-04", decision = "Accept" }, new { step = "reply", on = "2019-04-01", opinion = "Reject", legalBasis = "依据" },
                     new { step = "request-review", on = "2019-04-10" }, new { step = "answer-review", on = "2019-05-05", opinion = "Reject" },
                     new { step = "request-rereview", on = "2019-05-20" }, new { step = "answer-rereview", on = "2019-06-10", opinion = "Reject" },
                     new { step = "close", on = "2019-06-11" },
                 })
        {
            var r = await clerk.PostAsJsonAsync($"/api/v1/petitions/{id}/steps", step);
            Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        }
        var again = await clerk.PostAsJsonAsync("/api/v1/petitions", Petition("2021-03-01"));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("第三十六条", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PetitionAttachments_FollowThePetitionsScope()
    {
        long other;
        await using (var scope = app.SystemScope(out var db))
            other = await db.Set<Petition>().Where(p => db.Regions.Any(r => r.Id == p.VillageId && r.Name == "新岭村")).Select(p => p.Id).FirstAsync();
        var clerk = await SignIn.AsAsync(app, "demo.xinfang");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/attachments/owner/petition/{other}")).StatusCode);
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/attachments/owner/petition/{other}")).StatusCode);
    }
}

public class PetitionFlagAndFilterTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task RaisingAnAcceptedMatterAgain_IsFlaggedUnderArticle19_AndTheListFilters()
    {
        var clerk = await SignIn.ApiAsAsync(app, "demo.xinfang");
        long townId;
        await using (var scope = app.SystemScope(out var db))
            townId = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
        object Petition(string on) => new
        {
            townId, channel = "Letter", @class = "Claim", category = "政务服务", receivedOn = on, request = "第十九条测试",
            facts = "", reasons = "", peopleCount = 1,
            petitioners = new[] { new { kind = "Person", name = "十九条测试人", phone = "13911112222", isRepresentative = false } },
        };
        var first = (await (await clerk.PostAsJsonAsync("/api/v1/petitions", Petition("2019-10-08"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await clerk.PostAsJsonAsync($"/api/v1/petitions/{first}/steps", new { step = "decide", on = "2019-10-09", decision = "Accept" });
        var second = await (await clerk.PostAsJsonAsync("/api/v1/petitions", Petition("2019-10-20"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first, second.GetProperty("repeatOfId").GetInt64());
        Assert.True(second.GetProperty("aboutAcceptedMatter").GetBoolean());

        var landCases = await clerk.GetFromJsonAsync<List<JsonElement>>("/api/v1/petitions?year=2019&category=" + Uri.EscapeDataString("土地征收"));
        Assert.Equal(2, landCases!.Count);
    }

    [Fact]
    public async Task ReceptionRecord_ListsThePeopleReceived_MaskedForALeader()
    {
        long dayId;
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1);
        await using (var scope = app.SystemScope(out var db))
        {
            var town = await db.Regions.SingleAsync(r => r.Name == "西联镇");
            var day = ReceptionDay.Plan(town.Id, town.Path, ReceptionKind.ReceptionDay, yesterday, "王建国", null, "镇综治中心");
            db.Add(day);
            await db.SaveChangesAsync();
            dayId = day.Id;
        }
        var clerk = await SignIn.AsAsync(app, "demo.xinfang");
        var path = $"/Petitions/Reception?year={yesterday.Year}";
        var tooMany = await clerk.PostAsync($"/Petitions/Reception?handler=Held&dayId={dayId}&year={yesterday.Year}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["people"] = "1", ["names"] = "张三、李四", ["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(clerk, path),
        }));
        Assert.Contains("多于接待人数", WebUtility.HtmlDecode(await tooMany.Content.ReadAsStringAsync()));
        var held = await clerk.PostAsync($"/Petitions/Reception?handler=Held&dayId={dayId}&year={yesterday.Year}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["people"] = "3", ["names"] = "张三、李四", ["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(clerk, path),
        }));
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        Assert.Contains("张三、李四", WebUtility.HtmlDecode(await clerk.GetStringAsync(path)));
        var leaderView = WebUtility.HtmlDecode(await (await SignIn.AsAsync(app, "demo.leader")).GetStringAsync(path));
        Assert.Contains("张*、李*", leaderView);
        await using (var scope = app.SystemScope(out var db))
            Assert.StartsWith("v1:", await db.Database.SqlQueryRaw<string>("SELECT \"PeopleList\" AS \"Value\" FROM \"ReceptionDays\" WHERE \"Id\" = {0}", dayId).SingleAsync());
    }
}
