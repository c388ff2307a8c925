using System.Net;
using Fazhi.Core.Education;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Education;

/// <summary>/Education/Import: an events ledger checked row by row, then recorded all together or not at all.</summary>
public class EventImportPageTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static Dictionary<string, object?> Row(string date, string title, string kind = EventKinds.Publicity, string sectors = "乡村", string channels = "传单",
        string village = "", string venue = "镇文化广场", string office = "", string partners = "", string speakers = "", string attendance = "",
        string materials = "", string summary = "") => new()
    {
        [EventImport.DateHeader] = date, [EventImport.TitleHeader] = title, [EventImport.KindHeader] = kind, [EventImport.SectorsHeader] = sectors,
        [EventImport.ChannelsHeader] = channels, [EventImport.VillageHeader] = village, [EventImport.VenueHeader] = venue, [EventImport.OfficeHeader] = office,
        [EventImport.PartnersHeader] = partners, [EventImport.SpeakersHeader] = speakers, [EventImport.AttendanceHeader] = attendance,
        [EventImport.MaterialsHeader] = materials, [EventImport.SummaryHeader] = summary,
    };

    static async Task<HttpResponseMessage> UploadAsync(HttpClient client, IEnumerable<Dictionary<string, object?>> rows)
    {
        var xlsx = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, rows);
        var form = new MultipartFormDataContent
        {
            { new StringContent(await SignIn.AntiforgeryTokenAsync(client, "/Education/Import")), "__RequestVerificationToken" },
            { new ByteArrayContent(xlsx.ToArray()), "file", "台账.xlsx" },
        };
        return await client.PostAsync("/Education/Import", form);
    }

    async Task<int> CountAsync(string marker)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Set<EducationEvent>().CountAsync(e => e.Title.StartsWith(marker));
    }

    [Fact]
    public async Task AGoodLedger_RecordsEveryRow_WithItsListsPlacesPartnersAndAttendanceAsTyped()
    {
        var town = await EducationArrange.TownAsync(app);
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var template = await clerk.GetAsync("/Education/Import?handler=Template");
        Assert.Equal("普法活动台账导入模板.xlsx", template.Content.Headers.ContentDisposition?.FileNameStar);
        using (var t = new MemoryStream(await template.Content.ReadAsByteArrayAsync()))
            Assert.Equal(EventImport.Headers, MiniExcelLibs.MiniExcel.Query(t, useHeaderRow: true).Cast<IDictionary<string, object>>().First().Keys);

        var response = await UploadAsync(clerk, [
            Row("2025-08-30", "导入好：法制报告会", EventKinds.LegalReport, "乡村", "演讲", village: "阳山村", venue: "阳山村委会", office: "司法所",
                partners: "周和律师事务所", speakers: "法律顾问张剑波", attendance: "120余", materials: "200份", summary: "现场解答咨询"),
            Row("2025/12/4", "导入好：宪法日宣传", EventKinds.ConstitutionDay, "机关、社区、学校", "宣传车、标语、微信", attendance: "近500", materials: "1,500",
                partners: "周和律师事务所、西联派出所"),
            Row("2025年9月10日", "导入好：送法下乡", sectors: "乡村，企业", channels: "板报 传单", village: "新岭村", venue: "新岭村文化室", attendance: "300多人"),
            Row("2025-04-18", "导入好：参观廉政教育基地", EventKinds.IntegrityBaseVisit, "机关", "其他", venue: "韶关市廉政教育基地", attendance: "46"),
            Row("", "", kind: "", sectors: "", channels: "", venue: ""), // a blank line in the ledger is skipped
        ]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal("/Education/Events", response.Headers.Location?.OriginalString);
        Assert.Equal(4, await CountAsync("导入好："));

        await using var scope = app.SystemScope(out var db);
        var events = await db.Set<EducationEvent>().Include(e => e.Partners).Where(e => e.Title.StartsWith("导入好：")).ToDictionaryAsync(e => e.Title);
        var report = events["导入好：法制报告会"];
        Assert.Equal((new DateOnly(2025, 8, 30), town.Yangshan, "阳山村委会", "120余人", 200, "法律顾问张剑波", "现场解答咨询"),
            (report.HeldOn, report.VillageId, report.Venue, report.AttendanceText, report.Materials, report.Speakers, report.Summary));
        Assert.Equal(await db.Set<Core.Staff.Office>().Where(o => o.Name == "司法所" && o.TownId == town.TownId).Select(o => (long?)o.Id).SingleAsync(),
            report.OrganiserOfficeId);
        Assert.Equal(["周和律师事务所"], report.Partners.Select(p => p.Name));

        var day = events["导入好：宪法日宣传"];
        Assert.Equal((new DateOnly(2025, 12, 4), (long?)null, "近500人", 1500), (day.HeldOn, day.VillageId, day.AttendanceText, day.Materials));
        Assert.Equal(["机关", "社区", "学校"], day.SectorsReached);
        Assert.Equal(["标语", "宣传车", "微信/网络"], day.ChannelsUsed); // in the maintained list's order
        Assert.Equal(["周和律师事务所", "西联派出所"], day.Partners.Select(p => p.Name).Order());

        var trip = events["导入好：送法下乡"];
        Assert.Equal((new DateOnly(2025, 9, 10), town.Xinling, "300余人", AttendanceKind.AtLeast), (trip.HeldOn, trip.VillageId, trip.AttendanceText, trip.AttendanceKind));
        Assert.Equal(["乡村", "企业"], trip.SectorsReached);
        Assert.Equal(["板报", "传单"], trip.ChannelsUsed);
        Assert.Equal((AttendanceKind.Exact, 46), (events["导入好：参观廉政教育基地"].AttendanceKind, events["导入好：参观廉政教育基地"].Attendance));

        var figures = await Core.Reporting.EducationFigures.ForYearAsync(db, 2025);
        Assert.Equal(1, figures["education.integrity-base-visits"].Numerator);
        Assert.Equal(new Core.Reporting.AttendanceSum(46, 420, 500), figures.Attendance);

        // The same ledger again: every row is already registered, so nothing is imported twice.
        var again = await UploadAsync(clerk, [
            Row("2025-08-30", "导入好：法制报告会", EventKinds.LegalReport, "乡村", "演讲", village: "阳山村", venue: "阳山村委会", attendance: "120余"),
        ]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("第2行：2025年8月30日在阳山村委会的“导入好：法制报告会”已登记（或在本表中重复）。", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.Equal(4, await CountAsync("导入好："));
    }

    [Fact]
    public async Task ALedgerWithBadRows_RecordsNothing_AndNamesEachRowsProblems()
    {
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var response = await UploadAsync(clerk, [
            Row("2025-10-20", "导入坏：一", attendance: "80"),
            Row("2025-13-40", "导入坏：二", "联欢会", "菜市场", "电视", attendance: "约300"),
            Row("2025-10-21", "导入坏：三", village: "不存在村", office: "宣传部", partners: "某某律师事务所", materials: "很多"),
            Row("2099-01-01", "导入坏：四"),
            Row("2025-10-22", "", venue: ""),
            Row("2025-10-20", "导入坏：一", attendance: "90"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("未导入任何数据", html);
        Assert.DoesNotContain("第2行", html);
        Assert.Contains("第3行：活动日期“2025-13-40”无效；活动类型“联欢会”应为" + string.Join("、", EventKinds.All) + "之一；覆盖领域“菜市场”应为", html);
        Assert.Contains("宣传形式“电视”应为", html);
        Assert.Contains("参加人数“约300”无法识别，请" + EventImport.AttendanceHelp, html);
        Assert.Contains("第4行：村（社区）“不存在村”不属于西联镇；主办科室“宣传部”不是西联镇的科室；协办单位“某某律师事务所”未在西联镇的协作单位中登记，请先登记或改填全称；发放资料“很多”应为份数。", html);
        Assert.Contains("第5行：活动日期不能晚于今天；计划中的活动请在活动后登记。", html);
        Assert.Contains("第6行：请填写活动名称；请填写活动地点。", html);
        Assert.Contains("第7行：2025年10月20日在镇文化广场的“导入坏：一”已登记（或在本表中重复）。", html);
        Assert.Equal(0, await CountAsync("导入坏："));
    }

    [Fact]
    public async Task TheSupervisorAndACadreWithoutTheModule_CannotImport_AndAFileThatIsNotALedgerIsRefused()
    {
        foreach (var user in new[] { "demo.district", "demo.yangshan" })
        {
            var refused = await (await SignIn.AsAsync(app, user)).GetAsync("/Education/Import");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/Account/Denied", refused.Headers.Location!.PathAndQuery);
        }

        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var form = new MultipartFormDataContent
        {
            { new StringContent(await SignIn.AntiforgeryTokenAsync(clerk, "/Education/Import")), "__RequestVerificationToken" },
            { new ByteArrayContent("not a workbook"u8.ToArray()), "file", "台账.xlsx" },
        };
        var html = WebUtility.HtmlDecode(await (await clerk.PostAsync("/Education/Import", form)).Content.ReadAsStringAsync());
        Assert.Contains("无法读取该文件", html);
        var xlsx = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, new[] { new Dictionary<string, object?> { ["活动日期"] = "2025-01-01", ["名称"] = "缺表头" } });
        var missing = new MultipartFormDataContent
        {
            { new StringContent(await SignIn.AntiforgeryTokenAsync(clerk, "/Education/Import")), "__RequestVerificationToken" },
            { new ByteArrayContent(xlsx.ToArray()), "file", "台账.xlsx" },
        };
        Assert.Contains("表头缺少：活动名称、活动类型", WebUtility.HtmlDecode(await (await clerk.PostAsync("/Education/Import", missing)).Content.ReadAsStringAsync()));
    }
}
