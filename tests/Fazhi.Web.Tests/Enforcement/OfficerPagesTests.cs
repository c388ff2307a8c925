using System.Net;
using Fazhi.Core.Enforcement;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fazhi.Web.Tests.Enforcement.RegisterPageData;

namespace Fazhi.Web.Tests.Enforcement;

/// <summary>The officers' roster and certificates over real HTTP, and the expiry warnings on the hub and the roster.</summary>
public class OfficerPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task ACertificateExpiringIn20Days_IsWarnedOnTheHubAndHighlightedOnTheRoster()
    {
        var officer = await OfficerAsync(app, "将到期" + Marker(), Today.AddDays(20));
        var number = await CertificateNumberAsync(officer.Id);
        var zhifa = await SignIn.AsAsync(app, "demo.zhifa");
        var expected = $"{officer.Name}的执法证（{number}）将于{Fazhi.Core.Common.ChinaTime.Format(Today.AddDays(20))}到期，剩余20天";

        var hub = await GetHtmlAsync(zhifa, "/Enforcement");
        Assert.Contains(expected, hub.Split("data-testid=\"certificate-warnings\"")[1]);

        var roster = await GetHtmlAsync(zhifa, "/Enforcement/Officers");
        Assert.Contains(expected, roster.Split("data-testid=\"certificate-warnings\"")[1].Split("</div>")[0]);
        var row = roster.Split("<tbody>")[1].Split("</tr>").Single(r => r.Contains($">{officer.Name}</a>"));
        Assert.Contains("table-warning", row);
        Assert.Contains("即将到期（剩余20天）", row);
        Assert.Contains(number, row);
        Assert.Contains("西联镇", row);

        // A certificate valid for a year raises no warning and is not highlighted.
        var fine = await OfficerAsync(app, "长期有效" + Marker(), Today.AddDays(300));
        roster = await GetHtmlAsync(zhifa, "/Enforcement/Officers");
        var fineRow = roster.Split("<tbody>")[1].Split("</tr>").Single(r => r.Contains($">{fine.Name}</a>"));
        Assert.DoesNotContain("table-", fineRow);
        Assert.Contains(">有效<", fineRow);
        Assert.DoesNotContain(fine.Name + "的执法证", roster);
    }

    [Fact]
    public async Task AddOfficer_ThenACertificate_ThenSuspendAndReinstate_ThroughTheForms()
    {
        var zhifa = await SignIn.AsAsync(app, "demo.zhifa");
        var name = "新增" + Marker();
        var refused = await PostAsync(zhifa, "/Enforcement/Officers/Add", new()
        {
            ["TownId"] = (await RegionIdAsync(app, "西联镇")).ToString(), ["Officer.Name"] = name, ["Officer.Position"] = "法制员",
            ["Officer.LegallyQualified"] = "true", ["Officer.QualificationNumber"] = "", ["Officer.Active"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedHtml = await HtmlAsync(refused);
        Assert.Contains("请填写法律职业资格证书编号", refusedHtml);
        Assert.Contains($"value=\"{name}\"", refusedHtml);
        Assert.Contains("value=\"法制员\"", refusedHtml);

        var added = await PostAsync(zhifa, "/Enforcement/Officers/Add", new()
        {
            ["TownId"] = (await RegionIdAsync(app, "西联镇")).ToString(), ["Officer.Name"] = name, ["Officer.Position"] = "法制员",
            ["Officer.LegallyQualified"] = "true", ["Officer.QualificationNumber"] = "A2019" + Marker(), ["Officer.Active"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = added.Headers.Location!.OriginalString;
        Assert.Matches("^/Enforcement/Officers/\\d+$", page);
        Assert.Contains("未登记", await GetHtmlAsync(zhifa, page));

        var badDates = await PostAsync(zhifa, page + "?handler=Certificate", new()
        {
            ["Certificate.Number"] = "粤执" + Marker(), ["Certificate.IssuedBy"] = "韶关市人民政府", ["Certificate.Area"] = "西联镇",
            ["Certificate.ValidFrom"] = Iso(Today), ["Certificate.ValidTo"] = Iso(Today.AddDays(-1)),
        }, page);
        Assert.Equal(HttpStatusCode.OK, badDates.StatusCode);
        var badHtml = await HtmlAsync(badDates);
        Assert.Equal("有效期截止日期不能早于起始日期。", FieldMessage(badHtml, "Certificate.ValidTo"));
        Assert.Equal("韶关市人民政府", InputValue(badHtml, "Certificate.IssuedBy"));

        var number = "粤执" + Marker();
        var certified = await PostAsync(zhifa, page + "?handler=Certificate", new()
        {
            ["Certificate.Number"] = number, ["Certificate.IssuedBy"] = "韶关市人民政府", ["Certificate.Area"] = "西联镇",
            ["Certificate.ValidFrom"] = Iso(Today.AddDays(-30)), ["Certificate.ValidTo"] = Iso(Today.AddYears(3)),
        }, page);
        Assert.Equal(HttpStatusCode.Redirect, certified.StatusCode);
        var html = await GetHtmlAsync(zhifa, page);
        Assert.Contains(number, html.Split("data-testid=\"certificates\"")[1]);
        Assert.Contains("具有法律职业资格", html);

        long officerId = long.Parse(page.Split('/')[^1]);
        long certificateId;
        await using (var scope = app.SystemScope(out var db))
            certificateId = await db.Set<EnforcementCertificate>().Where(c => c.OfficerId == officerId).Select(c => c.Id).SingleAsync();
        var suspended = await PostAsync(zhifa, $"{page}?handler=Status&certificateId={certificateId}&status=Suspended", new(), page);
        Assert.Equal(HttpStatusCode.Redirect, suspended.StatusCode);
        Assert.Contains("已暂扣", (await GetHtmlAsync(zhifa, "/Enforcement/Officers")).Split("<tbody>")[1].Split("</tr>").Single(r => r.Contains($">{name}</a>")));
        Assert.Contains($"{name}的执法证（{number}）已暂扣", await GetHtmlAsync(zhifa, "/Enforcement"));
        var reinstated = await PostAsync(zhifa, $"{page}?handler=Status&certificateId={certificateId}&status=Valid", new(), page);
        Assert.Equal(HttpStatusCode.Redirect, reinstated.StatusCode);
        await using (var scope = app.SystemScope(out var db))
            Assert.Equal(CertificateStatus.Valid, (await db.Set<EnforcementCertificate>().SingleAsync(c => c.Id == certificateId)).Status);

        // Editing the officer: unticking 在岗 stops them.
        var edited = await PostAsync(zhifa, page + "?handler=Edit", new()
        {
            ["Officer.Name"] = name, ["Officer.Position"] = "法制员", ["Officer.LegallyQualified"] = "true", ["Officer.QualificationNumber"] = "A2019X",
            ["Officer.Active"] = "false",
        }, page);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        await using (var scope = app.SystemScope(out var db))
            Assert.False((await db.Set<EnforcementOfficer>().SingleAsync(o => o.Id == officerId)).Active);
        Assert.DoesNotContain($">{name}</a>", await GetHtmlAsync(zhifa, "/Enforcement/Officers"));
        Assert.Contains($">{name}</a>", await GetHtmlAsync(zhifa, "/Enforcement/Officers?showInactive=true"));
    }

    [Fact]
    public async Task Supervisor_SeesTheOfficerPageWithoutForms_AndACadreGets404()
    {
        var officer = await OfficerAsync(app, "只读测试" + Marker(), Today.AddDays(200));
        var supervisor = await SignIn.AsAsync(app, "demo.district");
        var html = await GetHtmlAsync(supervisor, $"/Enforcement/Officers/{officer.Id}");
        Assert.Contains(officer.Name, html);
        Assert.DoesNotContain("handler=", html);
        var cert = await CertificateNumberAsync(officer.Id);
        var post = await PostAsync(supervisor, $"/Enforcement/Officers/{officer.Id}?handler=Certificate", new()
        {
            ["Certificate.Number"] = cert + "X", ["Certificate.IssuedBy"] = "x", ["Certificate.Area"] = "x",
            ["Certificate.ValidFrom"] = Iso(Today), ["Certificate.ValidTo"] = Iso(Today),
        }, $"/Enforcement/Officers/{officer.Id}");
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/Account/Denied", post.Headers.Location!.PathAndQuery);

        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Enforcement/Officers/{officer.Id}")).StatusCode);
        Assert.DoesNotContain(officer.Name, await GetHtmlAsync(cadre, "/Enforcement/Officers"));
    }

    async Task<string> CertificateNumberAsync(long officerId)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Set<EnforcementCertificate>().Where(c => c.OfficerId == officerId).Select(c => c.Number).SingleAsync();
    }
}
