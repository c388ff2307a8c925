using Fazhi.Core.Assessment;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Demo;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Assessment;

/// <summary>The self-assessment use cases on a real database (SQLite and PostgreSQL), acting as the demo district's and towns' users.</summary>
public class AssessmentCommandsTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    sealed record Actor(AsyncServiceScope Scope, AppDbContext Db, AssessmentCommands Commands) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Db.DisposeAsync();
            await Scope.DisposeAsync();
        }
    }

    async Task<Actor> AsAsync(string userName)
    {
        var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = await UserContext.AsAsync(sp, userName);
        return new Actor(scope, db, new AssessmentCommands(db, sp.GetRequiredService<DbContextOptions<AppDbContext>>(),
            sp.GetRequiredService<CalendarProvider>(), sp.GetRequiredService<TimeProvider>()));
    }

    async Task<long> RegionAsync(string name)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Regions.Where(r => r.Name == name).Select(r => r.Id).SingleAsync();
    }

    static AssessmentCommands.IndicatorInput Auto(string key, string threshold, string points, bool fullWhenNoData = false) =>
        new(null, "信访工作", "信访事项办理率达标", points, IndicatorRule.Automatic, key, Comparison.AtLeast, threshold, fullWhenNoData, false);

    static AssessmentCommands.IndicatorInput Manual(string points, bool evidence = true) =>
        new(null, "政务公开", "政务公开栏及时更新", points, IndicatorRule.Manual, null, Comparison.AtLeast, null, false, evidence);

    /// <summary>A published sheet of 武江区 for 2019: an automatic petitions indicator (30 points) and a manual one requiring evidence (70).</summary>
    async Task<IndicatorSheet> PublishedSheetAsync(Actor district)
    {
        var sheet = await district.Commands.CreateSheetAsync(await RegionAsync("武江区"), 2019, "测试考核" + Guid.NewGuid().ToString("N")[..6]);
        await district.Commands.AddIndicatorAsync(sheet.Id, Auto("petitions.handling-rate", "95", "30"), sheet.Version);
        await district.Commands.AddIndicatorAsync(sheet.Id, Manual("70"), sheet.Version);
        await district.Commands.PublishAsync(sheet.Id, sheet.Version);
        return sheet;
    }

    [Fact]
    public async Task Demo_XilianIsGradedExcellentFor2019_AutomaticIndicatorsKeepTheirFigureAndFormula()
    {
        await using var scope = app.SystemScope(out var db);
        var sheet = await db.Set<IndicatorSheet>().SingleAsync(s => s.Name == DemoAssessment.SheetName);
        var xilian = await db.Regions.SingleAsync(r => r.Name == "西联镇");
        var id = await db.Set<TownAssessment>().Where(a => a.SheetId == sheet.Id && a.TownId == xilian.Id).Select(a => a.Id).SingleAsync();
        var view = (await AssessmentQueries.AssessmentAsync(db, id))!;
        Assert.Equal(10, view.Lines.Count);
        Assert.Equal(1000, view.Sheet.TotalPoints);
        Assert.True(view.IsFinal);
        Assert.Equal(Grade.Excellent, view.Grade);
        Assert.Equal("已评定", view.StatusLabel);
        Assert.Equal((new DateOnly(2020, 1, 20), new DateOnly(2020, 2, 28)), (view.Assessment.SubmittedOn, view.Review!.FinalisedOn));
        var petitions = view.Lines.Single(l => l.Indicator.FigureKey == "petitions.handling-rate");
        Assert.Equal("100%", petitions.Score.FigureValue);
        Assert.Equal("办结 ÷ 受理（20 ÷ 20）", petitions.Score.FigureFormula);
        Assert.Equal(150, petitions.Score.SelfTenths);
        Assert.Contains(view.Lines, l => l.Indicator.Rule == IndicatorRule.Manual && l.Indicator.EvidenceRequired && l.Score.EvidenceKeyList.Count > 0);
    }

    [Fact]
    public async Task Flow_SheetSelfScoreSubmitDistrictScoresGrade_ZeroDenominatorFigureScoresNothing()
    {
        await using var district = await AsAsync("demo.district");
        var sheet = await PublishedSheetAsync(district);
        var longguiId = await RegionAsync("龙归镇");

        await using var longgui = await AsAsync("demo.longgui");
        var assessment = await longgui.Commands.OpenAsync(longguiId, sheet.Id);
        var view = (await AssessmentQueries.AssessmentAsync(longgui.Db, assessment.Id))!;
        var auto = view.Lines.Single(l => l.Indicator.Rule == IndicatorRule.Automatic);
        var manual = view.Lines.Single(l => l.Indicator.Rule == IndicatorRule.Manual);
        // 龙归镇 has accepted no petitions: the handling rate has no value ("—") and the strict rule gives nothing.
        Assert.Equal("—", auto.Score.FigureValue);
        Assert.Equal(0, auto.Score.SelfTenths);
        Assert.Contains("无数据", auto.Score.AutoReason);

        await longgui.Commands.ScoreSelfAsync(assessment.Id, manual.Indicator.Id, new("68", "每季度更新公开栏", null), assessment.Version);
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => longgui.Commands.SubmitAsync(assessment.Id, assessment.Version));
        Assert.Contains("第2项“政务公开栏及时更新”要求提供佐证材料", refused.Message);
        var unknown = await Assert.ThrowsAsync<DomainRuleException>(() =>
            longgui.Commands.ScoreSelfAsync(assessment.Id, manual.Indicator.Id, new("68", null, ["no.such-figure"]), assessment.Version));
        Assert.Contains("没有统计数据", unknown.Message);
        await longgui.Commands.ScoreSelfAsync(assessment.Id, manual.Indicator.Id, new("68", "每季度更新公开栏", ["education.consultations"]), assessment.Version);
        await longgui.Commands.SubmitAsync(assessment.Id, assessment.Version);
        Assert.Contains("已提交", (await Assert.ThrowsAsync<DomainRuleException>(() =>
            longgui.Commands.ScoreSelfAsync(assessment.Id, manual.Indicator.Id, new("70", null, null), assessment.Version))).Message);

        // The district's scores are its own until it grades; the town sees them then.
        var review = await district.Commands.ScoreAsync(assessment.Id, [new(auto.Indicator.Id, "0", null), new(manual.Indicator.Id, "65", "个别栏目更新不及时")],
            "基本完成", null);
        Assert.Null((await AssessmentQueries.AssessmentAsync(longgui.Db, assessment.Id))!.Review);
        review = await district.Commands.ScoreAsync(assessment.Id, [new(auto.Indicator.Id, "0", null), new(manual.Indicator.Id, "65", "个别栏目更新不及时")],
            "基本完成", review.Version, finalise: true);
        Assert.Equal(Grade.Pass, review.Grade);

        var graded = (await AssessmentQueries.AssessmentAsync(longgui.Db, assessment.Id))!;
        Assert.Equal(650, graded.Total);
        Assert.Equal(680, graded.SelfTotal);
        Assert.Equal(Grade.Pass, graded.Grade);
        Assert.Equal("个别栏目更新不及时", graded.Lines.Single(l => l.Indicator.Id == manual.Indicator.Id).District!.Comment);
    }

    [Fact]
    public async Task Automatic_FullWhenNoData_AndRoles_EachSideWritesOnlyItsOwn()
    {
        await using var district = await AsAsync("demo.district");
        var sheet = await district.Commands.CreateSheetAsync(await RegionAsync("武江区"), 2019, "测试考核" + Guid.NewGuid().ToString("N")[..6]);
        var badKey = await Assert.ThrowsAsync<DomainRuleException>(() => district.Commands.AddIndicatorAsync(sheet.Id, Auto("petitions.nothing", "95", "10"), sheet.Version));
        Assert.Contains("没有统计数据“petitions.nothing”", badKey.Message);
        await district.Commands.AddIndicatorAsync(sheet.Id, Auto("petitions.handling-rate", "95", "100", fullWhenNoData: true), sheet.Version);

        await using var longgui = await AsAsync("demo.longgui");
        var longguiId = await RegionAsync("龙归镇");
        // A draft is the district's alone.
        Assert.Null(await AssessmentQueries.SheetAsync(longgui.Db, sheet.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => longgui.Commands.OpenAsync(longguiId, sheet.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => longgui.Commands.EditSheetAsync(sheet.Id, new("改名", 2019, 90, 80, 60), sheet.Version));

        await district.Commands.PublishAsync(sheet.Id, sheet.Version);
        await using var town = await AsAsync("demo.longgui"); // a new request, as after the district publishes
        var notTheirs = await Assert.ThrowsAsync<DomainRuleException>(() => town.Commands.WithdrawAsync(sheet.Id, sheet.Version));
        Assert.Contains("只有本区的督查人员", notTheirs.Message);
        var assessment = await town.Commands.OpenAsync(longguiId, sheet.Id);
        Assert.Equal(1000, assessment.Scores.Single().SelfTenths);
        Assert.Contains("已有乡镇开始自评", (await Assert.ThrowsAsync<DomainRuleException>(() => district.Commands.WithdrawAsync(sheet.Id, sheet.Version))).Message);

        var readOnly = await Assert.ThrowsAsync<DomainRuleException>(() => district.Commands.SubmitAsync(assessment.Id, assessment.Version));
        Assert.Contains("只读账号", readOnly.Message);
        var early = await Assert.ThrowsAsync<DomainRuleException>(() => district.Commands.ScoreAsync(assessment.Id, [], null, null));
        Assert.Contains("提交自评后才能评分", early.Message);
        await town.Commands.SubmitAsync(assessment.Id, assessment.Version);
        var selfGrading = await Assert.ThrowsAsync<DomainRuleException>(() => town.Commands.ScoreAsync(assessment.Id, [], null, null));
        Assert.Contains("只有区级督查人员", selfGrading.Message);
    }

    [Fact]
    public async Task Scope_AnotherTownSeesNothing_AndOnlyTheDistrictComparesItsTowns()
    {
        long demoSheet, xilianAssessment;
        await using (var scope = app.SystemScope(out var db))
        {
            demoSheet = await db.Set<IndicatorSheet>().Where(s => s.Name == DemoAssessment.SheetName).Select(s => s.Id).SingleAsync();
            var xilian = await db.Regions.SingleAsync(r => r.Name == "西联镇");
            xilianAssessment = await db.Set<TownAssessment>().Where(a => a.SheetId == demoSheet && a.TownId == xilian.Id).Select(a => a.Id).SingleAsync();
        }

        await using var longgui = await AsAsync("demo.longgui");
        Assert.Null(await AssessmentQueries.AssessmentAsync(longgui.Db, xilianAssessment));
        await Assert.ThrowsAsync<NotFoundException>(() => longgui.Commands.SubmitAsync(xilianAssessment, 1));
        var sheet = (await AssessmentQueries.SheetAsync(longgui.Db, demoSheet))!;
        Assert.Null(await AssessmentQueries.OverviewAsync(longgui.Db, sheet));
        var mine = Assert.Single(await AssessmentQueries.SheetsAsync(longgui.Db, (await AssessmentQueries.DistrictOfReaderAsync(longgui.Db))!, await RegionAsync("龙归镇")),
            s => s.Id == demoSheet);
        Assert.Null(mine.MyAssessmentId);
        Assert.Equal("未开始", mine.MyStatus);

        await using var district = await AsAsync("demo.district");
        var rows = (await AssessmentQueries.OverviewAsync(district.Db, sheet))!;
        Assert.Equal(["西联镇", "龙归镇"], rows.Select(r => r.TownName).Order());
        var x = rows.Single(r => r.TownName == "西联镇");
        Assert.Equal((Grade.Excellent, true, "已评定"), (x.Grade!.Value, x.GradeIsFinal, x.Status));
        Assert.Equal(x.DistrictTotal, (await AssessmentQueries.AssessmentAsync(district.Db, xilianAssessment))!.Review!.TotalTenths);
        Assert.Equal("未开始", rows.Single(r => r.TownName == "龙归镇").Status);
    }
}
