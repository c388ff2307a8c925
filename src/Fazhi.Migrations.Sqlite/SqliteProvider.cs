using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Fazhi.Migrations.Sqlite;

/// <summary>The one place that knows how AppDbContext runs on SQLite and where its migrations live.</summary>
public static class SqliteProvider
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, x => x.MigrationsAssembly(typeof(SqliteProvider).Assembly.GetName().Name));
}

/// <summary>Used by `dotnet ef migrations add` only.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        SqliteProvider.Configure(options, "Data Source=design-time.db");
        return new AppDbContext(options.Options, SystemUser.Instance, TimeProvider.System);
    }
}
