using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Setup;

/// <summary>The working-day calendar, the deadline service, and the administrator's calendar changes.</summary>
public static class CalendarSetup
{
    /// <summary>
    /// Key of a scoped AppDbContext acting as the system user. Calendar changes are national and move
    /// open deadlines of every town, so they are written with it; the Admin page folder policy is
    /// what restricts who may make them.
    /// </summary>
    public const string SystemDbKey = "fazhi:calendar-system-db";

    public static IServiceCollection AddFazhiCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CalendarProvider>();
        services.AddScoped<DeadlineService>();
        services.AddKeyedScoped<AppDbContext>(SystemDbKey, (sp, _) => CreateSystemDb(sp));
        services.AddScoped(sp => new CalendarAdmin(sp.GetRequiredKeyedService<AppDbContext>(SystemDbKey), sp.GetRequiredService<CalendarProvider>()));
        return services;
    }

    static AppDbContext CreateSystemDb(IServiceProvider sp) =>
        new(sp.GetRequiredService<DbContextOptions<AppDbContext>>(), SystemUser.Instance, sp.GetRequiredService<TimeProvider>());

    /// <summary>Start-up and `migrate`: the shipped years go into the database where a year is missing.</summary>
    public static async Task SeedAsync(IServiceProvider services, ILogger? logger = null, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredKeyedService<AppDbContext>(SystemDbKey);
        var added = await CalendarSeeder.SeedShippedYearsAsync(db, ct);
        if (added.Count > 0)
        {
            scope.ServiceProvider.GetRequiredService<CalendarProvider>().Invalidate();
            logger?.LogInformation("Calendar: shipped holiday arrangements added for {Years}", string.Join(", ", added));
        }
    }
}
