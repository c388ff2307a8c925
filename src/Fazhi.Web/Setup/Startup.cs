using Fazhi.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace Fazhi.Web.Setup;

/// <summary>What happens once before the server listens: migrate, roles, first admin or demo town.</summary>
public static class Startup
{
    public static async Task PrepareAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Fazhi.Startup");
        await DatabaseSetup.MigrateAsync(app.Services, logger);
        await CalendarSetup.SeedAsync(app.Services, logger);
        await EnsureRolesAsync(app.Services);
    }

    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new AppRole(role));
    }
}
