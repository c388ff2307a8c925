using System.Net;
using Fazhi.Core.Education;
using Fazhi.Core.PersonalData;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fazhi.Web.Tests.Education.ServicePageData;

namespace Fazhi.Web.Tests.Education;

public class ConsultationPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static Task<Consultation> LoadConsultationAsync(FazhiApp app, long id) =>
        LoadAsync(app, db => db.Set<Consultation>().AsNoTracking().SingleAsync(c => c.Id == id));

    static Task<HttpResponseMessage> StepAsync(HttpClient client, long id, string handler, DateOnly on, params (string Key, string Value)[] fields) =>
        PostAsync(client, $"/Education/Consultations/{id}?handler={handler}", [new("on", Iso(on)), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))],
            $"/Education/Consultations/{id}");

    static async Task<List<KeyValuePair<string, string>>> RecordFormAsync(FazhiApp app, string marker, DateOnly on, string phone = "13800138000")
    {
        var village = await LoadAsync(app, db => VillageIdAsync(db, "新岭村"));
        return
        [
            new("Input.On", Iso(on)), new("Input.Channel", "Phone"), new("Input.VillageId", village.ToString()), new("Input.PersonName", marker + "村民"),
            new("Input.Phone", phone), new("Input.Category", "婚姻家庭"), new("Input.Question", marker + "：离婚后孩子抚养费怎么算？"),
            new("Input.Answer", "一般按月收入的20%至30%确定，可协商。"), new("Input.AnsweredBy", "陈静"), new("Input.FollowUp", ""),
        ];
    }

    [Fact]
    public async Task ReferralFlow_ThroughThePages_RecordReferAcceptDone()
    {
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var recorded = await SavedAsync(PostAsync(client, "/Education/Consultations/Record", await RecordFormAsync(app, "援助流程", Ago(20))));
        Assert.StartsWith("/Education/Consultations/", Location(recorded));
        var id = IdFrom(recorded);
        var c = await LoadConsultationAsync(app, id);
        Assert.Equal((ConsultationChannel.Phone, "婚姻家庭", "13800138000", (ReferralStatus?)null), (c.Channel, c.Category, c.Phone, c.Referral));

        var page = await PageAsync(client, $"/Education/Consultations/{id}");
        Assert.Contains("未转法律援助", page);
        Assert.Contains("?handler=Refer", page);
        Assert.DoesNotContain("?handler=Accept", page);

        await SavedAsync(StepAsync(client, id, "Refer", Ago(18), ("note", "家庭经济困难，申请法律援助")));
        page = await PageAsync(client, $"/Education/Consultations/{id}");
        Assert.Contains("已转法律援助中心", page.Split("data-testid=\"status\"")[1]);
        Assert.Contains("家庭经济困难，申请法律援助", page);
        Assert.Contains("?handler=Accept", page);
        Assert.Contains("?handler=Refuse", page);
        Assert.DoesNotContain("?handler=Refer\"", page);
        Assert.DoesNotContain("?handler=Complete", page);

        var early = await RefusedAsync(StepAsync(client, id, "Accept", Ago(19)));
        Assert.Contains("受理决定日期不能早于转介日期。", early);
        await SavedAsync(StepAsync(client, id, "Accept", Ago(14)));
        page = await PageAsync(client, $"/Education/Consultations/{id}");
        Assert.Contains("法律援助中心已受理", page.Split("data-testid=\"status\"")[1]);
        Assert.Contains("?handler=Complete", page);

        var noResult = await RefusedAsync(StepAsync(client, id, "Complete", Ago(2), ("result", "")));
        Assert.Contains("请填写援助结果。", noResult);
        Assert.Contains($"id=\"cp-on\" name=\"on\" max=\"{Iso(Today)}\" value=\"{Iso(Ago(2))}\"", noResult);
        await SavedAsync(StepAsync(client, id, "Complete", Ago(2), ("result", "经调解，对方按月支付抚养费1500元。")));

        c = await LoadConsultationAsync(app, id);
        Assert.Equal(ReferralStatus.Done, c.Referral);
        Assert.Equal((Ago(18), Ago(14), Ago(2)), (c.ReferredOn!.Value, c.ReferralDecidedOn!.Value, c.ReferralDoneOn!.Value));
        page = await PageAsync(client, $"/Education/Consultations/{id}");
        Assert.Contains("援助完毕", page.Split("data-testid=\"status\"")[1]);
        Assert.Contains("经调解，对方按月支付抚养费1500元。", page.Split("data-testid=\"referral-result\"")[1]);
        Assert.DoesNotContain("?handler=", page.Split("id=\"attachments\"")[0]);

        var list = await PageAsync(client, $"/Education/Consultations?year={Ago(20).Year}&referral=Done");
        Assert.Contains("援助完毕", RowWith(list, "援助流程：离婚后孩子抚养费怎么算？"));
    }

    [Fact]
    public async Task Refuse_WithoutAReason_SaysSo_AndKeepsWhatWasTyped_ThenWithOneIsRefused()
    {
        var id = await ConsultationAsync(app, "不予援助", Ago(10));
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        await SavedAsync(StepAsync(client, id, "Refer", Ago(9)));

        var html = await RefusedAsync(StepAsync(client, id, "Refuse", Ago(4), ("reason", "  ")));
        Assert.Contains("不予援助的，请填写理由。", html);
        Assert.Contains($"id=\"rs-on\" name=\"on\" max=\"{Iso(Today)}\" value=\"{Iso(Ago(4))}\"", html);
        Assert.Matches("<details[^>]*open[^>]*>\\s*<summary[^>]*>不予援助</summary>", html);
        Assert.Equal(ReferralStatus.Referred, (await LoadConsultationAsync(app, id)).Referral);

        await SavedAsync(StepAsync(client, id, "Refuse", Ago(4), ("reason", "经审查，经济状况不符合法律援助条件")));
        var c = await LoadConsultationAsync(app, id);
        Assert.Equal((ReferralStatus.Refused, "经审查，经济状况不符合法律援助条件"), (c.Referral, c.ReferralResult));
        var page = await PageAsync(client, $"/Education/Consultations/{id}");
        Assert.Contains("不予援助理由", page);
        Assert.DoesNotContain("?handler=Complete", page);
    }

    [Fact]
    public async Task Record_WithBadInput_SaysWhatIsWrong_AndKeepsWhatWasTyped()
    {
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var form = await RecordFormAsync(app, "错号", Ago(1), phone: "1380013");
        var html = await RefusedAsync(PostAsync(client, "/Education/Consultations/Record", form));
        Assert.Contains("联系电话：联系电话格式不正确", html);
        Assert.Contains("value=\"错号村民\"", html);
        Assert.Contains("value=\"1380013\"", html);
        Assert.Contains("错号：离婚后孩子抚养费怎么算？</textarea>", html);
        Assert.Contains("<option value=\"婚姻家庭\" selected=\"selected\">", html);

        form = [.. form.Where(f => f.Key is not ("Input.Phone" or "Input.On")), new("Input.Phone", ""), new("Input.On", Iso(Today.AddDays(1)))];
        html = await RefusedAsync(PostAsync(client, "/Education/Consultations/Record", form));
        Assert.Contains("咨询日期不能晚于今天。", html);

        form = [.. form.Where(f => f.Key is not ("Input.On" or "Input.Question")), new("Input.On", "2019/8/30"), new("Input.Question", "错号：问题")];
        html = await RefusedAsync(PostAsync(client, "/Education/Consultations/Record", form));
        Assert.Contains("咨询日期“2019/8/30”无效，请按“年-月-日”填写。", html);
        Assert.False(await LoadAsync(app, db => db.Set<Consultation>().AnyAsync(c => c.PersonName == "错号村民")));
    }

    [Fact]
    public async Task Record_FromAnEvent_PresetsItsDateAndChannel_AndLinksTheConsultationToIt()
    {
        var held = Ago(30);
        var eventId = await EventAsync(app, "咨询测试普法集市", held);
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var form = await PageAsync(client, $"/Education/Consultations/Record?eventId={eventId}");
        Assert.Contains("咨询测试普法集市", form.Split("data-testid=\"from-event\"")[1]);
        Assert.Matches($"id=\"Input_On\" name=\"Input.On\" value=\"{Iso(held)}\"", form);
        Assert.Contains("<option value=\"AtEvent\" selected=\"selected\">", form);
        Assert.Contains("保存并继续登记", form);

        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.EventId", eventId.ToString()), new("Input.On", Iso(held)), new("Input.Channel", "AtEvent"), new("Input.Category", "土地宅基地"),
            new("Input.Question", "活动咨询：宅基地能否继承？"), new("Input.Answer", "宅基地使用权不能单独继承，房屋可以继承。"), new("Input.AnsweredBy", "张剑波"),
            new("then", "next"),
        };
        var saved = await SavedAsync(PostAsync(client, "/Education/Consultations/Record", fields));
        Assert.Equal($"/Education/Consultations/Record?eventId={eventId}", Location(saved));
        var c = await LoadAsync(app, db => db.Set<Consultation>().AsNoTracking().SingleAsync(x => x.Question == "活动咨询：宅基地能否继承？"));
        Assert.Equal((eventId, held, ConsultationChannel.AtEvent, (string?)null), (c.EventId!.Value, c.On, c.Channel, c.PersonName));

        var page = await PageAsync(client, $"/Education/Consultations/{c.Id}");
        Assert.Contains($"<a href=\"/Education/Events/{eventId}\">", page);
        Assert.Contains("（未登记）", page.Split("data-testid=\"person\"")[1]);
        // Without a person's name, a referral is refused with the reason; nothing is lost.
        var refused = await RefusedAsync(StepAsync(client, c.Id, "Refer", Today, ("note", "活动现场登记的特殊案例")));
        Assert.Contains("转法律援助须登记咨询人姓名。", refused);
        Assert.Contains(">活动现场登记的特殊案例</textarea>", refused);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Education/Consultations/Record?eventId=987654321")).StatusCode);
    }

    [Fact]
    public async Task Phone_IsMaskedForTheLeader_AndShownInFullToTheCoordinator()
    {
        var id = await ConsultationAsync(app, "电话遮蔽", Ago(3), phone: "13987654321");
        var coordinator = await PageAsync(await SignIn.AsAsync(app, "demo.fazhiban"), $"/Education/Consultations/{id}");
        Assert.Contains(">13987654321<", coordinator.Split("data-testid=\"phone\"")[1]);
        var leader = await PageAsync(await SignIn.AsAsync(app, "demo.leader"), $"/Education/Consultations/{id}");
        var masked = Masking.Phone("13987654321")!;
        Assert.NotEqual("13987654321", masked);
        Assert.Contains($">{masked}<", leader.Split("data-testid=\"phone\"")[1]);
        Assert.DoesNotContain("13987654321", leader);
    }

    [Fact]
    public async Task List_FiltersByCategoryAndReferral_InPages()
    {
        var year = Ago(5).Year;
        var referred = await ConsultationAsync(app, "筛选已转", Ago(5));
        await ConsultationAsync(app, "筛选未转", Ago(5));
        await ArrangeAsync(app, async (edu, _) => { await edu.ReferAsync(referred, Ago(4), null); return 0; });
        var client = await SignIn.AsAsync(app, "demo.leader");

        var yes = await PageAsync(client, $"/Education/Consultations?year={year}&referred=true&category=劳动用工");
        Assert.Contains("筛选已转：", yes);
        Assert.DoesNotContain("筛选未转：", yes);
        Assert.Contains("已转法律援助中心", RowWith(yes, "筛选已转："));
        var no = await PageAsync(client, $"/Education/Consultations?year={year}&referred=false");
        Assert.Contains("筛选未转：", no);
        Assert.DoesNotContain("筛选已转：", no);
        Assert.Contains("未转介", RowWith(no, "筛选未转："));
        var other = await PageAsync(client, $"/Education/Consultations?year={year}&category=婚姻家庭");
        Assert.DoesNotContain("筛选未转：", other);

        // The demo year has 30 consultations: with 50 to a page, one page; page numbers past the end show the last.
        var demo = await PageAsync(client, "/Education/Consultations?year=2019&pageNo=9");
        Assert.Contains("共 30 条，第 1 / 1 页", demo);
        Assert.Contains($"/Education/Export/consultations?year=2019", demo);
    }

    [Fact]
    public async Task Scope_AnotherTownSeesNone_ACadreWithoutTheModuleIsRefused_TheSupervisorSeesNoForms()
    {
        var id = await ConsultationAsync(app, "范围", Ago(2));
        var longgui = await SignIn.AsAsync(app, "demo.longgui");
        Assert.Contains("共 0 条", await PageAsync(longgui, "/Education/Consultations?year=2019"));
        Assert.Equal(HttpStatusCode.NotFound, (await longgui.GetAsync($"/Education/Consultations/{id}")).StatusCode);
        var posted = await PostAsync(longgui, $"/Education/Consultations/{id}?handler=Refer", [new("on", Iso(Today))], "/Education/Consultations/Record");
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);

        var yangshan = await SignIn.AsAsync(app, "demo.yangshan");
        var denied = await yangshan.GetAsync("/Education/Consultations");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal("/Account/Denied", PathOf(denied));
        Assert.Equal("/Account/Denied", PathOf(await yangshan.GetAsync($"/Education/Consultations/{id}")));

        var supervisor = await SignIn.AsAsync(app, "demo.district");
        var list = await PageAsync(supervisor, "/Education/Consultations?year=2019");
        Assert.Contains("共 30 条", list);
        Assert.DoesNotContain("/Education/Consultations/Record", list);
        var page = await PageAsync(supervisor, $"/Education/Consultations/{id}");
        Assert.DoesNotContain("?handler=", page);
        Assert.DoesNotContain("/attachments/owner/", page);
        Assert.Equal("/Account/Denied", PathOf(await supervisor.GetAsync("/Education/Consultations/Record")));
        var refer = await PostAsync(supervisor, $"/Education/Consultations/{id}?handler=Refer", [new("on", Iso(Today))], "/Account/ChangePassword");
        Assert.NotEqual(HttpStatusCode.OK, refer.StatusCode);
        Assert.Null((await LoadConsultationAsync(app, id)).Referral);
    }
}
