using System.Net;
using Fazhi.Core.Enforcement;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fazhi.Web.Tests.Enforcement.RegisterPageData;

namespace Fazhi.Web.Tests.Enforcement;

/// <summary>Patrol tasks over real HTTP: a grid worker reports one from the phone form; the town's officers patrol or dismiss it.</summary>
public class PatrolTaskPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task AVillageCadre_ReportsAPatrolTask_ForTheirVillage_WithAPhoto()
    {
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        var form = await GetHtmlAsync(cadre, "/Enforcement/Tasks/Report");
        Assert.Contains("value=\"阳山村\"", form);
        Assert.Equal(Iso(Today), InputValue(form, "Input.On"));
        var place = "阳山村三组村道旁" + Marker();

        var refused = await PostAsync(cadre, "/Enforcement/Tasks/Report", new()
        {
            ["Input.TownId"] = (await RegionIdAsync(app, "西联镇")).ToString(), ["Input.Kind"] = CampaignKinds.StrawBurning, ["Input.Place"] = place,
            ["Input.Description"] = "", ["Input.On"] = Iso(Today),
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedHtml = await HtmlAsync(refused);
        Assert.Equal("请简要描述发现的问题。", FieldMessage(refusedHtml, "Input.Description"));
        Assert.Equal(place, InputValue(refusedHtml, "Input.Place"));

        using var content = new MultipartFormDataContent
        {
            { new StringContent((await RegionIdAsync(app, "西联镇")).ToString()), "Input.TownId" },
            { new StringContent(CampaignKinds.StrawBurning), "Input.Kind" },
            { new StringContent(place), "Input.Place" },
            { new StringContent("田间有人焚烧秸秆"), "Input.Description" },
            { new StringContent(Iso(Today)), "Input.On" },
            { new StringContent(await SignIn.AntiforgeryTokenAsync(cadre, "/Enforcement/Tasks/Report")), "__RequestVerificationToken" },
        };
        var photo = new ByteArrayContent(TinyPng);
        photo.Headers.ContentType = new("image/png");
        content.Add(photo, "Photo", "现场.png");
        var reported = await cadre.PostAsync("/Enforcement/Tasks/Report", content);
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        Assert.Equal("/Enforcement/Tasks?status=Open", reported.Headers.Location!.OriginalString);

        await using (var scope = app.SystemScope(out var db))
        {
            var task = await db.Set<PatrolTask>().SingleAsync(t => t.Place == place);
            Assert.Equal(await RegionIdAsync(app, "阳山村"), task.VillageId);
            Assert.Equal(PatrolTaskStatus.Open, task.Status);
            Assert.Equal(1, await db.Set<Fazhi.Core.Attachments.Attachment>().CountAsync(a => a.OwnerType == "patrol-task" && a.OwnerId == task.Id));
        }
        var list = await GetHtmlAsync(cadre, "/Enforcement/Tasks?status=Open");
        Assert.Contains(place, list);
        // Patrolling and dismissing are the town's officers' work.
        Assert.DoesNotContain("handler=Dismiss", list);
        Assert.DoesNotContain("/Enforcement/Inspections/Record", list);
    }

    [Fact]
    public async Task TheHubCounts_OnlyWhatTheUsersScopeHolds()
    {
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        var zhifa = await SignIn.AsAsync(app, "demo.zhifa");
        var cadreBefore = Count(await GetHtmlAsync(cadre, "/Enforcement"), "count-open-tasks");
        var townBefore = Count(await GetHtmlAsync(zhifa, "/Enforcement"), "count-open-tasks");
        await TaskAsync(app, "新岭村", "新岭村计数测试" + Marker());
        await TaskAsync(app, "阳山村", "阳山村计数测试" + Marker());
        Assert.Equal(cadreBefore + 1, Count(await GetHtmlAsync(cadre, "/Enforcement"), "count-open-tasks"));
        Assert.Equal(townBefore + 2, Count(await GetHtmlAsync(zhifa, "/Enforcement"), "count-open-tasks"));

        var inspectionsBefore = Count(await GetHtmlAsync(zhifa, "/Enforcement"), "count-inspections");
        var ordersBefore = Count(await GetHtmlAsync(zhifa, "/Enforcement"), "count-open-orders");
        var cadreOrdersBefore = Count(await GetHtmlAsync(cadre, "/Enforcement"), "count-open-orders");
        var entity = await EntityAsync(app, "新岭村", "计数测试厂" + Marker());
        await InspectAsync(app, await TwoOfficersAsync(app), entity.Id, null, InspectionOutcome.Rectification);
        var hub = await GetHtmlAsync(zhifa, "/Enforcement");
        Assert.Equal(inspectionsBefore + 1, Count(hub, "count-inspections"));
        Assert.Equal(ordersBefore + 1, Count(hub, "count-open-orders"));
        Assert.Equal(cadreOrdersBefore, Count(await GetHtmlAsync(cadre, "/Enforcement"), "count-open-orders"));
        foreach (var link in new[] { "/Enforcement/Entities", "/Enforcement/Inspections", "/Enforcement/Orders", "/Enforcement/Cases", "/Enforcement/Campaigns",
                     "/Enforcement/Officers", "/Enforcement/Tasks", "/Enforcement/Figures", "/Enforcement/Import", "/Enforcement/Export/entities" })
            Assert.Contains($"href=\"{link}", hub);
    }

    [Fact]
    public async Task AnOfficer_DismissesAnOpenTask_WithAReason_AndAnEmptyReasonIsRefusedOnTheRow()
    {
        var task = await TaskAsync(app, "西联村", "西联村驳回测试" + Marker());
        var zhifa = await SignIn.AsAsync(app, "demo.zhifa");
        var list = await GetHtmlAsync(zhifa, "/Enforcement/Tasks?status=Open");
        var row = list.Split($"data-testid=\"task-{task.Id}\"")[1].Split("</tr>")[0];
        Assert.Contains($"/Enforcement/Inspections/Record?taskId={task.Id}&kind=Patrol", row);
        Assert.Contains("handler=Dismiss", row);

        var refused = await PostAsync(zhifa, $"/Enforcement/Tasks?handler=Dismiss&taskId={task.Id}&status=Open", new() { ["reason"] = " " }, "/Enforcement/Tasks");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedRow = (await HtmlAsync(refused)).Split($"data-testid=\"task-{task.Id}\"")[1].Split("</tr>")[0];
        Assert.Contains("请写明不予处理的理由。", refusedRow);
        Assert.Contains("<details class=\"small\" open", refusedRow);

        var done = await PostAsync(zhifa, $"/Enforcement/Tasks?handler=Dismiss&taskId={task.Id}&status=Open", new() { ["reason"] = "经核实为农户正常烧火做饭" },
            "/Enforcement/Tasks");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var dismissed = await GetHtmlAsync(zhifa, "/Enforcement/Tasks?status=Dismissed");
        var dismissedRow = dismissed.Split($"data-testid=\"task-{task.Id}\"")[1].Split("</tr>")[0];
        Assert.Contains("不予处理", dismissedRow);
        Assert.Contains("经核实为农户正常烧火做饭", dismissedRow);
        Assert.DoesNotContain("handler=Dismiss", dismissedRow);
    }

    // A 1×1 transparent PNG.
    static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
}
