using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Ledgers;
using Fazhi.Web.Ledgers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Admin;

/// <summary>登录日志: every sign-in attempt, filtered, paged, and exported exactly as filtered.</summary>
public sealed class SignInsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;
    public const string Succeeded = "成功";
    public const string Failed = "失败";

    [BindProperty(SupportsGet = true, Name = "from")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "to")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true, Name = "outcome")] public string? Outcome { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public sealed record Row(long Id, DateTime AtUtc, string UserName, string Outcome, bool Succeeded, string? Channel, string? IpAddress);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The filter as query values, for the pager and the export link.</summary>
    public Dictionary<string, string> FilterRoute { get; } = [];

    public static readonly LedgerColumn<Row>[] Columns =
    [
        new("时间", r => r.AtUtc, 20),
        new("用户名", r => r.UserName, 20),
        new("结果", r => r.Outcome, 14),
        new("渠道", r => ChannelLabel(r.Channel), 10),
        new("IP", r => r.IpAddress, 18),
    ];

    public static string ChannelLabel(string? channel) => channel switch
    {
        "web" => "网页",
        "api" => "接口",
        null or "" => "",
        _ => channel,
    };

    sealed record Filter(DateOnly? From, DateOnly? To, string? UserName, bool? Succeeded);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var filter = ReadFilter();
        if (filter is null) return Page();
        var query = Apply(filter);
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await query.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return Page();
    }

    public IActionResult OnGetExport()
    {
        var filter = ReadFilter();
        if (filter is null) return Page();
        return LedgerFile.Xlsx(Apply(filter), Columns, "登录日志", Describe(filter), clock);
    }

    IQueryable<Row> Apply(Filter f)
    {
        var q = db.SignIns.AsNoTracking();
        // A town's administrator sees the attempts on accounts of their own scope; only an administrator of
        // the whole system also sees attempts on unknown user names.
        var scope = db.CurrentUser.ScopePath;
        if (scope is not ("" or "/"))
            q = q.Where(s => s.UserId != null && db.Users.Any(u => u.Id == s.UserId && u.ScopePath.StartsWith(scope)));
        // The dates the admin typed are China dates; the log stores UTC instants.
        if (f.From is { } from)
        {
            var fromUtc = ChinaTime.StartOfDayUtc(from);
            q = q.Where(s => s.AtUtc >= fromUtc);
        }
        if (f.To is { } to)
        {
            var toUtc = ChinaTime.StartOfDayUtc(to.AddDays(1));
            q = q.Where(s => s.AtUtc < toUtc);
        }
        if (f.UserName is { } user) q = q.Where(s => s.UserName.Contains(user));
        if (f.Succeeded is { } succeeded) q = q.Where(s => s.Succeeded == succeeded);
        return q.OrderByDescending(s => s.AtUtc).ThenByDescending(s => s.Id)
            .Select(s => new Row(s.Id, s.AtUtc, s.UserName, s.Outcome, s.Succeeded, s.Channel, s.IpAddress));
    }


    static string Describe(Filter f)
    {
        var parts = new List<string>();
        if (f.From is { } from && f.To is { } to) parts.Add($"{ChinaTime.Format(from)}至{ChinaTime.Format(to)}");
        else if (f.From is { } onlyFrom) parts.Add($"{ChinaTime.Format(onlyFrom)}起");
        else if (f.To is { } onlyTo) parts.Add($"截至{ChinaTime.Format(onlyTo)}");
        if (f.UserName is { } user) parts.Add($"用户名包含“{user}”");
        if (f.Succeeded is { } succeeded) parts.Add($"结果：{(succeeded ? Succeeded : Failed)}");
        return "筛选条件：" + (parts.Count == 0 ? "无（全部记录）" : string.Join("；", parts));
    }

    /// <summary>Null (with the reasons in ModelState) when a filter value cannot be understood.</summary>
    Filter? ReadFilter()
    {
        var from = ParseDate(From, "from", "开始日期");
        var to = ParseDate(To, "to", "结束日期");
        if (from is not null && to is not null && from > to)
            ModelState.AddModelError("from", "开始日期不能晚于结束日期。");
        var user = string.IsNullOrWhiteSpace(UserName) ? null : UserName.Trim();
        if (user is { Length: > 256 }) ModelState.AddModelError("user", "用户名过长。");
        bool? succeeded = Outcome switch
        {
            null or "" => null,
            Succeeded => true,
            Failed => false,
            _ => null,
        };
        if (Outcome is not (null or "" or Succeeded or Failed)) ModelState.AddModelError("outcome", "请选择“成功”或“失败”。");

        if (!string.IsNullOrEmpty(From)) FilterRoute["from"] = From;
        if (!string.IsNullOrEmpty(To)) FilterRoute["to"] = To;
        if (user is not null) FilterRoute["user"] = user;
        if (succeeded is not null) FilterRoute["outcome"] = Outcome!;
        return ModelState.IsValid ? new Filter(from, to, user, succeeded) : null;
    }

    DateOnly? ParseDate(string? text, string key, string label)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        ModelState.AddModelError(key, $"{label}格式不正确，请按“2019-01-01”的格式填写。");
        return null;
    }

    public Dictionary<string, string> RouteForPage(int page)
    {
        var route = new Dictionary<string, string>(FilterRoute);
        if (page > 1) route["p"] = page.ToString(CultureInfo.InvariantCulture);
        return route;
    }
}
