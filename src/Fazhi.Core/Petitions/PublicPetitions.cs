using System.Security.Cryptography;
using System.Text;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Petitions;

/// <summary>回执码: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), drawn with a CSPRNG (31^10 ≈ 8×10^14).</summary>
public static class ReceiptCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 10;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Upper case, spaces and dashes removed; null when it cannot be a receipt code.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var code = new string(typed.Where(c => c is not (' ' or '\u3000' or '-')).Select(char.ToUpperInvariant).ToArray());
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }

    /// <summary>The last 4 digits of a phone number (mobile or fixed line).</summary>
    public static string LastFourDigits(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 4 ? digits[^4..] : digits;
    }

    /// <summary>Keyed hash (HMAC-SM3) of code and last 4 digits: checks a tracking request without storing the digits.</summary>
    public static string TrackingHash(PersonalDataProtector protector, string code, string phone) =>
        protector.KeyedHash($"track|{code}|{LastFourDigits(phone)}");
}

/// <summary>
/// The member of the public acting on the public site. Whole-database scope (an anonymous visitor has no
/// region; every use case below decides itself what it touches), and the audit trail names them as such.
/// </summary>
public sealed class PublicSubmitter : ICurrentUser
{
    public static readonly PublicSubmitter Instance = new();
    public string? UserId => null;
    public string UserName => "公众（网上信访）";
    public string ScopePath => "";
    public bool IsReadOnly => false;
    public bool IsInRole(string role) => false;
}

/// <summary>What the public sees when tracking: status and dates only, no names, text, office or staff.</summary>
public sealed record PublicTracking(string ReceiptCode, string Number, DateOnly ReceivedOn, string Status,
    DateOnly? DecidedOn, DateOnly? RepliedOn, DateOnly? ClosedOn, bool CanRate, bool Rated);

/// <summary>
/// The public side of the register: online submission (网上信访, 《信访工作条例》第十七条 lists 信息网络 among
/// the forms), tracking by receipt code + last 4 digits of the phone, and the satisfaction rating after the reply.
/// <paramref name="db"/> must act as <see cref="PublicSubmitter"/>; registration goes through <see cref="PetitionCommands"/>.
/// </summary>
public sealed class PublicPetitions(AppDbContext db, PetitionCommands commands, PersonalDataProtector protector, TimeProvider clock)
{
    public sealed record SubmitInput(long TownId, long? VillageId, PetitionClass Class, string Category, string Request, string? Facts,
        string? Reasons, string Name, string? IdNumber, string? Phone, string? Address);

    /// <summary>The towns one may address (Region level Town), in their order.</summary>
    public async Task<IReadOnlyList<RegionRow>> TownsAsync(CancellationToken ct = default) =>
        (await RegionQueries.InScopeAsync(db, ct)).Where(r => r.Level == RegionLevel.Town).ToList();

    public async Task<IReadOnlyList<RegionRow>> VillagesAsync(CancellationToken ct = default) =>
        (await RegionQueries.InScopeAsync(db, ct)).Where(r => r.Level == RegionLevel.Village).ToList();

    /// <summary>Registers the petition with channel 网上 and returns its receipt code.</summary>
    public async Task<string> SubmitAsync(SubmitInput input, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(input.Name)) throw new DomainRuleException("请填写您的姓名。");
        // The phone is required online: it is how the office reaches the petitioner, and its last 4 digits guard the tracking.
        if (PhoneNumber.Validate(input.Phone) is { } phoneProblem) throw new DomainRuleException(phoneProblem);
        if (!await db.Regions.AnyAsync(r => r.Id == input.TownId && r.Level == RegionLevel.Town, ct)) throw new DomainRuleException("请选择受理的乡镇（街道）。");
        var petition = await commands.RegisterAsync(new PetitionCommands.RegisterInput(input.TownId, input.VillageId, PetitionChannel.Online,
            input.Class, input.Category, ChinaTime.Today(clock), input.Request, input.Facts ?? "", input.Reasons ?? "", 1,
            [new PetitionCommands.PetitionerInput(PetitionerKind.Person, input.Name, input.IdNumber, input.Phone, input.Address, input.VillageId, false)]), ct);
        return petition.ReceiptCode!;
    }

    /// <summary>Null for any wrong combination, whether or not the code exists.</summary>
    public async Task<PublicTracking?> TrackAsync(string? code, string? lastFour, CancellationToken ct = default)
    {
        var petition = await FindAsync(code, lastFour, ct);
        return petition is null ? null : new PublicTracking(petition.ReceiptCode!, petition.Number, petition.ReceivedOn, PetitionLabels.Of(petition.Status),
            petition.DecidedOn, petition.RepliedOn, petition.ClosedOn, petition.RepliedOn is not null && petition.Satisfaction is null, petition.Satisfaction is not null);
    }

    /// <summary>Once, after the reply. False for a wrong combination.</summary>
    public async Task<bool> RateAsync(string? code, string? lastFour, Satisfaction satisfaction, CancellationToken ct = default)
    {
        var petition = await FindAsync(code, lastFour, ct);
        if (petition is null) return false;
        if (petition.Satisfaction is not null) throw new DomainRuleException("您已评价过，不能重复评价。");
        await commands.RateAsync(petition.Id, satisfaction, ct);
        return true;
    }

    async Task<Petition?> FindAsync(string? typedCode, string? lastFour, CancellationToken ct)
    {
        var code = ReceiptCodes.Normalise(typedCode);
        lastFour = lastFour?.Trim();
        if (code is null || lastFour is not { Length: 4 } || !lastFour.All(char.IsAsciiDigit)) return null;
        var petition = await db.Set<Petition>().AsNoTracking().FirstOrDefaultAsync(p => p.ReceiptCode == code, ct);
        var expected = Encoding.ASCII.GetBytes(ReceiptCodes.TrackingHash(protector, code, lastFour));
        var stored = Encoding.ASCII.GetBytes(petition?.TrackingHash ?? new string('-', expected.Length));
        return petition is not null && CryptographicOperations.FixedTimeEquals(expected, stored) ? petition : null;
    }
}
