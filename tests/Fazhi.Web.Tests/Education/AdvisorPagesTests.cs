using System.Net;
using Fazhi.Core.Common;
using Fazhi.Core.Education;
using Fazhi.Core.Staff;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fazhi.Web.Tests.Education.ServicePageData;

namespace Fazhi.Web.Tests.Education;

public class AdvisorPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    /// <summary>A law firm among 西联镇's partners.</summary>
    static Task<long> FirmAsync(FazhiApp app, string name) => ArrangeAsync(app, async (_, db) =>
    {
        var town = await db.Regions.SingleAsync(r => r.Name == "西联镇");
        var firm = PartnerOrganisation.Create(town.Id, town.Path, name, PartnerKind.LawFirm, "主任");
        db.Add(firm);
        await db.SaveChangesAsync();
        return firm.Id;
    });

    static Task<HttpResponseMessage> LogAsync(HttpClient client, long advisorId, string type, DateOnly on, string summary, string hours) =>
        PostAsync(client, "/Education/Advisors?handler=Log", ("advisorId", advisorId.ToString()), ("year", on.Year.ToString()), ("type", type),
            ("on", Iso(on)), ("summary", summary), ("hours", hours));

    [Fact]
    public async Task Engage_FromTheTownsLawFirms_ThenLogWork_WithinTheContractOnly()
    {
        var firm = await FirmAsync(app, "顾问测试律师事务所");
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var page = await PageAsync(client, "/Education/Advisors");
        Assert.Contains($"<option value=\"{firm}\">顾问测试律师事务所</option>", page.Split("id=\"firmId\"")[1].Split("</select>")[0]);

        var (from, to) = (Today.AddDays(-30), Today.AddDays(335));
        var engaged = await SavedAsync(PostAsync(client, "/Education/Advisors?handler=Engage", ("firmId", firm.ToString()), ("lawyerName", "顾问测试律师"),
            ("from", Iso(from)), ("to", Iso(to)), ("year", Today.Year.ToString())));
        Assert.StartsWith("/Education/Advisors", Location(engaged));
        var advisor = await LoadAsync(app, db => db.Set<LegalAdvisor>().AsNoTracking().SingleAsync(a => a.LawyerName == "顾问测试律师"));
        Assert.Equal(("顾问测试律师事务所", from, to), (advisor.FirmName, advisor.ContractFrom, advisor.ContractTo));
        page = await PageAsync(client, $"/Education/Advisors?year={Today.Year}");
        var section = page.Split($"id=\"advisor-{advisor.Id}\"")[1].Split("</section>")[0];
        Assert.Contains($"合同期限：{ChinaTime.Format(from)}至{ChinaTime.Format(to)}", section);
        Assert.Contains("在聘", section);
        var perTypeBefore = LectureCount(page);

        var outside = from.AddDays(-1);
        var html = await RefusedAsync(LogAsync(client, advisor.Id, "Lecture", outside, "合同前的讲座", "2"));
        Assert.Contains($"{ChinaTime.Format(outside)}不在顾问测试律师的顾问合同期限（{ChinaTime.Format(from)}至{ChinaTime.Format(to)}）内。", html);
        section = html.Split($"id=\"advisor-{advisor.Id}\"")[1].Split("</section>")[0];
        Assert.Contains(">合同前的讲座</textarea>", section);
        Assert.Contains("value=\"2\"", section);
        Assert.Contains($"value=\"{Iso(outside)}\"", section);
        Assert.Contains("<option value=\"Lecture\" selected=\"selected\">法治讲座</option>", section);
        Assert.Contains("<details class=\"border rounded p-2\" open=\"open\">", section);

        var badHours = await RefusedAsync(LogAsync(client, advisor.Id, "Lecture", Today, "讲座", "两小时"));
        Assert.Contains("用时“两小时”无效", badHours);

        var saved = await SavedAsync(LogAsync(client, advisor.Id, "Lecture", Today, "为村干部讲授民法典", "1.5"));
        Assert.Equal($"/Education/Advisors?year={Today.Year}#advisor-{advisor.Id}", Location(saved));
        var work = await LoadAsync(app, db => db.Set<AdvisorWork>().AsNoTracking().SingleAsync(w => w.AdvisorId == advisor.Id));
        Assert.Equal((AdvisorWorkType.Lecture, 15, Today), (work.Type, work.Tenths, work.On));
        page = await PageAsync(client, $"/Education/Advisors?year={Today.Year}");
        section = page.Split($"id=\"advisor-{advisor.Id}\"")[1].Split("</section>")[0];
        var row = RowWith(section, "为村干部讲授民法典");
        Assert.Contains("法治讲座", row);
        Assert.Contains("<td>1.5</td>", row);
        Assert.Contains("（1条，共1.5小时）", section);
        Assert.Equal(perTypeBefore + 1, LectureCount(page));
    }

    static int LectureCount(string page) =>
        int.Parse(RowWith(page.Split("data-testid=\"per-type\"")[1].Split("</table>")[0], "法治讲座").Split("<td>")[2].Split("</td>")[0]);

    [Fact]
    public async Task Engage_WithTheTermReversed_SaysSo_AndKeepsWhatWasTyped()
    {
        var firm = await FirmAsync(app, "期限测试律师事务所");
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var html = await RefusedAsync(PostAsync(client, "/Education/Advisors?handler=Engage", ("firmId", firm.ToString()), ("lawyerName", "期限测试律师"),
            ("from", Iso(Today)), ("to", Iso(Today.AddDays(-1)))));
        Assert.Contains("合同截止日期不能早于起始日期。", html);
        Assert.Contains("value=\"期限测试律师\"", html);
        Assert.Contains($"<option value=\"{firm}\" selected=\"selected\">期限测试律师事务所</option>", html);

        html = await RefusedAsync(PostAsync(client, "/Education/Advisors?handler=Engage", ("lawyerName", "期限测试律师"), ("from", Iso(Today)), ("to", Iso(Today))));
        Assert.Contains("请选择律师事务所。", html);
        Assert.False(await LoadAsync(app, db => db.Set<LegalAdvisor>().AnyAsync(a => a.LawyerName == "期限测试律师")));
    }

    [Fact]
    public async Task TheDemoAdvisorsYear_IsCountedPerType()
    {
        var client = await SignIn.AsAsync(app, "demo.leader");
        var page = await PageAsync(client, "/Education/Advisors?year=2019");
        var advisor = await LoadAsync(app, db => db.Set<LegalAdvisor>().Where(a => a.LawyerName == "张剑波").Select(a => a.Id).SingleAsync());
        var section = page.Split($"id=\"advisor-{advisor}\"")[1].Split("</section>")[0];
        Assert.Contains("张剑波", section);
        Assert.Contains("合同期限：2019年1月1日至2019年12月31日", section);
        Assert.Contains("已到期", section);
        var perType = page.Split("data-testid=\"per-type\"")[1].Split("</table>")[0];
        Assert.Contains("<td>3</td>", RowWith(perType, "法治讲座"));
        Assert.Contains("<td>3</td>", RowWith(perType, "审查修改文件"));
        Assert.Contains("<td>1</td>", RowWith(perType, "代理诉讼"));
    }

    [Fact]
    public async Task Scope_AnotherTownSeesNone_ACadreWithoutTheModuleIsRefused_TheSupervisorSeesNoForms()
    {
        var longgui = await PageAsync(await SignIn.AsAsync(app, "demo.longgui"), "/Education/Advisors?year=2019");
        Assert.DoesNotContain("张剑波", longgui);
        Assert.Contains("尚未登记法律顾问。", longgui);

        var yangshan = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.Equal("/Account/Denied", PathOf(await yangshan.GetAsync("/Education/Advisors")));

        var supervisor = await SignIn.AsAsync(app, "demo.district");
        var page = await PageAsync(supervisor, "/Education/Advisors?year=2019");
        Assert.Contains("张剑波", page);
        Assert.DoesNotContain("?handler=", page);
        var advisor = await LoadAsync(app, db => db.Set<LegalAdvisor>().Where(a => a.LawyerName == "张剑波").Select(a => a.Id).FirstAsync());
        var post = await PostAsync(supervisor, "/Education/Advisors?handler=Log", [new("advisorId", advisor.ToString()), new("type", "Lecture"),
            new("on", "2019-06-01"), new("summary", "督查"), new("hours", "1")], "/Account/ChangePassword");
        Assert.Equal("/Account/Denied", PathOf(post));
        Assert.False(await LoadAsync(app, db => db.Set<AdvisorWork>().AnyAsync(w => w.Summary == "督查")));
    }
}
