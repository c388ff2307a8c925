using System.Security.Claims;
using Fazhi.Core.Common;
using Fazhi.Core.Identity;

namespace Fazhi.Web.Authorization;

/// <summary>The signed-in user of this request, read from the authenticated principal only.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    /// <summary>No region path starts with this, so an anonymous request sees no scoped record.</summary>
    public const string NoScope = "\u0001";

    ClaimsPrincipal? Principal => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } p ? p : null;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string UserName => Principal?.Identity?.Name ?? "anonymous";
    public string ScopePath => Principal?.FindFirstValue(FazhiClaims.Scope) ?? NoScope;
    public bool IsReadOnly => Principal is null || Principal.IsInRole(Roles.Supervisor);
    public bool IsInRole(string role) => Principal?.IsInRole(role) ?? false;
}

public static class FazhiClaims
{
    public const string Scope = "fazhi:scope";
    public const string DisplayName = "fazhi:name";
    public const string Modules = "fazhi:modules";
    public const string MustChangePassword = "fazhi:must-change-password";
}
