using System.Security.Claims;
using Fazhi.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Fazhi.Web.Authorization;

/// <summary>Puts the user's scope, modules and display name into the sign-in principal.</summary>
public sealed class FazhiClaimsFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FazhiClaims.Scope, user.ScopePath));
        identity.AddClaim(new Claim(FazhiClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(FazhiClaims.Modules, user.ModuleList));
        if (user.MustChangePassword) identity.AddClaim(new Claim(FazhiClaims.MustChangePassword, "1"));
        return identity;
    }
}
