using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Staff;

/// <summary>Offices of a town and the outside bodies it works with.</summary>
public static class OrganisationCommands
{
    public static async Task<Office> CreateOfficeAsync(AppDbContext db, long townId, string name, string? phone, CancellationToken ct = default)
    {
        var town = await TownAsync(db, townId, ct);
        if (await db.Offices.AnyAsync(o => o.TownId == townId && o.Name == name.Trim(), ct))
            throw new DomainRuleException($"{town.Name}已有名为“{name.Trim()}”的科室。");
        var office = Office.Create(town.Id, town.Path, name, phone);
        db.Offices.Add(office);
        await db.SaveChangesAsync(ct);
        return office;
    }

    public static async Task UpdateOfficeAsync(AppDbContext db, long id, string name, string? phone, bool isActive, CancellationToken ct = default)
    {
        var office = await db.Offices.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException();
        if (await db.Offices.AnyAsync(o => o.TownId == office.TownId && o.Name == name.Trim() && o.Id != id, ct))
            throw new DomainRuleException($"已有名为“{name.Trim()}”的科室。");
        office.Update(name, phone, isActive);
        await db.SaveChangesAsync(ct);
    }

    public static async Task<PartnerOrganisation> CreatePartnerAsync(AppDbContext db, long townId, string name, PartnerKind kind, string? contact, CancellationToken ct = default)
    {
        var town = await TownAsync(db, townId, ct);
        var partner = PartnerOrganisation.Create(town.Id, town.Path, name, kind, contact);
        db.Partners.Add(partner);
        await db.SaveChangesAsync(ct);
        return partner;
    }

    public static async Task UpdatePartnerAsync(AppDbContext db, long id, string name, PartnerKind kind, string? contact, CancellationToken ct = default)
    {
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException();
        partner.Update(name, kind, contact);
        await db.SaveChangesAsync(ct);
    }

    static async Task<Region> TownAsync(AppDbContext db, long townId, CancellationToken ct)
    {
        var town = await db.Regions.FirstOrDefaultAsync(r => r.Id == townId, ct);
        if (town is null || !town.Path.StartsWith(db.CurrentUser.ScopePath, StringComparison.Ordinal)) throw new DomainRuleException("请选择您管辖范围内的乡镇。");
        if (town.Level != RegionLevel.Town) throw new DomainRuleException("科室和合作单位须设在乡镇（街道）之下。");
        return town;
    }
}
