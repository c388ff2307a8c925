using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Fazhi.Migrations.Postgres;

/// <summary>The one place that knows how AppDbContext runs on PostgreSQL and where its migrations live.</summary>
public static class PostgresProvider
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, x => x.MigrationsAssembly(typeof(PostgresProvider).Assembly.GetName().Name));
}

/// <summary>Used by `dotnet ef migrations add` only; no server is contacted to add a migration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        PostgresProvider.Configure(options, "Host=127.0.0.1;Database=fazhi_design;Username=postgres");
        return new AppDbContext(options.Options, SystemUser.Instance, TimeProvider.System);
    }
}
