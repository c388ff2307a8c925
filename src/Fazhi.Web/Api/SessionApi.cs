using System.Security.Claims;
using Fazhi.Core.Identity;
using Fazhi.Web.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Fazhi.Web.Api;

/// <summary>POST /api/v1/session {"username","password"} → {"token"}: a short-lived bearer token with the user's roles and scope.</summary>
public static class SessionApi
{
    public sealed record SessionRequest(string? Username, string? Password);
    public sealed record SessionResponse(string Token, int ExpiresIn);
    public sealed record Me(string UserName, string DisplayName, IReadOnlyList<string> Roles, string Scope);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/session", CreateAsync).AllowAnonymous().WithName("CreateSession")
            .WithSummary("登录，取得短期访问令牌");
        api.MapGet("/session", (ClaimsPrincipal user) => new Me(
                user.Identity!.Name!, user.FindFirstValue(FazhiClaims.DisplayName) ?? "",
                user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(), user.FindFirstValue(FazhiClaims.Scope) ?? ""))
            .WithName("CurrentSession").WithSummary("当前登录用户");
    }

    static async Task<IResult> CreateAsync(SessionRequest request, SignInService signIn, IUserClaimsPrincipalFactory<AppUser> principals,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrEmpty(request.Password))
            return Results.Problem("请提供用户名和密码。", statusCode: StatusCodes.Status400BadRequest);
        var result = await signIn.CheckAsync(request.Username, request.Password, "api", http.Connection.RemoteIpAddress?.ToString());
        if (result.User is null)
            return Results.Problem(result.Message, statusCode: StatusCodes.Status401Unauthorized);
        if (result.User.MustChangePassword)
            return Results.Problem("请先在网页上修改初始密码。", statusCode: StatusCodes.Status403Forbidden);

        var principal = await principals.CreateAsync(result.User);
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var now = clock.GetUtcNow();
        var ticket = new AuthenticationTicket(principal,
            new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.BearerTokenExpiration },
            IdentityConstants.BearerScheme);
        return Results.Ok(new SessionResponse(options.BearerTokenProtector.Protect(ticket), (int)options.BearerTokenExpiration.TotalSeconds));
    }
}
