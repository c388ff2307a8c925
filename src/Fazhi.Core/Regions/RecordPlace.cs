using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Regions;

/// <summary>
/// Where a record belongs (a dispute, a screening round, a regulated entity, an inspection): the town, the village
/// and the group (村民小组) where known. The scope path is the village's (else the town's): a group is a detail of the
/// place, not a scope of its own, so the place can be narrowed to a group later without moving the record.
/// </summary>
public sealed record RecordPlace(long TownId, long? VillageId, long? GroupId, string ScopePath)
{
    public static RecordPlace Of(Region town, Region? village, Region? group)
    {
        if (town.Level != RegionLevel.Town) throw new DomainRuleException("请选择乡镇（街道）。");
        if (village is not null && village.ParentId != town.Id) throw new DomainRuleException("所选村（社区）不属于该乡镇。");
        if (group is not null && (village is null || group.ParentId != village.Id)) throw new DomainRuleException("所选村民小组不属于该村（社区）。");
        return new RecordPlace(town.Id, village?.Id, group?.Id, village?.Path ?? town.Path);
    }

    /// <summary>Loads the regions through the scoped context and refuses a place outside the user's scope.</summary>
    public static async Task<RecordPlace> ResolveAsync(AppDbContext db, long townId, long? villageId, long? groupId, CancellationToken ct)
    {
        var town = await db.Regions.FirstOrDefaultAsync(r => r.Id == townId, ct) ?? throw new DomainRuleException("请选择乡镇。");
        var village = villageId is { } v ? await db.Regions.FirstOrDefaultAsync(r => r.Id == v, ct) ?? throw new DomainRuleException("所选村（社区）不存在。") : null;
        var group = groupId is { } g ? await db.Regions.FirstOrDefaultAsync(r => r.Id == g, ct) ?? throw new DomainRuleException("所选村民小组不存在。") : null;
        var place = Of(town, village, group);
        if (!place.ScopePath.StartsWith(db.CurrentUser.ScopePath, StringComparison.Ordinal))
            throw new DomainRuleException("只能登记您管辖范围内的事项。");
        return place;
    }
}
