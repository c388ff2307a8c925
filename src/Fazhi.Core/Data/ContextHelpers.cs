using Fazhi.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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

    /// <summary>
    /// A read-only context of the same user that sees only <paramref name="scopePath"/> (a town's records when a district
    /// supervisor or the system user reads that town's report). The path must lie inside the user's own scope: never wider.
    /// Dispose it.
    /// </summary>
    public static AppDbContext NarrowedTo(this AppDbContext db, string scopePath)
    {
        if (!scopePath.StartsWith(db.CurrentUser.ScopePath, StringComparison.Ordinal)) throw new NotFoundException();
        var options = (DbContextOptions<AppDbContext>)db.GetService<IDbContextOptions>();
        return new AppDbContext(options, new NarrowedReader(db.CurrentUser, scopePath), db.Clock);
    }

    sealed class NarrowedReader(ICurrentUser reader, string scopePath) : ICurrentUser
    {
        public string? UserId => reader.UserId;
        public string UserName => reader.UserName;
        public string ScopePath => scopePath;
        public bool IsReadOnly => true;
        public bool IsInRole(string role) => reader.IsInRole(role);
    }
}
