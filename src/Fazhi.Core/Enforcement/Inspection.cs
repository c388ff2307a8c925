using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// An inspection (检查) of an entity or place, a patrol (巡查) along a route, or the re-inspection (复查) of a
/// rectification order: date, officers (at least two holding a certificate valid that day, 《行政处罚法》第四十二条),
/// findings, photos and video as the full-process record (全过程记录, 第四十七条, kept as attachments), and the outcome.
/// </summary>
public sealed class Inspection : Attachments.IAttachmentOwner
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public long? VillageId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public InspectionKind Kind { get; private set; }
    public DateOnly InspectedOn { get; private set; }
    public long? CampaignId { get; private set; }
    public long? EntityId { get; private set; }
    /// <summary>The entity's name, or the place inspected when there is no entity (a street, a field, a building site).</summary>
    public string Subject { get; private set; } = "";
    public string? Route { get; private set; }
    public string Summary { get; private set; } = "";
    public InspectionOutcome Outcome { get; private set; }
    public long? FollowsOrderId { get; private set; }
    public long? PatrolTaskId { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAtUtc { get; private set; }
    public List<InspectionOfficer> Officers { get; private set; } = [];
    public List<InspectionFinding> Findings { get; private set; } = [];
    public int Version { get; private set; }

    private Inspection() { }

    public sealed record FindingInput(FindingType Type, FindingSeverity Severity, string Description, bool CorrectedOnSpot = false);

    public sealed record Input(InspectionKind Kind, DateOnly On, string Subject, string? Route, string Summary, InspectionOutcome Outcome,
        IReadOnlyList<FindingInput> Findings);

    public static Inspection Record(RecordPlace place, Input input, Campaign? campaign, RegulatedEntity? entity, IReadOnlyList<EnforcementOfficer> officers,
        DateOnly today, string recordedBy, DateTime atUtc)
    {
        if (input.On > today) throw new DomainRuleException("检查日期不能晚于今天。");
        if (campaign is not null && !campaign.Covers(input.On))
            throw new DomainRuleException($"检查日期不在专项整治“{campaign.Name}”的期间（{ChinaTime.Format(campaign.StartsOn)}至{ChinaTime.Format(campaign.EndsOn)}）内。");
        if (entity is not null && (entity.TownId != place.TownId)) throw new DomainRuleException("监管对象不属于该乡镇。");
        var subject = entity?.Name ?? (input.Subject ?? "").Trim();
        if (subject.Length == 0) throw new DomainRuleException(input.Kind == InspectionKind.Patrol ? "请填写巡查区域。" : "请选择监管对象或填写检查地点。");
        if (subject.Length > 200) throw new DomainRuleException("检查地点（对象）不能超过200个字。");
        var route = string.IsNullOrWhiteSpace(input.Route) ? null : input.Route.Trim();
        if (input.Kind == InspectionKind.Patrol && route is null) throw new DomainRuleException("请填写巡查路线。");
        if (route is { Length: > 500 }) throw new DomainRuleException("巡查路线不能超过500个字。");
        var summary = (input.Summary ?? "").Trim();
        if (summary.Length == 0) throw new DomainRuleException("请填写检查情况。");
        if (summary.Length > 4000) throw new DomainRuleException("检查情况不能超过4000字。");
        RequireOfficers(officers, input.On);
        var findings = input.Findings.Where(f => !string.IsNullOrWhiteSpace(f.Description)).ToList();
        if (findings.Count > 50) throw new DomainRuleException("一次检查最多登记50项问题。");
        switch (input.Outcome)
        {
            case InspectionOutcome.NoProblem when findings.Any(f => !f.CorrectedOnSpot):
                throw new DomainRuleException("检查结果为“未发现问题”时，登记的问题须均已当场整改；否则请选择“责令整改”。");
            case InspectionOutcome.Rectification when findings.All(f => f.CorrectedOnSpot):
                throw new DomainRuleException("责令整改须至少登记一项未当场整改的问题。");
            case InspectionOutcome.Closure when entity is null:
                throw new DomainRuleException("取缔关停须选择监管对象。");
            case InspectionOutcome.Case when findings.Count == 0:
                throw new DomainRuleException("立案查处须至少登记一项违法行为。");
        }
        var inspection = new Inspection
        {
            TownId = place.TownId, VillageId = place.VillageId, ScopePath = place.ScopePath, Kind = input.Kind, InspectedOn = input.On,
            CampaignId = campaign?.Id, EntityId = entity?.Id, Subject = subject, Route = route, Summary = summary, Outcome = input.Outcome,
            RecordedBy = recordedBy, RecordedAtUtc = atUtc,
        };
        foreach (var o in officers) inspection.Officers.Add(new InspectionOfficer(o, input.On, place.ScopePath));
        foreach (var f in findings) inspection.Findings.Add(InspectionFinding.Create(f, input.On, place.ScopePath));
        if (input.Outcome == InspectionOutcome.Closure) entity!.Close(input.On, $"检查取缔：{summary}");
        return inspection;
    }

    /// <summary>复查: the re-inspection of an order, its own record with officers and photos; it finds the items rectified or not.</summary>
    public static Inspection ReInspection(RectificationOrder order, DateOnly on, string summary, bool rectified, IReadOnlyList<EnforcementOfficer> officers,
        DateOnly today, string recordedBy, DateTime atUtc)
    {
        if (on > today) throw new DomainRuleException("复查日期不能晚于今天。");
        summary = (summary ?? "").Trim();
        if (summary.Length == 0) throw new DomainRuleException("请填写复查情况。");
        if (summary.Length > 4000) throw new DomainRuleException("复查情况不能超过4000字。");
        RequireOfficers(officers, on);
        var inspection = new Inspection
        {
            TownId = order.TownId, VillageId = order.VillageId, ScopePath = order.ScopePath, Kind = InspectionKind.ReInspection, InspectedOn = on,
            CampaignId = order.CampaignId, EntityId = order.EntityId, Subject = order.Subject, Summary = summary,
            Outcome = rectified ? InspectionOutcome.NoProblem : InspectionOutcome.Rectification, FollowsOrderId = order.Id,
            RecordedBy = recordedBy, RecordedAtUtc = atUtc,
        };
        foreach (var o in officers) inspection.Officers.Add(new InspectionOfficer(o, on, order.ScopePath));
        return inspection;
    }

    /// <summary>《行政处罚法》第四十二条: two officers holding certificates valid that day; an inactive officer does not count.</summary>
    public static void RequireOfficers(IReadOnlyList<EnforcementOfficer> officers, DateOnly day) =>
        OfficerRule.RequireCertified(officers.Distinct()
            .Select(o => o.Active ? o.AsOfficerOn(day) : new OfficerRule.Officer(o.Name + "（已停用）", null)).ToList(), day);

    internal void FromTask(PatrolTask task) => PatrolTaskId = task.Id;

    /// <summary>The order's findings are rectified as of the re-inspection that found them so (or the closure).</summary>
    internal void FindingsRectified(DateOnly on)
    {
        foreach (var f in Findings.Where(f => f.RectifiedOn is null)) f.Rectified(on);
        Version++;
    }
}

/// <summary>An officer on an inspection, with the certificate number shown (亮证, 第五十五条) as of that day.</summary>
public sealed class InspectionOfficer : IScopedRecord
{
    public long Id { get; private set; }
    public long InspectionId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public long OfficerId { get; private set; }
    public string Name { get; private set; } = "";
    public string CertificateNumber { get; private set; } = "";

    private InspectionOfficer() { }

    internal InspectionOfficer(EnforcementOfficer officer, DateOnly day, string scopePath)
    {
        OfficerId = officer.Id;
        Name = officer.Name;
        CertificateNumber = officer.CertificateFor(day) is { } c && c.IsValidOn(day) ? c.Number : "";
        ScopePath = scopePath;
    }
}

/// <summary>A hazard (安全隐患) or violation (违法行为) found, with its severity and when it was put right.</summary>
public sealed class InspectionFinding : IScopedRecord
{
    public long Id { get; private set; }
    public long InspectionId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public FindingType Type { get; private set; }
    public FindingSeverity Severity { get; private set; }
    public string Description { get; private set; } = "";
    public bool CorrectedOnSpot { get; private set; }
    public DateOnly? RectifiedOn { get; private set; }

    private InspectionFinding() { }

    internal static InspectionFinding Create(Inspection.FindingInput f, DateOnly on, string scopePath)
    {
        var description = f.Description.Trim();
        if (description.Length > 500) throw new DomainRuleException("每项问题的描述不能超过500字。");
        return new InspectionFinding
        {
            Type = f.Type, Severity = f.Severity, Description = description, CorrectedOnSpot = f.CorrectedOnSpot,
            RectifiedOn = f.CorrectedOnSpot ? on : null, ScopePath = scopePath,
        };
    }

    internal void Rectified(DateOnly on) => RectifiedOn = on;
}
