using Npgsql;

namespace Fazhi.Web.Tests.Infrastructure;

/// <summary>
/// Which real database a test run uses: FAZHI_TEST_DB=sqlite (default) or postgres, with
/// FAZHI_TEST_PG the connection string of a server test.sh started. Each app gets its own
/// SQLite file or its own PostgreSQL database, dropped afterwards.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres => string.Equals(Environment.GetEnvironmentVariable("FAZHI_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    static string ServerConnection => Environment.GetEnvironmentVariable("FAZHI_TEST_PG")
        ?? "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres";

    /// <summary>Creates an empty PostgreSQL database and returns its connection string.</summary>
    public static async Task<string> CreatePostgresAsync()
    {
        var name = "fazhi_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var conn = new NpgsqlConnection(ServerConnection);
        await conn.OpenAsync();
        await using (var cmd = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'", conn))
            await cmd.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ServerConnection) { Database = name }.ToString();
    }

    public static async Task DropPostgresAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(ServerConnection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
