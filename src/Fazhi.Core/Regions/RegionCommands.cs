using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Regions;

/// <summary>Adding and renaming region nodes. A node is saved, then given its path, in one transaction.</summary>
public static class RegionCommands
{
    public sealed record Create(long? ParentId, RegionKind Kind, string Name, string? Code, bool IsDemo = false, int SortOrder = 0);

    public static async Task<Region> CreateAsync(AppDbContext db, Create command, CancellationToken ct = default)
    {
        Region? parent = null;
        if (command.ParentId is { } parentId)
        {
            parent = await db.Regions.FirstOrDefaultAsync(r => r.Id == parentId, ct) ?? throw new DomainRuleException("上级区划不存在。");
            EnsureInScope(db, parent);
        }
        else if (db.CurrentUser.ScopePath != "" && db.CurrentUser.ScopePath != "/")
            throw new DomainRuleException("只有全系统管理员可以新增省级区划。");
        if (db.CurrentUser.IsReadOnly) throw new DomainRuleException("您的账号为只读账号，不能修改数据。");
        if (command.Code is { Length: > 0 } code && await db.Regions.AnyAsync(r => r.Code == code.Trim(), ct))
            throw new DomainRuleException($"代码{code.Trim()}已被其他区划使用。");

        var region = Region.Create(parent, command.Kind, command.Name, command.Code, command.IsDemo, command.SortOrder);
        var ownTransaction = db.Database.CurrentTransaction is null;
        await using var tx = ownTransaction ? await db.Database.BeginTransactionAsync(ct) : null;
        db.Regions.Add(region);
        await db.SaveChangesAsync(ct);
        region.AssignPath(parent);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return region;
    }

    public static async Task RenameAsync(AppDbContext db, long id, string name, string? code, CancellationToken ct = default)
    {
        var region = await db.Regions.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new DomainRuleException("区划不存在。");
        EnsureInScope(db, region);
        if (db.CurrentUser.IsReadOnly) throw new DomainRuleException("您的账号为只读账号，不能修改数据。");
        var parent = region.ParentId is { } pid ? await db.Regions.FirstAsync(r => r.Id == pid, ct) : null;
        if (code is { Length: > 0 } c && await db.Regions.AnyAsync(r => r.Code == c.Trim() && r.Id != id, ct))
            throw new DomainRuleException($"代码{c.Trim()}已被其他区划使用。");
        region.Rename(name, code, parent);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Regions are reference data read by all, but changed only inside one's own scope.</summary>
    static void EnsureInScope(AppDbContext db, Region region)
    {
        if (!region.Path.StartsWith(db.CurrentUser.ScopePath, StringComparison.Ordinal))
            throw new DomainRuleException("该区划不在您的管辖范围内。");
    }
}
