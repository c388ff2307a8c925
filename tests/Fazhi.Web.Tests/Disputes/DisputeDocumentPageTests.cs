using Fazhi.Core.Regions;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Fazhi.Core.Disputes;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Disputes;

/// <summary>/Disputes/{id}/document/{kind}: the agreement and the mediation record as .docx, personal data by role, scope by village.</summary>
public class DisputeDocumentPageTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    async Task<(long Agreed, long Pending, long OtherVillage)> ArrangeAsync()
    {
        long townId, yangshan, xinling, committeeId;
        await using (var scope = app.SystemScope(out var db))
        {
            var town = await db.Regions.SingleAsync(r => r.Name == "西联镇");
            townId = town.Id;
            yangshan = await db.Regions.Where(r => r.Name == "阳山村").Select(r => r.Id).SingleAsync();
            xinling = await db.Regions.Where(r => r.Name == "新岭村").Select(r => r.Id).SingleAsync();
            var committee = await db.Set<MediationCommittee>().FirstOrDefaultAsync(c => c.Name == "西联镇人民调解委员会");
            if (committee is null)
            {
                committee = MediationCommittee.Create(RecordPlace.Of(town, null, null), "西联镇人民调解委员会", new DateOnly(2018, 1, 1), new DateOnly(2019, 1, 1));
                db.Add(committee);
                await db.SaveChangesAsync();
            }
            committeeId = committee.Id;
        }
        var clerk = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        async Task<long> Create(long village, string description)
        {
            var r = await clerk.PostAsJsonAsync("/api/v1/disputes", new
            {
                townId, villageId = village, category = "邻里", source = "Screening", reportedOn = "2019-06-03", description, peopleCount = 2,
                parties = new object[]
                {
                    new { kind = "Person", name = "文书甲", idNumber = "440203199001011231", phone = "13812345678", address = "阳山村一组18号" },
                    new { kind = "Person", name = "文书乙", phone = "13900001111" },
                },
            });
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
            return (await r.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt64();
        }
        async Task Step(long id, object step)
        {
            var r = await clerk.PostAsJsonAsync($"/api/v1/disputes/{id}/steps", step);
            Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        }
        var agreed = await Create(yangshan, "文书测试：排水沟堵塞");
        await Step(agreed, new { step = "start-mediation", on = "2019-06-04", kind = "People", committeeId, mediatorNames = "陈静、刘芳" });
        await Step(agreed, new { step = "session", on = "2019-06-05", place = "阳山村委会", mediators = "陈静、刘芳", attendees = "文书甲、文书乙", minutes = "双方陈述水沟堵塞经过" });
        await Step(agreed, new { step = "session", on = "2019-06-10", place = "西联镇司法所", mediators = "陈静", attendees = "文书甲、文书乙", minutes = "释法说理后双方同意共同疏通" });
        await Step(agreed, new
        {
            step = "success", on = "2019-06-10", form = "Written", facts = "文书乙堆放杂物致水沟堵塞，负主要责任。",
            terms = "一、文书乙于三日内清除杂物；\n二、文书乙赔偿文书甲人民币800元。", performanceDue = "2019-06-20", signedOn = "2019-06-11",
        });
        var pending = await Create(yangshan, "文书测试：尚未调解");
        var other = await Create(xinling, "文书测试：新岭村");
        return (agreed, pending, other);
    }

    static (WordprocessingDocument Doc, string Text) Open(byte[] bytes)
    {
        var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Description)));
        return (doc, doc.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public async Task Agreement_InFullForTheCoordinator_MaskedForTheLeader_AndTheRecordHasEachSession()
    {
        var (agreed, _, _) = await ArrangeAsync();
        string number;
        await using (var scope = app.SystemScope(out var db))
            number = await db.Set<Dispute>().Where(d => d.Id == agreed).Select(d => d.Number).SingleAsync();

        var coordinator = await SignIn.AsAsync(app, "demo.fazhiban");
        var response = await coordinator.GetAsync($"/Disputes/{agreed}/document/agreement");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"人民调解协议书-{number}.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var (doc, text) = Open(await response.Content.ReadAsByteArrayAsync());
        doc.Dispose();
        Assert.Contains($"西联人调〔2019〕{int.Parse(number[5..])}号", text);
        Assert.Contains("当事人一：文书甲，男，1990年1月1日出生，公民身份号码440203199001011231，住址：阳山村一组18号，联系电话：13812345678。", text);
        Assert.Contains("当事人二：文书乙，联系电话：13900001111。", text);
        Assert.Contains("负主要责任", text);
        Assert.Contains("文书乙赔偿文书甲人民币800元", text);
        Assert.Contains("于2019年6月20日前履行完毕", text);
        Assert.Contains("三十日内共同向人民法院申请司法确认", text);
        Assert.Contains("西联镇人民调解委员会（印章）", text);
        Assert.Contains("2019年6月11日", text);

        var leader = await SignIn.AsAsync(app, "demo.leader");
        var (masked, maskedText) = Open(await leader.GetByteArrayAsync($"/Disputes/{agreed}/document/agreement"));
        masked.Dispose();
        Assert.Contains("4402**********1231", maskedText);
        Assert.Contains("139****1111", maskedText);
        Assert.DoesNotContain("13812345678", maskedText);
        Assert.DoesNotContain("440203199001011231", maskedText);
        Assert.Contains("文书乙赔偿文书甲人民币800元", maskedText);

        var record = await coordinator.GetAsync($"/Disputes/{agreed}/document/record");
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        var (recordDoc, recordText) = Open(await record.Content.ReadAsByteArrayAsync());
        recordDoc.Dispose();
        Assert.Contains("人民调解笔录", recordText);
        Assert.Contains("时间：2019年6月5日地点：阳山村委会调解员：陈静、刘芳参加人员：文书甲、文书乙记录：双方陈述水沟堵塞经过", recordText);
        Assert.Contains("时间：2019年6月10日地点：西联镇司法所", recordText);
        Assert.Contains("释法说理后双方同意共同疏通", recordText);
    }

    [Fact]
    public async Task OutOfScopeOrUnknownKind_Is404_AndAPendingDisputeGoesBackWithAMessage()
    {
        var (agreed, pending, other) = await ArrangeAsync();
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.Equal(HttpStatusCode.OK, (await cadre.GetAsync($"/Disputes/{agreed}/document/agreement")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Disputes/{other}/document/record")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Disputes/{agreed}/document/letter")).StatusCode);

        var refused = await cadre.GetAsync($"/Disputes/{pending}/document/agreement");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal($"/Disputes/{pending}", refused.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await cadre.GetAsync($"/Disputes/{pending}/document/record")).StatusCode);
    }
}

/// <summary>/Disputes/Figures on a year the tests fill themselves (2022): figures, villages compared, exports.</summary>
public class DisputeFiguresPageTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Figures2022_ShowTheFormulasWithTheirNumbers_RankTheVillages_AndExportBothWorkbooks()
    {
        long townId, yangshan, xinling, office;
        await using (var scope = app.SystemScope(out var db))
        {
            townId = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
            yangshan = await db.Regions.Where(r => r.Name == "阳山村").Select(r => r.Id).SingleAsync();
            xinling = await db.Regions.Where(r => r.Name == "新岭村").Select(r => r.Id).SingleAsync();
            office = await db.Offices.Where(o => o.Name == "司法所" && o.TownId == townId).Select(o => o.Id).SingleAsync();
        }
        var clerk = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        // 阳山村: five disputes (ranked), four mediated, three succeeded; 新岭村: one, not ranked.
        for (var i = 0; i < 6; i++)
        {
            var created = await clerk.PostAsJsonAsync("/api/v1/disputes", new
            {
                townId, villageId = i < 5 ? yangshan : xinling, category = "合同", source = "Screening", reportedOn = $"2022-0{i + 1}-05",
                description = $"统计页测试{i}", parties = new[] { new { kind = "Person", name = "统计页当事人" } }, amountFen = 10_000,
            });
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt64();
            if (i >= 4) continue;
            await clerk.PostAsJsonAsync($"/api/v1/disputes/{id}/steps", new { step = "start-mediation", on = $"2022-0{i + 1}-06", kind = "Administrative", officeId = office });
            var outcome = i == 3
                ? await clerk.PostAsJsonAsync($"/api/v1/disputes/{id}/steps", new { step = "failure", on = $"2022-0{i + 1}-16", route = "Litigation" })
                : await clerk.PostAsJsonAsync($"/api/v1/disputes/{id}/steps", new { step = "success", on = $"2022-0{i + 1}-16", form = "Oral", terms = "口头约定" });
            Assert.True(outcome.IsSuccessStatusCode, await outcome.Content.ReadAsStringAsync());
        }
        var rows = (await clerk.GetFromJsonAsync<List<JsonElement>>("/api/v1/disputes?year=2022", Json))!;
        var found = rows.Count;
        var mediated = rows.Count(r => r.GetProperty("status").GetString() is "Succeeded" or "Failed");
        var succeeded = rows.Count(r => r.GetProperty("status").GetString() == "Succeeded");

        var page = await SignIn.AsAsync(app, "demo.fazhiban");
        var html = WebUtility.HtmlDecode(await page.GetStringAsync("/Disputes/Figures?year=2022"));
        Assert.Contains($"<tr data-figure=\"disputes.success-rate\"><td>调处成功率</td><td class=\"fw-semibold\">{100.0 * succeeded / mediated:0.#}%</td>"
                        + $"<td class=\"small text-muted\">调处成功 ÷ 调处（{succeeded} ÷ {mediated}）</td></tr>", html);
        Assert.Contains($"调处 ÷ 排查发现（{mediated} ÷ {found}）", html);
        var villages = html.Split("data-testid=\"villages\"")[1].Split("</table>")[0];
        Assert.Contains("<tr><td>1</td><td>阳山村</td><td>5</td><td>4</td><td>3</td><td>80%</td><td>75%</td></tr>", villages);
        Assert.Contains("<tr><td>不足5件，不排名</td><td>新岭村</td><td>1</td>", villages);
        var kinds = html.Split("data-testid=\"kinds\"")[1].Split("</table>")[0];
        Assert.Contains("<tr><td>行政调解</td><td>4</td><td>3</td>", kinds);

        var empty = WebUtility.HtmlDecode(await page.GetStringAsync("/Disputes/Figures?year=2002"));
        Assert.Contains("<tr data-figure=\"disputes.success-rate\"><td>调处成功率</td><td class=\"fw-semibold\">—</td>", empty);

        var export = await page.GetAsync("/Disputes/Figures?year=2022&handler=Export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using (var workbook = new MemoryStream(await export.Content.ReadAsByteArrayAsync()))
        {
            var cells = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
            Assert.Contains(cells, r => r["B"]?.ToString() == "调处成功率" && r["D"]?.ToString() == $"调处成功 ÷ 调处（{succeeded} ÷ {mediated}）");
            Assert.Contains(cells, r => r["A"]?.ToString() == "村（社区）比较" && r["B"]?.ToString() == "阳山村" && r["C"]?.ToString() == "第1名");
        }

        var q1 = rows.Count(r => DateOnly.Parse(r.GetProperty("reportedOn").GetString()!) < new DateOnly(2022, 4, 1));
        var quarterly = await page.GetAsync("/Disputes/Figures?handler=Quarterly&year=2022&quarter=1");
        Assert.Equal(HttpStatusCode.OK, quarterly.StatusCode);
        Assert.Equal("西联镇人民调解工作统计表-2022年第一季度.xlsx", quarterly.Content.Headers.ContentDisposition?.FileNameStar);
        using (var table = new MemoryStream(await quarterly.Content.ReadAsByteArrayAsync()))
        {
            var cells = MiniExcelLibs.MiniExcel.Query(table, useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
            Assert.Equal("西联镇人民调解工作统计表", cells[0]["A"]);
            Assert.Contains("2022年第一季度", cells[1]["A"]!.ToString());
            var total = cells.Single(r => r["A"]?.ToString() == "合计");
            Assert.Equal(q1, Convert.ToInt32(total["B"]));
        }
        var year = await page.GetAsync("/Disputes/Figures?handler=Quarterly&year=2022&quarter=");
        Assert.Equal("西联镇人民调解工作统计表-2022年全年.xlsx", year.Content.Headers.ContentDisposition?.FileNameStar);
    }
}
