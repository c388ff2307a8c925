using System.Net;
using Fazhi.Core.Common;
using Fazhi.Core.Enforcement;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Enforcement;

public class OrderPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static List<KeyValuePair<string, string>> ReInspection(long[] officers, bool? rectified, string summary, DateOnly? on = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("on", WorkData.Iso(on ?? WorkData.Today)), new("summary", summary) };
        if (rectified is { } r) fields.Add(new("rectified", r ? "true" : "false"));
        fields.AddRange(officers.Select(o => new KeyValuePair<string, string>("officerIds", o.ToString())));
        return fields;
    }

    static Task<RectificationOrder> OrderAsync(FazhiApp app, long id) =>
        WorkData.LoadAsync(app, db => db.Set<RectificationOrder>().AsNoTracking().Include(o => o.Steps).SingleAsync(o => o.Id == id));

    [Fact]
    public async Task ReInspection_Rectified_ClosesTheOrder_AndMarksTheFindingsRectified()
    {
        var team = await WorkData.TeamAsync(app, "复查");
        var (inspectionId, orderId) = await WorkData.OrderAsync(app, "苏拱村", "复查整改", team);
        var officer = await SignIn.AsAsync(app, "demo.zhifa");
        var page = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Orders/{orderId}"));
        Assert.Contains("登记复查", page);
        Assert.Contains("复查整改：灭火器过期", page);
        Assert.DoesNotContain("重新限期整改", page); // not yet escalable: due later, not found unrectified
        Assert.Matches($"value=\"{team[0]}\" id=\"re-officer-{team[0]}\" checked", page); // the inspecting officers by default

        var refused = await WorkData.PostAsync(officer, $"/Enforcement/Orders/{orderId}?handler=ReInspect", ReInspection(team, null, "已更换灭火器"),
            $"/Enforcement/Orders/{orderId}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await WorkData.HtmlAsync(refused);
        Assert.Contains("请选择复查结论：已整改或未整改。", html);
        Assert.Contains("已更换灭火器", html);

        var done = await WorkData.PostAsync(officer, $"/Enforcement/Orders/{orderId}?handler=ReInspect", ReInspection(team, true, "已更换灭火器"),
            $"/Enforcement/Orders/{orderId}");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var order = await OrderAsync(app, orderId);
        Assert.Equal(OrderStatus.Rectified, order.Status);
        Assert.Equal(WorkData.Today, order.RectifiedOn);
        var findings = await WorkData.LoadAsync(app, db => db.Set<InspectionFinding>().Where(f => f.InspectionId == inspectionId).ToListAsync());
        Assert.All(findings, f => Assert.Equal(WorkData.Today, f.RectifiedOn));

        page = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Orders/{orderId}"));
        Assert.Contains("已登记复查：已整改", page);
        Assert.Contains("data-testid=\"status\">已整改</span>", page);
        Assert.DoesNotContain("action=\"/Enforcement/Orders/" + orderId + "?handler=ReInspect\"", page);
        Assert.Contains("已整改", page.Split("data-testid=\"reinspections\"")[1]);
        var inspection = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Inspections/{inspectionId}"));
        Assert.Contains($"{ChinaTime.Format(WorkData.Today)}已整改", inspection);
    }

    [Fact]
    public async Task NotRectified_OffersEscalation_ANewDeadline_ThenClosureOfTheEntity()
    {
        var team = await WorkData.TeamAsync(app, "未改");
        var (_, orderId) = await WorkData.OrderAsync(app, "沙湖村", "未改整改", team, WorkData.Today.AddDays(-10), WorkData.Today.AddDays(-2));
        var officer = await SignIn.AsAsync(app, "demo.zhifa");
        var path = $"/Enforcement/Orders/{orderId}";

        var list = await WorkData.HtmlAsync(await officer.GetAsync("/Enforcement/Orders?attention=true"));
        var row = list.Split("<tbody>")[1].Split("</tr>").Single(r => r.Contains($"/Enforcement/Orders/{orderId}\""));
        Assert.Contains(">逾期<", row);
        Assert.Contains("已超期2天", row);

        Assert.Equal(HttpStatusCode.Redirect, (await WorkData.PostAsync(officer, $"{path}?handler=ReInspect",
            ReInspection(team, false, "仍未更换灭火器"), path)).StatusCode);
        var order = await OrderAsync(app, orderId);
        Assert.True(order.AwaitingEscalation);
        Assert.Equal(OrderStatus.Open, order.Status);
        var page = await WorkData.HtmlAsync(await officer.GetAsync(path));
        Assert.Contains("待升级处理", page);
        Assert.Contains("重新限期整改", page);
        Assert.Contains("取缔关停", page);
        Assert.Contains($"href=\"/Enforcement/Cases/File?orderId={orderId}\"", page);

        var newDue = WorkData.Today.AddDays(7);
        var extend = new List<KeyValuePair<string, string>> { new("on", WorkData.Iso(WorkData.Today)), new("newDue", WorkData.Iso(newDue)), new("reason", "") };
        var refused = await WorkData.PostAsync(officer, $"{path}?handler=Extend", extend, path);
        Assert.Contains("请写明处理理由。", await WorkData.HtmlAsync(refused));
        extend[2] = new("reason", "企业申请延期采购");
        Assert.Equal(HttpStatusCode.Redirect, (await WorkData.PostAsync(officer, $"{path}?handler=Extend", extend, path)).StatusCode);
        order = await OrderAsync(app, orderId);
        Assert.Equal(newDue, order.DueOn);
        Assert.False(order.AwaitingEscalation);
        page = await WorkData.HtmlAsync(await officer.GetAsync(path));
        Assert.DoesNotContain("待升级处理", page);
        Assert.Contains("重新限期至" + ChinaTime.Format(newDue), page);

        // Before the new deadline, and without a re-inspection finding it unrectified, closure is refused.
        var close = new List<KeyValuePair<string, string>> { new("on", WorkData.Iso(WorkData.Today)), new("reason", "拒不整改"), new("confirmed", "true") };
        var early = await WorkData.HtmlAsync(await WorkData.PostAsync(officer, $"{path}?handler=Close", close, path));
        Assert.Contains("未届满且未经复查认定未整改，不能升级处理", early);
        Assert.Contains("value=\"拒不整改\"", early);

        Assert.Equal(HttpStatusCode.Redirect, (await WorkData.PostAsync(officer, $"{path}?handler=ReInspect",
            ReInspection(team, false, "第二次复查仍未整改"), path)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await WorkData.PostAsync(officer, $"{path}?handler=Close", close, path)).StatusCode);
        order = await OrderAsync(app, orderId);
        Assert.Equal(OrderStatus.Escalated, order.Status);
        var entity = await WorkData.LoadAsync(app, db => db.Set<RegulatedEntity>().AsNoTracking().SingleAsync(e => e.Id == order.EntityId));
        Assert.Equal(EntityStatus.Closed, entity.Status);
        page = await WorkData.HtmlAsync(await officer.GetAsync(path));
        Assert.Contains("已升级处理", page);
        Assert.Contains("已取缔关停", page);
        Assert.DoesNotContain("登记复查", page);
    }

    [Fact]
    public async Task NotRectified_ToCase_FilesTheCaseFromTheOrder_AndEscalatesIt()
    {
        var team = await WorkData.TeamAsync(app, "转案");
        var (inspectionId, orderId) = await WorkData.OrderAsync(app, "西联村", "转案整改", team);
        var officer = await SignIn.AsAsync(app, "demo.zhifa");
        var path = $"/Enforcement/Orders/{orderId}";
        Assert.Equal(HttpStatusCode.Redirect, (await WorkData.PostAsync(officer, $"{path}?handler=ReInspect",
            ReInspection(team, false, "拒不整改"), path)).StatusCode);

        var form = await WorkData.HtmlAsync(await officer.GetAsync($"/Enforcement/Cases/File?orderId={orderId}"));
        Assert.Contains("来自逾期未整改的整改通知", form);
        Assert.Contains("转案整改加工厂", form);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.OrderId", orderId.ToString()), new("Input.Type", "General"), new("Input.Cause", "转案整改加工厂逾期未整改案"),
            new("Input.FiledOn", WorkData.Iso(WorkData.Today)), new("Input.PartyIsPerson", "false"),
            new("Input.OfficerIds", team[0].ToString()), new("Input.OfficerIds", team[1].ToString()),
        };
        var response = await WorkData.PostAsync(officer, "/Enforcement/Cases/File", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var caseId = WorkData.IdFrom(response);
        var filed = await WorkData.LoadAsync(app, db => db.Set<EnforcementCase>().AsNoTracking().SingleAsync(c => c.Id == caseId));
        Assert.Equal(orderId, filed.OrderId);
        Assert.Equal(inspectionId, filed.InspectionId);
        Assert.Equal("转案整改加工厂", filed.PartyName);
        var order = await OrderAsync(app, orderId);
        Assert.Equal(OrderStatus.Escalated, order.Status);
        Assert.Equal(caseId, order.CaseId);
        var page = await WorkData.HtmlAsync(await officer.GetAsync(path));
        Assert.Contains($"href=\"/Enforcement/Cases/{caseId}\"", page);
        Assert.Contains("转立案查处", page);
    }

    [Fact]
    public async Task Supervisor_SeesTheOrder_WithoutForms_AndCannotPost()
    {
        var team = await WorkData.TeamAsync(app, "督查单");
        var (_, orderId) = await WorkData.OrderAsync(app, "阳山村", "督查整改", team);
        var district = await SignIn.AsAsync(app, "demo.district");
        var html = await WorkData.HtmlAsync(await district.GetAsync($"/Enforcement/Orders/{orderId}"));
        Assert.Contains("督查整改：灭火器过期", html);
        Assert.DoesNotContain("登记复查", html);
        Assert.DoesNotContain("上传附件", html);
        var officer = await SignIn.AsAsync(app, "demo.zhifa");
        var token = await SignIn.AntiforgeryTokenAsync(district, $"/Enforcement/Orders/{orderId}");
        var post = await district.PostAsync($"/Enforcement/Orders/{orderId}?handler=ReInspect", new FormUrlEncodedContent(
            ReInspection(team, true, "督查不能登记").Append(new("__RequestVerificationToken", token))));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/Account/Denied", WorkData.Location(post));
        Assert.Equal(OrderStatus.Open, (await OrderAsync(app, orderId)).Status);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Enforcement/Orders/{orderId}")).StatusCode);
    }

    [Fact]
    public async Task VillageCadre_SeesTheirVillagesOrder_ButTheTownActsOnIt()
    {
        var team = await WorkData.TeamAsync(app, "村看");
        var (_, orderId) = await WorkData.OrderAsync(app, "阳山村", "村看整改", team, WorkData.Today.AddDays(-10), WorkData.Today.AddDays(-1));
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        var path = $"/Enforcement/Orders/{orderId}";
        var html = await WorkData.HtmlAsync(await cadre.GetAsync(path));
        Assert.Contains("村看整改：灭火器过期", html);
        Assert.Contains("逾期", html);
        Assert.DoesNotContain("登记复查", html);
        Assert.DoesNotContain("转立案查处", html);
        var post = await WorkData.PostAsync(cadre, $"{path}?handler=Extend",
            [new("on", WorkData.Iso(WorkData.Today)), new("newDue", WorkData.Iso(WorkData.Today.AddDays(5))), new("reason", "村里代为延期")], path);
        Assert.Contains("/Account/Denied", WorkData.Location(post));
        Assert.Equal(WorkData.Today.AddDays(-1), (await OrderAsync(app, orderId)).DueOn);
    }
}
