using System.Net;
using System.Threading.RateLimiting;
using Fazhi.Core.Calendar;
using Fazhi.Core.Data;
using Fazhi.Core.Petitions;
using Fazhi.Core.PersonalData;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Web.Setup;

/// <summary>The "Fazhi:Public" section: limits of the public site, per client IP address.</summary>
public sealed class PublicOptions
{
    public int SubmitPermitLimit { get; set; } = 5;
    public int SubmitWindowMinutes { get; set; } = 10;
    public int TrackPermitLimit { get; set; } = 20;
    public int TrackWindowMinutes { get; set; } = 10;
}

/// <summary>
/// The public site (网上信访): a context acting as <see cref="PublicSubmitter"/>, the use cases built on it,
/// and fixed-window rate limits on its form posts (GETs are never limited).
/// </summary>
public static class PublicSetup
{
    public const string PublicDbKey = "fazhi:public-db";
    public const string SubmitPolicy = "public-submit";
    public const string TrackPolicy = "public-track";

    public static IServiceCollection AddFazhiPublic(this IServiceCollection services)
    {
        services.AddOptions<PublicOptions>().BindConfiguration("Fazhi:Public");
        services.AddKeyedScoped<AppDbContext>(PublicDbKey, (sp, _) => new AppDbContext(
            sp.GetRequiredService<DbContextOptions<AppDbContext>>(), PublicSubmitter.Instance, sp.GetRequiredService<TimeProvider>()));
        services.AddScoped(sp =>
        {
            var db = sp.GetRequiredKeyedService<AppDbContext>(PublicDbKey);
            var calendars = sp.GetRequiredService<CalendarProvider>();
            var clock = sp.GetRequiredService<TimeProvider>();
            var protector = sp.GetRequiredService<PersonalDataProtector>();
            return new PublicPetitions(db, new PetitionCommands(db, new DeadlineService(db, calendars, clock), calendars, protector, clock), protector, clock);
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SubmitPolicy, ctx => Partition(ctx, ctx.RequestServices.GetRequiredService<IOptions<PublicOptions>>().Value is var p
                ? (p.SubmitPermitLimit, p.SubmitWindowMinutes) : default));
            o.AddPolicy(TrackPolicy, ctx => Partition(ctx, ctx.RequestServices.GetRequiredService<IOptions<PublicOptions>>().Value is var p
                ? (p.TrackPermitLimit, p.TrackWindowMinutes) : default));
            o.OnRejected = (rejected, ct) => WriteTooManyAsync(rejected.HttpContext, ct);
        });
        return services;
    }

    static RateLimitPartition<string> Partition(HttpContext ctx, (int Permits, int Minutes) limit)
    {
        if (HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
        var ip = ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit.Permits), Window = TimeSpan.FromMinutes(Math.Max(1, limit.Minutes)), QueueLimit = 0,
        });
    }

    /// <summary>A Chinese page, not a blank error; the form is still in the browser's history, so nothing typed is lost.</summary>
    static async ValueTask WriteTooManyAsync(HttpContext ctx, CancellationToken ct)
    {
        var options = ctx.RequestServices.GetRequiredService<IOptions<PublicOptions>>().Value;
        var minutes = Math.Max(options.SubmitWindowMinutes, options.TrackWindowMinutes);
        ctx.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        ctx.Response.ContentType = "text/html; charset=utf-8";
        ctx.Response.Headers.RetryAfter = (Math.Max(1, minutes) * 60).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var back = WebUtility.HtmlEncode(ctx.Request.Path.Value ?? "/Public/Petition");
        await ctx.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>操作过于频繁 - 网上信访</title>
            <link rel="stylesheet" href="/lib/bootstrap/bootstrap.min.css" /><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main class="container py-4">
            <h1 class="h4">操作过于频繁</h1>
            <div class="alert alert-warning" role="alert">您在短时间内提交的次数过多，为保障系统安全，请稍后（约{minutes}分钟后）再试。</div>
            <p>您填写的内容尚未提交，也没有丢失：请使用浏览器的“返回”按钮回到表单，稍后再提交。</p>
            <p><a href="{back}">返回</a></p>
            </main></body></html>
            """, ct);
    }
}
