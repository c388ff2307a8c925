using Fazhi.Core.Common;
using Fazhi.Core.Regions;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// A finding reported by a grid worker (网格员, e.g. straw burning, a new illegal building, a stall on the street):
/// it becomes a patrol task for the town's officers, done when a patrol or inspection records it, or dismissed with a reason.
/// </summary>
public sealed class PatrolTask : Attachments.IAttachmentOwner
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public long? VillageId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public DateOnly ReportedOn { get; private set; }
    public string ReportedBy { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public string Place { get; private set; } = "";
    public string Description { get; private set; } = "";
    public PatrolTaskStatus Status { get; private set; }
    public long? InspectionId { get; private set; }
    public string? DismissReason { get; private set; }
    public int Version { get; private set; }

    private PatrolTask() { }

    public static PatrolTask Report(RecordPlace place, DateOnly on, string kind, string placeText, string description, string reportedBy, DateOnly today)
    {
        if (on > today) throw new DomainRuleException("发现日期不能晚于今天。");
        if (!CampaignKinds.All.Contains(kind)) throw new DomainRuleException("请选择问题类别。");
        placeText = (placeText ?? "").Trim();
        description = (description ?? "").Trim();
        if (placeText.Length == 0) throw new DomainRuleException("请填写发现地点。");
        if (placeText.Length > 200) throw new DomainRuleException("发现地点不能超过200个字。");
        if (description.Length == 0) throw new DomainRuleException("请简要描述发现的问题。");
        if (description.Length > 2000) throw new DomainRuleException("问题描述不能超过2000字。");
        return new PatrolTask
        {
            TownId = place.TownId, VillageId = place.VillageId, ScopePath = place.ScopePath, ReportedOn = on, ReportedBy = reportedBy, Kind = kind,
            Place = placeText, Description = description, Status = PatrolTaskStatus.Open,
        };
    }

    internal void Done(Inspection inspection)
    {
        RequireOpen();
        if (inspection.InspectedOn < ReportedOn) throw new DomainRuleException("巡查日期不能早于问题发现日期。");
        InspectionId = inspection.Id;
        Status = PatrolTaskStatus.Done;
        Version++;
    }

    public void Dismiss(string reason)
    {
        RequireOpen();
        reason = (reason ?? "").Trim();
        if (reason.Length == 0) throw new DomainRuleException("请写明不予处理的理由。");
        if (reason.Length > 500) throw new DomainRuleException("理由不能超过500字。");
        DismissReason = reason;
        Status = PatrolTaskStatus.Dismissed;
        Version++;
    }

    void RequireOpen()
    {
        if (Status != PatrolTaskStatus.Open) throw new DomainRuleException($"该巡查任务{EnforcementLabels.Of(Status)}。");
    }
}
