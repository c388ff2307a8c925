using System.Security.Claims;
using Fazhi.Core.Identity;

namespace Fazhi.Web.Authorization;

/// <summary>
/// Who works in a module: those who oversee a town or district (coordinator, leader, supervisor) in all of
/// them; everyone else in the modules listed on their account. Data scope still applies inside a module.
/// </summary>
public static class ModuleAccess
{
    public static string Policy(string module) => "module:" + module;

    public static bool CanUse(ClaimsPrincipal user, string module) =>
        user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Leader) || user.IsInRole(Roles.Supervisor)
        || (user.FindFirstValue(FazhiClaims.Modules) ?? "").Split(',', StringSplitOptions.TrimEntries).Contains(module);
}
