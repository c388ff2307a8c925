using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Reporting;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Enforcement;

/// <summary>The demo town's 2019 enforcement as loaded through the use cases, read back through the figures defined in Reporting.</summary>
public class EnforcementDemoYearTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task SmallPolluterCampaign_RectifiedOrClosedExactly15Businesses_AsTheSeedReports()
    {
        await using var scope = app.SystemScope(out var db);
        var report = await EnforcementFigures.ForYearAsync(db, 2019);
        var campaign = Assert.Single(report.Campaigns, c => c.Kind == CampaignKinds.SmallPolluters);
        Assert.Equal((9, 6, 15), (campaign.EntitiesRectified, campaign.EntitiesClosed, campaign.EntitiesRectifiedOrClosed));
        Assert.True(campaign.Joint);
        Assert.Equal(18, campaign.Inspections);

        // The same 15, counted from the records themselves.
        var campaignId = campaign.Id;
        var rectified = await db.Set<RectificationOrder>().Where(o => o.CampaignId == campaignId && o.Status == OrderStatus.Rectified)
            .Select(o => o.EntityId).Distinct().CountAsync();
        var closed = await db.Set<RegulatedEntity>().CountAsync(e => e.Status == EntityStatus.Closed
            && db.Set<Inspection>().Any(i => i.CampaignId == campaignId && i.EntityId == e.Id));
        Assert.Equal(15, rectified + closed);
    }

    [Fact]
    public async Task DemoYear_HoldsTheSeedsCampaignsJointActionsPatrolsAndCases()
    {
        await using var scope = app.SystemScope(out var db);
        var report = await EnforcementFigures.ForYearAsync(db, 2019);
        Assert.Equal(12, report["enforcement.campaigns"].Numerator);
        Assert.Equal(2, report["enforcement.joint-actions"].Numerator);
        Assert.Equal(15, report["enforcement.patrols"].Numerator);
        Assert.Equal(3, report["enforcement.cases"].Numerator);
        Assert.Equal(2, report["enforcement.illegal-construction-cases"].Numerator);
        Assert.Equal("100%", report["enforcement.legal-review-rate"].Display);
        Assert.Equal("100%", report["enforcement.publicity-on-time-rate"].Display);
        Assert.Equal("5,000元", report["enforcement.fines"].Display);
        var kinds = report.Breakdowns.Single(b => b.Title == "专项整治按类别").Rows.ToDictionary(r => r.Label, r => r.Count);
        foreach (var kind in new[] { CampaignKinds.WorkSafety, CampaignKinds.Construction, CampaignKinds.Holiday, CampaignKinds.Chemicals,
                     CampaignKinds.SmallPolluters, CampaignKinds.Livestock, CampaignKinds.IllegalBuilding, CampaignKinds.Street, CampaignKinds.Fire,
                     CampaignKinds.StrawBurning })
            Assert.True(kinds[kind] > 0, kind);
        var street = Assert.Single(report.Campaigns, c => c.Kind == CampaignKinds.Street);
        var partners = await db.Set<Campaign>().Where(c => c.Id == street.Id).SelectMany(c => c.Partners.Select(p => p.Name)).ToListAsync();
        Assert.Equal(new HashSet<string> { "西联市场监督管理所", "西联派出所", "武江区城市管理和综合执法局西联中队" }, partners.ToHashSet());
    }

    [Fact]
    public async Task FiguresPage_ShowsThe15AgainstTheCampaign_WithFormulas_AndNeedsTheModule()
    {
        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var html = await clerk.GetStringAsync("/Enforcement/Figures?year=2019");
        Assert.Contains("“小散乱污”专项整治行动", html);
        var row = html[html.IndexOf("“小散乱污”专项整治行动</a>", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("联合执法", row);
        Assert.Contains("data-testid=\"rectified-or-closed\">15家</td>", row);
        Assert.Contains("整改到位或取缔关停的监管对象家数", html);
        Assert.Contains("决定前经法制审核的重大案件 ÷ 已决定的重大案件（《行政处罚法》第五十八条）（1 ÷ 1）", html);

        var petitionsOnly = await SignIn.AsAsync(app, "demo.xinfang");
        var refused = await petitionsOnly.GetAsync("/Enforcement/Figures?year=2019");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        // 龙归镇 sees none of 西联镇's records.
        var other = await (await SignIn.AsAsync(app, "demo.longgui")).GetStringAsync("/Enforcement/Figures?year=2019");
        Assert.DoesNotContain("小散乱污”专项整治行动", other);
    }

    [Fact]
    public async Task ViaTheApi_TheDemoTowns2019Figures_Give15EntitiesRectifiedOrClosedInTheSmallPolluterCampaign()
    {
        var clerk = await SignIn.ApiAsAsync(app, "demo.fazhiban");
        var report = await clerk.GetFromJsonAsync<JsonElement>("/api/v1/enforcement/figures/2019", new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var campaign = report.GetProperty("campaigns").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == CampaignKinds.SmallPolluters);
        Assert.Equal(15, campaign.GetProperty("entitiesRectifiedOrClosed").GetInt32());
        Assert.True(campaign.GetProperty("joint").GetBoolean());
    }
}
