using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fazhi.Core.Education;
using Fazhi.Web.Tests.Infrastructure;

namespace Fazhi.Web.Tests.Education;

/// <summary>/Education/Export/{register}: each register as .xlsx, read back; filters named in row 1, scope as on the lists; the figures workbook.</summary>
public class EducationExportTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static async Task<List<IDictionary<string, object?>>> SheetAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
    }

    static string? Cell(IDictionary<string, object?> row, string column) => row.TryGetValue(column, out var v) ? v?.ToString() : null;

    [Fact]
    public async Task EveryRegister_ExportsItsRowsUnderChineseHeaders_WithTheFiltersInRowOne()
    {
        var town = await EducationArrange.TownAsync(app);
        var firm = await EducationArrange.PartnerAsync(app, "周和律师事务所");
        var a = await EducationArrange.MemberAsync(app, "导出测试甲", new DateOnly(2024, 1, 1));
        var b = await EducationArrange.MemberAsync(app, "导出测试乙", new DateOnly(2024, 1, 1));
        await EducationArrange.WithAsync(app, async (c, _) =>
        {
            await c.RecordEventAsync(new(town.TownId, town.Yangshan, new EducationEvent.Details(new DateOnly(2025, 5, 20), "导出测试：法治进校园", EventKinds.Lecture,
                ["学校", "乡村"], ["演讲", "传单"], "阳山小学", null, "法律顾问张剑波", 300, AttendanceKind.AtLeast, 600, null), [firm]));
            await c.RecordEventAsync(new(town.TownId, null, new EducationEvent.Details(new DateOnly(2025, 6, 2), "导出测试：广场宣传", EventKinds.Publicity,
                ["社区"], ["板报"], "镇文化广场", null, null, null, AttendanceKind.Exact, null, null), []));
            await c.RecordStudyAsync(new(town.TownId, new DateOnly(2025, 5, 21), "集体学法", "导出测试：学习行政复议法", 1.5m, "陈静", [a, b]));
            await c.RecordExamAsync(new(town.TownId, new DateOnly(2025, 5, 28), "导出测试考试", 60, [(a, 88), (b, 45)]));
            var consultation = await c.RecordConsultationAsync(town.TownId, town.Yangshan, new Consultation.Input(new DateOnly(2025, 5, 20),
                ConsultationChannel.AtEvent, null, "导出测试人", "13800001111", "婚姻家庭", "导出测试：离婚后子女抚养费", "可协商或起诉", "张剑波", null));
            await c.ReferAsync(consultation.Id, new DateOnly(2025, 5, 21), null);
            return await c.RecordMeetingAsync(new(town.TownId, new DateOnly(2025, 3, 1), MeetingKind.LeadingGroup, "导出测试：领导小组会议", "何志明", "领导小组成员",
                [new("研究法治建设工作", true, "通过"), new("其他事项", false, null)]));
        });

        var staff = await SignIn.AsAsync(app, "demo.fazhiban");
        var response = await staff.GetAsync("/Education/Export/events?year=2025&sector=" + Uri.EscapeDataString("学校"));
        Assert.StartsWith("普法活动台账-", response.Content.Headers.ContentDisposition?.FileNameStar);
        var events = await SheetAsync(response);
        Assert.Equal("筛选条件：2025年；覆盖领域：学校", Cell(events[0], "A"));
        Assert.Equal(EducationLedgers.EventColumns.Select(c => c.Header), events[1].Values.Select(v => v?.ToString()));
        var row = events.Skip(2).Single();
        Assert.Equal(("2025年5月20日", "导出测试：法治进校园", "专题讲座", "乡村、学校", "演讲、传单", "阳山村", "阳山小学", "法律顾问张剑波", "300余人", "600", "周和律师事务所"),
            (Cell(row, "A"), Cell(row, "B"), Cell(row, "C"), Cell(row, "D"), Cell(row, "E"), Cell(row, "F"), Cell(row, "G"), Cell(row, "H"), Cell(row, "I"),
                Cell(row, "J"), Cell(row, "K")));
        var all = await SheetAsync(await staff.GetAsync("/Education/Export/events?year=2025&q=" + Uri.EscapeDataString("导出测试")));
        Assert.Equal("筛选条件：2025年；包含“导出测试”", Cell(all[0], "A"));
        Assert.Equal(2, all.Count - 2);
        Assert.Null(Cell(all.Single(r => Cell(r, "B") == "导出测试：广场宣传"), "I")); // attendance not recorded: left empty, not "0"

        var studies = await SheetAsync(await staff.GetAsync("/Education/Export/studies?year=2025"));
        Assert.Equal(EducationLedgers.StudyColumns.Select(c => c.Header), studies[1].Values.Select(v => v?.ToString()));
        var study = studies.Single(r => Cell(r, "C") == "导出测试：学习行政复议法");
        Assert.Equal(("集体学法", "1.5", "陈静", "2"), (Cell(study, "B"), Cell(study, "D"), Cell(study, "E"), Cell(study, "F")));

        var exam = (await SheetAsync(await staff.GetAsync("/Education/Export/exams?year=2025"))).Single(r => Cell(r, "B") == "导出测试考试");
        Assert.Equal(("60", "2", "1"), (Cell(exam, "C"), Cell(exam, "D"), Cell(exam, "E")));

        var consultations = await SheetAsync(await staff.GetAsync("/Education/Export/consultations?year=2025&referral=Referred&category="
                                                                  + Uri.EscapeDataString("婚姻家庭")));
        Assert.Equal("筛选条件：2025年；类别：婚姻家庭；转介状态：已转法律援助中心", Cell(consultations[0], "A"));
        var consultation = consultations.Skip(2).Single();
        Assert.Equal(("活动现场", "阳山村", "导出测试人", "已转法律援助中心"), (Cell(consultation, "B"), Cell(consultation, "C"), Cell(consultation, "D"), Cell(consultation, "H")));
        Assert.DoesNotContain(consultation.Values, v => v?.ToString() == "13800001111");

        var meeting = (await SheetAsync(await staff.GetAsync("/Education/Export/meetings?year=2025"))).Single(r => Cell(r, "C") == "导出测试：领导小组会议");
        Assert.Equal(("法治建设领导小组会议", "2", "1"), (Cell(meeting, "B"), Cell(meeting, "E"), Cell(meeting, "F")));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/Education/Export/letters?year=2025")).StatusCode);
        var badYear = await staff.GetAsync("/Education/Export/events?year=0");
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
        Assert.Contains("年份须在1949至2100之间。", WebUtility.HtmlDecode(await badYear.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task TheDemoEventsOf2019_KeepTheirYuAndJinWording_AndAnotherTownExportsNone_AndACadreWithoutTheModuleIsRefused()
    {
        var staff = await SignIn.AsAsync(app, "demo.fazhiban");
        var events = (await SheetAsync(await staff.GetAsync("/Education/Export/events?year=2019"))).Skip(2).ToList();
        Assert.Equal(16, events.Count);
        Assert.Equal("120余人", Cell(events.Single(r => Cell(r, "A") == "2019年8月30日"), "I"));
        Assert.Equal("近500人", Cell(events.Single(r => Cell(r, "A") == "2019年12月4日"), "I"));
        var integrity = (await SheetAsync(await staff.GetAsync("/Education/Export/events?year=2019&integrity=true"))).Skip(2).ToList();
        Assert.Equal(3, integrity.Count(r => Cell(r, "C") == EventKinds.IntegrityBaseVisit));

        var otherTown = await SignIn.AsAsync(app, "demo.longgui");
        Assert.Empty((await SheetAsync(await otherTown.GetAsync("/Education/Export/events?year=2019"))).Skip(2));
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        var refused = await cadre.GetAsync("/Education/Export/events?year=2019");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/Denied", refused.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task TheFiguresWorkbook2019_HasTheHeadlineWithFormulas_TheAttendanceWordingAndLowerBound_TheBreakdownsAndEachPersonsHours()
    {
        var staff = await SignIn.AsAsync(app, "demo.fazhiban");
        var response = await staff.GetAsync("/Education/Export/figures?year=2019");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("西联镇普法与法律服务工作统计-2019年.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using (var package = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(package).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Description)));
            var workbook = package.WorkbookPart!;
            Assert.Equal([EducationFiguresWorkbook.HeadlineSheet, EducationFiguresWorkbook.AttendanceSheet, EducationFiguresWorkbook.BreakdownSheet,
                    EducationFiguresWorkbook.HoursSheet],
                workbook.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
            var formulas = workbook.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<CellFormula>()).Select(f => f.Text).ToList();
            Assert.Contains(formulas, f => f.StartsWith("IF(D", StringComparison.Ordinal) && f.Contains("=0,\"—\",C", StringComparison.Ordinal));
            Assert.Contains("B4+B5", formulas);
        }

        List<IDictionary<string, object?>> Sheet(string name)
        {
            using var stream = new MemoryStream(bytes);
            return MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false, sheetName: name).Cast<IDictionary<string, object?>>().ToList();
        }
        var headline = Sheet(EducationFiguresWorkbook.HeadlineSheet);
        Assert.Equal("西联镇2019年普法与法律服务工作统计", Cell(headline[0], "A"));
        var visits = headline.Single(r => Cell(r, "A") == "参观廉政教育基地");
        Assert.Equal(("3", "廉政教育基地参观次数"), (Cell(visits, "B"), Cell(visits, "E")));
        var pass = headline.Single(r => Cell(r, "A") == "考试合格率");
        Assert.Equal("合格人数 ÷ 参加考试人数", Cell(pass, "E"));
        Assert.Equal(double.Parse(Cell(pass, "C")!) / double.Parse(Cell(pass, "D")!), double.Parse(Cell(pass, "B")!), 6);

        var attendance = Sheet(EducationFiguresWorkbook.AttendanceSheet);
        var exact = long.Parse(Cell(attendance.Single(r => Cell(r, "A") == "确数"), "B")!);
        Assert.Equal("620", Cell(attendance.Single(r => Cell(r, "A") == "“余”数"), "B"));
        Assert.Equal("1100", Cell(attendance.Single(r => Cell(r, "A") == "“近”数"), "B"));
        Assert.Equal((exact + 620 + 1100).ToString(), Cell(attendance.Single(r => Cell(r, "A") == "合计"), "B"));
        Assert.Equal((exact + 620).ToString(), Cell(attendance.Single(r => Cell(r, "A") == "下限"), "B"));
        Assert.Equal($"约{exact + 620 + 1100}人次", Cell(attendance.Single(r => Cell(r, "A") == "报告表述"), "B"));
        Assert.Equal((exact + 620).ToString(), Cell(headline.Single(r => Cell(r, "A") == "参加活动人次（下限）"), "B"));

        var breakdowns = Sheet(EducationFiguresWorkbook.BreakdownSheet);
        var byKind = breakdowns.FindIndex(r => Cell(r, "A") == "活动按类型");
        var kindRows = breakdowns.Skip(byKind + 1).TakeWhile(r => Cell(r, "A") != "合计").ToList();
        Assert.Equal(EventKinds.All, kindRows.Select(r => Cell(r, "A")));
        Assert.Equal("3", Cell(kindRows.Single(r => Cell(r, "A") == EventKinds.IntegrityBaseVisit), "B"));
        Assert.Equal("16", Cell(breakdowns[byKind + 1 + kindRows.Count], "B"));
        Assert.Contains(breakdowns, r => Cell(r, "A") == "咨询按类别");

        var hours = Sheet(EducationFiguresWorkbook.HoursSheet);
        var people = hours.Skip(3).TakeWhile(r => Cell(r, "A") != "合计").ToList();
        Assert.NotEmpty(people);
        var hoursOf = people.Select(r => double.Parse(Cell(r, "B")!)).ToList();
        Assert.Equal(hoursOf.OrderByDescending(h => h), hoursOf);
        Assert.Equal(hoursOf.Sum(), double.Parse(Cell(hours[3 + people.Count], "B")!), 6);
    }
}
