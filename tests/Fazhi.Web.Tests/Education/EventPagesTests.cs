using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Education;
using Fazhi.Core.Staff;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fazhi.Web.Tests.Education.EducationPageData;

namespace Fazhi.Web.Tests.Education;

/// <summary>Education events over real HTTP: recording with 余/近 attendance and evidence, refused input kept, editing, the list's filters, scope and read-only.</summary>
public class EventPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    /// <summary>The record form's fields for an event in 阳山村 with two partners of the town.</summary>
    async Task<List<KeyValuePair<string, string>>> FormAsync(string title, string attendance, string kind, params string[] sectors)
    {
        var town = await RegionIdAsync(app, "西联镇");
        var village = await RegionIdAsync(app, "阳山村");
        var (office, partners) = await LoadAsync(app, async db => (
            await db.Offices.Where(o => o.TownId == town && o.Name == "司法所").Select(o => o.Id).SingleAsync(),
            await db.Set<PartnerOrganisation>().Where(p => p.TownId == town).OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync()));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("TownId", town.ToString()), new("Input.HeldOn", Iso(Today.AddDays(-2))), new("Input.Title", title), new("Input.Kind", EventKinds.LegalReport),
            new("Input.Channels", "演讲"), new("Input.Channels", "传单"), new("Input.VillageId", village.ToString()), new("Input.Venue", "阳山村委会"),
            new("Input.OrganiserOfficeId", office.ToString()), new("Input.Speakers", "法律顾问张剑波"), new("Input.Attendance", attendance),
            new("Input.AttendanceKind", kind), new("Input.Materials", "1,200"), new("Input.Summary", title + "：一对一解答法律咨询"),
        };
        fields.AddRange(sectors.Select(s => new KeyValuePair<string, string>("Input.Sectors", s)));
        fields.AddRange(partners.Select(p => new KeyValuePair<string, string>("Input.PartnerIds", p.ToString())));
        return fields;
    }

    [Fact]
    public async Task Record_WithYuAttendanceAndEvidence_Shows300YuRenInTheListAndDetails_WithPartnersAndAttachments()
    {
        var title = "法制报告会测试" + Marker();
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var content = new MultipartFormDataContent();
        foreach (var (k, v) in await FormAsync(title, "300", "AtLeast", "乡村", "社区")) content.Add(new StringContent(v), k);
        content.Add(new StringContent(await SignIn.AntiforgeryTokenAsync(clerk, "/Education/Events/Record")), "__RequestVerificationToken");
        var sheet = new ByteArrayContent(TinyPng);
        sheet.Headers.ContentType = new("image/png");
        content.Add(sheet, "SignInSheets", "签到表.png");
        var photo = new ByteArrayContent(TinyPng);
        photo.Headers.ContentType = new("image/png");
        content.Add(photo, "Photos", "现场照片.png");
        var response = await clerk.PostAsync("/Education/Events/Record", content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Education/Events/", Location(response));
        var id = IdFrom(response);
        var saved = await LoadAsync(app, db => db.Set<EducationEvent>().Include(e => e.Partners).AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal((300, AttendanceKind.AtLeast, 1200), (saved.Attendance, saved.AttendanceKind, saved.Materials));
        Assert.Equal(["乡村", "社区"], saved.SectorsReached);
        Assert.Equal(2, saved.Partners.Count);
        var captions = await LoadAsync(app, db => db.Set<Attachment>().Where(a => a.OwnerType == "education-event" && a.OwnerId == id)
            .OrderBy(a => a.Id).Select(a => a.Caption).ToListAsync());
        Assert.Equal(["签到表", "活动照片"], captions);

        var details = await GetHtmlAsync(clerk, Location(response));
        Assert.Contains($"已登记普法活动“{title}”。已上传2个附件。", details);
        Assert.Equal("300余人", TestId(details, "attendance"));
        Assert.Equal("乡村、社区", TestId(details, "sectors"));
        Assert.Equal("演讲、传单", TestId(details, "channels"));
        Assert.Equal(string.Join("、", saved.Partners.OrderBy(p => p.Id).Select(p => p.Name)), TestId(details, "partners"));
        Assert.Contains("签到表.png", details);
        Assert.Contains("现场照片.png", details);
        Assert.Contains(ChinaTime.Format(Today.AddDays(-2)), details);
        Assert.Contains("1200份", details);
        Assert.Contains($"/Education/Consultations/Record?eventId={id}", details);

        var list = await GetHtmlAsync(clerk, $"/Education/Events?year={Today.AddDays(-2).Year}&q={Uri.EscapeDataString(title)}");
        var row = Assert.Single(Rows(list, "events"));
        Assert.Contains(title, row);
        Assert.Equal("300余人", TestId(row, "attendance"));
        Assert.Contains("阳山村委会（阳山村）", row);
    }

    [Fact]
    public async Task Record_WithNoSector_OrJinWithoutANumber_SaysSoInChinese_AndKeepsWhatWasTyped()
    {
        var title = "无领域测试" + Marker();
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");

        var noSector = await PostAsync(clerk, "/Education/Events/Record", await FormAsync(title, "80", "Exact"));
        Assert.Equal(HttpStatusCode.OK, noSector.StatusCode);
        var html = await HtmlAsync(noSector);
        Assert.Equal("请至少选择一个覆盖领域（法律六进）。", FieldMessage(html, "Input.Sectors"));
        Assert.Equal(title, InputValue(html, "Input.Title"));
        Assert.Equal("80", InputValue(html, "Input.Attendance"));
        Assert.Equal("1,200", InputValue(html, "Input.Materials"));
        Assert.Contains(title + "：一对一解答法律咨询", html);
        Assert.Matches("id=\"channel-\\d+\" name=\"Input.Channels\" value=\"演讲\" checked", html);
        Assert.Matches("name=\"Input.PartnerIds\" value=\"\\d+\" checked", html);

        var nearlyBlank = await PostAsync(clerk, "/Education/Events/Record", await FormAsync(title, "", "Nearly", "学校"));
        Assert.Equal(HttpStatusCode.OK, nearlyBlank.StatusCode);
        html = await HtmlAsync(nearlyBlank);
        Assert.Equal("请填写参加人数，再选择“余”或“近”。", FieldMessage(html, "Input.Attendance"));
        var kindSelect = html.Split("name=\"Input.AttendanceKind\"")[1].Split("</select>")[0];
        Assert.Matches("<option (?=[^>]*selected)[^>]*value=\"Nearly\"[^>]*>近</option>", kindSelect);
        Assert.Matches("name=\"Input.Sectors\" value=\"学校\" checked", html);
        Assert.Equal(title, InputValue(html, "Input.Title"));

        var notANumber = await PostAsync(clerk, "/Education/Events/Record", await FormAsync(title, "三百", "AtLeast", "学校"));
        html = await HtmlAsync(notANumber);
        Assert.Equal("参加人数“三百”无效，请填写整数，如 300。", FieldMessage(html, "Input.Attendance"));
        Assert.Equal("三百", InputValue(html, "Input.Attendance"));

        Assert.False(await LoadAsync(app, db => db.Set<EducationEvent>().AnyAsync(e => e.Title == title)));
    }

    [Fact]
    public async Task Edit_ChangesTheAttendanceToJin_AndShowsTheFormFilledFromTheEvent()
    {
        var e = await EventAsync(app, "修改测试" + Marker(), Today.AddDays(-5), sectors: ["学校", "企业"], channels: ["板报"], attendance: 450);
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var form = await GetHtmlAsync(clerk, $"/Education/Events/{e.Id}/Edit");
        Assert.Equal(e.Title, InputValue(form, "Input.Title"));
        Assert.Matches("name=\"Input.Sectors\" value=\"企业\" checked", form);
        Assert.Equal("450", InputValue(form, "Input.Attendance"));

        var fields = new List<KeyValuePair<string, string>>
        {
            new("Version", e.Version.ToString()), new("Input.HeldOn", Iso(e.HeldOn)), new("Input.Title", e.Title), new("Input.Kind", EventKinds.ConstitutionDay),
            new("Input.Sectors", "学校"), new("Input.Channels", "板报"), new("Input.Channels", "广播"), new("Input.Venue", "西联镇中心小学"),
            new("Input.Attendance", "500"), new("Input.AttendanceKind", "Nearly"),
        };
        var response = await PostAsync(clerk, $"/Education/Events/{e.Id}/Edit", [.. fields]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await GetHtmlAsync(clerk, $"/Education/Events/{e.Id}");
        Assert.Equal("近500人", TestId(details, "attendance"));
        Assert.Equal("学校", TestId(details, "sectors"));
        Assert.Equal("广播、板报", TestId(details, "channels")); // kept in the list's order
        Assert.Contains(EventKinds.ConstitutionDay, details);

        // The same version again: someone else's change is not overwritten.
        var stale = await PostAsync(clerk, $"/Education/Events/{e.Id}/Edit", [.. fields]);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("该活动已被他人修改，请刷新后再试。", await HtmlAsync(stale));
    }

    [Fact]
    public async Task List_FiltersByIntegritySectorChannelAndVillage_AndPages()
    {
        var marker = "筛选" + Marker();
        var year = Today.AddDays(-1).Year;
        await EventAsync(app, marker + "普法", Today.AddDays(-1), sectors: ["企业"], channels: ["宣传车"], village: "新岭村");
        await EventAsync(app, marker + "参观", Today.AddDays(-1), EventKinds.IntegrityBaseVisit, ["机关"], ["其他"]);
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        string Q(string more) => $"/Education/Events?year={year}&q={Uri.EscapeDataString(marker)}{more}";

        Assert.Equal(2, Rows(await GetHtmlAsync(clerk, Q("")), "events").Length);
        var integrity = Rows(await GetHtmlAsync(clerk, Q("&integrity=true")), "events");
        Assert.Contains(marker + "参观", Assert.Single(integrity));
        var general = Rows(await GetHtmlAsync(clerk, Q("&integrity=false")), "events");
        Assert.Contains(marker + "普法", Assert.Single(general));
        Assert.Single(Rows(await GetHtmlAsync(clerk, Q("&sector=" + Uri.EscapeDataString("企业"))), "events"));
        Assert.Single(Rows(await GetHtmlAsync(clerk, Q("&channel=" + Uri.EscapeDataString("宣传车"))), "events"));
        var village = await RegionIdAsync(app, "新岭村");
        Assert.Single(Rows(await GetHtmlAsync(clerk, Q($"&villageId={village}")), "events"));
        Assert.Single(Rows(await GetHtmlAsync(clerk, Q("&kind=" + Uri.EscapeDataString(EventKinds.IntegrityBaseVisit))), "events"));
        Assert.Contains("没有符合条件的普法活动", await GetHtmlAsync(clerk, $"/Education/Events?year={year - 30}&q={Uri.EscapeDataString(marker)}"));

        // The demo year has 16 events: one page, all of them, with their 余/近 wording.
        var demo = await GetHtmlAsync(clerk, "/Education/Events?year=2019");
        Assert.Contains("共 16 场，第 1 / 1 页", demo);
        Assert.Contains("近500人", demo);
        Assert.Contains("120余人", demo);
    }

    [Fact]
    public async Task Details_ListsTheConsultationsTakenAtTheEvent()
    {
        var e = await EventAsync(app, "咨询测试" + Marker(), Today.AddDays(-3), village: "阳山村");
        await WithCommandsAsync(app, async (c, _, town) =>
        {
            var village = await RegionIdAsync(app, "阳山村");
            var at = await c.RecordConsultationAsync(town, village, new Consultation.Input(e.HeldOn, ConsultationChannel.AtEvent, e.Id, "测试咨询人", null,
                "劳动用工", e.Title + "：被拖欠工资怎么办？", "可申请劳动仲裁。", "张剑波", null));
            await c.ReferAsync(at.Id, e.HeldOn, "经济困难");
            await c.RecordConsultationAsync(town, null, new Consultation.Input(e.HeldOn, ConsultationChannel.Phone, null, null, null, "其他",
                e.Title + "：不是活动现场的咨询", "略", "陈静", null));
            return 0;
        });
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var details = await GetHtmlAsync(clerk, $"/Education/Events/{e.Id}");
        var row = Assert.Single(Rows(details, "consultations"));
        Assert.Contains("被拖欠工资怎么办", row);
        Assert.Contains("测试咨询人", row);
        Assert.Contains(EducationLabels.Of(ReferralStatus.Referred), row);
        Assert.DoesNotContain("不是活动现场的咨询", details);
    }

    [Fact]
    public async Task Scope_AnotherTownSeesNone_ACadreWithoutTheModuleIsRefused_AndASupervisorSeesNoForms()
    {
        var e = await EventAsync(app, "范围测试" + Marker(), Today.AddDays(-1));

        var longgui = await SignIn.AsAsync(app, "demo.longgui");
        var list = await GetHtmlAsync(longgui, $"/Education/Events?year={e.HeldOn.Year}");
        Assert.DoesNotContain(e.Title, list);
        Assert.Empty(Rows(await GetHtmlAsync(longgui, "/Education/Events?year=2019"), "events"));
        Assert.Equal(HttpStatusCode.NotFound, (await longgui.GetAsync($"/Education/Events/{e.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await longgui.GetAsync($"/Education/Events/{e.Id}/Edit")).StatusCode);

        var yangshan = await SignIn.AsAsync(app, "demo.yangshan");
        foreach (var path in new[] { "/Education", "/Education/Events", $"/Education/Events/{e.Id}", "/Education/Events/Record" })
        {
            var refused = await yangshan.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/Account/Denied", refused.Headers.Location!.PathAndQuery);
            Assert.Equal(HttpStatusCode.Forbidden, (await yangshan.GetAsync(refused.Headers.Location)).StatusCode);
        }

        var district = await SignIn.AsAsync(app, "demo.district");
        var details = await GetHtmlAsync(district, $"/Education/Events/{e.Id}");
        Assert.Contains(e.Title, details);
        Assert.DoesNotContain("type=\"file\"", details);
        Assert.DoesNotContain($"/Education/Events/{e.Id}/Edit", details);
        Assert.DoesNotContain("/Education/Consultations/Record", details);
        Assert.DoesNotContain("/Education/Events/Record", await GetHtmlAsync(district, $"/Education/Events?year={e.HeldOn.Year}"));
        foreach (var path in new[] { "/Education/Events/Record", $"/Education/Events/{e.Id}/Edit" })
            Assert.StartsWith("/Account/Denied", (await district.GetAsync(path)).Headers.Location!.PathAndQuery);
    }
}
