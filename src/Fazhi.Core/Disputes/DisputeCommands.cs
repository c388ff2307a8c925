using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Petitions;
using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Disputes;

/// <summary>
/// The use cases of the dispute register. Each loads the dispute through the scoped context (out of scope = not
/// found), applies one step, brings its reminders (shared Deadline rows) in line, and saves once, so the change,
/// its history entries, its deadlines and their audit events commit together.
/// </summary>
public sealed class DisputeCommands(AppDbContext db, DeadlineService deadlines, CalendarProvider calendars, PetitionCommands petitions, TimeProvider clock)
{
    public const string OwnerType = "dispute";

    public sealed record PartyInput(PartyKind Kind, string Name, string? IdNumber = null, string? Phone = null, string? Address = null);

    /// <summary>What a cadre must give on a phone: the place, category, a line of description and one party; the rest can follow.</summary>
    public sealed record RegisterInput(long TownId, long? VillageId, long? GroupId, string Category, DisputeSource Source, DateOnly ReportedOn,
        string Description, IReadOnlyList<PartyInput> Parties, int PeopleCount = 0, long? AmountFen = null, RiskLevel Risk = RiskLevel.Low,
        string? RiskReason = null, DisputeLevel? Level = null, long? ScreeningRoundId = null);

    public Task<Dispute> RegisterAsync(RegisterInput input, CancellationToken ct = default) => RegisterAsync(input, null, ct);

    async Task<Dispute> RegisterAsync(RegisterInput input, Action<Dispute>? link, CancellationToken ct)
    {
        var place = await RecordPlace.ResolveAsync(db, input.TownId, input.VillageId, input.GroupId, ct);
        var today = ChinaTime.Today(clock);
        var parties = input.Parties.Where(p => !string.IsNullOrWhiteSpace(p.Name))
            .Select(p => DisputeParty.Create(p.Kind, p.Name, p.IdNumber, p.Phone, p.Address, today)).ToList();
        await using var tx = await db.BeginOwnTransactionAsync(ct);
        var number = await RegisterNumber.NextAsync(db.Set<Dispute>().IgnoreQueryFilters().Where(d => d.TownId == place.TownId).Select(d => d.Number),
            input.ReportedOn.Year, ct);
        var dispute = Dispute.Register(place, number, input.Category, input.Source, input.ReportedOn, input.Description, parties, input.PeopleCount,
            input.AmountFen, input.Risk, input.RiskReason, input.Level, today, await ActorAsync(ct));
        if (input.ScreeningRoundId is { } roundId)
        {
            var round = await db.Set<ScreeningRound>().FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new DomainRuleException("所选排查活动不存在。");
            if (round.TownId != place.TownId || (round.VillageId is { } v && v != place.VillageId))
                throw new DomainRuleException("排查发现的纠纷须登记在该次排查的范围内。");
            if (input.ReportedOn < round.HeldOn) throw new DomainRuleException("登记日期不能早于排查开展日期。");
            round.Found();
            dispute.FoundIn(round.Id);
        }
        link?.Invoke(dispute);
        db.Add(dispute);
        await db.SaveChangesAsync(ct);
        await SyncDeadlinesAsync(dispute, ct);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return dispute;
    }

    /// <summary>信访转调解: a petition whose matter is a dispute between parties goes to mediation; both records show the link.</summary>
    public async Task<Dispute> FromPetitionAsync(long petitionId, string category, DateOnly on, RiskLevel risk = RiskLevel.Low, string? riskReason = null,
        CancellationToken ct = default)
    {
        var petition = await db.Set<Petition>().Include(p => p.Petitioners).FirstOrDefaultAsync(p => p.Id == petitionId, ct) ?? throw new NotFoundException();
        if (await db.Set<Dispute>().AnyAsync(d => d.FromPetitionId == petitionId, ct)) throw new DomainRuleException("该信访事项已转为矛盾纠纷。");
        if (on < petition.ReceivedOn) throw new DomainRuleException("转入日期不能早于信访事项收到日期。");
        var parties = petition.Petitioners.OrderBy(p => p.Id).Select(p => new PartyInput(
            p.Kind == PetitionerKind.Person ? PartyKind.Person : PartyKind.Organisation, p.Name, p.IdNumber, p.Phone, p.Address)).ToList();
        var description = $"由信访事项{petition.Number}转来：{petition.Request}";
        return await RegisterAsync(new RegisterInput(petition.TownId, petition.VillageId, null, category, DisputeSource.Petition, on,
            description.Length > 2000 ? description[..2000] : description, parties, petition.PeopleCount, null, risk, riskReason),
            d => d.CameFrom(petitionId), ct);
    }

    /// <summary>纠纷转信访: a dispute that needs the government's decision becomes a petition; both records show the link.</summary>
    public async Task<Petition> ToPetitionAsync(long disputeId, PetitionChannel channel, PetitionClass @class, string petitionCategory, DateOnly on,
        CancellationToken ct = default)
    {
        var dispute = await db.Set<Dispute>().Include(d => d.Parties).FirstOrDefaultAsync(d => d.Id == disputeId, ct) ?? throw new NotFoundException();
        if (dispute.ToPetitionId is not null) throw new DomainRuleException("该纠纷已转为信访事项。");
        if (on < dispute.ReportedOn) throw new DomainRuleException("转信访日期不能早于纠纷登记日期。");
        await using var tx = await db.BeginOwnTransactionAsync(ct);
        var petitioners = dispute.Parties.OrderBy(p => p.Id).Select(p => new PetitionCommands.PetitionerInput(
            p.Kind == PartyKind.Person ? PetitionerKind.Person : PetitionerKind.Organisation, p.Name,
            p.Kind == PartyKind.Person ? p.IdNumber : null, p.Phone, p.Address, dispute.VillageId, false)).ToList();
        var request = $"由矛盾纠纷{dispute.Number}转来：{dispute.Description}";
        var petition = await petitions.RegisterAsync(new PetitionCommands.RegisterInput(dispute.TownId, dispute.VillageId, channel, @class, petitionCategory,
            on, request.Length > 2000 ? request[..2000] : request, "", "", Math.Max(dispute.PeopleCount, petitioners.Count), petitioners), ct);
        dispute.TurnedInto(petition.Id);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return petition;
    }

    public async Task UpdateDetailsAsync(long id, long? groupId, string description, int peopleCount, long? amountFen, CancellationToken ct = default)
    {
        var dispute = await LoadAsync(id, ct);
        if (groupId is { } g && !await db.Regions.AnyAsync(r => r.Id == g && r.ParentId == dispute.VillageId && r.Level == RegionLevel.Group, ct))
            throw new DomainRuleException("所选村民小组不属于该村（社区）。");
        await StepAsync(dispute, (d, _) => d.UpdateDetails(groupId, description, peopleCount, amountFen), ct);
    }

    public async Task AddPartyAsync(long id, PartyInput party, CancellationToken ct = default)
    {
        var dispute = await LoadAsync(id, ct);
        var p = DisputeParty.Create(party.Kind, party.Name, party.IdNumber, party.Phone, party.Address, ChinaTime.Today(clock));
        await StepAsync(dispute, (d, _) => d.AddParty(p), ct);
    }

    public async Task EscalateAsync(long id, DisputeLevel to, DateOnly on, string reason, CancellationToken ct = default)
    {
        var actor = await ActorAsync(ct);
        await StepAsync(id, (d, _) => d.Escalate(to, on, reason, actor), ct);
    }

    public async Task HandDownAsync(long id, DisputeLevel to, DateOnly on, string reason, CancellationToken ct = default)
    {
        var actor = await ActorAsync(ct);
        await StepAsync(id, (d, _) => d.HandDown(to, on, reason, actor), ct);
    }

    public async Task ChangeRiskAsync(long id, RiskLevel risk, DateOnly on, string reason, CancellationToken ct = default)
    {
        var actor = await ActorAsync(ct);
        await StepAsync(id, (d, _) => d.ChangeRisk(risk, on, reason, actor), ct);
    }

    /// <summary>督办 comes from the town: a village's cadre cannot supervise (their scope lies below the town).</summary>
    public async Task SuperviseAsync(long id, DateOnly on, DateOnly dueOn, string requirement, CancellationToken ct = default)
    {
        var dispute = await LoadAsync(id, ct);
        var townPath = await db.Regions.Where(r => r.Id == dispute.TownId).Select(r => r.Path).FirstAsync(ct);
        if (!townPath.StartsWith(db.CurrentUser.ScopePath, StringComparison.Ordinal))
            throw new DomainRuleException("督办由镇（街道）发出，村级用户不能督办。");
        var by = await db.ActorNameAsync(ct);
        await StepAsync(dispute, (d, _) => d.Supervise(on, dueOn, requirement, by), ct);
    }

    public Task AnswerSupervisionAsync(long id, long orderId, DateOnly on, string answer, CancellationToken ct = default) =>
        StepAsync(id, (d, _) => d.AnswerSupervision(orderId, on, answer), ct);

    public async Task StartMediationAsync(long id, MediationKind kind, DateOnly on, long? committeeId, long? officeId, string? courtName,
        string? mediatorNames, CancellationToken ct = default)
    {
        var dispute = await LoadAsync(id, ct);
        if (kind == MediationKind.People && committeeId is { } c
            && !await db.Set<MediationCommittee>().AnyAsync(x => x.Id == c && x.TownId == dispute.TownId && x.IsActive, ct))
            throw new DomainRuleException("所选人民调解委员会不存在或不在本镇。");
        if (kind == MediationKind.Administrative && officeId is { } o && !await db.Offices.AnyAsync(x => x.Id == o && x.TownId == dispute.TownId, ct))
            throw new DomainRuleException("所选科室不存在或不在本镇。");
        await StepAsync(dispute, (d, _) => d.StartMediation(kind, on, committeeId, officeId, courtName, mediatorNames), ct);
    }

    public Task RecordSessionAsync(long id, DateOnly on, string place, string mediators, string attendees, string minutes, CancellationToken ct = default) =>
        StepAsync(id, (d, _) => d.RecordSession(on, place, mediators, attendees, minutes), ct);

    public Task RecordSuccessAsync(long id, DateOnly on, AgreementForm form, string? facts, string terms, DateOnly? performanceDue, DateOnly? signedOn,
        string? note, CancellationToken ct = default) =>
        StepAsync(id, (d, _) => d.RecordSuccess(on, form, facts, terms, performanceDue, signedOn, note), ct);

    public Task RecordFailureAsync(long id, DateOnly on, FailureRoute route, string? note, CancellationToken ct = default) =>
        StepAsync(id, (d, _) => d.RecordFailure(on, route, note), ct);

    public Task RecordWithdrawalAsync(long id, DateOnly on, string reason, CancellationToken ct = default) =>
        StepAsync(id, (d, _) => d.RecordWithdrawal(on, reason), ct);

    public Task RecordPerformanceAsync(long id, PerformanceStatus status, DateOnly on, string? note, CancellationToken ct = default) =>
        StepAsync(id, (d, _) => d.RecordPerformance(status, on, note), ct);

    public Task ApplyForConfirmationAsync(long id, DateOnly on, string court, CancellationToken ct = default) =>
        StepAsync(id, (d, cal) => d.ApplyForConfirmation(on, court, cal), ct);

    public Task RecordConfirmationAsync(long id, DateOnly on, ConfirmationResult result, string? caseNumber, CancellationToken ct = default) =>
        StepAsync(id, (d, _) => d.RecordConfirmation(on, result, caseNumber), ct);

    public Task RecordCriminalCaseAsync(long id, DateOnly on, string note, CancellationToken ct = default) =>
        StepAsync(id, (d, _) => d.RecordCriminalCase(on, note), ct);

    public async Task ReopenAsync(long id, DateOnly on, string reason, CancellationToken ct = default)
    {
        var actor = await ActorAsync(ct);
        await StepAsync(id, (d, _) => d.Reopen(on, reason, actor), ct);
    }

    /// <summary>The place of a record in the user's scope, or a Chinese refusal.</summary>
    async Task<Dispute> LoadAsync(long id, CancellationToken ct) =>
        await db.Set<Dispute>().Include(d => d.Parties).Include(d => d.Orders).Include(d => d.Moves)
            .AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException();

    async Task StepAsync(long id, Action<Dispute, WorkCalendar> step, CancellationToken ct) => await StepAsync(await LoadAsync(id, ct), step, ct);

    async Task StepAsync(Dispute dispute, Action<Dispute, WorkCalendar> step, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(db, ct);
        step(dispute, calendar);
        await using var tx = await db.BeginOwnTransactionAsync(ct);
        await SyncDeadlinesAsync(dispute, ct);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }

    async Task<Dispute.Actor> ActorAsync(CancellationToken ct) => new(await db.ActorNameAsync(ct), clock.GetUtcNow().UtcDateTime);



    /// <summary>Reminders: the one-month target while open, each unanswered 督办, and the 司法确认 window while it is open.</summary>
    async Task SyncDeadlinesAsync(Dispute d, CancellationToken ct)
    {
        var me = db.CurrentUser.UserId;
        var wanted = new List<WantedDeadline>();
        if (!d.IsConcluded)
            wanted.Add(new($"纠纷{d.Number}：一个月内调结", d.TargetFrom, DisputeClocks.MediationTarget, me));
        foreach (var o in d.Orders.Where(o => o.AnsweredOn is null))
            wanted.Add(new($"纠纷{d.Number}：督办反馈", o.IssuedOn,
                new DeadlineRule("督办反馈", "镇督办要求", DeadlineKind.CalendarDays, o.DueOn.DayNumber - o.IssuedOn.DayNumber), me));
        var calendar = await calendars.GetAsync(db, ct);
        if (d.ConfirmationDeadline(calendar) is { } last && d.ConfirmationAppliedOn is null && ChinaTime.Today(clock) <= last)
            wanted.Add(new($"纠纷{d.Number}：申请司法确认期限", d.AgreementEffectiveOn!.Value, DisputeClocks.ConfirmationWindow, me));
        await deadlines.SyncAsync(OwnerType, d.Id, d.ScopePath, wanted, ct);
    }
}
