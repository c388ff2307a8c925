namespace Fazhi.Web.Authorization;

/// <summary>A user with a one-time password goes nowhere but the change-password page until it is changed.</summary>
public sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext ctx)
    {
        if (ctx.User.HasClaim(FazhiClaims.MustChangePassword, "1")
            && !ctx.Request.Path.StartsWithSegments("/Account")
            && !ctx.Request.Path.StartsWithSegments("/lib")
            && !ctx.Request.Path.StartsWithSegments("/css"))
        {
            if (ctx.Request.Path.StartsWithSegments("/api"))
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return ctx.Response.WriteAsJsonAsync(new { title = "请先在网页上修改初始密码。" });
            }
            ctx.Response.Redirect("/Account/ChangePassword");
            return Task.CompletedTask;
        }
        return next(ctx);
    }
}
