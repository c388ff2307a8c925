using Fazhi.Core.Common;
using Fazhi.Core.Regions;

namespace Fazhi.Core.Disputes;

/// <summary>
/// Where a dispute or screening round belongs: the town, the village and the group (村民小组) where known.
/// The scope path is the village's (else the town's): a group is a detail of the place, not a scope of its own, so
/// the place can be narrowed to a group later without moving the record.
/// </summary>
public sealed record DisputePlace(long TownId, long? VillageId, long? GroupId, string ScopePath)
{
    public static DisputePlace Of(Region town, Region? village, Region? group)
    {
        if (town.Level != RegionLevel.Town) throw new DomainRuleException("请选择乡镇（街道）。");
        if (village is not null && village.ParentId != town.Id) throw new DomainRuleException("所选村（社区）不属于该乡镇。");
        if (group is not null && (village is null || group.ParentId != village.Id)) throw new DomainRuleException("所选村民小组不属于该村（社区）。");
        return new DisputePlace(town.Id, village?.Id, group?.Id, village?.Path ?? town.Path);
    }

    /// <summary>The lowest level that can handle a matter at this place.</summary>
    public DisputeLevel LowestLevel => GroupId is not null ? DisputeLevel.Group : VillageId is not null ? DisputeLevel.Village : DisputeLevel.Town;
}
