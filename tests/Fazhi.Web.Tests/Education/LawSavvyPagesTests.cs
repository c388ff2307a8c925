using Fazhi.Core.Common;
using Fazhi.Core.Education;
using Fazhi.Core.PersonalData;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fazhi.Web.Tests.Education.ServicePageData;

namespace Fazhi.Web.Tests.Education;

public class LawSavvyPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static async Task<HttpResponseMessage> AppointAsync(FazhiApp app, HttpClient client, string village, string name, string phone, DateOnly on) =>
        await PostAsync(client, "/Education/LawSavvy?handler=Appoint", ("villageId", (await LoadAsync(app, db => VillageIdAsync(db, village))).ToString()),
            ("name", name), ("phone", phone), ("appointedOn", Iso(on)));

    static Task<HttpResponseMessage> TrainAsync(HttpClient client, long personId, long? eventId, string title = "", string on = "", int? year = null) =>
        PostAsync(client, "/Education/LawSavvy?handler=Train", ("personId", personId.ToString()), ("eventId", eventId?.ToString() ?? ""), ("title", title),
            ("on", on), ("year", (year ?? Today.Year).ToString()));

    static Task<LawSavvyPerson> PersonAsync(FazhiApp app, string name) =>
        LoadAsync(app, db => db.Set<LawSavvyPerson>().AsNoTracking().Include(p => p.Trainings).SingleAsync(p => p.Name == name));

    [Fact]
    public async Task Appoint_ThenTrain_AtAnEventOfTheTown_OrElsewhere()
    {
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var appointed = Ago(20);
        var saved = await SavedAsync(AppointAsync(app, client, "沙湖村", "培训测试明白人", "13712345678", appointed));
        var village = await LoadAsync(app, db => VillageIdAsync(db, "沙湖村"));
        Assert.EndsWith($"#village-{village}", Location(saved));
        var person = await PersonAsync(app, "培训测试明白人");
        Assert.Equal(("13712345678", appointed), (person.Phone, person.AppointedOn));

        var eventDay = Ago(5);
        var eventId = await EventAsync(app, "明白人测试培训会", eventDay);
        var page = await PageAsync(client, $"/Education/LawSavvy?year={eventDay.Year}");
        Assert.Contains($"<option value=\"{eventId}\">{ChinaTime.Format(eventDay)} 明白人测试培训会</option>", page);
        var section = page.Split($"id=\"village-{village}\"")[1].Split("</section>")[0];
        Assert.Contains("培训测试明白人", section);

        await SavedAsync(TrainAsync(client, person.Id, eventId, year: eventDay.Year));
        var twice = await RefusedAsync(TrainAsync(client, person.Id, eventId, year: eventDay.Year));
        Assert.Contains("培训测试明白人已登记参加该次培训。", twice);

        var nothing = await RefusedAsync(TrainAsync(client, person.Id, null));
        Assert.Contains("请选择本镇的普法活动，或填写在其他地方参加的培训名称和日期。", nothing);
        var tooEarly = Iso(appointed.AddDays(-1));
        var early = await RefusedAsync(TrainAsync(client, person.Id, null, "区司法局骨干培训班", tooEarly));
        Assert.Contains("培训日期不能早于确定为法律明白人的日期。", early);
        Assert.Contains("value=\"区司法局骨干培训班\"", early);
        Assert.Contains($"value=\"{tooEarly}\"", early);
        Assert.Contains($"<option value=\"{person.Id}\" selected=\"selected\">培训测试明白人</option>", early);

        await SavedAsync(TrainAsync(client, person.Id, null, "区司法局骨干培训班", Iso(Ago(2))));
        person = await PersonAsync(app, "培训测试明白人");
        Assert.Equal([(eventDay, "明白人测试培训会", (long?)eventId), (Ago(2), "区司法局骨干培训班", null)],
            person.Trainings.OrderBy(t => t.Id).Select(t => (t.On, t.Title, t.EventId)));
        page = await PageAsync(client, $"/Education/LawSavvy?villageFilter={village}&year={eventDay.Year}");
        var row = RowWith(page, "培训测试明白人");
        Assert.Contains($"<a href=\"/Education/Events/{eventId}\">明白人测试培训会</a>", row);
        Assert.Contains("区司法局骨干培训班", row);
        Assert.DoesNotContain("阳山村法律明白人甲", page.Split("id=\"train-title\"")[0]);
    }

    [Fact]
    public async Task Appoint_WithABadPhoneOrNoVillage_SaysSo_AndKeepsWhatWasTyped()
    {
        var client = await SignIn.AsAsync(app, "demo.fazhiban");
        var html = await RefusedAsync(AppointAsync(app, client, "西联村", "错号明白人", "12345", Ago(1)));
        Assert.Contains("联系电话：联系电话格式不正确", html);
        Assert.Contains("value=\"错号明白人\"", html);
        Assert.Contains("value=\"12345\"", html);
        var village = await LoadAsync(app, db => VillageIdAsync(db, "西联村"));
        Assert.Contains($"<option value=\"{village}\" selected=\"selected\">西联村</option>", html);

        html = await RefusedAsync(PostAsync(client, "/Education/LawSavvy?handler=Appoint", ("villageId", ""), ("name", "无村明白人"), ("phone", ""),
            ("appointedOn", Iso(Today))));
        Assert.Contains("法律明白人须选择所在村（社区）。", html);
        Assert.False(await LoadAsync(app, db => db.Set<LawSavvyPerson>().AnyAsync(p => p.Name == "错号明白人" || p.Name == "无村明白人")));
    }

    [Fact]
    public async Task Roster_IsGroupedByVillage_WithThePhoneMaskedByRole()
    {
        await ArrangeAsync(app, async (edu, db) =>
            (await edu.AppointLawSavvyAsync(await TownIdAsync(db), await VillageIdAsync(db, "新岭村"), "遮蔽测试明白人", "13698765432", Ago(3))).Id);
        var coordinator = await PageAsync(await SignIn.AsAsync(app, "demo.fazhiban"), "/Education/LawSavvy");
        Assert.Contains(">13698765432<", RowWith(coordinator, "遮蔽测试明白人"));

        var leader = await PageAsync(await SignIn.AsAsync(app, "demo.leader"), "/Education/LawSavvy?year=2019");
        Assert.Contains($">{Masking.Phone("13698765432")}<", RowWith(leader, "遮蔽测试明白人"));
        Assert.DoesNotContain("13698765432", leader);
        // The demo roster: two per village, 阳山村's trained at both events of 2019.
        var village = await LoadAsync(app, db => VillageIdAsync(db, "阳山村"));
        var yangshan = leader.Split($"id=\"village-{village}\"")[1].Split("</section>")[0];
        Assert.Contains("阳山村法律明白人甲", yangshan);
        Assert.Contains("阳山村法律明白人乙", yangshan);
        Assert.Contains("<td>2次</td>", RowWith(yangshan, "阳山村法律明白人甲"));
        Assert.Contains(">遮蔽测试明白人<", leader.Split($"id=\"village-{await LoadAsync(app, db => VillageIdAsync(db, "新岭村"))}\"")[1].Split("</section>")[0]);
    }

    [Fact]
    public async Task Scope_AnotherTownSeesNone_ACadreWithoutTheModuleIsRefused_TheSupervisorSeesNoForms()
    {
        var longgui = await PageAsync(await SignIn.AsAsync(app, "demo.longgui"), "/Education/LawSavvy");
        Assert.DoesNotContain("阳山村法律明白人甲", longgui);
        Assert.Contains("共 0 名法律明白人", longgui);

        var yangshan = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.Equal("/Account/Denied", PathOf(await yangshan.GetAsync("/Education/LawSavvy")));

        var supervisor = await SignIn.AsAsync(app, "demo.district");
        var page = await PageAsync(supervisor, "/Education/LawSavvy?year=2019");
        Assert.Contains("阳山村法律明白人甲", page);
        Assert.DoesNotContain("?handler=", page);
        var post = await PostAsync(supervisor, "/Education/LawSavvy?handler=Appoint", [new("villageId", "1"), new("name", "督查明白人"),
            new("appointedOn", Iso(Today))], "/Account/ChangePassword");
        Assert.Equal("/Account/Denied", PathOf(post));
    }
}
