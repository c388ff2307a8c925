using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Core.Audit;
using Fazhi.Core.Petitions;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Petitions;

/// <summary>The app with generous public limits, so the tests of one class never meet the rate limiter.</summary>
public class PublicFazhiApp : FazhiApp
{
    protected virtual int SubmitLimit => 1000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Fazhi:Public:SubmitPermitLimit", SubmitLimit.ToString());
        builder.UseSetting("Fazhi:Public:TrackPermitLimit", "1000");
    }
}

/// <summary>Two submissions per window.</summary>
public sealed class ThrottledFazhiApp : PublicFazhiApp
{
    protected override int SubmitLimit => 2;
}

/// <summary>网上信访 end to end: anonymous submission, receipt, tracking, rating; on SQLite and PostgreSQL.</summary>
public partial class PublicPetitionTests(PublicFazhiApp app) : IClassFixture<PublicFazhiApp>
{
    [Fact]
    public async Task Submit_GivesAReceipt_TheClerkSeesItAsOnline_AndTrackingShowsStatusOnly()
    {
        var visitor = SignIn.Anonymous(app);
        var (code, html) = await SubmitAsync(visitor, "赵公开", "13912345678", "反映村道路灯损坏无人维修");
        Assert.Contains("查询链接的二维码", html);
        Assert.Matches("src=\"data:image/png;base64,[A-Za-z0-9+/=]{100,}\"", html);
        Assert.Contains($"/Public/Track?code={code}", html);

        await using (var scope = app.SystemScope(out var db))
        {
            var p = await db.Set<Petition>().Include(x => x.Petitioners).SingleAsync(x => x.ReceiptCode == code);
            Assert.Equal(PetitionChannel.Online, p.Channel);
            Assert.Equal(PetitionStatus.Registered, p.Status);
            Assert.Equal("赵公开", p.Petitioners.Single().Name);
            Assert.Equal(64, p.TrackingHash!.Length); // a keyed hash, not the digits
            var id = p.Id.ToString();
            Assert.True(await db.Set<AuditEvent>().AnyAsync(e => e.EntityId == id && e.UserName == "公众（网上信访）"));
        }

        var clerk = await SignIn.AsAsync(app, "demo.xinfang");
        var list = WebUtility.HtmlDecode(await clerk.GetStringAsync("/Petitions?q=" + Uri.EscapeDataString("反映村道路灯损坏")));
        Assert.Contains("反映村道路灯损坏无人维修", list);
        Assert.Contains("网上", list.Split("<tbody>")[1]);
        long petitionId;
        await using (var scope = app.SystemScope(out var db)) petitionId = await db.Set<Petition>().Where(x => x.ReceiptCode == code).Select(x => x.Id).SingleAsync();
        Assert.Contains($"data-testid=\"receipt-code\">{code}<", await clerk.GetStringAsync($"/Petitions/{petitionId}"));

        var tracked = await TrackAsync(visitor, code, "5678");
        Assert.Equal(HttpStatusCode.OK, tracked.Status);
        Assert.Contains("data-testid=\"status\">已登记<", tracked.Html);
        Assert.Contains(code, tracked.Html);
        Assert.DoesNotContain("赵公开", tracked.Html);
        Assert.DoesNotContain("路灯", tracked.Html);
        Assert.DoesNotContain("13912345678", tracked.Html);
        Assert.DoesNotContain("demo.xinfang", tracked.Html);

        var wrong = await TrackAsync(visitor, code, "5679");
        Assert.Contains(Fazhi.Web.Pages.Public.TrackModel.NotFoundMessage, wrong.Html);
        Assert.DoesNotContain("data-testid=\"status\"", wrong.Html);
        var unknown = await TrackAsync(visitor, "ABCDEFGHJK", "5678");
        Assert.Contains(Fazhi.Web.Pages.Public.TrackModel.NotFoundMessage, unknown.Html);
    }

    [Fact]
    public async Task AfterTheReply_ThePublicRatesOnce_AndASecondRatingIsRefused()
    {
        var visitor = SignIn.Anonymous(app);
        var (code, _) = await SubmitAsync(visitor, "钱评价", "0751-8123456", "反映垃圾清运不及时");

        // Before the reply there is nothing to rate.
        var early = await RateAsync(visitor, code, "3456", "Satisfied");
        Assert.Contains("答复之后才能评价满意度", early);

        long id;
        DateOnly received;
        await using (var scope = app.SystemScope(out var db))
        {
            var row = await db.Set<Petition>().Where(x => x.ReceiptCode == code).Select(x => new { x.Id, x.ReceivedOn }).SingleAsync();
            (id, received) = (row.Id, row.ReceivedOn);
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The clerk's steps, through the same use cases as the register pages, as demo.xinfang would take them.
            var sp = scope.ServiceProvider;
            var db = Fazhi.Web.Setup.DatabaseSetup.SystemDb(sp);
            var calendars = sp.GetRequiredService<Fazhi.Core.Calendar.CalendarProvider>();
            var clock = sp.GetRequiredService<TimeProvider>();
            var commands = new PetitionCommands(db, new Fazhi.Core.Calendar.DeadlineService(db, calendars, clock), calendars,
                sp.GetRequiredService<Fazhi.Core.PersonalData.PersonalDataProtector>(), clock);
            await commands.DecideAsync(id, AcceptanceDecision.Accept, received, null);
            await commands.ReplyAsync(id, received, ReplyOpinion.Support, "《城乡生活垃圾管理条例》");
        }

        var tracked = await TrackAsync(visitor, code.ToLowerInvariant(), "3456");
        Assert.Contains("data-testid=\"status\">已答复<", tracked.Html);
        Assert.Contains("提交评价", tracked.Html);
        Assert.DoesNotContain("城乡生活垃圾", tracked.Html);

        var rated = await RateAsync(visitor, code, "3456", "BasicallySatisfied");
        Assert.Contains("感谢您的评价", rated);
        Assert.DoesNotContain("提交评价", rated);
        var again = await RateAsync(visitor, code, "3456", "Unsatisfied");
        Assert.Contains("您已评价过，不能重复评价", again);
        var wrong = await RateAsync(visitor, code, "0000", "Unsatisfied");
        Assert.Contains(Fazhi.Web.Pages.Public.TrackModel.NotFoundMessage, wrong);

        await using (var scope = app.SystemScope(out var db))
            Assert.Equal(Satisfaction.BasicallySatisfied, await db.Set<Petition>().Where(x => x.Id == id).Select(x => x.Satisfaction).SingleAsync());
    }

    [Fact]
    public async Task BadInput_SaysWhatIsWrongInChinese_AndKeepsWhatWasTyped()
    {
        var visitor = SignIn.Anonymous(app);
        var noPhone = await PostFormAsync(visitor, Form(await TownIdAsync(), "孙保留", "", null, "请求保留的文字"));
        Assert.Equal(HttpStatusCode.OK, noPhone.StatusCode);
        var html = WebUtility.HtmlDecode(await noPhone.Content.ReadAsStringAsync());
        Assert.Contains("请填写联系电话。", html);
        Assert.Contains("value=\"孙保留\"", html);
        Assert.Contains("请求保留的文字", html);

        var badId = await PostFormAsync(visitor, Form(await TownIdAsync(), "孙保留", "13812340000", "110105194912310021", "请求保留的文字"));
        html = WebUtility.HtmlDecode(await badId.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, badId.StatusCode);
        Assert.Contains("公民身份号码校验码不正确", html);
        Assert.Contains("value=\"110105194912310021\"", html);
        Assert.Contains("value=\"13812340000\"", html);
        Assert.Contains("请求保留的文字", html);

        var badPhone = await PostFormAsync(visitor, Form(await TownIdAsync(), "孙保留", "12345", null, "请求保留的文字"));
        Assert.Contains("联系电话格式不正确", WebUtility.HtmlDecode(await badPhone.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task PublicPages_AreAnonymous_WithThePublicLayout_AndNoStaffNavigation()
    {
        var visitor = SignIn.Anonymous(app);
        foreach (var path in new[] { "/Public/Petition", "/Public/Track" })
        {
            var response = await visitor.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("网上信访", html);
            Assert.DoesNotContain("/Admin/", html);
            Assert.DoesNotContain("/Petitions", html.Replace("/Public/Petition", ""));
        }
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/Public/Receipt?code=bad")).StatusCode);
    }

    internal async Task<long> TownIdAsync()
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
    }

    internal static Dictionary<string, string> Form(long townId, string name, string phone, string? idNumber, string request) => new()
    {
        ["Input.TownId"] = townId.ToString(), ["Input.Class"] = "Claim", ["Input.Category"] = "城乡建设",
        ["Input.Name"] = name, ["Input.Phone"] = phone, ["Input.IdNumber"] = idNumber ?? "", ["Input.Request"] = request,
    };

    internal static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(client, "/Public/Petition");
        return await client.PostAsync("/Public/Petition", new FormUrlEncodedContent(form));
    }

    async Task<(string Code, string Html)> SubmitAsync(HttpClient client, string name, string phone, string request)
    {
        var response = await PostFormAsync(client, Form(await TownIdAsync(), name, phone, null, request));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var receipt = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        var html = WebUtility.HtmlDecode(await receipt.Content.ReadAsStringAsync());
        var code = ReceiptPattern().Match(html).Groups[1].Value;
        Assert.Matches("^[A-HJKMNP-Z2-9]{10}$", code);
        return (code, html);
    }

    static async Task<(HttpStatusCode Status, string Html)> TrackAsync(HttpClient client, string code, string lastFour)
    {
        var token = await SignIn.AntiforgeryTokenAsync(client, "/Public/Track");
        var response = await client.PostAsync("/Public/Track", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code, ["LastFour"] = lastFour, ["__RequestVerificationToken"] = token,
        }));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    static async Task<string> RateAsync(HttpClient client, string code, string lastFour, string rating)
    {
        var token = await SignIn.AntiforgeryTokenAsync(client, "/Public/Track");
        var response = await client.PostAsync("/Public/Track?handler=Rate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code, ["LastFour"] = lastFour, ["Rating"] = rating, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("data-testid=\"receipt-code\">([A-Z0-9]+)<")]
    private static partial Regex ReceiptPattern();
}

public class PublicRateLimitTests(ThrottledFazhiApp app) : IClassFixture<ThrottledFazhiApp>
{
    [Fact]
    public async Task AfterTheSubmitLimit_Answers429WithAChineseMessage_WhileReadingStillWorks()
    {
        var visitor = SignIn.Anonymous(app);
        long townId;
        await using (var scope = app.SystemScope(out var db))
            townId = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
        var form = PublicPetitionTests.Form(townId, "李限流", "", null, "请求"); // invalid on purpose: every post counts
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await PublicPetitionTests.PostFormAsync(visitor, new(form))).StatusCode);
        var limited = await PublicPetitionTests.PostFormAsync(visitor, new(form));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.StartsWith("text/html", limited.Content.Headers.ContentType?.ToString());
        var html = await limited.Content.ReadAsStringAsync();
        Assert.Contains("操作过于频繁", html);
        Assert.Contains("没有丢失", html);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/Public/Petition")).StatusCode);
    }
}
