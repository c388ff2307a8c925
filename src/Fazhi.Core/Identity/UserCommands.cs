using System.Security.Cryptography;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Identity;

/// <summary>Accounts: create, change roles/scope/modules, reset to a one-time password.</summary>
public sealed class UserCommands(AppDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public sealed record Input(string UserName, string DisplayName, IReadOnlyList<string> Roles, long? ScopeRegionId, long? OfficeId,
        IReadOnlyList<string> Modules, bool IsDemo = false);

    /// <summary>Creates the account. With no password a one-time password is generated, returned, and must be changed at first sign-in.</summary>
    public async Task<(AppUser User, string? OneTimePassword)> CreateAsync(Input input, string? password = null, CancellationToken ct = default)
    {
        var user = new AppUser { UserName = input.UserName.Trim(), CreatedUtc = clock.GetUtcNow().UtcDateTime, IsDemo = input.IsDemo };
        await ApplyAsync(user, input, ct);
        string? oneTime = null;
        if (password is null) { oneTime = OneTimePassword(); user.MustChangePassword = true; }
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        Check(await users.CreateAsync(user, password ?? oneTime!));
        Check(await users.AddToRolesAsync(user, input.Roles));
        if (tx is not null) await tx.CommitAsync(ct);
        return (user, oneTime);
    }

    public async Task UpdateAsync(string id, Input input, bool isActive, CancellationToken ct = default)
    {
        var user = await FindInScopeAsync(id, ct);
        await ApplyAsync(user, input, ct);
        user.IsActive = isActive;
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        Check(await users.UpdateAsync(user));
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current.Except(input.Roles)));
        Check(await users.AddToRolesAsync(user, input.Roles.Except(current)));
        // Signs the user out of open sessions within a minute, so a narrowed scope takes effect.
        Check(await users.UpdateSecurityStampAsync(user));
        if (tx is not null) await tx.CommitAsync(ct);
    }

    public async Task<string> ResetPasswordAsync(string id, CancellationToken ct = default)
    {
        var user = await FindInScopeAsync(id, ct);
        var oneTime = OneTimePassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, oneTime));
        user.MustChangePassword = true;
        Check(await users.UpdateAsync(user));
        await users.SetLockoutEndDateAsync(user, null);
        return oneTime;
    }

    /// <summary>An account is managed only by an admin whose scope contains the account's scope.</summary>
    public async Task<AppUser> FindInScopeAsync(string id, CancellationToken ct = default)
    {
        var scope = db.CurrentUser.ScopePath;
        return await db.Users.FirstOrDefaultAsync(u => u.Id == id && u.ScopePath.StartsWith(scope), ct) ?? throw new NotFoundException();
    }

    async Task ApplyAsync(AppUser user, Input input, CancellationToken ct)
    {
        if (db.CurrentUser.IsReadOnly) throw new DomainRuleException("您的账号为只读账号，不能修改数据。");
        var displayName = input.DisplayName.Trim();
        if (displayName.Length == 0) throw new DomainRuleException("请填写姓名。");
        if (displayName.Length > 50) throw new DomainRuleException("姓名不能超过50个字。");
        if (input.Roles.Count == 0) throw new DomainRuleException("请至少选择一个角色。");
        var unknown = input.Roles.FirstOrDefault(r => !Identity.Roles.All.Contains(r));
        if (unknown is not null) throw new DomainRuleException($"未知的角色：{unknown}");

        var myScope = db.CurrentUser.ScopePath;
        if (input.ScopeRegionId is { } regionId)
        {
            var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == regionId, ct);
            if (region is null || !region.Path.StartsWith(myScope, StringComparison.Ordinal))
                throw new DomainRuleException("请选择您管辖范围内的区划作为用户的管辖范围。");
            user.ScopeRegionId = region.Id;
            user.ScopePath = region.Path;
        }
        else
        {
            if (myScope is not ("" or "/")) throw new DomainRuleException("请选择用户的管辖范围。");
            user.ScopeRegionId = null;
            user.ScopePath = "/";
        }
        if (input.OfficeId is { } officeId && !await db.Offices.AnyAsync(o => o.Id == officeId && user.ScopePath.StartsWith(o.ScopePath), ct))
            throw new DomainRuleException("所选科室不在该用户的管辖范围内。");
        user.OfficeId = input.OfficeId;
        user.DisplayName = displayName;
        user.SetModules(input.Modules);
    }

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new DomainRuleException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>16 characters from a cryptographic source, always with all four character classes.</summary>
    public static string OneTimePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789", symbols = "!@#$%^&*-_+=?";
        const string all = upper + lower + digits + symbols;
        var chars = new List<char> { Pick(upper), Pick(lower), Pick(digits), Pick(symbols) };
        while (chars.Count < 16) chars.Add(Pick(all));
        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).ToArray());
        static char Pick(string s) => s[RandomNumberGenerator.GetInt32(s.Length)];
    }
}
