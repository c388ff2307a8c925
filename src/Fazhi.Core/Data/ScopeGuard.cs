using Fazhi.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Data;

/// <summary>
/// The resource check on writes: the query filter keeps out-of-scope records from being read,
/// this keeps them from being written. A read-only user (district supervisor) writes nothing;
/// anyone else may only add, change or delete records inside their own scope.
/// </summary>
internal static class ScopeGuard
{
    public static void Check(AppDbContext db)
    {
        var user = db.CurrentUser;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (user.IsReadOnly && entry.Entity is IScopedRecord or Regions.Region)
                throw new DomainRuleException("您的账号为只读账号，不能修改数据。");
            if (entry.Entity is IScopedRecord scoped && !scoped.ScopePath.StartsWith(user.ScopePath, StringComparison.Ordinal))
                throw new DomainRuleException("该记录不在您的管辖范围内。");
        }
    }
}
