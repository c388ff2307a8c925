using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Bench;

/// <summary>A real SQLite file holding the platform's schema and a sign-in log of the given length.</summary>
public sealed class BenchDatabase : IDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "fazhi-bench-" + Guid.NewGuid().ToString("N")[..12]);
    public string ConnectionString { get; }

    public BenchDatabase(int rows)
    {
        Directory.CreateDirectory(folder);
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "bench.db"), Pooling = false }.ToString();
        using var db = Open();
        db.Database.EnsureCreated();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        string[] outcomes = ["成功", "密码错误", "用户不存在", "账号已锁定"];
        var start = new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        using var transaction = db.Database.BeginTransaction();
        for (var i = 0; i < rows; i++)
        {
            var outcome = outcomes[i % 7 == 0 ? 1 + i % 3 : 0];
            db.SignIns.Add(new SignInRecord
            {
                UserName = "user" + (i % 500).ToString("000"),
                AtUtc = start.AddMinutes(i * 3),
                IpAddress = $"10.{i % 7}.{i % 251}.{i % 253}",
                Channel = i % 5 == 0 ? "api" : "web",
                Succeeded = outcome == "成功",
                Outcome = outcome,
            });
            if (i % 10_000 == 9_999)
            {
                db.SaveChanges();
                db.ChangeTracker.Clear();
            }
        }
        db.SaveChanges();
        transaction.Commit();
    }

    public AppDbContext Open() => new(
        new DbContextOptionsBuilder<AppDbContext>().UseSqlite(ConnectionString).Options,
        SystemUser.Instance, TimeProvider.System);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
