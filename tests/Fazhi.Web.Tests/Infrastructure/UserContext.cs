using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Fazhi.Web.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Infrastructure;

/// <summary>A DbContext acting as a given user, as a request of theirs would: their scope, their name in the audit.</summary>
public static class UserContext
{
    public static async Task<AppDbContext> AsAsync(IServiceProvider sp, string userName)
    {
        await using var system = sp.CreateAsyncScope();
        var db = system.ServiceProvider.SystemDb();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
        return ActivatorUtilities.CreateInstance<AppDbContext>(sp, (ICurrentUser)new TestUser(user, roles));
    }

    sealed class TestUser(AppUser user, IReadOnlyList<string> roles) : ICurrentUser
    {
        public string? UserId => user.Id;
        public string UserName => user.UserName!;
        public string ScopePath => user.ScopePath;
        public bool IsReadOnly => roles.Contains(Roles.Supervisor);
        public bool IsInRole(string role) => roles.Contains(role);
    }
}
