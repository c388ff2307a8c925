using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Fazhi.Core.Data;

/// <summary>Small things every module's use cases need from the context.</summary>
public static class ContextHelpers
{
    /// <summary>A transaction of the caller's own, or null when one is already open (the outer one commits).</summary>
    public static async Task<IDbContextTransaction?> BeginOwnTransactionAsync(this AppDbContext db, CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

    /// <summary>The current user's name as colleagues know them (records' histories); the audit trail keeps the account name.</summary>
    public static async Task<string> ActorNameAsync(this AppDbContext db, CancellationToken ct) =>
        db.CurrentUser.UserId is { } uid ? await db.Users.Where(u => u.Id == uid).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? db.CurrentUser.UserName
            : db.CurrentUser.UserName;
}
