using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Common;

/// <summary>
/// "2019-007": the next number of a town's register for a year. The caller passes the numbers of that town's
/// register over the whole town (query filters ignored), so numbers do not depend on who registers; a unique
/// index on (town, number) catches a race.
/// </summary>
public static class RegisterNumber
{
    public static async Task<string> NextAsync(IQueryable<string> numbersOfTown, int year, CancellationToken ct = default)
    {
        var prefix = $"{year}-";
        var count = await numbersOfTown.CountAsync(n => n.StartsWith(prefix), ct);
        return $"{prefix}{count + 1:000}";
    }
}
