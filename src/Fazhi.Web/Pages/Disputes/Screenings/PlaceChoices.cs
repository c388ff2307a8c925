using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Disputes.Screenings;

/// <summary>
/// The towns, villages and groups (村民小组) a user may pick for a screening round or a committee. A village cadre's
/// scope is their village: the village is fixed and town-level records are not offered (the scope check would
/// refuse them anyway).
/// </summary>
public sealed record PlaceChoices(IReadOnlyList<RegionRow> Towns, IReadOnlyList<RegionRow> Villages, IReadOnlyList<RegionRow> Groups, string ScopePath)
{
    public static async Task<PlaceChoices> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var scope = db.CurrentUser.ScopePath;
        var towns = await RegionQueries.TownsAsync(db, ct);
        var below = await db.Regions.AsNoTracking()
            .Where(r => (r.Level == RegionLevel.Village || r.Level == RegionLevel.Group) && r.Path.StartsWith(scope))
            .Select(r => new RegionRow(r.Id, r.ParentId, r.Level, r.Kind, r.Name, r.Code, r.Path, r.IsDemo))
            .ToListAsync(ct);
        var ordered = RegionQueries.TreeOrder(below);
        // A group's village lies outside the list when the scope is the group itself; keep only groups of listed villages.
        var villages = ordered.Where(r => r.Level == RegionLevel.Village).ToList();
        var villageIds = villages.Select(v => v.Id).ToHashSet();
        // Groups have no statistical code; "第一、第二、第三" sort by creation, not by the characters.
        var groups = below.Where(r => r.Level == RegionLevel.Group && r.ParentId is { } p && villageIds.Contains(p)).OrderBy(r => r.Id).ToList();
        return new PlaceChoices(towns, villages, groups, scope);
    }

    /// <summary>Towns where the user works at town level (their scope is the town or above).</summary>
    public IReadOnlyList<RegionRow> TownsAtTownLevel => Towns.Where(t => t.Path.StartsWith(ScopePath, StringComparison.Ordinal)).ToList();

    public bool MayActAtTownLevel => TownsAtTownLevel.Count > 0;

    /// <summary>The one village of a cadre whose scope is that village; null for town and district users.</summary>
    public RegionRow? FixedVillage => Villages.Count == 1 && Villages[0].Path == ScopePath ? Villages[0] : null;

    public bool SeveralTowns => Towns.Count > 1;

    public RegionRow? Village(long? id) => id is { } v ? Villages.FirstOrDefault(x => x.Id == v) : null;

    public RegionRow? Group(long? id) => id is { } g ? Groups.FirstOrDefault(x => x.Id == g) : null;

    /// <summary>"阳山村", or "龙归镇 · 龙归村" when the user sees several towns.</summary>
    public string VillageLabel(RegionRow village) =>
        SeveralTowns && Towns.FirstOrDefault(t => t.Id == village.ParentId) is { } town ? $"{town.Name} · {village.Name}" : village.Name;

    public IEnumerable<RegionRow> GroupsOf(RegionRow village) => Groups.Where(g => g.ParentId == village.Id);

    /// <summary>
    /// The town of a record: a village's own town, else the town chosen (or the only one at town level).
    /// Ids the user may not pick are refused here with the same words as an empty choice.
    /// </summary>
    public long TownFor(long? villageId, long? townId)
    {
        if (villageId is not null)
            return Village(villageId)?.ParentId ?? throw new DomainRuleException("所选村（社区）不在您的管辖范围内。");
        var atTown = TownsAtTownLevel;
        if (townId is { } t)
            return atTown.Any(x => x.Id == t) ? t : throw new DomainRuleException("所选乡镇不在您的管辖范围内。");
        return atTown.Count == 1 ? atTown[0].Id
            : atTown.Count == 0 ? throw new DomainRuleException("您只能办理本村（社区）的事项，请选择村（社区）。")
            : throw new DomainRuleException("请选择乡镇。");
    }
}
