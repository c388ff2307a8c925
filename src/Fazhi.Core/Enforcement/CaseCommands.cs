using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// The use cases of a penalty case. Each step loads the case through the scoped context, applies the step (the rules
/// live on <see cref="EnforcementCase"/>), brings its reminders in line — the 90-day decision, the 7-working-day
/// publicity, the 15-day fine — and saves once, audited. Officers default to the case's own.
/// </summary>
public sealed class CaseCommands(AppDbContext db, DeadlineService deadlines, CalendarProvider calendars, InspectionCommands inspections, TimeProvider clock)
{
    public const string OwnerType = "enforcement-case";

    public sealed record FileInput(long TownId, long? VillageId, CaseType Type, string Cause, EnforcementCase.Party Party, long? EntityId, long? InspectionId,
        DateOnly FiledOn, bool Major, IReadOnlyList<long> OfficerIds);

    public Task<EnforcementCase> FileAsync(FileInput input, CancellationToken ct = default) => FileAsync(input, null, ct);

    /// <summary>立案查处 after an order was not complied with: the case is filed and the order escalated to it.</summary>
    public async Task<EnforcementCase> FileFromOrderAsync(long orderId, FileInput input, CancellationToken ct = default)
    {
        var order = await inspections.OrderAsync(orderId, ct);
        return await FileAsync(input with { TownId = order.TownId, VillageId = order.VillageId, EntityId = order.EntityId, InspectionId = order.InspectionId }, order, ct);
    }

    async Task<EnforcementCase> FileAsync(FileInput input, RectificationOrder? order, CancellationToken ct)
    {
        var entity = input.EntityId is { } eid
            ? await db.Set<RegulatedEntity>().FirstOrDefaultAsync(e => e.Id == eid, ct) ?? throw new DomainRuleException("所选监管对象不存在。")
            : null;
        var place = await RecordPlace.ResolveAsync(db, input.TownId, entity?.VillageId ?? input.VillageId, null, ct);
        var inspection = input.InspectionId is { } iid
            ? await db.Set<Inspection>().FirstOrDefaultAsync(i => i.Id == iid && i.TownId == input.TownId, ct) ?? throw new DomainRuleException("所选检查记录不存在。")
            : null;
        var officers = await InspectionCommands.OfficersAsync(db, input.TownId, input.OfficerIds, ct);
        var calendar = await calendars.GetAsync(db, ct);
        var by = await ActorAsync(ct);
        await using var tx = await db.BeginOwnTransactionAsync(ct);
        var number = await RegisterNumber.NextAsync(db.Set<EnforcementCase>().IgnoreQueryFilters().Where(c => c.TownId == place.TownId).Select(c => c.Number),
            input.FiledOn.Year, ct);
        var @case = EnforcementCase.File(place, number, input.Type, input.Cause, input.Party, entity, inspection, input.FiledOn, input.Major, officers,
            calendar, ChinaTime.Today(clock), by);
        db.Add(@case);
        await db.SaveChangesAsync(ct);
        if (order is not null)
        {
            @case.FromOrder(order);
            order.ToCase(@case, by.Name, by.AtUtc);
            await inspections.SyncAsync(order, ct);
        }
        await SyncAsync(@case, ct);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return @case;
    }

    public Task InvestigateAsync(long id, DateOnly on, string evidence, IReadOnlyList<long>? officerIds = null, CancellationToken ct = default) =>
        StepAsync(id, officerIds, (c, o, _, by) => c.Investigate(Past(on), evidence, o, by), ct);

    public Task NotifyRightsAsync(long id, DateOnly on, IReadOnlyList<long>? officerIds = null, CancellationToken ct = default) =>
        StepAsync(id, officerIds, (c, o, cal, by) => c.NotifyRights(Past(on), o, cal, by), ct);

    public Task RequestHearingAsync(long id, DateOnly on, CancellationToken ct = default) =>
        StepAsync(id, null, (c, _, _, by) => c.RequestHearing(Past(on), by), ct);

    public Task HoldHearingAsync(long id, DateOnly on, string note, CancellationToken ct = default) =>
        StepAsync(id, null, (c, _, _, by) => c.HoldHearing(Past(on), note, by), ct);

    public async Task ReviewAsync(long id, DateOnly on, long reviewerId, string opinion, CancellationToken ct = default)
    {
        var @case = await LoadAsync(id, ct);
        var reviewer = (await InspectionCommands.OfficersAsync(db, @case.TownId, [reviewerId], ct))[0];
        await StepAsync(@case, null, (c, _, _, by) => c.Review(Past(on), reviewer, opinion, by), ct);
    }

    public Task DecideAsync(long id, EnforcementCase.Decision decision, CancellationToken ct = default) =>
        StepAsync(id, null, (c, _, cal, by) => c.Decide(decision with { On = Past(decision.On) }, cal, by), ct);

    public Task ServeAsync(long id, DateOnly on, IReadOnlyList<long>? officerIds = null, CancellationToken ct = default) =>
        StepAsync(id, officerIds, (c, o, cal, by) => c.Serve(Past(on), o, cal, by), ct);

    public Task RecordPaymentAsync(long id, DateOnly on, CancellationToken ct = default) =>
        StepAsync(id, null, (c, _, _, by) => c.RecordPayment(Past(on), by), ct);

    public Task PublishAsync(long id, DateOnly on, CancellationToken ct = default) =>
        StepAsync(id, null, (c, _, _, by) => c.Publish(Past(on), by), ct);

    public Task RecordExecutionAsync(long id, DateOnly on, string note, CancellationToken ct = default) =>
        StepAsync(id, null, (c, _, _, by) => c.RecordExecution(Past(on), note, by), ct);

    public Task CloseAsync(long id, DateOnly on, CancellationToken ct = default) =>
        StepAsync(id, null, (c, _, _, by) => c.Close(Past(on), by), ct);

    public Task DropAsync(long id, DateOnly on, string reason, CancellationToken ct = default) =>
        StepAsync(id, null, (c, _, _, by) => c.Drop(Past(on), reason, by), ct);

    public Task OrderStopWorkAsync(long id, DateOnly on, IReadOnlyList<long>? officerIds = null, CancellationToken ct = default) =>
        StepAsync(id, officerIds, (c, o, _, by) => c.OrderStopWork(Past(on), o, by), ct);

    public Task PostNoticeAsync(long id, DateOnly on, CancellationToken ct = default) =>
        StepAsync(id, null, (c, _, _, by) => c.PostNotice(Past(on), by), ct);

    public Task DemandAsync(long id, DateOnly on, DateOnly demolishBy, CancellationToken ct = default) =>
        StepAsync(id, null, (c, _, _, by) => c.Demand(Past(on), demolishBy, by), ct);

    public Task RecordDemolitionAsync(long id, DateOnly on, bool forced, IReadOnlyList<long>? officerIds = null, CancellationToken ct = default) =>
        StepAsync(id, officerIds, (c, o, _, by) => c.RecordDemolition(Past(on), forced, o, by), ct);

    DateOnly Past(DateOnly on) => on > ChinaTime.Today(clock) ? throw new DomainRuleException("日期不能晚于今天。") : on;

    async Task StepAsync(long id, IReadOnlyList<long>? officerIds, Action<EnforcementCase, IReadOnlyList<EnforcementOfficer>, WorkCalendar, EnforcementCase.Actor> step,
        CancellationToken ct) => await StepAsync(await LoadAsync(id, ct), officerIds, step, ct);

    async Task StepAsync(EnforcementCase @case, IReadOnlyList<long>? officerIds,
        Action<EnforcementCase, IReadOnlyList<EnforcementOfficer>, WorkCalendar, EnforcementCase.Actor> step, CancellationToken ct)
    {
        var ids = officerIds is { Count: > 0 } ? officerIds : @case.Officers.Select(o => o.OfficerId).ToList();
        var officers = await InspectionCommands.OfficersAsync(db, @case.TownId, ids, ct);
        step(@case, officers, await calendars.GetAsync(db, ct), await ActorAsync(ct));
        await using var tx = await db.BeginOwnTransactionAsync(ct);
        await SyncAsync(@case, ct);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }

    /// <summary>Reminders, for whoever takes the step that opens them: the decision while open, the publicity while unpublished, the fine while unpaid.</summary>
    Task SyncAsync(EnforcementCase c, CancellationToken ct)
    {
        var me = db.CurrentUser.UserId;
        var wanted = new List<WantedDeadline>();
        if (c.Status == CaseStatus.Open) wanted.Add(new($"作出处罚决定：{c.Cause}", c.FiledOn, EnforcementClocks.Decision, me));
        if (c.DecidedOn is { } decided && c.PublishedOn is null && c.Status != CaseStatus.Dropped)
            wanted.Add(new($"处罚决定公示：{c.DecisionNumber}", decided, EnforcementClocks.Publicity, me));
        if (c.ServedOn is { } served && c.FineFen is not null && c.PaidOn is null && c.Status == CaseStatus.Decided)
            wanted.Add(new($"罚款缴纳：{c.PartyName}", served, EnforcementClocks.FinePayment, me));
        return deadlines.SyncAsync(OwnerType, c.Id, c.ScopePath, wanted, ct);
    }

    async Task<EnforcementCase> LoadAsync(long id, CancellationToken ct) =>
        await db.Set<EnforcementCase>().Include(c => c.Officers).Include(c => c.Steps).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct)
        ?? throw new NotFoundException();

    async Task<EnforcementCase.Actor> ActorAsync(CancellationToken ct) => new(await db.ActorNameAsync(ct), clock.GetUtcNow().UtcDateTime);
}
