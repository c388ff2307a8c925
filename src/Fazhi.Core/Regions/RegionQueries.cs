using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Regions;

public sealed record RegionRow(long Id, long? ParentId, RegionLevel Level, RegionKind Kind, string Name, string? Code, string Path, bool IsDemo)
{
    public int Depth => Path.Count(c => c == '/') - 2;
}

public static class RegionQueries
{
    /// <summary>The nodes the current user may see: their scope node and everything below it, in tree order.</summary>
    public static async Task<IReadOnlyList<RegionRow>> InScopeAsync(AppDbContext db, CancellationToken ct = default)
    {
        var scope = db.CurrentUser.ScopePath;
        var rows = await db.Regions.AsNoTracking()
            .Where(r => r.Path.StartsWith(scope))
            .Select(r => new RegionRow(r.Id, r.ParentId, r.Level, r.Kind, r.Name, r.Code, r.Path, r.IsDemo))
            .ToListAsync(ct);
        return TreeOrder(rows);
    }

    /// <summary>Parents before children, siblings by code then name.</summary>
    public static IReadOnlyList<RegionRow> TreeOrder(IReadOnlyList<RegionRow> rows)
    {
        var byParent = rows.ToLookup(r => r.ParentId);
        var ids = rows.Select(r => r.Id).ToHashSet();
        var result = new List<RegionRow>(rows.Count);
        void Walk(RegionRow r)
        {
            result.Add(r);
            foreach (var c in byParent[r.Id].OrderBy(c => c.Code ?? "~").ThenBy(c => c.Name, StringComparer.Ordinal)) Walk(c);
        }
        foreach (var root in rows.Where(r => r.ParentId is null || !ids.Contains(r.ParentId.Value)).OrderBy(r => r.Path.Length).ThenBy(r => r.Code))
            Walk(root);
        return result;
    }

    /// <summary>Towns (镇/乡/街道) in the current user's scope, or the town their scope lies in.</summary>
    public static async Task<IReadOnlyList<RegionRow>> TownsAsync(AppDbContext db, CancellationToken ct = default)
    {
        var scope = db.CurrentUser.ScopePath;
        return await db.Regions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.Town && (r.Path.StartsWith(scope) || scope.StartsWith(r.Path)))
            .OrderBy(r => r.Code)
            .Select(r => new RegionRow(r.Id, r.ParentId, r.Level, r.Kind, r.Name, r.Code, r.Path, r.IsDemo))
            .ToListAsync(ct);
    }
}
