using Microsoft.Extensions.Options;

namespace Fazhi.Web.Setup;

public static class FazhiOptionsSetup
{
    public static IServiceCollection AddFazhiOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FazhiOptions>().Bind(configuration.GetSection("Fazhi"));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<FazhiOptions>>().Value);
        return services;
    }
}

/// <summary>The "Fazhi" configuration section (appsettings.json, environment Fazhi__*, command line).</summary>
public sealed class FazhiOptions
{
    /// <summary>Folder for the SQLite file, backups, attachments and keys; relative to the working directory.</summary>
    public string DataDir { get; set; } = "data";
    /// <summary>Demo mode: loads the demo town into an empty database and shows demo accounts.</summary>
    public bool Demo { get; set; }
    public DatabaseOptions Database { get; set; } = new();
    /// <summary>LibreOffice's soffice, which turns reports into PDF: a name on PATH or a full path.</summary>
    public string SofficePath { get; set; } = "soffice";

    public string DataPath => Path.GetFullPath(DataDir);
}

public sealed class DatabaseOptions
{
    /// <summary>"Sqlite" (default) or "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";
    /// <summary>For PostgreSQL; for SQLite the default is a file fazhi.db in the data folder.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);
}
