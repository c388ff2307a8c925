using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Migrations.Postgres;
using Fazhi.Migrations.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Setup;

public static class DatabaseSetup
{
    /// <summary>Options are read when the first context is made, so tests and --data can set them late.</summary>
    public static IServiceCollection AddFazhiDatabase(this IServiceCollection services)
    {
        services.AddDbContext<AppDbContext>((sp, o) =>
        {
            var options = sp.GetRequiredService<FazhiOptions>();
            var connection = ConnectionString(options);
            if (options.Database.IsPostgres) PostgresProvider.Configure(o, connection);
            else SqliteProvider.Configure(o, connection);
        });
        services.AddKeyedScoped<AppDbContext>(SystemKey, (sp, _) => new AppDbContext(
            sp.GetRequiredService<DbContextOptions<AppDbContext>>(), new ElevatedUser(sp.GetRequiredService<ICurrentUser>()), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// Key of the scoped AppDbContext that sees the whole database (see <see cref="ElevatedUser"/>): start-up,
    /// the command line and calendar changes. Everything else uses the request's scoped context.
    /// </summary>
    public const string SystemKey = "fazhi:system-db";

    public static AppDbContext SystemDb(this IServiceProvider services) => services.GetRequiredKeyedService<AppDbContext>(SystemKey);

    public static string ConnectionString(FazhiOptions options)
    {
        if (options.Database.IsPostgres)
            return options.Database.ConnectionString
                ?? throw new InvalidOperationException("Fazhi:Database:ConnectionString is required for PostgreSQL.");
        Directory.CreateDirectory(options.DataPath);
        return options.Database.ConnectionString
            ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(options.DataPath, "fazhi.db"), Pooling = true }.ToString();
    }

    /// <summary>
    /// Applies pending migrations. On SQLite the file is first copied to a timestamped backup, so a
    /// failed upgrade never costs data.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, ILogger logger, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0) return;
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (File.Exists(file) && new FileInfo(file).Length > 0)
            {
                var backup = await SqliteBackup.ToTimestampedFileAsync(db, file, ct);
                logger.LogInformation("Database backed up to {Backup} before migrating", backup);
            }
        }
        logger.LogInformation("Applying {Count} migration(s): {Names}", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(ct);
    }
}
