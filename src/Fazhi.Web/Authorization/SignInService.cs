using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace Fazhi.Web.Authorization;

/// <summary>
/// Checks a user name and password for the sign-in page and the API alike: lockout after 5
/// failures for 15 minutes (IdentitySetup), and one row in the sign-in log for every attempt.
/// </summary>
public sealed class SignInService(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, TimeProvider clock)
{
    public sealed record Result(AppUser? User, string Message);

    public async Task<Result> CheckAsync(string userName, string password, string channel, string? ip)
    {
        userName = userName.Trim();
        var user = await users.FindByNameAsync(userName);
        string outcome;
        Result result;
        if (user is null)
        {
            outcome = "用户不存在";
            result = new Result(null, "用户名或密码不正确。");
        }
        else if (!user.IsActive)
        {
            outcome = "账号已停用";
            result = new Result(null, "该账号已停用，请联系系统管理员。");
        }
        else
        {
            var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
            if (check.Succeeded) { outcome = "成功"; result = new Result(user, ""); }
            else if (check.IsLockedOut)
            {
                outcome = "账号已锁定";
                var until = user.LockoutEnd is { } end ? TimeZoneInfo.ConvertTime(end, ChinaTime.Zone).ToString("HH:mm") : "";
                result = new Result(null, $"连续登录失败次数过多，账号已锁定15分钟{(until == "" ? "" : $"（至{until}）")}，请稍后再试。");
            }
            else
            {
                outcome = "密码错误";
                var left = users.Options.Lockout.MaxFailedAccessAttempts - await users.GetAccessFailedCountAsync(user);
                result = new Result(null, left is > 0 and < 3 ? $"用户名或密码不正确，再错{left}次账号将被锁定15分钟。" : "用户名或密码不正确。");
            }
        }
        db.SignIns.Add(new SignInRecord
        {
            UserName = userName.Length > 256 ? userName[..256] : userName,
            UserId = user?.Id,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            IpAddress = ip,
            Channel = channel,
            Succeeded = result.User is not null,
            Outcome = outcome,
        });
        await db.SaveChangesAsync();
        return result;
    }
}
