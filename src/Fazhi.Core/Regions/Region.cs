using Fazhi.Core.Common;

namespace Fazhi.Core.Regions;

/// <summary>
/// A node of the tree province → city → district → town → village/community → group.
/// <see cref="Path"/> ("/1/2/3/") is what data scope compares against (see IScopedRecord).
/// </summary>
public sealed class Region
{
    public long Id { get; private set; }
    public long? ParentId { get; private set; }
    public RegionLevel Level { get; private set; }
    public RegionKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>12-digit 统计用区划代码; null for a group (村民小组).</summary>
    public string? Code { get; private set; }
    public string Path { get; private set; } = "";
    /// <summary>Demo data (the demo town's villages have invented codes: domain-reference §11.1).</summary>
    public bool IsDemo { get; private set; }
    public int SortOrder { get; private set; }

    private Region() { }

    public static Region Create(Region? parent, RegionKind kind, string name, string? code, bool isDemo = false, int sortOrder = 0)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("请填写区划名称。");
        if (name.Length > 50) throw new DomainRuleException("区划名称不能超过50个字。");
        var level = RegionKindNames.LevelOf(kind);
        if (parent is null && level != RegionLevel.Province)
            throw new DomainRuleException("只有省级区划可以没有上级。");
        if (parent is not null && (int)level != (int)parent.Level + 1)
            throw new DomainRuleException($"“{RegionKindNames.Label(kind)}”不能直接设在“{RegionKindNames.Label(parent.Kind)}”之下。");
        code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        RegionCode.Validate(kind, code, parent?.Code);
        return new Region { Kind = kind, Level = level, Name = name, Code = code, IsDemo = isDemo, SortOrder = sortOrder, ParentId = parent?.Id };
    }

    public void Rename(string name, string? code, Region? parent)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("请填写区划名称。");
        if (name.Length > 50) throw new DomainRuleException("区划名称不能超过50个字。");
        code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        RegionCode.Validate(Kind, code, parent?.Code);
        Name = name;
        Code = code;
    }

    /// <summary>Set once the node has its id: the parent's path plus its own id.</summary>
    public void AssignPath(Region? parent)
    {
        if (Id == 0) throw new InvalidOperationException("Region must be saved before its path is assigned.");
        Path = (parent?.Path ?? "/") + Id + "/";
    }

    public bool Contains(string path) => path.StartsWith(Path, StringComparison.Ordinal);
}
