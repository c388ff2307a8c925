using Fazhi.Core.Common;
using Fazhi.Core.Regions;

namespace Fazhi.Core.Petitions;

public enum HandlingLevel { Town, Village }

/// <summary>Where a petition belongs: its town, and the village it comes from if any; the scope path follows.</summary>
public sealed record PetitionPlace(long TownId, long? VillageId, string ScopePath)
{
    public static PetitionPlace Of(Region town, Region? village)
    {
        if (town.Level != RegionLevel.Town) throw new DomainRuleException("信访事项须登记在乡镇（街道）。");
        if (village is not null && village.ParentId != town.Id) throw new DomainRuleException("所选村（社区）不属于该乡镇。");
        return new PetitionPlace(town.Id, village?.Id, village?.Path ?? town.Path);
    }
}

/// <summary>信访事项类别: the maintained list of subjects (issue: 土地征收, 劳动社保 … 其他).</summary>
public static class PetitionCategories
{
    public static readonly IReadOnlyList<string> All =
        ["土地征收", "劳动社保", "城乡建设", "农村农业", "环境保护", "涉法涉诉", "政务服务", "民政救助", "教育卫生", "其他"];
}
