using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages;

/// <summary>The friendly error page: no stack trace, no personal data; a trace id to quote.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "出错了";
    public string Text { get; private set; } = "";
    public string? TraceId { get; private set; }

    public void OnGet(int? code) => Describe(code);
    public void OnPost(int? code) => Describe(code);

    void Describe(int? code)
    {
        (Title, Text) = code switch
        {
            404 => ("页面不存在", "您要找的页面或记录不存在，或不在您的管辖范围内。"),
            403 => ("无权访问", "您的账号没有访问此页面的权限。"),
            400 => ("请求有误", "提交的内容无法识别，请返回重试。"),
            _ => ("系统出错", "处理您的请求时发生错误，已记录日志。您填写的内容未被保存，请返回重试。"),
        };
        if (code is null or >= 500) TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (code is not null) Response.StatusCode = code.Value;
    }
}
