using Fazhi.Core.Common;

namespace Fazhi.Core.Enforcement;

public enum CertificateStatus { Valid, Suspended, Revoked }

/// <summary>
/// A 行政执法证 (domain-reference §6.4): number, holder, issuing authority, enforcement area and validity. A certificate
/// counts on a day when it is valid (not suspended or revoked) and the day lies within its validity, both ends included.
/// </summary>
public sealed class EnforcementCertificate : Data.IScopedRecord
{
    public long Id { get; private set; }
    public long OfficerId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string Number { get; private set; } = "";
    public string HolderName { get; private set; } = "";
    public string IssuedBy { get; private set; } = "";
    public string Area { get; private set; } = "";
    public DateOnly ValidFrom { get; private set; }
    public DateOnly ValidTo { get; private set; }
    public CertificateStatus Status { get; private set; }

    private EnforcementCertificate() { }

    public static EnforcementCertificate Create(string number, string holderName, string issuedBy, string area, DateOnly validFrom, DateOnly validTo)
    {
        number = (number ?? "").Trim();
        holderName = (holderName ?? "").Trim();
        if (number.Length == 0) throw new DomainRuleException("请填写执法证号。");
        if (number.Length > 30) throw new DomainRuleException("执法证号不能超过30个字符。");
        if (holderName.Length == 0) throw new DomainRuleException("请填写持证人姓名。");
        if (string.IsNullOrWhiteSpace(issuedBy)) throw new DomainRuleException("请填写发证机关。");
        if (string.IsNullOrWhiteSpace(area)) throw new DomainRuleException("请填写执法区域。");
        if (validTo < validFrom) throw new DomainRuleException("有效期截止日期不能早于起始日期。");
        return new EnforcementCertificate
        {
            Number = number, HolderName = holderName, IssuedBy = issuedBy.Trim(), Area = area.Trim(), ValidFrom = validFrom, ValidTo = validTo,
            Status = CertificateStatus.Valid,
        };
    }

    internal void PlaceIn(string scopePath) => ScopePath = scopePath;

    public void Suspend() => Status = CertificateStatus.Suspended;
    public void Revoke() => Status = CertificateStatus.Revoked;
    public void Reinstate() => Status = CertificateStatus.Valid;

    public bool IsValidOn(DateOnly day) => Status == CertificateStatus.Valid && day >= ValidFrom && day <= ValidTo;

    /// <summary>Why the certificate does not count on that day, in words a clerk can act on; null when it does.</summary>
    public string? ProblemOn(DateOnly day) => Status switch
    {
        CertificateStatus.Suspended => $"{HolderName}的执法证（{Number}）已暂扣",
        CertificateStatus.Revoked => $"{HolderName}的执法证（{Number}）已注销",
        _ when day < ValidFrom => $"{HolderName}的执法证（{Number}）自{ChinaTime.Format(ValidFrom)}起有效",
        _ when day > ValidTo => $"{HolderName}的执法证（{Number}）已于{ChinaTime.Format(ValidTo)}到期",
        _ => null,
    };

    /// <summary>Expiring within <see cref="EnforcementClocks.CertificateWarningDays"/> days of today (and still valid today).</summary>
    public bool ExpiresSoon(DateOnly today) => IsValidOn(today) && ValidTo.DayNumber - today.DayNumber <= EnforcementClocks.CertificateWarningDays;
}

/// <summary>
/// 《行政处罚法》第四十二条: enforcement is carried out by at least two people holding enforcement qualification;
/// 第五十五条: they show their certificates. An inspection or case action is refused unless two of its officers hold
/// a certificate valid on its date.
/// </summary>
public static class OfficerRule
{
    public const int Minimum = 2;

    public sealed record Officer(string Name, EnforcementCertificate? Certificate);

    public static void RequireCertified(IReadOnlyCollection<Officer> officers, DateOnly day)
    {
        var valid = officers.Where(o => o.Certificate?.IsValidOn(day) == true).Select(o => o.Name).Distinct().Count();
        if (valid >= Minimum) return;
        var problems = officers.Where(o => o.Certificate?.IsValidOn(day) != true)
            .Select(o => o.Certificate?.ProblemOn(day) ?? $"{o.Name}未持有行政执法证").ToList();
        var detail = problems.Count > 0 ? "：" + string.Join("；", problems) : "";
        throw new DomainRuleException(
            $"执法人员不得少于两人且须持有在{ChinaTime.Format(day)}有效的行政执法证（《行政处罚法》第四十二条），现有{valid}人符合{detail}。");
    }
}
