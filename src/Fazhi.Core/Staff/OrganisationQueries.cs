using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Staff;

public sealed record OfficeRow(long Id, long TownId, string TownName, string Name, string? Phone, bool IsActive);
public sealed record PartnerRow(long Id, long TownId, string TownName, string Name, PartnerKind Kind, string? Contact);

/// <summary>Scoped by the global query filter: nobody lists another town's offices.</summary>
public static class OrganisationQueries
{
    public static Task<List<OfficeRow>> OfficesAsync(AppDbContext db, CancellationToken ct = default) =>
        (from o in db.Offices.AsNoTracking()
         join t in db.Regions on o.TownId equals t.Id
         orderby t.Code, o.Name
         select new OfficeRow(o.Id, o.TownId, t.Name, o.Name, o.Phone, o.IsActive)).ToListAsync(ct);

    public static Task<OfficeRow?> OfficeAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        (from o in db.Offices.AsNoTracking()
         join t in db.Regions on o.TownId equals t.Id
         where o.Id == id
         select new OfficeRow(o.Id, o.TownId, t.Name, o.Name, o.Phone, o.IsActive)).FirstOrDefaultAsync(ct);

    public static Task<List<PartnerRow>> PartnersAsync(AppDbContext db, CancellationToken ct = default) =>
        (from p in db.Partners.AsNoTracking()
         join t in db.Regions on p.TownId equals t.Id
         orderby t.Code, p.Name
         select new PartnerRow(p.Id, p.TownId, t.Name, p.Name, p.Kind, p.Contact)).ToListAsync(ct);

    public static Task<PartnerRow?> PartnerAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        (from p in db.Partners.AsNoTracking()
         join t in db.Regions on p.TownId equals t.Id
         where p.Id == id
         select new PartnerRow(p.Id, p.TownId, t.Name, p.Name, p.Kind, p.Contact)).FirstOrDefaultAsync(ct);
}
