using Fazhi.Core.Common;
using Fazhi.Core.Identity;

namespace Fazhi.Core.PersonalData;

/// <summary>Who may see ID numbers, phones and addresses unmasked. Modules call this when they project.</summary>
public static class PersonalDataAccess
{
    /// <summary>
    /// Coordinators (法治办/司法所) and the town's staff handle petitions, disputes and enforcement cases
    /// themselves: they must call a petitioner back, serve documents at an address and check an identity
    /// against the ID card, so they see the data in full. Leaders, village cadres, legal advisors and the
    /// district's supervisors review, advise or oversee; they need to know that a party exists and which
    /// case it is, not how to reach the person, so they see the masked form (《个人信息保护法》第六条:
    /// processing limited to the minimum necessary). The system administrator runs accounts, not cases,
    /// and sees masked data too; so does the system user, which has no role.
    /// </summary>
    public static bool MaySeeInFull(ICurrentUser user) =>
        user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Staff);

    public static string? IdNumber(ICurrentUser user, string? value) => MaySeeInFull(user) ? value : Masking.IdNumber(value);
    public static string? Phone(ICurrentUser user, string? value) => MaySeeInFull(user) ? value : Masking.Phone(value);
    public static string? Address(ICurrentUser user, string? value) => MaySeeInFull(user) ? value : Masking.Address(value);
}
