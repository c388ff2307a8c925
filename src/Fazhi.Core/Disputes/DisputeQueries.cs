using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Disputes;

public sealed record DisputeFilter(int? Year = null, DisputeStatus? Status = null, string? Category = null, long? VillageId = null,
    DisputeLevel? Level = null, RiskLevel? Risk = null, DisputeSource? Source = null, MediationKind? Kind = null, string? Text = null);

public sealed record DisputeRow(long Id, string Number, DateOnly ReportedOn, string Category, DisputeSource Source, string? VillageName,
    string? GroupName, string FirstParty, int PartyCount, int PeopleCount, long? AmountFen, RiskLevel Risk, DisputeLevel Level, DisputeStatus Status,
    MediationKind? Kind, DateOnly? OutcomeOn, string Description);

/// <summary>The register list and one dispute: scoped by the global filter; the projection is the whitelist of fields shown and exported.</summary>
public static class DisputeQueries
{
    public static IQueryable<DisputeRow> List(AppDbContext db, DisputeFilter f)
    {
        var q = db.Set<Dispute>().AsNoTracking();
        if (f.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            q = q.Where(d => d.ReportedOn >= from && d.ReportedOn <= to);
        }
        if (f.Status is { } s) q = q.Where(d => d.Status == s);
        if (!string.IsNullOrWhiteSpace(f.Category)) q = q.Where(d => d.Category == f.Category);
        if (f.VillageId is { } v) q = q.Where(d => d.VillageId == v);
        if (f.Level is { } l) q = q.Where(d => d.Level == l);
        if (f.Risk is { } r) q = q.Where(d => d.Risk == r);
        if (f.Source is { } src) q = q.Where(d => d.Source == src);
        if (f.Kind is { } k) q = q.Where(d => d.MediationKind == k);
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var text = f.Text.Trim();
            q = q.Where(d => d.Description.Contains(text) || d.Number.Contains(text) || d.Parties.Any(x => x.Name.Contains(text)));
        }
        return q.OrderByDescending(d => d.ReportedOn).ThenByDescending(d => d.Id)
            .Select(d => new DisputeRow(d.Id, d.Number, d.ReportedOn, d.Category, d.Source,
                db.Regions.Where(x => x.Id == d.VillageId).Select(x => x.Name).FirstOrDefault(),
                db.Regions.Where(x => x.Id == d.GroupId).Select(x => x.Name).FirstOrDefault(),
                d.Parties.OrderBy(x => x.Id).Select(x => x.Name).FirstOrDefault() ?? "", d.Parties.Count(), d.PeopleCount, d.AmountFen,
                d.Risk, d.Level, d.Status, d.MediationKind, d.OutcomeOn, d.Description));
    }

    /// <summary>One dispute with its parties, history, supervision orders and sessions, or null when missing or out of scope.</summary>
    public static Task<Dispute?> DetailsAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        db.Set<Dispute>().AsNoTracking().Include(d => d.Parties).Include(d => d.Moves).Include(d => d.Orders).Include(d => d.Sessions)
            .AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>The disputes linked to a petition, either way (信访转调解 / 纠纷转信访), as the petition's page shows them.</summary>
    public static async Task<IReadOnlyList<(long Id, string Number, bool FromPetition)>> OfPetitionAsync(AppDbContext db, long petitionId, CancellationToken ct = default) =>
        (await db.Set<Dispute>().AsNoTracking().Where(d => d.FromPetitionId == petitionId || d.ToPetitionId == petitionId)
            .OrderBy(d => d.Id).Select(d => new { d.Id, d.Number, From = d.FromPetitionId == petitionId }).ToListAsync(ct))
        .Select(d => (d.Id, d.Number, d.From)).ToList();
}
