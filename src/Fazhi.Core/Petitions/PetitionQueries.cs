using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Petitions;

public sealed record PetitionFilter(int? Year = null, PetitionStatus? Status = null, PetitionChannel? Channel = null,
    PetitionClass? Class = null, string? Category = null, long? VillageId = null, string? Text = null);

public sealed record PetitionRow(long Id, string Number, DateOnly ReceivedOn, PetitionChannel Channel, PetitionClass Class, string Category,
    string Request, int PeopleCount, PetitionStatus Status, string? VillageName, string FirstPetitioner);

/// <summary>The register list: scoped by the global filter; the projection is the whitelist of fields shown and exported.</summary>
public static class PetitionQueries
{
    public static IQueryable<PetitionRow> List(AppDbContext db, PetitionFilter f)
    {
        var q = db.Set<Petition>().AsNoTracking();
        if (f.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            q = q.Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to);
        }
        if (f.Status is { } s) q = q.Where(p => p.Status == s);
        if (f.Channel is { } c) q = q.Where(p => p.Channel == c);
        if (f.Class is { } k) q = q.Where(p => p.Class == k);
        if (!string.IsNullOrWhiteSpace(f.Category)) q = q.Where(p => p.Category == f.Category);
        if (f.VillageId is { } v) q = q.Where(p => p.VillageId == v);
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var text = f.Text.Trim();
            q = q.Where(p => p.Request.Contains(text) || p.Number.Contains(text) || p.Petitioners.Any(x => x.Name.Contains(text)));
        }
        return q.OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id)
            .Select(p => new PetitionRow(p.Id, p.Number, p.ReceivedOn, p.Channel, p.Class, p.Category, p.Request, p.PeopleCount, p.Status,
                db.Regions.Where(r => r.Id == p.VillageId).Select(r => r.Name).FirstOrDefault(),
                p.Petitioners.OrderBy(x => x.Id).Select(x => x.Name).FirstOrDefault() ?? ""));
    }

    /// <summary>One petition with its petitioners, or null when missing or out of scope.</summary>
    public static Task<Petition?> DetailsAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        db.Set<Petition>().AsNoTracking().Include(p => p.Petitioners).FirstOrDefaultAsync(p => p.Id == id, ct);
}
