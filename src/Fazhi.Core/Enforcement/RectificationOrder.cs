using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// A rectification order (责令整改通知书) issued on an inspection: the items, the deadline, then the re-inspection
/// (复查) that finds them rectified — which closes it — or not, which escalates it: a new deadline, a case
/// (立案查处) or closure (取缔关停). Every step stays in its history.
/// </summary>
public sealed class RectificationOrder : Attachments.IAttachmentOwner
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public long? VillageId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string Number { get; private set; } = "";
    public long InspectionId { get; private set; }
    public long? EntityId { get; private set; }
    public long? CampaignId { get; private set; }
    public string Subject { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public string Items { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public OrderStatus Status { get; private set; }
    public DateOnly? RectifiedOn { get; private set; }
    public DateOnly? EscalatedOn { get; private set; }
    public long? CaseId { get; private set; }
    /// <summary>The last re-inspection found the items not rectified, and nothing has been done about it yet.</summary>
    public bool AwaitingEscalation { get; private set; }
    public List<OrderStep> Steps { get; private set; } = [];
    public int Version { get; private set; }

    private RectificationOrder() { }

    public static RectificationOrder Issue(Inspection inspection, string number, string items, DateOnly dueOn, string by, DateTime atUtc)
    {
        if (inspection.Outcome != InspectionOutcome.Rectification) throw new DomainRuleException("只有结果为“责令整改”的检查才能下达整改通知。");
        items = (items ?? "").Trim();
        if (items.Length == 0) items = string.Join("\n", inspection.Findings.Where(f => !f.CorrectedOnSpot).Select((f, i) => $"{i + 1}. {f.Description}"));
        if (items.Length == 0) throw new DomainRuleException("请填写整改事项。");
        if (items.Length > 4000) throw new DomainRuleException("整改事项不能超过4000字。");
        if (dueOn <= inspection.InspectedOn) throw new DomainRuleException("整改期限须晚于检查日期。");
        var order = new RectificationOrder
        {
            TownId = inspection.TownId, VillageId = inspection.VillageId, ScopePath = inspection.ScopePath, Number = number, InspectionId = inspection.Id,
            EntityId = inspection.EntityId, CampaignId = inspection.CampaignId, Subject = inspection.Subject, IssuedOn = inspection.InspectedOn,
            Items = items, DueOn = dueOn, Status = OrderStatus.Open,
        };
        order.Log(OrderStepKind.Issued, inspection.InspectedOn, $"限{ChinaTime.Format(dueOn)}前整改完毕", null, by, atUtc);
        return order;
    }

    public bool IsOverdue(DateOnly today) => Status == OrderStatus.Open && today > DueOn;

    /// <summary>复查: the re-inspection (its own record, with officers and photos) finds the items rectified or not.</summary>
    internal void ReInspected(Inspection reInspection, bool rectified, string by, DateTime atUtc)
    {
        RequireOpen();
        var on = reInspection.InspectedOn;
        if (on < IssuedOn) throw new DomainRuleException("复查日期不能早于整改通知下达日期。");
        if (rectified)
        {
            Status = OrderStatus.Rectified;
            RectifiedOn = on;
            AwaitingEscalation = false;
        }
        else AwaitingEscalation = true;
        Log(rectified ? OrderStepKind.ReInspectedRectified : OrderStepKind.ReInspectedNotRectified, on, reInspection.Summary, reInspection.Id, by, atUtc);
    }

    /// <summary>Not rectified: a new deadline (重新限期整改).</summary>
    public void Extend(DateOnly on, DateOnly newDue, string reason, string by, DateTime atUtc)
    {
        RequireEscalable(on);
        if (newDue <= on) throw new DomainRuleException("新的整改期限须晚于今天的处理日期。");
        var text = Reason(reason);
        DueOn = newDue;
        AwaitingEscalation = false;
        Log(OrderStepKind.Extended, on, $"重新限期至{ChinaTime.Format(newDue)}：{text}", null, by, atUtc);
    }

    /// <summary>Not rectified: the matter goes to a case (立案查处).</summary>
    internal void ToCase(EnforcementCase @case, string by, DateTime atUtc)
    {
        RequireEscalable(@case.FiledOn);
        Status = OrderStatus.Escalated;
        EscalatedOn = @case.FiledOn;
        CaseId = @case.Id;
        AwaitingEscalation = false;
        Log(OrderStepKind.ToCase, @case.FiledOn, $"立案查处（案件{@case.Number}）", null, by, atUtc);
    }

    /// <summary>Not rectified: the entity is closed (取缔关停).</summary>
    internal void Closed(DateOnly on, string reason, string by, DateTime atUtc)
    {
        RequireEscalable(on);
        Status = OrderStatus.Escalated;
        EscalatedOn = on;
        AwaitingEscalation = false;
        Log(OrderStepKind.Closure, on, Reason(reason), null, by, atUtc);
    }

    void RequireOpen()
    {
        if (Status != OrderStatus.Open) throw new DomainRuleException($"该整改通知{EnforcementLabels.Of(Status)}。");
    }

    /// <summary>Escalation follows a re-inspection that found the items not rectified, or a deadline that has passed.</summary>
    void RequireEscalable(DateOnly on)
    {
        RequireOpen();
        if (!AwaitingEscalation && on <= DueOn)
            throw new DomainRuleException($"整改期限（{ChinaTime.Format(DueOn)}）未届满且未经复查认定未整改，不能升级处理。");
        if (on < IssuedOn) throw new DomainRuleException("处理日期不能早于整改通知下达日期。");
    }

    static string Reason(string reason)
    {
        reason = (reason ?? "").Trim();
        if (reason.Length == 0) throw new DomainRuleException("请写明处理理由。");
        if (reason.Length > 500) throw new DomainRuleException("处理理由不能超过500字。");
        return reason;
    }

    void Log(OrderStepKind kind, DateOnly on, string note, long? inspectionId, string by, DateTime atUtc)
    {
        Steps.Add(new OrderStep(ScopePath, kind, on, note.Length > 1000 ? note[..1000] : note, inspectionId, by, atUtc));
        Version++;
    }
}

/// <summary>One entry in an order's history.</summary>
public sealed class OrderStep : IScopedRecord
{
    public long Id { get; private set; }
    public long OrderId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public OrderStepKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    public string Note { get; private set; } = "";
    public long? InspectionId { get; private set; }
    public string ByName { get; private set; } = "";
    public DateTime AtUtc { get; private set; }

    private OrderStep() { }

    internal OrderStep(string scopePath, OrderStepKind kind, DateOnly on, string note, long? inspectionId, string byName, DateTime atUtc)
    {
        ScopePath = scopePath;
        Kind = kind;
        On = on;
        Note = note;
        InspectionId = inspectionId;
        ByName = byName;
        AtUtc = atUtc;
    }
}
