using Fazhi.Core.Data;
using Fazhi.Web.Setup;

namespace Fazhi.Web.Commands;

/// <summary>Runs a command of the command line against the same services as the web server.</summary>
public static class CommandRunner
{
    public static async Task<int> RunAsync(WebApplication app, CommandLine cli)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Fazhi.Command");
        try
        {
            switch (cli.Command)
            {
                case "migrate":
                    await DatabaseSetup.MigrateAsync(app.Services, logger);
                    await CalendarSetup.SeedAsync(app.Services, logger);
                    await Startup.EnsureRolesAsync(app.Services);
                    Console.WriteLine("database is up to date");
                    return 0;
                case "deadline": return await DeadlineCommand.RunAsync(app, cli);
                case "backup":
                {
                    var target = cli.Option("to") ?? throw new ArgumentException("backup 需要 --to 文件");
                    using var scope = app.Services.CreateScope();
                    await SqliteBackup.BackupToAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), target);
                    Console.WriteLine($"backup written to {Path.GetFullPath(target)}");
                    return 0;
                }
                case "seed-demo":
                    await DatabaseSetup.MigrateAsync(app.Services, logger);
                    await CalendarSetup.SeedAsync(app.Services, logger);
                    await Startup.EnsureRolesAsync(app.Services);
                    if (!await Startup.LoadDemoAsync(app.Services, logger))
                    {
                        Console.Error.WriteLine("数据库中已有数据，演示数据只能载入空数据库。");
                        return 1;
                    }
                    Console.WriteLine("demo town loaded");
                    return 0;
                case "create-admin":
                    return await CreateAdminCommand.RunAsync(app, cli, logger);
                case "audit verify": return await AuditVerifyCommand.RunAsync(app.Services);
                case "report": return await ReportCommand.RunAsync(app, cli);
                default:
                    Console.Error.WriteLine($"命令“{cli.Command}”尚不可用。");
                    return 2;
            }
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }
}
