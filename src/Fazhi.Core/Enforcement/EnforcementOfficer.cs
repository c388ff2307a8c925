using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// A member of the town's enforcement staff (执法人员) with their 行政执法证 over the years (domain-reference §6.4).
/// <see cref="LegallyQualified"/> marks a legal reviewer: 《行政处罚法》第五十八条 — first-time reviewers of major
/// decisions must hold the national legal professional qualification (法律职业资格).
/// </summary>
public sealed class EnforcementOfficer : IScopedRecord
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string Name { get; private set; } = "";
    public long? OfficeId { get; private set; }
    public string? Position { get; private set; }
    public bool LegallyQualified { get; private set; }
    public string? QualificationNumber { get; private set; }
    public bool Active { get; private set; }
    public List<EnforcementCertificate> Certificates { get; private set; } = [];
    public int Version { get; private set; }

    private EnforcementOfficer() { }

    public static EnforcementOfficer Create(long townId, string townPath, string name, long? officeId, string? position, bool legallyQualified, string? qualificationNumber)
    {
        var o = new EnforcementOfficer { TownId = townId, ScopePath = townPath, Active = true };
        o.Edit(name, officeId, position, legallyQualified, qualificationNumber, true);
        o.Version = 0;
        return o;
    }

    public void Edit(string name, long? officeId, string? position, bool legallyQualified, string? qualificationNumber, bool active)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("请填写执法人员姓名。");
        if (name.Length > 50) throw new DomainRuleException("姓名不能超过50个字。");
        position = string.IsNullOrWhiteSpace(position) ? null : position.Trim();
        if (position is { Length: > 50 }) throw new DomainRuleException("职务不能超过50个字。");
        qualificationNumber = string.IsNullOrWhiteSpace(qualificationNumber) ? null : qualificationNumber.Trim();
        if (legallyQualified && qualificationNumber is null) throw new DomainRuleException("标记为具有法律职业资格的，请填写法律职业资格证书编号。");
        if (qualificationNumber is { Length: > 30 }) throw new DomainRuleException("法律职业资格证书编号不能超过30个字符。");
        Name = name;
        OfficeId = officeId;
        Position = position;
        LegallyQualified = legallyQualified;
        QualificationNumber = legallyQualified ? qualificationNumber : null;
        Active = active;
        Version++;
    }

    public EnforcementCertificate AddCertificate(string number, string issuedBy, string area, DateOnly validFrom, DateOnly validTo)
    {
        var cert = EnforcementCertificate.Create(number, Name, issuedBy, area, validFrom, validTo);
        if (Certificates.Any(c => c.Number == cert.Number)) throw new DomainRuleException($"执法证号{cert.Number}已登记。");
        var overlapping = Certificates.FirstOrDefault(c => c.Status == CertificateStatus.Valid && c.ValidFrom <= validTo && validFrom <= c.ValidTo);
        if (overlapping is not null)
            throw new DomainRuleException($"{Name}已有在该期间有效的执法证（{overlapping.Number}），请先注销或暂扣旧证。");
        cert.PlaceIn(ScopePath);
        Certificates.Add(cert);
        Version++;
        return cert;
    }

    /// <summary>The certificate valid on a day, else the one that best explains why none is (the latest).</summary>
    public EnforcementCertificate? CertificateFor(DateOnly day) =>
        Certificates.FirstOrDefault(c => c.IsValidOn(day)) ?? Certificates.OrderByDescending(c => c.ValidTo).FirstOrDefault();

    public OfficerRule.Officer AsOfficerOn(DateOnly day) => new(Name, CertificateFor(day));
}
