using Fazhi.Core.Data;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Enforcement;

public sealed record EntityFilter(string? Text = null, long? VillageId = null, EntityKind? Kind = null, RiskClass? Risk = null, EntityStatus? Status = null);

public sealed record EntityRow(long Id, string Name, string? CreditCode, EntityKind Kind, string? Industry, string? VillageName, string Address,
    RiskClass Risk, EntityStatus Status, DateOnly? ClosedOn, int Inspections, DateOnly? LastInspectedOn);

public sealed record InspectionFilter(int? Year = null, InspectionKind? Kind = null, long? CampaignId = null, long? EntityId = null, long? VillageId = null,
    InspectionOutcome? Outcome = null, string? Text = null);

public sealed record InspectionRow(long Id, InspectionKind Kind, DateOnly InspectedOn, string Subject, string? VillageName, string? CampaignName,
    string Officers, int Findings, InspectionOutcome Outcome, long? FollowsOrderId);

/// <summary><see cref="NeedsActionOn"/>: open orders past their deadline on that day, or found not rectified on re-inspection.</summary>
public sealed record OrderFilter(int? Year = null, OrderStatus? Status = null, long? CampaignId = null, long? EntityId = null, DateOnly? NeedsActionOn = null);

public sealed record OrderRow(long Id, string Number, string Subject, string? VillageName, string? CampaignName, DateOnly IssuedOn, DateOnly DueOn,
    OrderStatus Status, DateOnly? RectifiedOn, bool AwaitingEscalation, long InspectionId);

public sealed record CaseFilter(int? Year = null, CaseType? Type = null, CaseStatus? Status = null, long? EntityId = null);

public sealed record CaseRow(long Id, string Number, CaseType Type, string Cause, string PartyName, DateOnly FiledOn, DateOnly DecisionDueOn, bool Major,
    DateOnly? DecidedOn, string? PenaltyKind, long? FineFen, DateOnly? PublishedOn, DateOnly? PublicityDueOn, CaseStatus Status);

public sealed record CampaignRow(long Id, string Name, string Kind, DateOnly StartsOn, DateOnly EndsOn, string? LeadOffice, string Partners,
    int Inspections, int Orders, int Rectified, int Closed);

public sealed record OfficerRow(long Id, string Name, string? Office, string? Position, bool LegallyQualified, bool Active, EnforcementCertificate? Certificate);

public sealed record TaskRow(long Id, DateOnly ReportedOn, string Kind, string? VillageName, string Place, string Description, string ReportedBy,
    PatrolTaskStatus Status, long? InspectionId);

/// <summary>The lists and pages of the enforcement registers: scoped by the global filter; each projection is the whitelist shown and exported.</summary>
public static class EnforcementQueries
{
    public static IQueryable<EntityRow> Entities(AppDbContext db, EntityFilter f)
    {
        var q = db.Set<RegulatedEntity>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var t = f.Text.Trim();
            q = q.Where(e => e.Name.Contains(t) || (e.CreditCode != null && e.CreditCode.Contains(t)) || e.Address.Contains(t));
        }
        if (f.VillageId is { } v) q = q.Where(e => e.VillageId == v);
        if (f.Kind is { } k) q = q.Where(e => e.Kind == k);
        if (f.Risk is { } r) q = q.Where(e => e.Risk == r);
        if (f.Status is { } s) q = q.Where(e => e.Status == s);
        var inspections = db.Set<Inspection>();
        return q.OrderBy(e => e.Name).ThenBy(e => e.Id).Select(e => new EntityRow(e.Id, e.Name, e.CreditCode, e.Kind, e.Industry,
            db.Regions.Where(x => x.Id == e.VillageId).Select(x => x.Name).FirstOrDefault(), e.Address, e.Risk, e.Status, e.ClosedOn,
            inspections.Count(i => i.EntityId == e.Id), inspections.Where(i => i.EntityId == e.Id).Max(i => (DateOnly?)i.InspectedOn)));
    }

    public static IQueryable<InspectionRow> Inspections(AppDbContext db, InspectionFilter f)
    {
        var q = db.Set<Inspection>().AsNoTracking();
        if (f.Year is { } y)
        {
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            q = q.Where(i => i.InspectedOn >= from && i.InspectedOn <= to);
        }
        if (f.Kind is { } k) q = q.Where(i => i.Kind == k);
        if (f.CampaignId is { } c) q = q.Where(i => i.CampaignId == c);
        if (f.EntityId is { } e) q = q.Where(i => i.EntityId == e);
        if (f.VillageId is { } v) q = q.Where(i => i.VillageId == v);
        if (f.Outcome is { } o) q = q.Where(i => i.Outcome == o);
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var t = f.Text.Trim();
            q = q.Where(i => i.Subject.Contains(t) || i.Summary.Contains(t));
        }
        return q.OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.Id).Select(i => new InspectionRow(i.Id, i.Kind, i.InspectedOn, i.Subject,
            db.Regions.Where(x => x.Id == i.VillageId).Select(x => x.Name).FirstOrDefault(),
            db.Set<Campaign>().Where(x => x.Id == i.CampaignId).Select(x => x.Name).FirstOrDefault(),
            string.Join("、", i.Officers.OrderBy(o => o.Id).Select(o => o.Name)), i.Findings.Count(), i.Outcome, i.FollowsOrderId));
    }

    public static IQueryable<OrderRow> Orders(AppDbContext db, OrderFilter f)
    {
        var q = db.Set<RectificationOrder>().AsNoTracking();
        if (f.Year is { } y)
        {
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            q = q.Where(o => o.IssuedOn >= from && o.IssuedOn <= to);
        }
        if (f.Status is { } s) q = q.Where(o => o.Status == s);
        if (f.CampaignId is { } c) q = q.Where(o => o.CampaignId == c);
        if (f.EntityId is { } e) q = q.Where(o => o.EntityId == e);
        if (f.NeedsActionOn is { } day) q = q.Where(o => o.Status == OrderStatus.Open && (o.AwaitingEscalation || o.DueOn < day));
        return q.OrderByDescending(o => o.IssuedOn).ThenByDescending(o => o.Id).Select(o => new OrderRow(o.Id, o.Number, o.Subject,
            db.Regions.Where(x => x.Id == o.VillageId).Select(x => x.Name).FirstOrDefault(),
            db.Set<Campaign>().Where(x => x.Id == o.CampaignId).Select(x => x.Name).FirstOrDefault(),
            o.IssuedOn, o.DueOn, o.Status, o.RectifiedOn, o.AwaitingEscalation, o.InspectionId));
    }

    public static IQueryable<CaseRow> Cases(AppDbContext db, CaseFilter f)
    {
        var q = db.Set<EnforcementCase>().AsNoTracking();
        if (f.Year is { } y)
        {
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            q = q.Where(c => c.FiledOn >= from && c.FiledOn <= to);
        }
        if (f.Type is { } t) q = q.Where(c => c.Type == t);
        if (f.Status is { } s) q = q.Where(c => c.Status == s);
        if (f.EntityId is { } e) q = q.Where(c => c.EntityId == e);
        return q.OrderByDescending(c => c.FiledOn).ThenByDescending(c => c.Id).Select(c => new CaseRow(c.Id, c.Number, c.Type, c.Cause, c.PartyName, c.FiledOn,
            c.DecisionDueOn, c.Major, c.DecidedOn, c.PenaltyKind, c.FineFen, c.PublishedOn, c.PublicityDueOn, c.Status));
    }

    /// <summary>Campaigns overlapping a year, with their results rolled up from their inspections and orders.</summary>
    public static IQueryable<CampaignRow> Campaigns(AppDbContext db, int? year = null)
    {
        var q = db.Set<Campaign>().AsNoTracking();
        if (year is { } y)
        {
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            q = q.Where(c => c.StartsOn <= to && c.EndsOn >= from);
        }
        return q.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Id).Select(c => new CampaignRow(c.Id, c.Name, c.Kind, c.StartsOn, c.EndsOn,
            db.Set<Office>().Where(o => o.Id == c.LeadOfficeId).Select(o => o.Name).FirstOrDefault(),
            string.Join("、", c.Partners.OrderBy(p => p.Id).Select(p => p.Name)),
            db.Set<Inspection>().Count(i => i.CampaignId == c.Id),
            db.Set<RectificationOrder>().Count(o => o.CampaignId == c.Id),
            db.Set<RectificationOrder>().Count(o => o.CampaignId == c.Id && o.Status == OrderStatus.Rectified),
            db.Set<RegulatedEntity>().Count(e => e.Status == EntityStatus.Closed
                && db.Set<Inspection>().Any(i => i.CampaignId == c.Id && i.EntityId == e.Id))));
    }

    public static async Task<IReadOnlyList<OfficerRow>> OfficersAsync(AppDbContext db, DateOnly today, CancellationToken ct = default)
    {
        var officers = await db.Set<EnforcementOfficer>().AsNoTracking().Include(o => o.Certificates).OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(ct);
        var offices = await db.Set<Office>().AsNoTracking().Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return officers.Select(o => new OfficerRow(o.Id, o.Name, o.OfficeId is { } id ? offices.GetValueOrDefault(id) : null, o.Position, o.LegallyQualified,
            o.Active, o.CertificateFor(today))).ToList();
    }

    /// <summary>Active officers whose certificate runs out within 30 days, or who hold none valid today: the page's warnings.</summary>
    public static IReadOnlyList<string> CertificateWarnings(IEnumerable<OfficerRow> officers, DateOnly today) =>
        officers.Where(o => o.Active).Select(o => o.Certificate switch
        {
            null => $"{o.Name}未登记行政执法证",
            { } c when c.ExpiresSoon(today) => $"{o.Name}的执法证（{c.Number}）将于{Common.ChinaTime.Format(c.ValidTo)}到期，剩余{c.ValidTo.DayNumber - today.DayNumber}天",
            { } c when c.ProblemOn(today) is { } p => p,
            _ => null,
        }).OfType<string>().ToList();

    public static IQueryable<TaskRow> Tasks(AppDbContext db, PatrolTaskStatus? status = null)
    {
        var q = db.Set<PatrolTask>().AsNoTracking();
        if (status is { } s) q = q.Where(t => t.Status == s);
        return q.OrderByDescending(t => t.ReportedOn).ThenByDescending(t => t.Id).Select(t => new TaskRow(t.Id, t.ReportedOn, t.Kind,
            db.Regions.Where(x => x.Id == t.VillageId).Select(x => x.Name).FirstOrDefault(), t.Place, t.Description, t.ReportedBy, t.Status, t.InspectionId));
    }

    public static Task<Inspection?> InspectionAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        db.Set<Inspection>().AsNoTracking().Include(i => i.Officers).Include(i => i.Findings).AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, ct);

    public static Task<RectificationOrder?> OrderAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        db.Set<RectificationOrder>().AsNoTracking().Include(o => o.Steps).FirstOrDefaultAsync(o => o.Id == id, ct);

    public static Task<EnforcementCase?> CaseAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        db.Set<EnforcementCase>().AsNoTracking().Include(c => c.Officers).Include(c => c.Steps).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);

    public static Task<Campaign?> CampaignAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        db.Set<Campaign>().AsNoTracking().Include(c => c.Partners).FirstOrDefaultAsync(c => c.Id == id, ct);
}
