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
    /// <summary>Keyed hashes (HMAC-SM3) for finding the same person again without decrypting: of the ID number, and of name + phone.</summary>
    public string? IdNumberHash { get; private set; }
    public string? NamePhoneHash { get; private set; }

    private Petitioner() { }

    public static Petitioner Create(PetitionerKind kind, string name, string? idNumber, string? phone, string? address, long? villageId,
        bool isRepresentative, DateOnly today)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("请填写信访人姓名（名称）。");
        if (name.Length > 100) throw new DomainRuleException("信访人姓名（名称）不能超过100个字。");
        idNumber = string.IsNullOrWhiteSpace(idNumber) ? null : PersonalData.IdNumber.Normalise(idNumber);
        // GB 11643-1999: length, birth date and check character.
        if (idNumber is not null && kind == PetitionerKind.Person && PersonalData.IdNumber.Validate(idNumber, today) is { } idProblem)
            throw new DomainRuleException($"{name}：{idProblem}");
        if (!string.IsNullOrWhiteSpace(phone))
        {
            if (PersonalData.PhoneNumber.Validate(phone) is { } phoneProblem) throw new DomainRuleException($"{name}：{phoneProblem}");
            phone = PersonalData.PhoneNumber.Normalise(phone);
        }
        else phone = null;
        address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        if (address is { Length: > 200 }) throw new DomainRuleException("住址不能超过200个字。");
        return new Petitioner { Kind = kind, Name = name, IdNumber = idNumber, Phone = phone, Address = address, VillageId = villageId, IsRepresentative = isRepresentative };
    }

    internal void PlaceIn(string scopePath) => ScopePath = scopePath;

    /// <summary>Sets the lookup hashes; the protector holds the hash key.</summary>
    public void Fingerprint(PersonalData.PersonalDataProtector protector)
    {
        IdNumberHash = IdNumber is null ? null : protector.KeyedHash(IdNumber);
        NamePhoneHash = Phone is null ? null : protector.KeyedHash(Name + "|" + Phone);
    }

}
