using Fazhi.Core.Audit;
using Fazhi.Core.Common;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Data;

namespace Fazhi.Core.Staff;

public enum PartnerKind
{
    PoliceStation,
    MarketRegulator,
    LawFirm,
    Court,
    JusticeBureau,
    CityManagement,
    EnvironmentAgency,
    LegalAidCentre,
    Other,
}

public static class PartnerKindNames
{
    public static string Label(PartnerKind kind) => kind switch
    {
        PartnerKind.PoliceStation => "派出所",
        PartnerKind.MarketRegulator => "市场监管所",
        PartnerKind.LawFirm => "律师事务所",
        PartnerKind.Court => "人民法庭",
        PartnerKind.JusticeBureau => "司法局",
        PartnerKind.CityManagement => "城管中心",
        PartnerKind.EnvironmentAgency => "环保执法机构",
        PartnerKind.LegalAidCentre => "法律援助中心",
        _ => "其他",
    };
}

/// <summary>An outside body a town works with: police station, market regulator, law firm ….</summary>
public sealed class PartnerOrganisation : Attachments.IAttachmentOwner
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string Name { get; private set; } = "";
    public PartnerKind Kind { get; private set; }
    public string? Contact { get; private set; }
    /// <summary>The contact person's phone: personal data, stored encrypted and masked in the audit log.</summary>
    [PersonalField]
    public string? ContactPhone { get; private set; }

    private PartnerOrganisation() { }

    public static PartnerOrganisation Create(long townId, string townPath, string name, PartnerKind kind, string? contact, string? contactPhone = null)
    {
        var p = new PartnerOrganisation { TownId = townId, ScopePath = townPath };
        p.Update(name, kind, contact);
        p.ChangeContactPhone(contactPhone);
        return p;
    }

    /// <summary>
    /// Separate from <see cref="Update"/> so that callers which do not know the phone (the existing admin form)
    /// never clear it by omission. Empty clears it.
    /// </summary>
    public void ChangeContactPhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) { ContactPhone = null; return; }
        ContactPhone = PhoneNumber.Normalise(phone) ?? throw new DomainRuleException(PhoneNumber.Validate(phone)!);
    }

    public void Update(string name, PartnerKind kind, string? contact)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("请填写单位名称。");
        if (name.Length > 100) throw new DomainRuleException("单位名称不能超过100个字。");
        Name = name;
        Kind = kind;
        Contact = string.IsNullOrWhiteSpace(contact) ? null : contact.Trim();
    }
}
