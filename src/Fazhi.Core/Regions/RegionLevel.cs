namespace Fazhi.Core.Regions;

public enum RegionLevel
{
    Province = 1,
    City = 2,
    District = 3,
    Town = 4,
    Village = 5,
    Group = 6,
}

/// <summary>What kind of unit a node is; it decides the code range (domain-reference §9).</summary>
public enum RegionKind
{
    Province,
    City,
    District,
    /// <summary>街道: township digits 001–099.</summary>
    Subdistrict,
    /// <summary>镇: township digits 100–199.</summary>
    Town,
    /// <summary>乡: township digits 200–399.</summary>
    Township,
    /// <summary>社区 (居委会): village digits 001–199.</summary>
    Community,
    /// <summary>村 (村委会): village digits 200–399.</summary>
    Village,
    /// <summary>村民小组: no statistical code of its own.</summary>
    Group,
}

public static class RegionKindNames
{
    public static string Label(RegionKind kind) => kind switch
    {
        RegionKind.Province => "省",
        RegionKind.City => "市",
        RegionKind.District => "区/县",
        RegionKind.Subdistrict => "街道",
        RegionKind.Town => "镇",
        RegionKind.Township => "乡",
        RegionKind.Community => "社区",
        RegionKind.Village => "村",
        RegionKind.Group => "村民小组",
        _ => kind.ToString(),
    };

    public static RegionLevel LevelOf(RegionKind kind) => kind switch
    {
        RegionKind.Province => RegionLevel.Province,
        RegionKind.City => RegionLevel.City,
        RegionKind.District => RegionLevel.District,
        RegionKind.Subdistrict or RegionKind.Town or RegionKind.Township => RegionLevel.Town,
        RegionKind.Community or RegionKind.Village => RegionLevel.Village,
        _ => RegionLevel.Group,
    };
}
