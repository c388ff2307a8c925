using System.Net;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Staff;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fazhi.Web.Tests.Enforcement.RegisterPageData;

namespace Fazhi.Web.Tests.Enforcement;

/// <summary>Campaigns over real HTTP: the create form with partners, the year's list with rolled-up results, the campaign's page.</summary>
public class CampaignPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task AJointCampaign_ShowsItsBadge_AndTheResultsRolledUpFromItsInspections()
    {
        var campaign = await CampaignAsync(app, "联合检查测试" + Marker(), partners: 2);
        var alone = await CampaignAsync(app, "单独检查测试" + Marker(), partners: 0);
        var officers = await TwoOfficersAsync(app);
        var entity = await EntityAsync(app, "沙湖村", "成效测试厂" + Marker());
        await InspectAsync(app, officers, entity.Id, campaign.Id, InspectionOutcome.Rectification);
        await InspectAsync(app, officers, null, campaign.Id, InspectionOutcome.NoProblem, "沙湖村集贸市场");
        await InspectAsync(app, officers, null, null, InspectionOutcome.NoProblem, "不属于专项整治的检查");

        var zhifa = await SignIn.AsAsync(app, "demo.zhifa");
        var list = await GetHtmlAsync(zhifa, $"/Enforcement/Campaigns?year={Today.Year}");
        var rows = list.Split("<tbody>")[1].Split("</tr>");
        var row = rows.Single(r => r.Contains($">{campaign.Name}</a>"));
        Assert.Contains("联合执法", row);
        Assert.Equal(2, Count(row, "inspections"));
        Assert.Equal(1, Count(row, "orders"));
        Assert.Equal(0, Count(row, "rectified"));
        Assert.Equal(0, Count(row, "closed"));
        var aloneRow = rows.Single(r => r.Contains($">{alone.Name}</a>"));
        Assert.DoesNotContain("联合执法", aloneRow);
        Assert.Equal(0, Count(aloneRow, "inspections"));
        Assert.Contains("共", await GetHtmlAsync(zhifa, $"/Enforcement/Campaigns?year={Today.Year - 5}"));
        Assert.DoesNotContain(campaign.Name, await GetHtmlAsync(zhifa, $"/Enforcement/Campaigns?year={Today.Year - 5}"));

        var details = await GetHtmlAsync(zhifa, $"/Enforcement/Campaigns/{campaign.Id}");
        Assert.Contains("联合执法", details);
        await using (var scope = app.SystemScope(out var db))
        {
            var partners = await db.Set<CampaignPartner>().Where(p => p.CampaignId == campaign.Id).Select(p => p.Name).ToListAsync();
            foreach (var p in partners) Assert.Contains(p, details.Split("data-testid=\"partners\"")[1].Split("</dd>")[0]);
        }
        Assert.Contains("2 次", details.Split("data-testid=\"results\"")[1]);
        var inspections = details.Split("data-testid=\"inspections\"")[1].Split("</table>")[0];
        Assert.Contains(entity.Name, inspections);
        Assert.Contains("沙湖村集贸市场", inspections);
        Assert.DoesNotContain("不属于专项整治的检查", inspections);
        Assert.Contains($"/Enforcement/Inspections/Record?campaignId={campaign.Id}", details);
        Assert.Contains("上传附件", details);
    }

    [Fact]
    public async Task Create_KeepsWhatWasTypedOnABadPeriod_ThenCreatesAJointCampaign_AndEditChangesIt()
    {
        var townId = await RegionIdAsync(app, "西联镇");
        long[] partnerIds;
        await using (var scope = app.SystemScope(out var db))
            partnerIds = await db.Set<PartnerOrganisation>().Where(p => p.TownId == townId).OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToArrayAsync();
        var zhifa = await SignIn.AsAsync(app, "demo.zhifa");
        var name = "表单测试专项" + Marker();
        Dictionary<string, string> Form(string starts, string ends) => new()
        {
            ["TownId"] = townId.ToString(), ["Input.Name"] = name, ["Input.Kind"] = CampaignKinds.Fire, ["Input.StartsOn"] = starts, ["Input.EndsOn"] = ends,
            ["Input.Targets"] = "全镇人员密集场所",
        };

        var bad = Form(Iso(Today), Iso(Today.AddDays(-3)));
        var refused = await PostPairsAsync(zhifa, "/Enforcement/Campaigns/Create",
            new FormUrlEncodedContentBuilder(bad).With("Input.PartnerIds", partnerIds).Build(), "/Enforcement/Campaigns/Create");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await HtmlAsync(refused);
        Assert.Equal("结束日期不能早于开始日期。", FieldMessage(html, "Input.EndsOn"));
        Assert.Equal(name, InputValue(html, "Input.Name"));
        Assert.Contains("全镇人员密集场所", html);
        foreach (var id in partnerIds) Assert.Matches($"id=\"partner-{id}\"[^>]*checked", html);

        var created = await PostPairsAsync(zhifa, "/Enforcement/Campaigns/Create",
            new FormUrlEncodedContentBuilder(Form(Iso(Today), Iso(Today.AddDays(30)))).With("Input.PartnerIds", partnerIds).Build(),
            "/Enforcement/Campaigns/Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Headers.Location!.OriginalString;
        var id2 = long.Parse(page.Split('/')[^1]);
        await using (var scope = app.SystemScope(out var db))
        {
            var c = await db.Set<Campaign>().Include(x => x.Partners).SingleAsync(x => x.Id == id2);
            Assert.Equal(partnerIds.Order(), c.Partners.Select(p => p.PartnerId).Order());
            Assert.Equal(CampaignKinds.Fire, c.Kind);
        }

        // Edit: drop the partners; the campaign is no longer joint.
        var edit = await PostAsync(zhifa, page + "/Edit", Form(Iso(Today), Iso(Today.AddDays(40))), page + "/Edit");
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var details = await GetHtmlAsync(zhifa, page);
        Assert.DoesNotContain("联合执法", details);
        Assert.Contains(Fazhi.Core.Common.ChinaTime.Format(Today.AddDays(40)), details);
    }

    [Fact]
    public async Task ACadre_SeesNoCampaignsOfTheTown_AndGets404OnOne()
    {
        var campaign = await CampaignAsync(app, "镇级专项" + Marker(), partners: 1);
        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Enforcement/Campaigns/{campaign.Id}")).StatusCode);
        var list = await GetHtmlAsync(cadre, "/Enforcement/Campaigns");
        Assert.DoesNotContain(campaign.Name, list);
        Assert.DoesNotContain("/Enforcement/Campaigns/Create", list);
    }
}

/// <summary>Form fields where one name repeats (checkbox lists).</summary>
sealed class FormUrlEncodedContentBuilder(Dictionary<string, string> fields)
{
    readonly List<KeyValuePair<string, string>> pairs = [.. fields];

    public FormUrlEncodedContentBuilder With(string name, IEnumerable<long> values)
    {
        pairs.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v.ToString())));
        return this;
    }

    public List<KeyValuePair<string, string>> Build() => pairs;
}
