using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Migrations.Postgres;
using Fazhi.Migrations.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests;

/// <summary>Both providers, whatever database this run uses: a model change without a migration fails here.</summary>
public class MigrationsTests
{
    [Fact]
    public void Sqlite_HasAMigrationForEveryModelChange() => AssertNoPendingChanges(o => SqliteProvider.Configure(o, "Data Source=:memory:"));

    [Fact]
    public void Postgres_HasAMigrationForEveryModelChange() => AssertNoPendingChanges(o => PostgresProvider.Configure(o, "Host=127.0.0.1;Database=unused"));

    static void AssertNoPendingChanges(Action<DbContextOptionsBuilder> configure)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        configure(options);
        using var db = new AppDbContext(options.Options, SystemUser.Instance, TimeProvider.System);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes without a migration for {db.Database.ProviderName}: run scripts/add-migration.sh NAME");
    }
}
