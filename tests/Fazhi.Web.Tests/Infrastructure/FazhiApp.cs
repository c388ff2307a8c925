using Fazhi.Core.Data;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Infrastructure;

/// <summary>
/// The whole platform on a real database (a SQLite file, or a PostgreSQL database), with the demo
/// town loaded unless a test asks for an empty one. One per test class (IClassFixture).
/// </summary>
public class FazhiApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), "fazhi-test-" + Guid.NewGuid().ToString("N")[..12]);
    public string? ConnectionString { get; private set; }
    protected virtual bool Demo => true;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDir);
        if (TestDatabase.IsPostgres) ConnectionString = await TestDatabase.CreatePostgresAsync();
        using var _ = CreateClient(); // starts the host: migrations and demo data run now
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Fazhi:DataDir", DataDir);
        builder.UseSetting("Fazhi:Demo", Demo ? "true" : "false");
        builder.UseSetting("Fazhi:Database:Provider", TestDatabase.IsPostgres ? "Postgres" : "Sqlite");
        if (ConnectionString is not null) builder.UseSetting("Fazhi:Database:ConnectionString", ConnectionString);
    }

    /// <summary>A DbContext acting as the system user (whole database), for arranging and checking.</summary>
    public AsyncServiceScope SystemScope(out AppDbContext db)
    {
        var scope = Services.CreateAsyncScope();
        db = scope.ServiceProvider.SystemDb();
        return scope;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (ConnectionString is not null) await TestDatabase.DropPostgresAsync(ConnectionString);
        try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { }
    }
}

/// <summary>An app on an empty database (no demo town), for first-start behaviour.</summary>
public sealed class EmptyFazhiApp : FazhiApp
{
    protected override bool Demo => false;
}
