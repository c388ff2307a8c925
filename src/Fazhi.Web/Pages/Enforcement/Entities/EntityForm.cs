using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Regions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Fazhi.Web.Pages.Enforcement.Entities;

/// <summary>The fields of a regulated entity, shared by the register and edit forms (the _EntityFields partial).</summary>
public sealed class EntityForm
{
    public long TownId { get; set; }
    public long? VillageId { get; set; }
    public string? Name { get; set; }
    public string? CreditCode { get; set; }
    public EntityKind Kind { get; set; } = EntityKind.Business;
    public string? Industry { get; set; }
    public string? Address { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public RiskClass Risk { get; set; } = RiskClass.Low;
    public int Version { get; set; }

    public RegisterCommands.EntityInput ToInput() =>
        new(TownId, VillageId, Name ?? "", CreditCode, Kind, Industry, Address ?? "", ContactName, ContactPhone, Risk);

    public static EntityForm Of(RegulatedEntity e) => new()
    {
        TownId = e.TownId, VillageId = e.VillageId, Name = e.Name, CreditCode = e.CreditCode, Kind = e.Kind, Industry = e.Industry, Address = e.Address,
        ContactName = e.ContactName, ContactPhone = e.ContactPhone, Risk = e.Risk, Version = e.Version,
    };

    /// <summary>The entity's rule messages, each next to its field.</summary>
    public static void AddError(ModelStateDictionary modelState, string message) =>
        RegisterUi.AddDomainError(modelState, message,
            ("Input.CreditCode", "统一社会信用代码"), ("Input.ContactPhone", "联系电话"), ("Input.ContactName", "联系人"), ("Input.Address", "地址"),
            ("Input.Industry", "行业"), ("Input.VillageId", "村（社区）"), ("Input.Name", "名称"));
}

/// <summary>What the _EntityFields partial needs from its page.</summary>
public interface IEntityFormPage
{
    EntityForm Input { get; }
    IReadOnlyList<RegionRow> Towns { get; }
    IReadOnlyList<RegionRow> Villages { get; }
    /// <summary>A village cadre registers for their own village only.</summary>
    RegionRow? FixedVillage { get; }
    /// <summary>The registered phone, masked, when the user may not see it in full (the edit form); null otherwise.</summary>
    string? MaskedPhone { get; }
}

static class EntityFormChoices
{
    /// <summary>The towns and villages the user may register in; a cadre's village is fixed.</summary>
    public static async Task<(IReadOnlyList<RegionRow> Towns, IReadOnlyList<RegionRow> Villages, RegionRow? Fixed)> LoadAsync(AppDbContext db, long? townId,
        CancellationToken ct)
    {
        var towns = await RegionQueries.TownsAsync(db, ct);
        var regions = await RegionQueries.InScopeAsync(db, ct);
        var villages = regions.Where(r => r.Level == RegionLevel.Village && (townId is null || r.ParentId == townId)).ToList();
        var fixedVillage = !regions.Any(r => r.Level <= RegionLevel.Town) && villages.Count == 1 ? villages[0] : null;
        return (towns, villages, fixedVillage);
    }
}
