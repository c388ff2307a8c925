using Fazhi.Core.Audit;
using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Disputes;

public enum PartyKind { Person, Organisation }

/// <summary>
/// A party (当事人) to a dispute: a person or an organisation. ID number (or credit code), phone and address
/// are personal data: encrypted at rest, masked by role, shown as *** in the audit.
/// </summary>
public sealed class DisputeParty : IScopedRecord
{
    public long Id { get; private set; }
    public long DisputeId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public PartyKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    [PersonalField] public string? IdNumber { get; private set; }
    [PersonalField] public string? Phone { get; private set; }
    [PersonalField] public string? Address { get; private set; }

    private DisputeParty() { }

    public static DisputeParty Create(PartyKind kind, string name, string? idNumber, string? phone, string? address, DateOnly today)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("请填写当事人姓名（名称）。");
        if (name.Length > 100) throw new DomainRuleException("当事人姓名（名称）不能超过100个字。");
        if (string.IsNullOrWhiteSpace(idNumber)) idNumber = null;
        else if (kind == PartyKind.Person)
        {
            idNumber = PersonalData.IdNumber.Normalise(idNumber);
            // GB 11643-1999: length, birth date and check character.
            if (PersonalData.IdNumber.Validate(idNumber, today) is { } problem) throw new DomainRuleException($"{name}：{problem}");
        }
        else
        {
            idNumber = idNumber.Trim().ToUpperInvariant();
            // GB 32100-2015 统一社会信用代码.
            if (PersonalData.CreditCode.Validate(idNumber) is { } problem) throw new DomainRuleException($"{name}：{problem}");
        }
        if (!string.IsNullOrWhiteSpace(phone))
        {
            if (PersonalData.PhoneNumber.Validate(phone) is { } problem) throw new DomainRuleException($"{name}：{problem}");
            phone = PersonalData.PhoneNumber.Normalise(phone);
        }
        else phone = null;
        address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        if (address is { Length: > 200 }) throw new DomainRuleException("住址不能超过200个字。");
        return new DisputeParty { Kind = kind, Name = name, IdNumber = idNumber, Phone = phone, Address = address };
    }

    internal void PlaceIn(string scopePath) => ScopePath = scopePath;
}
