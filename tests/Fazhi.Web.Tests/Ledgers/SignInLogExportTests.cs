using System.Net;
using System.Text.RegularExpressions;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Web.Tests.Attachments;
using Fazhi.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace Fazhi.Web.Tests.Ledgers;

public class SignInLogExportTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static DateTime Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    static SignInRecord Record(string user, DateTime atUtc, bool succeeded, string outcome, string channel = "web") => new()
    {
        UserName = user,
        AtUtc = atUtc,
        Succeeded = succeeded,
        Outcome = outcome,
        Channel = channel,
        IpAddress = "10.0.0.8",
    };

    async Task AddAsync(params SignInRecord[] records)
    {
        await using var scope = app.SystemScope(out var db);
        db.SignIns.AddRange(records);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Export_FailedSignInsOf2019_ContainsExactlyThoseRowsUnderChineseHeadersAndTheFilterLine()
    {
        var world = await AttachmentTestUsers.WorldAsync(app);
        await AddAsync(
            Record("ledger-a", Utc(2019, 3, 1, 2, 0), false, "密码错误"),
            Record("ledger-a", Utc(2019, 6, 1, 2, 0), true, "成功"),                 // succeeded: filtered out
            Record("ledger-b", Utc(2018, 12, 31, 15, 59), false, "用户不存在"),      // 2018-12-31 23:59 China: before the range
            Record("ledger-b", Utc(2018, 12, 31, 16, 0), false, "用户不存在", "api"), // 2019-01-01 00:00 China: first instant in range
            Record("ledger-c", Utc(2019, 12, 31, 15, 59), false, "账号已锁定"),      // 2019-12-31 23:59 China: last minute in range
            Record("ledger-c", Utc(2019, 12, 31, 16, 0), false, "账号已锁定"));      // 2020-01-01 00:00 China: after the range
        var admin = await AttachmentTestUsers.SignInAsync(app, world.RootAdmin);

        var response = await admin.GetAsync("/Admin/SignIns?handler=Export&from=2019-01-01&to=2019-12-31&outcome=" + Uri.EscapeDataString("失败"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"登录日志-{ChinaTime.Today(TimeProvider.System):yyyyMMdd}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);

        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("登录日志", MiniExcel.GetSheetNames(workbook).Single());
        var rows = workbook.Query(useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("筛选条件：2019年1月1日至2019年12月31日；结果：失败", rows[0]["A"]);
        Assert.Equal(["时间", "用户名", "结果", "渠道", "IP"], rows[1].Values.Select(v => v?.ToString()));
        var data = rows.Skip(2).Select(r => (Time: r["A"]?.ToString(), User: r["B"]?.ToString(), Outcome: r["C"]?.ToString(), Channel: r["D"]?.ToString())).ToList();
        Assert.Equal(
            [
                ("2019年12月31日 23:59", "ledger-c", "账号已锁定", "网页"),
                ("2019年3月1日 10:00", "ledger-a", "密码错误", "网页"),
                ("2019年1月1日 00:00", "ledger-b", "用户不存在", "接口"),
            ],
            data);
    }

    [Fact]
    public async Task Page_ShowsFiftyRowsAPageAndKeepsTheFilterInPagerAndExportLinks()
    {
        var world = await AttachmentTestUsers.WorldAsync(app);
        await AddAsync(Enumerable.Range(0, 120).Select(i => Record("pager-x", Utc(2021, 5, 1, 0, 0).AddMinutes(i), false, "密码错误")).ToArray());
        var admin = await AttachmentTestUsers.SignInAsync(app, world.RootAdmin);

        var first = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/SignIns?user=pager-x"));
        Assert.Equal(50, Regex.Matches(first, "<td>pager-x</td>").Count);
        Assert.Contains("共 120 条记录，第1/3页", first);
        Assert.Contains("2021年5月1日 09:59", first); // newest first: 01:59 UTC + 8 h
        Assert.Contains("href=\"/Admin/SignIns?user=pager-x&p=2\"", first);
        var export = Regex.Match(first, "href=\"([^\"]+)\"[^>]*>导出Excel<").Groups[1].Value;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + export).Query);
        Assert.Equal("/Admin/SignIns", export.Split('?')[0]);
        Assert.Equal(["handler=Export", "user=pager-x"], query.Select(q => $"{q.Key}={q.Value}").Order());

        var last = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/SignIns?user=pager-x&p=3"));
        Assert.Equal(20, Regex.Matches(last, "<td>pager-x</td>").Count);
        Assert.Contains("2021年5月1日 08:00", last);
    }

    [Fact]
    public async Task Page_WithUnreadableDateOrReversedRange_ShowsChineseMessageNotAnError()
    {
        var world = await AttachmentTestUsers.WorldAsync(app);
        var admin = await AttachmentTestUsers.SignInAsync(app, world.RootAdmin);

        var badDate = await admin.GetAsync("/Admin/SignIns?from=2019-13-45&user=keep-me");
        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        var html = WebUtility.HtmlDecode(await badDate.Content.ReadAsStringAsync());
        Assert.Contains("开始日期格式不正确", html);
        Assert.Contains("value=\"keep-me\"", html);

        var reversed = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/SignIns?handler=Export&from=2019-12-31&to=2019-01-01"));
        Assert.Contains("开始日期不能晚于结束日期", reversed);
    }

    [Fact]
    public async Task Page_ForNonAdmin_IsDenied()
    {
        var world = await AttachmentTestUsers.WorldAsync(app);
        var staff = await AttachmentTestUsers.SignInAsync(app, world.StaffA);
        var response = await staff.GetAsync("/Admin/SignIns?handler=Export");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery);
    }
}
