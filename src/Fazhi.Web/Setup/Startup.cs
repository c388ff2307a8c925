using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Demo;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Disputes;
using Fazhi.Core.Identity;
using Fazhi.Core.Petitions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Setup;

/// <summary>What happens once before the server listens: migrate, roles, then the demo town or the first admin.</summary>
public static class Startup
{
    public static async Task PrepareAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Fazhi.Startup");
        await DatabaseSetup.MigrateAsync(app.Services, logger);
        await CalendarSetup.SeedAsync(app.Services, logger);
        await EnsureRolesAsync(app.Services);
        var options = app.Services.GetRequiredService<FazhiOptions>();
        if (options.Demo) await LoadDemoAsync(app.Services, logger);
        else await EnsureFirstAdminAsync(app.Services);
    }

    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new AppRole(role));
    }

    /// <summary>A scope whose DbContext and user commands act as the system user (whole database).</summary>
    public static AsyncServiceScope SystemScope(IServiceProvider services, out AppDbContext db, out UserCommands users)
    {
        var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        db = sp.SystemDb();
        var store = ActivatorUtilities.CreateInstance<Microsoft.AspNetCore.Identity.EntityFrameworkCore.UserStore<AppUser, AppRole, AppDbContext>>(sp, db);
        var manager = ActivatorUtilities.CreateInstance<UserManager<AppUser>>(sp, store);
        users = new UserCommands(db, manager, sp.GetRequiredService<TimeProvider>());
        return scope;
    }

    /// <summary>Returns false when the database already holds data (the demo loads into an empty database only).</summary>
    public static async Task<bool> LoadDemoAsync(IServiceProvider services, ILogger logger)
    {
        await using var scope = SystemScope(services, out var db, out var users);
        if (!await DemoTown.IsDatabaseEmptyAsync(db)) return false;
        await DemoTown.LoadAsync(db, users);
        var sp = scope.ServiceProvider;
        var calendars = sp.GetRequiredService<CalendarProvider>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var deadlines = new DeadlineService(db, calendars, clock);
        var petitions = new PetitionCommands(db, deadlines, calendars, sp.GetRequiredService<Fazhi.Core.PersonalData.PersonalDataProtector>(), clock);
        await DemoPetitions.LoadAsync(db, petitions);
        await DemoDisputes.LoadAsync(db, new DisputeCommands(db, deadlines, calendars, petitions, clock), new ScreeningCommands(db, clock),
            new CommitteeCommands(db, clock));
        var inspections = new InspectionCommands(db, deadlines, clock);
        await DemoEnforcement.LoadAsync(db, new RegisterCommands(db), inspections, new CaseCommands(db, deadlines, calendars, inspections, clock));
        await DemoEducation.LoadAsync(db, new Fazhi.Core.Education.EducationCommands(db, clock));
        await DemoReport.LoadAsync(db, new Fazhi.Core.Reports.ReportCommands(db, calendars, clock));
        await DemoAssessment.LoadAsync(db, sp.GetRequiredService<DbContextOptions<AppDbContext>>(), calendars);
        logger.LogInformation("Demo town 西联镇 loaded with {Count} demo accounts", DemoTown.Accounts.Count);
        return true;
    }

    /// <summary>
    /// Outside demo mode, the first start creates `admin` with a random one-time password, printed once to
    /// the console (not to the log) and to be changed at first sign-in.
    /// </summary>
    public static async Task EnsureFirstAdminAsync(IServiceProvider services)
    {
        await using var scope = SystemScope(services, out var db, out var users);
        if (await db.Users.AnyAsync()) return;
        var (_, password) = await users.CreateAsync(new UserCommands.Input("admin", "系统管理员", [Roles.Admin], null, null, []));
        Console.WriteLine("==================================================================");
        Console.WriteLine($"已创建首个管理员账号 admin，一次性密码：{password}");
        Console.WriteLine("此密码只显示这一次；首次登录后须立即修改。");
        Console.WriteLine("==================================================================");
    }
}
