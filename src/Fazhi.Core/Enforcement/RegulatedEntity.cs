using Fazhi.Core.Audit;
using Fazhi.Core.Common;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Regions;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// A regulated party (监管对象): a business, a site or a person, with its unified social credit code where it has one
/// (GB 32100-2015, check character validated), village, address, contact and risk class. Its inspections, orders and
/// cases point to it, so its history is one query away. Closing it (取缔关停) is what an inspection or an escalated
/// order does; it is not deleted.
/// </summary>
public sealed class RegulatedEntity : Attachments.IAttachmentOwner
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public long? VillageId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? CreditCode { get; private set; }
    public EntityKind Kind { get; private set; }
    public string? Industry { get; private set; }
    public string Address { get; private set; } = "";
    public string? ContactName { get; private set; }
    [PersonalField] public string? ContactPhone { get; private set; }
    public RiskClass Risk { get; private set; }
    public EntityStatus Status { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? ClosedReason { get; private set; }
    public int Version { get; private set; }

    private RegulatedEntity() { }

    public sealed record Details(string Name, string? CreditCode, EntityKind Kind, string? Industry, string Address, string? ContactName, string? ContactPhone,
        RiskClass Risk);

    public static RegulatedEntity Register(RecordPlace place, Details details)
    {
        var e = new RegulatedEntity { TownId = place.TownId, ScopePath = place.ScopePath, Status = EntityStatus.Operating };
        e.Apply(place, details);
        return e;
    }

    public void Edit(RecordPlace place, Details details)
    {
        if (place.TownId != TownId) throw new DomainRuleException("监管对象不能改到其他乡镇。");
        Apply(place, details);
        Version++;
    }

    void Apply(RecordPlace place, Details d)
    {
        var name = (d.Name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("请填写监管对象名称。");
        if (name.Length > 100) throw new DomainRuleException("名称不能超过100个字。");
        string? code = string.IsNullOrWhiteSpace(d.CreditCode) ? null : PersonalData.CreditCode.Normalise(d.CreditCode);
        // GB 32100-2015: 18 characters, the last a check character.
        if (code is not null && PersonalData.CreditCode.Validate(code) is { } problem) throw new DomainRuleException($"统一社会信用代码：{problem}");
        var address = (d.Address ?? "").Trim();
        if (address.Length == 0) throw new DomainRuleException("请填写地址。");
        if (address.Length > 200) throw new DomainRuleException("地址不能超过200个字。");
        var industry = string.IsNullOrWhiteSpace(d.Industry) ? null : d.Industry.Trim();
        if (industry is { Length: > 50 }) throw new DomainRuleException("行业不能超过50个字。");
        var contact = string.IsNullOrWhiteSpace(d.ContactName) ? null : d.ContactName.Trim();
        if (contact is { Length: > 50 }) throw new DomainRuleException("联系人不能超过50个字。");
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(d.ContactPhone))
        {
            if (PhoneNumber.Validate(d.ContactPhone) is { } bad) throw new DomainRuleException($"联系电话：{bad}");
            phone = PhoneNumber.Normalise(d.ContactPhone);
        }
        VillageId = place.VillageId;
        ScopePath = place.ScopePath;
        Name = name;
        CreditCode = code;
        Kind = d.Kind;
        Industry = industry;
        Address = address;
        ContactName = contact;
        ContactPhone = phone;
        Risk = d.Risk;
    }

    /// <summary>取缔关停: recorded by an inspection or an escalated order, with the reason.</summary>
    internal void Close(DateOnly on, string reason)
    {
        if (Status == EntityStatus.Closed) throw new DomainRuleException($"{Name}已于{ChinaTime.Format(ClosedOn!.Value)}取缔关停。");
        Status = EntityStatus.Closed;
        ClosedOn = on;
        ClosedReason = reason.Length > 500 ? reason[..500] : reason;
        Version++;
    }
}
