using Fazhi.Core.Regions;
using Fazhi.Core.Common;

namespace Fazhi.Core.Disputes;

/// <summary>
/// A screening round (矛盾纠纷排查) at group, village or town level: planned for a date, then held with who took
/// part, the area covered and the result — no dispute found, or the disputes found, each a register entry that
/// points back here. A planned round whose date has passed is overdue until held or cancelled.
/// </summary>
public sealed class ScreeningRound : Attachments.IAttachmentOwner
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public long? VillageId { get; private set; }
    public long? GroupId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public DisputeLevel Level { get; private set; }
    public DateOnly PlannedOn { get; private set; }
    public DateOnly? HeldOn { get; private set; }
    public string Place { get; private set; } = "";
    public string? Participants { get; private set; }
    public string? AreaCovered { get; private set; }
    /// <summary>排查结果: true when the round found no dispute.</summary>
    public bool FoundNone { get; private set; }
    public string? Notes { get; private set; }
    public ScreeningStatus Status { get; private set; }
    public int Version { get; private set; }

    private ScreeningRound() { }

    public static ScreeningRound Plan(RecordPlace place, DisputeLevel level, DateOnly plannedOn, string placeText)
    {
        if (level == DisputeLevel.Group && place.GroupId is null) throw new DomainRuleException("组级排查须选择村民小组。");
        if (level == DisputeLevel.Village && place.VillageId is null) throw new DomainRuleException("村级排查须选择村（社区）。");
        if (level == DisputeLevel.Town && place.VillageId is not null) throw new DomainRuleException("镇级排查属于乡镇，请不要选择村（社区），覆盖范围写在排查范围中。");
        placeText = (placeText ?? "").Trim();
        if (placeText.Length > 100) throw new DomainRuleException("排查地点不能超过100个字。");
        return new ScreeningRound
        {
            TownId = place.TownId, VillageId = place.VillageId, GroupId = level == DisputeLevel.Group ? place.GroupId : null, ScopePath = place.ScopePath,
            Level = level, PlannedOn = plannedOn, Place = placeText, Status = ScreeningStatus.Planned,
        };
    }

    public void RecordHeld(DateOnly heldOn, string participants, string areaCovered, bool foundNone, string? notes, DateOnly today)
    {
        if (Status == ScreeningStatus.Cancelled) throw new DomainRuleException("该次排查已取消。");
        // Once held, the record stands: what was found is registered against it (disputes point here).
        if (Status == ScreeningStatus.Held) throw new DomainRuleException("该次排查已登记开展情况。");
        if (heldOn > today) throw new DomainRuleException("开展日期不能晚于今天。");
        participants = (participants ?? "").Trim();
        areaCovered = (areaCovered ?? "").Trim();
        if (participants.Length == 0) throw new DomainRuleException("请填写参加排查的人员。");
        if (areaCovered.Length == 0) throw new DomainRuleException("请填写排查覆盖的范围（如村民小组、户数）。");
        if (participants.Length > 500 || areaCovered.Length > 500) throw new DomainRuleException("参加人员或排查范围填写过长（不超过500字）。");
        notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (notes is { Length: > 2000 }) throw new DomainRuleException("排查情况不能超过2000字。");
        HeldOn = heldOn;
        Participants = participants;
        AreaCovered = areaCovered;
        FoundNone = foundNone;
        Notes = notes;
        Status = ScreeningStatus.Held;
        Version++;
    }

    /// <summary>A dispute registered from this round: the round did find something.</summary>
    public void Found()
    {
        if (Status != ScreeningStatus.Held) throw new DomainRuleException("请先登记该次排查已开展，再登记排查发现的纠纷。");
        FoundNone = false;
        Version++;
    }

    public void Cancel(string reason)
    {
        if (Status != ScreeningStatus.Planned) throw new DomainRuleException("只有计划中的排查才能取消。");
        reason = (reason ?? "").Trim();
        if (reason.Length == 0) throw new DomainRuleException("请写明取消原因。");
        if (reason.Length > 500) throw new DomainRuleException("取消原因不能超过500字。");
        Notes = reason;
        Status = ScreeningStatus.Cancelled;
        Version++;
    }

    public bool IsOverdue(DateOnly today) => Status == ScreeningStatus.Planned && today > PlannedOn;
}
