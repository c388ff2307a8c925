using Fazhi.Core.Audit;
using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Petitions;

public enum PetitionerKind { Person, Organisation }

/// <summary>
/// A petitioner (信访人: a citizen, legal person or other organisation, 《信访工作条例》第十七条) of one petition.
/// ID number, phone and address are personal data: marked for the audit (shown as ***) and for
/// encryption at rest.
/// </summary>
public sealed class Petitioner : IScopedRecord
{
    public long Id { get; private set; }
    public long PetitionId { get; private set; }
    /// <summary>The petition's scope: petitioners are seen exactly where their petition is.</summary>
    public string ScopePath { get; private set; } = "";
    public PetitionerKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    [PersonalField] public string? IdNumber { get; private set; }
    [PersonalField] public string? Phone { get; private set; }
    [PersonalField] public string? Address { get; private set; }
    /// <summary>The village the petitioner comes from.</summary>
    public long? VillageId { get; private set; }
    public bool IsRepresentative { get; private set; }

    private Petitioner() { }

    public static Petitioner Create(PetitionerKind kind, string name, string? idNumber, string? phone, string? address, long? villageId, bool isRepresentative)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("请填写信访人姓名（名称）。");
        if (name.Length > 100) throw new DomainRuleException("信访人姓名（名称）不能超过100个字。");
        idNumber = string.IsNullOrWhiteSpace(idNumber) ? null : idNumber.Trim().ToUpperInvariant();
        if (idNumber is not null && kind == PetitionerKind.Person && !IsIdNumberShape(idNumber))
            throw new DomainRuleException("公民身份号码应为18位（最后一位可为X），请核对。");
        phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        if (phone is { Length: > 30 }) throw new DomainRuleException("联系电话过长，请核对。");
        address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        if (address is { Length: > 200 }) throw new DomainRuleException("住址不能超过200个字。");
        return new Petitioner { Kind = kind, Name = name, IdNumber = idNumber, Phone = phone, Address = address, VillageId = villageId, IsRepresentative = isRepresentative };
    }

    internal void PlaceIn(string scopePath) => ScopePath = scopePath;

    /// <summary>Shape only; the GB 11643 check digit is verified by the shared ID-number rule once it exists.</summary>
    static bool IsIdNumberShape(string id) => id.Length == 18 && id[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(id[17]) || id[17] == 'X');
}
