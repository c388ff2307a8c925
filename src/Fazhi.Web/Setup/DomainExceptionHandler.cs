using Fazhi.Core.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace Fazhi.Web.Setup;

/// <summary>
/// The last line for domain exceptions a page or endpoint did not catch itself: a broken rule answers 400
/// with its Chinese message (problem details in the API), a missing or out-of-scope record answers 404.
/// Everything else falls through to the logged, friendly error page.
/// </summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title) = exception switch
        {
            DomainRuleException e => (StatusCodes.Status400BadRequest, e.Message),
            NotFoundException e => (StatusCodes.Status404NotFound, e.Message),
            _ => (0, ""),
        };
        if (status == 0) return false;
        http.Response.StatusCode = status;
        // UseExceptionHandler("/Error") has already rewritten the path; the feature keeps the original one.
        var path = new PathString(http.Features.Get<IExceptionHandlerFeature>()?.Path ?? http.Request.Path);
        if (path.StartsWithSegments("/api"))
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = status, Title = title } });
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{System.Net.WebUtility.HtmlEncode(title)}</title></head><body><p>{System.Net.WebUtility.HtmlEncode(title)}</p><p><a href=\"/\">返回工作台</a></p></body></html>", ct);
        return true;
    }
}
