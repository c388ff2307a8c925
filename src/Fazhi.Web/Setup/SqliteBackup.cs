using Fazhi.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Setup;

/// <summary>SQLite's online backup API: a consistent copy while the platform keeps running.</summary>
public static class SqliteBackup
{
    public static async Task BackupToAsync(AppDbContext db, string target, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite()) throw new InvalidOperationException("在线备份仅适用于 SQLite 数据库；PostgreSQL 请使用 pg_dump。");
        var full = Path.GetFullPath(target);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (File.Exists(full)) File.Delete(full);
        await using var source = new SqliteConnection(db.Database.GetConnectionString());
        await source.OpenAsync(ct);
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        await destination.OpenAsync(ct);
        source.BackupDatabase(destination);
    }

    public static async Task<string> ToTimestampedFileAsync(AppDbContext db, string file, CancellationToken ct = default)
    {
        var stamp = db.Clock.GetUtcNow().ToString("yyyyMMdd-HHmmss");
        var target = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, "backups", $"{Path.GetFileNameWithoutExtension(file)}-{stamp}.db");
        await BackupToAsync(db, target, ct);
        return target;
    }
}
