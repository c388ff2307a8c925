using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Education;
using Fazhi.Core.Reporting;
using Fazhi.Core.Reports;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Reports;

/// <summary>The report's use cases on a real database: the next year's report, the district's templates, scope.</summary>
public class ReportCommandsTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    async Task<(AppDbContextScope Scope, ReportCommands Commands)> AsAsync(string userName)
    {
        var scope = app.Services.CreateAsyncScope();
        var db = await UserContext.AsAsync(scope.ServiceProvider, userName);
        var commands = new ReportCommands(db, scope.ServiceProvider.GetRequiredService<CalendarProvider>(), TimeProvider.System);
        return (new AppDbContextScope(scope, db), commands);
    }

    sealed record AppDbContextScope(AsyncServiceScope Scope, Fazhi.Core.Data.AppDbContext Db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Db.DisposeAsync();
            await Scope.DisposeAsync();
        }
    }

    static async Task<(long TownId, ReportTemplate Template)> XilianAsync(Fazhi.Core.Data.AppDbContext db, ReportCommands commands)
    {
        var town = await db.Regions.SingleAsync(r => r.Code == "440203100000");
        var templates = await ReportTemplates.OfDistrictAsync(db, await commands.DistrictOfAsync(town));
        return (town.Id, templates.Single(t => t.IsDefault));
    }

    [Fact]
    public async Task TheNextYearsReport_TellsHowLastYearsProblemsAndPlansStand()
    {
        var (s, commands) = await AsAsync("demo.fazhiban");
        await using var _ = s;
        var (townId, template) = await XilianAsync(s.Db, commands);
        var report2020 = await commands.StartAsync(townId, 2020, template.Id);

        var item = await s.Db.Set<ActionItem>().Where(i => i.Year == 2019 && i.Kind == ActionKind.Problem).OrderBy(i => i.Order).FirstAsync();
        await commands.TrackItemAsync(item.Id, ActionStatus.Done, "已配备专职法制员。", new DateOnly(2020, 6, 30), item.Version);

        var loaded = await s.Db.Set<AnnualReport>().Include(r => r.Sections).Include(r => r.Checks).SingleAsync(r => r.Id == report2020.Id);
        var compiled = await ReportCompiler.CompileAsync(await commands.FigureContextAsync(), loaded);
        var text = string.Join("\n", compiled.Sections.SelectMany(x => x.Blocks).OfType<ReportParagraph>().Select(p => p.Text));
        Assert.Contains("2019年度报告提出存在的问题4项、下一步工作计划4项，已完成1项，推进中0项，未开始7项。", text);
        Assert.Contains("依法行政意识还不够强：已于2020年6月30日完成。已配备专职法制员。", text);
        Assert.Equal("2021年度推进法治政府建设的主要安排", compiled.Sections[3].Heading);
        // A new report accepts the figures it cites as they stand: nothing has moved yet.
        Assert.NotEmpty(loaded.Checks);
        Assert.Empty(compiled.Moved);
    }

    [Fact]
    public async Task ASecondReportForTheSameYear_IsRefused_AndAnotherTownCannotStartOneForThisTown()
    {
        var (s, commands) = await AsAsync("demo.fazhiban");
        await using var _ = s;
        var (townId, template) = await XilianAsync(s.Db, commands);
        var e = await Assert.ThrowsAsync<DomainRuleException>(() => commands.StartAsync(townId, 2019, template.Id));
        Assert.Equal("西联镇2019年度的报告已经存在。", e.Message);

        var (other, otherCommands) = await AsAsync("demo.longgui");
        await using var __ = other;
        await Assert.ThrowsAsync<DomainRuleException>(() => otherCommands.StartAsync(townId, 2018, template.Id));
        Assert.False(await other.Db.Set<AnnualReport>().AnyAsync(r => r.TownId == townId));
    }

    [Fact]
    public async Task TheDistrictSupervisor_EditsTheDistrictsTemplate_ACoordinatorCannot()
    {
        var (s, commands) = await AsAsync("demo.district");
        await using var _ = s;
        var town = await s.Db.Regions.SingleAsync(r => r.Code == "440203100000");
        var template = (await ReportTemplates.OfDistrictAsync(s.Db, await commands.DistrictOfAsync(town))).Single(t => t.IsDefault);
        await commands.SaveTemplateAsync(template.Id, template.Name, true,
            [.. template.Sections.OrderBy(x => x.Order).Select(x => (x.Heading, x.Body)), ("依法行政示范创建情况", "（请在此填写示范创建情况。）")], template.Version);
        var saved = await s.Db.Set<ReportTemplate>().Include(t => t.Sections).AsNoTracking().SingleAsync(t => t.Id == template.Id);
        Assert.Equal(6, saved.Sections.Count);

        var (clerk, clerkCommands) = await AsAsync("demo.fazhiban");
        await using var __ = clerk;
        var e = await Assert.ThrowsAsync<DomainRuleException>(() => clerkCommands.SaveTemplateAsync(saved.Id, saved.Name, true, [("一", "")], saved.Version));
        Assert.Contains("督导", e.Message);
    }

    [Fact]
    public async Task TheEventsParagraph_RecountsTwelveHighlights_AndCountsTheRest()
    {
        var (s, commands) = await AsAsync("demo.fazhiban");
        await using var _ = s;
        var (townId, template) = await XilianAsync(s.Db, commands);
        var education = new EducationCommands(s.Db, TimeProvider.System);
        var village = await s.Db.Regions.Where(r => r.Name == "阳山村").Select(r => r.Id).SingleAsync();
        async Task EventAsync(DateOnly on, string title, string kind) =>
            await education.RecordEventAsync(new EducationCommands.EventInput(townId, village,
                new EducationEvent.Details(on, title, kind, ["乡村"], ["传单"], "阳山村委会", null, null, 50, AttendanceKind.Exact, null, null), []));
        // Thirteen publicity days in January, and a legal report in December: the headline kind is told first, then by date.
        for (var day = 1; day <= 13; day++) await EventAsync(new DateOnly(2023, 1, day), $"普法集市第{day}场", EventKinds.Publicity);
        await EventAsync(new DateOnly(2023, 12, 20), "年终法制报告会", EventKinds.LegalReport);

        var report = await commands.StartAsync(townId, 2023, template.Id);
        var loaded = await s.Db.Set<AnnualReport>().Include(r => r.Sections).Include(r => r.Checks).SingleAsync(r => r.Id == report.Id);
        var compiled = await ReportCompiler.CompileAsync(await commands.FigureContextAsync(), loaded);
        var paragraph = compiled.Sections.SelectMany(x => x.Blocks).OfType<ReportParagraph>().Single(p => p.Text.Contains("普法集市第1场"));

        Assert.Equal(ReportBlocks.MaxRecounted, paragraph.Text.Split('。')[0].Split('；').Length);
        Assert.Contains("12月20日，在阳山村委会开展年终法制报告会，参加50人", paragraph.Text);
        Assert.Contains("1月11日，在阳山村委会开展普法集市第11场", paragraph.Text);
        Assert.DoesNotContain("普法集市第12场", paragraph.Text);
        Assert.DoesNotContain("普法集市第13场", paragraph.Text);
        Assert.EndsWith("此外，还开展其他普法宣传活动2场次。", paragraph.Text);
    }

    [Fact]
    public async Task TwoClerksSavingTheSameSectionAtOnce_TheSecondIsToldInChinese_AndTheFirstIsKept()
    {
        var (s, commands) = await AsAsync("demo.fazhiban");
        await using var _ = s;
        var (townId, template) = await XilianAsync(s.Db, commands);
        var report = await commands.StartAsync(townId, 2017, template.Id);
        var section = report.Sections.OrderBy(x => x.Order).First();

        // Both read version v; each passes its own version check; the database takes the first save only.
        var (other, otherCommands) = await AsAsync("demo.fazhiban");
        await using var __ = other;
        var version = report.Version;
        await otherCommands.EditSectionAsync(report.Id, section.Id, "甲的标题", "甲写的正文", version);
        var e = await Assert.ThrowsAsync<DomainRuleException>(() => commands.EditSectionAsync(report.Id, section.Id, "乙的标题", "乙写的正文", version));
        Assert.Equal(Fazhi.Core.Data.AppDbContext.SavedByAnother, e.Message);

        var (fresh, _) = await AsAsync("demo.fazhiban");
        await using var ___ = fresh;
        Assert.Equal("甲的标题", await fresh.Db.Set<ReportSection>().Where(x => x.Id == section.Id).Select(x => x.Heading).SingleAsync());
    }
}
