using Fazhi.Core.Audit;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Reporting;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Enforcement;

/// <summary>The enforcement use cases on a real database (SQLite and PostgreSQL), acting as the demo town's users.</summary>
public class EnforcementCommandsTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static DateOnly D(string iso) => DateOnly.Parse(iso);

    sealed record Actor(AsyncServiceScope Scope, AppDbContext Db, RegisterCommands Registers, InspectionCommands Inspections, CaseCommands Cases)
        : IAsyncDisposable
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
        var calendars = sp.GetRequiredService<CalendarProvider>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var deadlines = new DeadlineService(db, calendars, clock);
        var inspections = new InspectionCommands(db, deadlines, clock);
        return new Actor(scope, db, new RegisterCommands(db), inspections, new CaseCommands(db, deadlines, calendars, inspections, clock));
    }

    sealed record Town(long Id, long Yangshan, long Xinling, long[] Officers);

    /// <summary>Two new officers of 西联镇 with certificates valid 2021–2030, so tests do not lean on the demo roster.</summary>
    async Task<Town> TownAsync(Actor clerk, string tag)
    {
        var db = clerk.Db;
        var town = await db.Regions.Where(r => r.Name == "西联镇").Select(r => r.Id).SingleAsync();
        var ids = new List<long>();
        foreach (var name in new[] { $"甲{tag}", $"乙{tag}" })
        {
            var o = await clerk.Registers.AddOfficerAsync(new(town, name, null, null, false, null));
            await clerk.Registers.AddCertificateAsync(o.Id, new($"T{tag}{name.GetHashCode() & 0xFFFF:00000}{ids.Count}", "韶关市人民政府", "西联镇", D("2021-01-01"), D("2030-12-31")));
            ids.Add(o.Id);
        }
        return new Town(town, await db.Regions.Where(r => r.Name == "阳山村").Select(r => r.Id).SingleAsync(),
            await db.Regions.Where(r => r.Name == "新岭村").Select(r => r.Id).SingleAsync(), [.. ids]);
    }

    [Fact]
    public async Task AnInspectionWithAnOrder_OpensTheDeadlineReminder_AndTheRectifiedReInspectionClosesIt_Audited()
    {
        await using var clerk = await AsAsync("demo.zhifa");
        var t = await TownAsync(clerk, "R1");
        var entity = await clerk.Registers.RegisterEntityAsync(new(t.Id, t.Yangshan, "测试整改作坊", null, EntityKind.Business, "加工", "阳山村测试路1号", null, null, RiskClass.Low));
        var recorded = await clerk.Inspections.RecordAsync(new(t.Id, null, InspectionKind.Inspection, D("2025-03-03"), null, entity.Id, null, null, "检查车间",
            InspectionOutcome.Rectification, t.Officers, [new(FindingType.Hazard, FindingSeverity.Minor, "电线私拉乱接")], new("", D("2025-03-18"))));
        var order = recorded.Order!;
        Assert.Equal("1. 电线私拉乱接", order.Items);
        Assert.StartsWith("2025-", order.Number);
        var reminder = await clerk.Db.Set<Deadline>().SingleAsync(d => d.OwnerType == InspectionCommands.OrderOwnerType && d.OwnerId == order.Id);
        Assert.Equal((D("2025-03-18"), DeadlineStatus.Open), (reminder.DueDate, reminder.Status));

        await clerk.Inspections.ReInspectAsync(order.Id, new(D("2025-03-17"), t.Officers, "复查：线路已整改", true));
        await using var check = await AsAsync("demo.fazhiban");
        var reloaded = await check.Db.Set<RectificationOrder>().SingleAsync(o => o.Id == order.Id);
        Assert.Equal((OrderStatus.Rectified, D("2025-03-17")), (reloaded.Status, reloaded.RectifiedOn));
        Assert.Equal(D("2025-03-17"), (await check.Db.Set<InspectionFinding>().SingleAsync(f => f.InspectionId == recorded.Inspection.Id)).RectifiedOn);
        Assert.Equal(DeadlineStatus.Done, (await check.Db.Set<Deadline>().SingleAsync(d => d.Id == reminder.Id)).Status);
        Assert.True(await check.Db.Set<AuditEvent>().AnyAsync(a => a.Entity == nameof(RectificationOrder) && a.EntityId == order.Id.ToString()
            && a.UserName == "demo.zhifa"));
    }

    [Fact]
    public async Task ACadre_SeesOnlyTheirVillage_CannotRecordElsewhere_AndCanReportAPatrolTask()
    {
        await using var clerk = await AsAsync("demo.zhifa");
        var t = await TownAsync(clerk, "S1");
        var other = await clerk.Registers.RegisterEntityAsync(new(t.Id, t.Xinling, "新岭测试作坊", null, EntityKind.Business, null, "新岭村1号", null, null, RiskClass.Low));
        var inspection = await clerk.Inspections.RecordAsync(new(t.Id, null, InspectionKind.Inspection, D("2025-04-01"), null, other.Id, null, null, "检查",
            InspectionOutcome.NoProblem, t.Officers, []));

        await using var cadre = await AsAsync("demo.yangshan");
        Assert.Null(await EnforcementQueries.InspectionAsync(cadre.Db, inspection.Inspection.Id));
        Assert.False(await cadre.Db.Set<RegulatedEntity>().AnyAsync(e => e.Id == other.Id));
        Assert.Empty(await cadre.Db.Set<EnforcementOfficer>().ToListAsync());
        var e = await Assert.ThrowsAsync<DomainRuleException>(() => cadre.Registers.RegisterEntityAsync(
            new(t.Id, t.Xinling, "越权登记", null, EntityKind.Business, null, "新岭村2号", null, null, RiskClass.Low)));
        Assert.Contains("管辖范围", e.Message);
        var task = await cadre.Inspections.ReportTaskAsync(new(t.Id, t.Yangshan, D("2025-10-12"), CampaignKinds.StrawBurning, "阳山村田洋", "发现焚烧秸秆"));
        Assert.Equal("刘芳（阳山村网格员）", task.ReportedBy);
        Assert.Contains(task.Id, await EnforcementQueries.Tasks(clerk.Db).Select(x => x.Id).ToListAsync());
    }

    [Fact]
    public async Task ACase_CarriesItsDecisionPublicityAndFineReminders_ForTheOfficer_UntilEachIsMet()
    {
        await using var clerk = await AsAsync("demo.zhifa");
        var t = await TownAsync(clerk, "C1");
        var c = await clerk.Cases.FileAsync(new(t.Id, t.Yangshan, CaseType.General, "擅自占道经营", new("测试当事人", true, null, "阳山村"), null, null,
            D("2025-09-01"), false, t.Officers));
        var me = await clerk.Db.Users.Where(u => u.UserName == "demo.zhifa").Select(u => u.Id).SingleAsync();

        async Task<List<(string Rule, DateOnly Due)>> OpenAsync() =>
            (await clerk.Db.Set<Deadline>().Where(d => d.OwnerType == CaseCommands.OwnerType && d.OwnerId == c.Id && d.Status == DeadlineStatus.Open
                && d.AssigneeUserId == me).ToListAsync()).Select(d => (d.RuleName, d.DueDate)).OrderBy(x => x.DueDate).ToList();

        // 90 days from 2025-09-01 end on Sunday 2025-11-30, so the deadline moves to the next working day.
        Assert.Equal([("作出行政处罚决定", D("2025-12-01"))], await OpenAsync());
        await clerk.Cases.InvestigateAsync(c.Id, D("2025-09-03"), "询问笔录1份");
        await clerk.Cases.NotifyRightsAsync(c.Id, D("2025-09-05"));
        await clerk.Cases.DecideAsync(c.Id, new(D("2025-09-15"), "西联罚决字〔2025〕9号", "罚款", 20_000, "有关法律法规", "占道经营，罚款二百元。"));
        // 2025-09-15 + 7 working days = 2025-09-24; the decision reminder is done.
        Assert.Equal([("行政处罚决定公示", D("2025-09-24"))], await OpenAsync());
        await clerk.Cases.ServeAsync(c.Id, D("2025-09-16"));
        // 15 days from 2025-09-16 end on 2025-10-01, inside National Day: the fine is due on the first working day after it.
        Assert.Equal([("行政处罚决定公示", D("2025-09-24")), ("缴纳罚款", D("2025-10-09"))], await OpenAsync());
        await clerk.Cases.PublishAsync(c.Id, D("2025-09-19"));
        await clerk.Cases.RecordPaymentAsync(c.Id, D("2025-09-26"));
        Assert.Empty(await OpenAsync());
        await clerk.Cases.CloseAsync(c.Id, D("2025-09-28"));

        // A read-only supervisor sees the case and cannot take a step.
        await using var district = await AsAsync("demo.district");
        Assert.NotNull(await EnforcementQueries.CaseAsync(district.Db, c.Id));
        await Assert.ThrowsAnyAsync<Exception>(() => district.Cases.DropAsync(c.Id, D("2025-09-29"), "测试"));
    }
}
