using Fazhi.Core.Data;
using Fazhi.Core.Ledgers;

namespace Fazhi.Bench;

/// <summary>The sign-in log ledger as the admin page exports it: a projection, newest first, five columns.</summary>
public static class SignInLedger
{
    public sealed record Row(long Id, DateTime AtUtc, string UserName, string Outcome, string? Channel, string? IpAddress);

    public static readonly LedgerColumn<Row>[] Columns =
    [
        new("时间", r => r.AtUtc, 20),
        new("用户名", r => r.UserName, 20),
        new("结果", r => r.Outcome, 14),
        new("渠道", r => r.Channel == "api" ? "接口" : "网页", 10),
        new("IP", r => r.IpAddress, 18),
    ];

    public const string Filter = "筛选条件：无（全部记录）";

    public static IQueryable<Row> Query(AppDbContext db) => db.SignIns
        .OrderByDescending(s => s.AtUtc).ThenByDescending(s => s.Id)
        .Select(s => new Row(s.Id, s.AtUtc, s.UserName, s.Outcome, s.Channel, s.IpAddress));

    /// <summary>The export as the platform does it: rows stream from the query into the workbook.</summary>
    public static void Streaming(AppDbContext db, Stream output) =>
        LedgerExport.WriteXlsx(output, Query(db), Columns, "登录日志", Filter);

    /// <summary>The naive way, for comparison: load every row into a list first, then write.</summary>
    public static void Materialised(AppDbContext db, Stream output) =>
        LedgerExport.WriteXlsx(output, Query(db).ToList(), Columns, "登录日志", Filter);

    public static FileStream TempFile() => new(Path.Combine(Path.GetTempPath(), "fazhi-bench-" + Guid.NewGuid().ToString("N") + ".xlsx"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
}
