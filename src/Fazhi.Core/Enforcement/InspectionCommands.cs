using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// Inspections, patrols, rectification orders and grid workers' patrol tasks. An inspection whose outcome is
/// 责令整改 issues its order in the same transaction; the re-inspection closes the order or leaves it to escalate.
/// The order's deadline is a reminder on the home page until it is rectified or escalated.
/// </summary>
public sealed class InspectionCommands(AppDbContext db, DeadlineService deadlines, TimeProvider clock)
{
    public const string OrderOwnerType = "enforcement-order";

    public sealed record OrderInput(string Items, DateOnly DueOn);

    public sealed record InspectionInput(long TownId, long? VillageId, InspectionKind Kind, DateOnly On, long? CampaignId, long? EntityId, string? Subject,
        string? Route, string Summary, InspectionOutcome Outcome, IReadOnlyList<long> OfficerIds, IReadOnlyList<Inspection.FindingInput> Findings,
        OrderInput? Order = null, long? PatrolTaskId = null);

    public sealed record Recorded(Inspection Inspection, RectificationOrder? Order);

    public async Task<Recorded> RecordAsync(InspectionInput input, CancellationToken ct = default)
    {
        if (input.Kind == InspectionKind.ReInspection) throw new DomainRuleException("复查请在整改通知中登记。");
        var entity = input.EntityId is { } eid
            ? await db.Set<RegulatedEntity>().FirstOrDefaultAsync(e => e.Id == eid, ct) ?? throw new DomainRuleException("所选监管对象不存在。")
            : null;
        var place = await RecordPlace.ResolveAsync(db, input.TownId, entity?.VillageId ?? input.VillageId, null, ct);
        var campaign = input.CampaignId is { } cid
            ? await db.Set<Campaign>().FirstOrDefaultAsync(c => c.Id == cid && c.TownId == input.TownId, ct) ?? throw new DomainRuleException("所选专项整治不存在。")
            : null;
        var officers = await OfficersAsync(input.TownId, input.OfficerIds, ct);
        var task = input.PatrolTaskId is { } tid
            ? await db.Set<PatrolTask>().FirstOrDefaultAsync(t => t.Id == tid && t.TownId == input.TownId, ct) ?? throw new DomainRuleException("所选巡查任务不存在。")
            : null;
        if (input.Outcome == InspectionOutcome.Rectification && input.Order is null) throw new DomainRuleException("责令整改须填写整改期限。");
        var by = await db.ActorNameAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var inspection = Inspection.Record(place, new Inspection.Input(input.Kind, input.On, input.Subject ?? "", input.Route, input.Summary, input.Outcome,
            input.Findings), campaign, entity, officers, ChinaTime.Today(clock), by, now);
        await using var tx = await db.BeginOwnTransactionAsync(ct);
        db.Add(inspection);
        await db.SaveChangesAsync(ct);
        if (task is not null)
        {
            task.Done(inspection);
            inspection.FromTask(task);
        }
        RectificationOrder? order = null;
        if (input.Outcome == InspectionOutcome.Rectification)
        {
            var number = await RegisterNumber.NextAsync(db.Set<RectificationOrder>().IgnoreQueryFilters().Where(o => o.TownId == place.TownId).Select(o => o.Number),
                input.On.Year, ct);
            order = RectificationOrder.Issue(inspection, number, input.Order!.Items, input.Order.DueOn, by, now);
            db.Add(order);
            await db.SaveChangesAsync(ct);
            await SyncAsync(order, ct);
        }
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return new Recorded(inspection, order);
    }

    public sealed record ReInspectionInput(DateOnly On, IReadOnlyList<long> OfficerIds, string Summary, bool Rectified);

    /// <summary>复查: rectified closes the order and marks its findings rectified; not rectified leaves it to escalate.</summary>
    public async Task<Inspection> ReInspectAsync(long orderId, ReInspectionInput input, CancellationToken ct = default)
    {
        var order = await OrderAsync(orderId, ct);
        var officers = await OfficersAsync(order.TownId, input.OfficerIds, ct);
        var by = await db.ActorNameAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var reInspection = Inspection.ReInspection(order, input.On, input.Summary, input.Rectified, officers, ChinaTime.Today(clock), by, now);
        await using var tx = await db.BeginOwnTransactionAsync(ct);
        db.Add(reInspection);
        await db.SaveChangesAsync(ct);
        order.ReInspected(reInspection, input.Rectified, by, now);
        if (input.Rectified) await FindingsRectifiedAsync(order, input.On, ct);
        await SyncAsync(order, ct);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return reInspection;
    }

    /// <summary>重新限期整改.</summary>
    public async Task ExtendAsync(long orderId, DateOnly on, DateOnly newDue, string reason, CancellationToken ct = default)
    {
        var order = await OrderAsync(orderId, ct);
        order.Extend(on, newDue, reason, await db.ActorNameAsync(ct), clock.GetUtcNow().UtcDateTime);
        await SaveAsync(order, ct);
    }

    /// <summary>取缔关停 after an order was not complied with: the entity is closed and the order's hazards are gone with it.</summary>
    public async Task CloseEntityAsync(long orderId, DateOnly on, string reason, CancellationToken ct = default)
    {
        var order = await OrderAsync(orderId, ct);
        if (on > ChinaTime.Today(clock)) throw new DomainRuleException("取缔日期不能晚于今天。");
        var entity = order.EntityId is { } eid ? await db.Set<RegulatedEntity>().FirstAsync(e => e.Id == eid, ct) : null;
        if (entity is null) throw new DomainRuleException("该整改通知未关联监管对象，无法取缔关停；可转立案查处。");
        order.Closed(on, reason, await db.ActorNameAsync(ct), clock.GetUtcNow().UtcDateTime);
        entity.Close(on, $"整改通知{order.Number}逾期未整改：{reason.Trim()}");
        await FindingsRectifiedAsync(order, on, ct);
        await SaveAsync(order, ct);
    }

    public sealed record TaskInput(long TownId, long? VillageId, DateOnly On, string Kind, string Place, string Description);

    /// <summary>A grid worker reports what they saw; it becomes a patrol task for the town's officers.</summary>
    public async Task<PatrolTask> ReportTaskAsync(TaskInput input, CancellationToken ct = default)
    {
        var place = await RecordPlace.ResolveAsync(db, input.TownId, input.VillageId, null, ct);
        var task = PatrolTask.Report(place, input.On, input.Kind, input.Place, input.Description, await db.ActorNameAsync(ct), ChinaTime.Today(clock));
        db.Add(task);
        await db.SaveChangesAsync(ct);
        return task;
    }

    public async Task DismissTaskAsync(long taskId, string reason, CancellationToken ct = default)
    {
        var task = await db.Set<PatrolTask>().FirstOrDefaultAsync(t => t.Id == taskId, ct) ?? throw new NotFoundException();
        task.Dismiss(reason);
        await db.SaveChangesAsync(ct);
    }

    async Task FindingsRectifiedAsync(RectificationOrder order, DateOnly on, CancellationToken ct)
    {
        var original = await db.Set<Inspection>().Include(i => i.Findings).FirstAsync(i => i.Id == order.InspectionId, ct);
        original.FindingsRectified(on);
    }

    async Task SaveAsync(RectificationOrder order, CancellationToken ct)
    {
        await using var tx = await db.BeginOwnTransactionAsync(ct);
        await SyncAsync(order, ct);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }

    /// <summary>The order's deadline is a reminder while it is open, for the officer who issued it (and the town's overseers).</summary>
    internal Task SyncAsync(RectificationOrder order, CancellationToken ct)
    {
        var wanted = order.Status == OrderStatus.Open
            ? new[] { new WantedDeadline($"整改期限：{order.Subject}", order.IssuedOn,
                new DeadlineRule("整改期限", $"整改通知{order.Number}", DeadlineKind.CalendarDays, order.DueOn.DayNumber - order.IssuedOn.DayNumber),
                db.CurrentUser.UserId) }
            : [];
        return deadlines.SyncAsync(OrderOwnerType, order.Id, order.ScopePath, wanted, ct);
    }

    internal async Task<RectificationOrder> OrderAsync(long id, CancellationToken ct) =>
        await db.Set<RectificationOrder>().Include(o => o.Steps).FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException();

    /// <summary>The chosen officers of the town with their certificates; an unknown id is refused.</summary>
    internal static async Task<IReadOnlyList<EnforcementOfficer>> OfficersAsync(AppDbContext db, long townId, IReadOnlyList<long> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        var officers = await db.Set<EnforcementOfficer>().Include(o => o.Certificates).Where(o => o.TownId == townId && distinct.Contains(o.Id)).ToListAsync(ct);
        if (officers.Count != distinct.Count) throw new DomainRuleException("所选执法人员不存在。");
        return officers;
    }

    Task<IReadOnlyList<EnforcementOfficer>> OfficersAsync(long townId, IReadOnlyList<long> ids, CancellationToken ct) => OfficersAsync(db, townId, ids, ct);
}
