using Fazhi.Core.Common;
using Fazhi.Core.Identity;
using Fazhi.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Commands;

/// <summary>`fazhi create-admin --username NAME [--password PW]`: an administrator of the whole system.
/// Without --password a one-time password is generated, printed once, and must be changed at first sign-in.</summary>
public static class CreateAdminCommand
{
    public static async Task<int> RunAsync(WebApplication app, CommandLine cli, ILogger logger)
    {
        var userName = cli.Option("username");
        if (string.IsNullOrWhiteSpace(userName))
        {
            Console.Error.WriteLine("请用 --username 指定用户名。");
            return 2;
        }
        await DatabaseSetup.MigrateAsync(app.Services, logger);
        await Startup.EnsureRolesAsync(app.Services);
        await using var scope = Startup.SystemScope(app.Services, out var db, out var users);
        if (await db.Users.AnyAsync(u => u.UserName == userName))
        {
            Console.Error.WriteLine($"用户名“{userName}”已存在。");
            return 1;
        }
        try
        {
            var (_, oneTime) = await users.CreateAsync(new UserCommands.Input(userName, "系统管理员", [Roles.Admin], null, null, []), cli.Option("password"));
            Console.WriteLine(oneTime is null ? $"已创建管理员 {userName}" : $"已创建管理员 {userName}，一次性密码：{oneTime}（首次登录后须修改）");
            return 0;
        }
        catch (DomainRuleException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
