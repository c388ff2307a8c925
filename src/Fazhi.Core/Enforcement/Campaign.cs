using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// A special campaign (专项整治) of the town: name, kind, period, lead office, the partner agencies of a joint action
/// (联合执法, e.g. 工商所、派出所、城管中心) and its targets. Its results are rolled up from the inspections that name it.
/// </summary>
public sealed class Campaign : Attachments.IAttachmentOwner
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public long? LeadOfficeId { get; private set; }
    public string? Targets { get; private set; }
    public string? Summary { get; private set; }
    public List<CampaignPartner> Partners { get; private set; } = [];
    public int Version { get; private set; }

    public bool IsJoint => Partners.Count > 0;

    private Campaign() { }

    public sealed record Details(string Name, string Kind, DateOnly StartsOn, DateOnly EndsOn, long? LeadOfficeId, string? Targets, string? Summary);

    public static Campaign Create(long townId, string townPath, Details details, IReadOnlyList<(long Id, string Name)> partners)
    {
        var c = new Campaign { TownId = townId, ScopePath = townPath };
        c.Edit(details, partners);
        c.Version = 0;
        return c;
    }

    public void Edit(Details d, IReadOnlyList<(long Id, string Name)> partners)
    {
        var name = (d.Name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("请填写专项整治名称。");
        if (name.Length > 100) throw new DomainRuleException("名称不能超过100个字。");
        if (!CampaignKinds.All.Contains(d.Kind)) throw new DomainRuleException("请选择专项整治类别。");
        if (d.EndsOn < d.StartsOn) throw new DomainRuleException("结束日期不能早于开始日期。");
        var targets = string.IsNullOrWhiteSpace(d.Targets) ? null : d.Targets.Trim();
        if (targets is { Length: > 1000 }) throw new DomainRuleException("整治对象（范围）不能超过1000字。");
        var summary = string.IsNullOrWhiteSpace(d.Summary) ? null : d.Summary.Trim();
        if (summary is { Length: > 4000 }) throw new DomainRuleException("工作小结不能超过4000字。");
        Name = name;
        Kind = d.Kind;
        StartsOn = d.StartsOn;
        EndsOn = d.EndsOn;
        LeadOfficeId = d.LeadOfficeId;
        Targets = targets;
        Summary = summary;
        Partners.RemoveAll(p => !partners.Any(x => x.Id == p.PartnerId));
        foreach (var (id, partnerName) in partners.DistinctBy(p => p.Id).Where(p => !Partners.Any(x => x.PartnerId == p.Id)))
            Partners.Add(new CampaignPartner(id, partnerName, ScopePath));
        Version++;
    }

    public bool Covers(DateOnly day) => day >= StartsOn && day <= EndsOn;
}

/// <summary>A partner agency (协作单位) taking part in a joint campaign.</summary>
public sealed class CampaignPartner : IScopedRecord
{
    public long Id { get; private set; }
    public long CampaignId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public long PartnerId { get; private set; }
    public string Name { get; private set; } = "";

    private CampaignPartner() { }

    internal CampaignPartner(long partnerId, string name, string scopePath)
    {
        PartnerId = partnerId;
        Name = name;
        ScopePath = scopePath;
    }
}
