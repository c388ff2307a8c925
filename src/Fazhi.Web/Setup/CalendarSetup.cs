using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Setup;

/// <summary>The working-day calendar, the deadline service, and the administrator's calendar changes.</summary>
public static class CalendarSetup
{
    public static IServiceCollection AddFazhiCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CalendarProvider>();
        services.AddScoped<DeadlineService>();
        // Calendar changes are national and move open deadlines of every town, so they are written with the
        // whole-database context; the Admin folder policy restricts who may make them, and the audit names them.
        services.AddScoped(sp => new CalendarAdmin(sp.SystemDb(), sp.GetRequiredService<CalendarProvider>()));
        return services;
    }

    /// <summary>Start-up and `migrate`: the shipped years go into the database where a year is missing.</summary>
    public static async Task SeedAsync(IServiceProvider services, ILogger? logger = null, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.SystemDb();
        var added = await CalendarSeeder.SeedShippedYearsAsync(db, ct);
        if (added.Count > 0)
        {
            scope.ServiceProvider.GetRequiredService<CalendarProvider>().Invalidate();
            logger?.LogInformation("Calendar: shipped holiday arrangements added for {Years}", string.Join(", ", added));
        }
    }
}
