using Fazhi.Core.Audit;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Petitions;
using Fazhi.Core.Reporting;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Fazhi.Web.Tests.Disputes;

/// <summary>The dispute use cases on a real database (SQLite and PostgreSQL), acting as the demo town's users.</summary>
public class DisputeCommandsTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static DateOnly D(string iso) => DateOnly.Parse(iso);

    sealed record Actor(AsyncServiceScope Scope, AppDbContext Db, DisputeCommands Disputes, ScreeningCommands Screenings) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Db.DisposeAsync();
            await Scope.DisposeAsync();
        }
    }

    /// <summary>The user's use cases; <paramref name="clock"/> stands in for today where a test needs a window still open.</summary>
    async Task<Actor> AsAsync(string userName, TimeProvider? clock = null)
    {
        var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = await UserContext.AsAsync(sp, userName);
        var calendars = sp.GetRequiredService<CalendarProvider>();
        clock ??= sp.GetRequiredService<TimeProvider>();
        var deadlines = new DeadlineService(db, calendars, clock);
        var petitions = new PetitionCommands(db, deadlines, calendars, sp.GetRequiredService<PersonalDataProtector>(), clock);
        return new Actor(scope, db, new DisputeCommands(db, deadlines, calendars, petitions, clock), new ScreeningCommands(db, clock));
    }

    async Task<(long Town, long Village)> PlaceAsync(string village)
    {
        await using var scope = app.SystemScope(out var db);
        var v = await db.Regions.SingleAsync(r => r.Name == village);
        return (v.ParentId!.Value, v.Id);
    }

    static DisputeCommands.RegisterInput Input(long town, long? village, string reported = "2025-03-10", RiskLevel risk = RiskLevel.Low, string? reason = null,
        long? round = null) =>
        new(town, village, null, "邻里", round is null ? DisputeSource.WalkIn : DisputeSource.Screening, D(reported), "两户因院墙滴水发生争执",
            [new(PartyKind.Person, "赵一", "11010519491231002X", "13900001111", "阳山村"), new(PartyKind.Person, "钱二")], 0, 120_000, risk, reason,
            ScreeningRoundId: round);

    [Fact]
    public async Task CadreRegisters_InOwnVillage_NumberedAuditedEncryptedAndReminded()
    {
        var (town, village) = await PlaceAsync("阳山村");
        await using var cadre = await AsAsync("demo.yangshan");
        var d = await cadre.Disputes.RegisterAsync(Input(town, village));
        Assert.Matches(@"^2025-\d{3}$", d.Number);
        Assert.Equal(DisputeLevel.Village, d.Level);

        await using var scope = app.SystemScope(out var db);
        var raw = await db.Database.SqlQuery<string>($"SELECT \"Phone\" AS \"Value\" FROM \"DisputeParties\" WHERE \"DisputeId\" = {d.Id} AND \"Name\" = {"赵一"}").SingleAsync();
        Assert.True(PersonalDataProtector.LooksProtected(raw));
        Assert.DoesNotContain("13900001111", raw);
        Assert.Equal("13900001111", (await db.Set<DisputeParty>().SingleAsync(p => p.DisputeId == d.Id && p.Name == "赵一")).Phone);
        Assert.True(await db.Set<AuditEvent>().AnyAsync(e => e.Entity == nameof(Dispute) && e.EntityId == d.Id.ToString() && e.UserName == "demo.yangshan"));
        Assert.Equal("刘芳（阳山村网格员）", (await db.Set<DisputeMove>().SingleAsync(m => m.DisputeId == d.Id)).ByName);
        var reminder = await db.Set<Deadline>().SingleAsync(x => x.OwnerType == DisputeCommands.OwnerType && x.OwnerId == d.Id);
        Assert.Equal(D("2025-04-09"), reminder.DueDate); // 30 日 from 10 March 2025, a Wednesday
    }

    [Fact]
    public async Task Cadre_CannotRegisterInAnotherVillage_NorTouchItsDisputes()
    {
        var (town, other) = await PlaceAsync("新岭村");
        await using (var coordinator = await AsAsync("demo.fazhiban"))
        {
            var theirs = await coordinator.Disputes.RegisterAsync(Input(town, other));
            await using var cadre = await AsAsync("demo.yangshan");
            var e = await Assert.ThrowsAsync<DomainRuleException>(() => cadre.Disputes.RegisterAsync(Input(town, other)));
            Assert.Contains("管辖范围", e.Message);
            await Assert.ThrowsAsync<NotFoundException>(() => cadre.Disputes.EscalateAsync(theirs.Id, DisputeLevel.Town, D("2025-03-11"), "上报"));
            Assert.Null(await DisputeQueries.DetailsAsync(cadre.Db, theirs.Id));
            Assert.DoesNotContain(await DisputeQueries.List(cadre.Db, new DisputeFilter()).ToListAsync(), r => r.Id == theirs.Id);
        }
        await using var longgui = await AsAsync("demo.longgui");
        Assert.Empty(await DisputeQueries.List(longgui.Db, new DisputeFilter(Year: 2019)).ToListAsync());
    }

    [Fact]
    public async Task TownSeesEveryVillagesDisputes_TheDistrictToo()
    {
        await using var coordinator = await AsAsync("demo.fazhiban");
        var villages = (await DisputeQueries.List(coordinator.Db, new DisputeFilter(Year: 2019)).ToListAsync()).Select(r => r.VillageName).Distinct().ToList();
        Assert.Equal(6, villages.Count(v => v != null));
        await using var district = await AsAsync("demo.district");
        Assert.Equal(await DisputeQueries.List(coordinator.Db, new DisputeFilter(Year: 2019)).CountAsync(),
            await DisputeQueries.List(district.Db, new DisputeFilter(Year: 2019)).CountAsync());
    }

    [Fact]
    public async Task Supervision_ComesFromTheTown_WithItsDeadlineAsAReminder()
    {
        var (town, village) = await PlaceAsync("阳山村");
        await using var cadre = await AsAsync("demo.yangshan");
        var d = await cadre.Disputes.RegisterAsync(Input(town, village, "2025-05-06"));
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => cadre.Disputes.SuperviseAsync(d.Id, D("2025-05-07"), D("2025-05-14"), "一周内调处"));
        Assert.Contains("村级用户不能督办", refused.Message);

        await using var coordinator = await AsAsync("demo.fazhiban");
        await coordinator.Disputes.SuperviseAsync(d.Id, D("2025-05-07"), D("2025-05-14"), "一周内调处并报告结果");
        var order = await coordinator.Db.Set<SupervisionOrder>().SingleAsync(o => o.DisputeId == d.Id);
        Assert.Equal("陈静（法治办）", order.IssuedBy);
        var reminder = await coordinator.Db.Set<Deadline>().SingleAsync(x => x.OwnerId == d.Id && x.OwnerType == "dispute" && x.RuleName == "督办反馈");
        Assert.Equal(D("2025-05-14"), reminder.DueDate);

        // The village answers; the reminder closes.
        await using var cadre2 = await AsAsync("demo.yangshan");
        await cadre2.Disputes.AnswerSupervisionAsync(d.Id, order.Id, D("2025-05-12"), "已组织双方调解");
        await using var scope = app.SystemScope(out var db);
        Assert.Equal(DeadlineStatus.Done, (await db.Set<Deadline>().SingleAsync(x => x.Id == reminder.Id)).Status);
        Assert.False((await db.Set<SupervisionOrder>().SingleAsync(o => o.Id == order.Id)).AnsweredLate);
    }

    [Fact]
    public async Task HighRisk_GoesToTheTown_AndEscalationIsRecorded()
    {
        var (town, village) = await PlaceAsync("沙湖村");
        await using var coordinator = await AsAsync("demo.fazhiban");
        var d = await coordinator.Disputes.RegisterAsync(Input(town, village, risk: RiskLevel.High, reason: "涉及30人，扬言集体上访"));
        var details = await DisputeQueries.DetailsAsync(coordinator.Db, d.Id);
        Assert.Equal(DisputeLevel.Town, details!.Level);
        Assert.Equal([DisputeMoveKind.Registered, DisputeMoveKind.Escalated], details.Moves.OrderBy(m => m.Id).Select(m => m.Kind));
        var e = await Assert.ThrowsAsync<DomainRuleException>(() => coordinator.Disputes.HandDownAsync(d.Id, DisputeLevel.Village, D("2025-03-12"), "就近调处"));
        Assert.Contains("高风险", e.Message);
    }

    [Fact]
    public async Task PeoplesMediation_Success_OpensTheConfirmationWindow_ApplyingClosesIt()
    {
        var (town, village) = await PlaceAsync("西联村");
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 5, 2, 0, 0, TimeSpan.Zero));
        await using var coordinator = await AsAsync("demo.fazhiban", clock);
        var d = await coordinator.Disputes.RegisterAsync(Input(town, village, "2025-09-01"));
        var committee = (await CommitteeQueries.OfTownAsync(coordinator.Db, town)).First(c => c.Name.StartsWith("西联村")).Id;
        await coordinator.Disputes.StartMediationAsync(d.Id, MediationKind.People, D("2025-09-02"), committee, null, null, "调委会主任");
        await coordinator.Disputes.RecordSessionAsync(d.Id, D("2025-09-03"), "西联村委会", "调委会主任", "双方", "双方同意调解方案");
        // Signed on 5 September 2025: 30 日 end on 5 October, inside the National Day holiday (1–8 October 2025) → 9 October.
        await coordinator.Disputes.RecordSuccessAsync(d.Id, D("2025-09-05"), AgreementForm.Written, "双方均有责任", "一、恢复原状；二、十日内履行",
            D("2025-09-15"), D("2025-09-05"), null);
        var window = await coordinator.Db.Set<Deadline>().SingleAsync(x => x.OwnerId == d.Id && x.OwnerType == "dispute" && x.Status == DeadlineStatus.Open);
        Assert.Equal(("申请司法确认", D("2025-10-09")), (window.RuleName, window.DueDate));
        clock.SetUtcNow(new DateTimeOffset(2025, 10, 9, 2, 0, 0, TimeSpan.Zero));
        await coordinator.Disputes.ApplyForConfirmationAsync(d.Id, D("2025-10-09"), "武江区人民法院");
        Assert.False(await coordinator.Db.Set<Deadline>().AnyAsync(x => x.OwnerId == d.Id && x.OwnerType == "dispute" && x.Status == DeadlineStatus.Open));
        clock.SetUtcNow(new DateTimeOffset(2025, 10, 21, 2, 0, 0, TimeSpan.Zero));
        await coordinator.Disputes.RecordConfirmationAsync(d.Id, D("2025-10-20"), ConfirmationResult.Confirmed, "（2025）粤0203民特88号");
        await coordinator.Disputes.RecordPerformanceAsync(d.Id, PerformanceStatus.Performed, D("2025-10-21"), "已履行");
        var done = await DisputeQueries.DetailsAsync(coordinator.Db, d.Id);
        Assert.Equal((DisputeStatus.Succeeded, ConfirmationResult.Confirmed), (done!.Status, done.ConfirmationResult!.Value));
    }

    [Fact]
    public async Task PetitionAndDispute_TurnIntoEachOther_WithTheLinkOnBothSides()
    {
        await using var coordinator = await AsAsync("demo.fazhiban");
        var petition = await coordinator.Db.Set<Petition>().Include(p => p.Petitioners).Where(p => p.Number == "2019-015").SingleAsync();
        var fromPetition = await coordinator.Disputes.FromPetitionAsync(petition.Id, "其他", petition.ReceivedOn.AddDays(2));
        Assert.Equal((DisputeSource.Petition, petition.Id), (fromPetition.Source, fromPetition.FromPetitionId!.Value));
        Assert.Equal(petition.Petitioners.Select(p => p.Name), fromPetition.Parties.Select(p => p.Name));
        await Assert.ThrowsAsync<DomainRuleException>(() => coordinator.Disputes.FromPetitionAsync(petition.Id, "其他", petition.ReceivedOn.AddDays(2)));
        Assert.Contains(await DisputeQueries.OfPetitionAsync(coordinator.Db, petition.Id), x => x.Id == fromPetition.Id && x.FromPetition);

        var newPetition = await coordinator.Disputes.ToPetitionAsync(fromPetition.Id, PetitionChannel.Visit, PetitionClass.Claim, "涉法涉诉",
            petition.ReceivedOn.AddDays(40));
        Assert.Contains($"由矛盾纠纷{fromPetition.Number}转来", newPetition.Request);
        Assert.Contains(await DisputeQueries.OfPetitionAsync(coordinator.Db, newPetition.Id), x => x.Id == fromPetition.Id && !x.FromPetition);
        Assert.Equal(newPetition.Id, (await DisputeQueries.DetailsAsync(coordinator.Db, fromPetition.Id))!.ToPetitionId);
    }

    [Fact]
    public async Task DisputeFoundInAScreeningRound_MarksTheRoundAsHavingFoundOne()
    {
        var (town, village) = await PlaceAsync("苏拱村");
        await using var coordinator = await AsAsync("demo.fazhiban");
        var round = await coordinator.Screenings.PlanAsync(new(town, village, null, DisputeLevel.Village, D("2025-06-03"), "苏拱村委会"));
        await Assert.ThrowsAsync<DomainRuleException>(() => coordinator.Disputes.RegisterAsync(Input(town, village, "2025-06-05", round: round.Id)));
        await coordinator.Screenings.RecordHeldAsync(round.Id, D("2025-06-03"), "村两委、网格员", "全村8个村民小组", foundNone: true, null);
        var d = await coordinator.Disputes.RegisterAsync(Input(town, village, "2025-06-05", round: round.Id));
        var stored = await ScreeningQueries.DetailsAsync(coordinator.Db, round.Id);
        Assert.False(stored!.FoundNone);
        Assert.Equal(round.Id, d.ScreeningRoundId);
        var row = (await ScreeningQueries.List(coordinator.Db, 2025, village, null).ToListAsync()).Single(r => r.Id == round.Id);
        Assert.Equal(1, row.FoundCount);
    }
}
