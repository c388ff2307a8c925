using Fazhi.Core.Common;
using Fazhi.Core.Enforcement;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reporting.Sources;

/// <summary>
/// The campaigns, inspections, hazards, orders, entities, cases and officers behind each enforcement figure: the facts
/// <see cref="EnforcementFigures"/> computes from, picked with its own predicates, then named.
/// </summary>
public sealed partial class EnforcementFigureSource
{
    public async Task<IReadOnlyList<FigureRecord>?> RecordsAsync(FigureContext context, int year, string key, CancellationToken ct = default)
    {
        if (!Keys.Contains(key)) return null;
        var db = context.Db;
        var f = await EnforcementFigures.FactsAsync(db, year, ct);
        var checks = f.Inspections.Where(EnforcementFigures.IsCheck).ToList();
        var decided = f.Cases.Where(EnforcementFigures.IsDecided).ToList();
        return key switch
        {
            "enforcement.campaigns" => Sorted(f.Campaigns.Select(c => new FigureRecord("enforcement-campaign", c.Id, c.StartsOn, c.Name))),
            "enforcement.joint-actions" => Sorted(f.Campaigns.Where(c => c.Joint).Select(c => new FigureRecord("enforcement-campaign", c.Id, c.StartsOn, c.Name))),
            "enforcement.inspections" => await InspectionsAsync(db, checks, _ => true, ct),
            "enforcement.patrols" => await InspectionsAsync(db, checks.Where(i => i.Kind == InspectionKind.Patrol), _ => true, ct),
            "enforcement.re-inspections" => await InspectionsAsync(db, f.Inspections.Where(i => i.Kind == InspectionKind.ReInspection), _ => true, ct),
            "enforcement.hazards-found" => await FindingsAsync(db, checks, of: _ => true, counted: _ => true, ct),
            "enforcement.hazards-rectified" => await FindingsAsync(db, checks, of: rectified => rectified, counted: _ => true, ct),
            "enforcement.hazard-rectification-rate" => await FindingsAsync(db, checks, of: _ => true, counted: rectified => rectified, ct),
            "enforcement.orders" => await OrdersAsync(db, f.Orders, _ => true, ct),
            "enforcement.orders-rectified" => await OrdersAsync(db, f.Orders.Where(o => o.Status == OrderStatus.Rectified), _ => true, ct),
            "enforcement.order-rectification-rate" => await OrdersAsync(db, f.Orders, o => o.Status == OrderStatus.Rectified, ct),
            "enforcement.entities-rectified" => await EntitiesAsync(db, f, rectified: true, closed: false, ct),
            "enforcement.entities-closed" => await EntitiesAsync(db, f, rectified: false, closed: true, ct),
            "enforcement.entities-rectified-or-closed" => await EntitiesAsync(db, f, rectified: true, closed: true, ct),
            "enforcement.cases" => await CasesAsync(db, f.Cases, _ => true, false, ct),
            "enforcement.cases-decided" => await CasesAsync(db, decided, _ => true, false, ct),
            "enforcement.decided-in-time" => await CasesAsync(db, decided, EnforcementFigures.DecidedInTime, false, ct),
            "enforcement.legal-review-rate" => await CasesAsync(db, decided.Where(c => c.Major), EnforcementFigures.ReviewedBeforeDecision, false, ct),
            "enforcement.publicity-on-time-rate" => await CasesAsync(db, decided, EnforcementFigures.PublishedInTime, false, ct),
            "enforcement.fines" => await CasesAsync(db, decided, c => c.FineFen > 0, true, ct),
            "enforcement.illegal-construction-cases" => await CasesAsync(db, f.Cases.Where(c => c.Type == CaseType.IllegalConstruction), _ => true, false, ct),
            "enforcement.certified-share" => await OfficersAsync(db, f, ct),
            _ => null,
        };
    }

    static readonly HashSet<string> Keys =
        EnforcementFigures.Compute(0, [], [], [], [], [], new Dictionary<long, string>()).Headline.Select(x => x.Key).ToHashSet();

    static List<FigureRecord> Sorted(IEnumerable<FigureRecord> records) => records.OrderBy(r => r.On).ThenBy(r => r.Id).ToList();

    static async Task<IReadOnlyList<FigureRecord>> InspectionsAsync(Data.AppDbContext db, IEnumerable<InspectionFact> inspections,
        Func<InspectionFact, bool> counted, CancellationToken ct)
    {
        var list = inspections.ToList();
        var ids = list.Select(i => i.Id).ToList();
        var subjects = await db.Set<Inspection>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Subject, ct);
        return Sorted(list.Select(i => new FigureRecord("inspection", i.Id, i.On, $"{EnforcementLabels.Of(i.Kind)} {subjects.GetValueOrDefault(i.Id)}", counted(i))));
    }

    /// <summary>The hazards and violations found by the year's inspections and patrols, picked and counted by whether rectified (the figures' rule).</summary>
    static async Task<IReadOnlyList<FigureRecord>> FindingsAsync(Data.AppDbContext db, IReadOnlyList<InspectionFact> checks, Func<bool, bool> of,
        Func<bool, bool> counted, CancellationToken ct)
    {
        var ids = checks.Select(i => i.Id).ToList();
        var findings = await db.Set<Inspection>().AsNoTracking().Where(i => ids.Contains(i.Id))
            .SelectMany(i => i.Findings, (i, x) => new { i.Id, i.InspectedOn, i.Subject, FindingId = x.Id, x.Type, x.Description, Rectified = x.RectifiedOn != null })
            .ToListAsync(ct);
        return findings.Where(x => of(x.Rectified)).OrderBy(x => x.InspectedOn).ThenBy(x => x.Id).ThenBy(x => x.FindingId)
            .Select(x => new FigureRecord("inspection", x.Id, x.InspectedOn, $"{x.Subject}：{EnforcementLabels.Of(x.Type)} {x.Description}", counted(x.Rectified))).ToList();
    }

    static async Task<IReadOnlyList<FigureRecord>> OrdersAsync(Data.AppDbContext db, IEnumerable<OrderFact> orders, Func<OrderFact, bool> counted, CancellationToken ct)
    {
        var list = orders.ToList();
        var ids = list.Select(o => o.Id).ToList();
        var names = await db.Set<RectificationOrder>().AsNoTracking().Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => $"整改通知 {o.Number} {o.Subject}", ct);
        return Sorted(list.Select(o => new FigureRecord("enforcement-order", o.Id, o.IssuedOn, names.GetValueOrDefault(o.Id, "整改通知"), counted(o))));
    }

    /// <summary>
    /// Each entity counted once, dated by the first order or inspection that counts it, with every reason named: orders found
    /// rectified (整改到位), closures on inspection or by an escalated order (取缔关停).
    /// </summary>
    static async Task<IReadOnlyList<FigureRecord>> EntitiesAsync(Data.AppDbContext db, EnforcementFacts f, bool rectified, bool closed, CancellationToken ct)
    {
        var orderIds = f.Orders.Select(o => o.Id).ToList();
        var numbers = await db.Set<RectificationOrder>().AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Number, ct);
        var reasons = new List<(long Entity, DateOnly On, long Id, string Reason)>();
        if (rectified)
            reasons.AddRange(EnforcementFigures.RectifyingOrders(f.Orders)
                .Select(o => (o.EntityId!.Value, o.IssuedOn, o.Id, $"整改通知{numbers.GetValueOrDefault(o.Id)}已整改")));
        if (closed)
        {
            reasons.AddRange(EnforcementFigures.ClosingInspections(f.Inspections)
                .Select(i => (i.EntityId!.Value, i.On, i.Id, $"{ChinaTime.Format(i.On)}{EnforcementLabels.Of(i.Kind)}取缔关停")));
            reasons.AddRange(EnforcementFigures.ClosingOrders(f.Orders)
                .Select(o => (o.EntityId!.Value, o.IssuedOn, o.Id, $"整改通知{numbers.GetValueOrDefault(o.Id)}逾期未改取缔关停")));
        }
        var entityIds = reasons.Select(r => r.Entity).Distinct().ToList();
        var names = await db.Set<RegulatedEntity>().AsNoTracking().Where(e => entityIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        return Sorted(reasons.GroupBy(r => r.Entity).Select(g =>
        {
            var ordered = g.OrderBy(r => r.On).ThenBy(r => r.Id).ToList();
            return new FigureRecord("enforcement-entity", g.Key, ordered[0].On,
                $"{names.GetValueOrDefault(g.Key, "监管对象")}：{string.Join("；", ordered.Select(r => r.Reason).Distinct())}");
        }));
    }

    static async Task<IReadOnlyList<FigureRecord>> CasesAsync(Data.AppDbContext db, IEnumerable<CaseFact> cases, Func<CaseFact, bool> counted, bool fine,
        CancellationToken ct)
    {
        var list = cases.ToList();
        var ids = list.Select(c => c.Id).ToList();
        var names = await db.Set<EnforcementCase>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => $"{c.Number} {c.Cause}", ct);
        return Sorted(list.Select(c => new FigureRecord("enforcement-case", c.Id, c.FiledOn,
            $"{names.GetValueOrDefault(c.Id, "案件")}{(fine && c.FineFen > 0 ? $" 罚款{Figure.Yuan(c.FineFen)}" : "")}", counted(c))));
    }

    /// <summary>The active officers, counted when holding a certificate valid on the figures' reference day (dated that day).</summary>
    static async Task<IReadOnlyList<FigureRecord>> OfficersAsync(Data.AppDbContext db, EnforcementFacts f, CancellationToken ct)
    {
        var ids = f.Officers.Select(o => o.Id).ToList();
        var officers = await db.Set<EnforcementOfficer>().AsNoTracking().Include(o => o.Certificates).Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        return Sorted(f.Officers.Select(o =>
        {
            var officer = officers.GetValueOrDefault(o.Id);
            var certificate = officer?.Certificates.FirstOrDefault(c => c.IsValidOn(f.CertifiedOn));
            var title = $"{officer?.Name ?? "执法人员"} {(certificate is not null ? $"执法证{certificate.Number}" : "无有效执法证")}";
            return new FigureRecord("enforcement-officer", o.Id, f.CertifiedOn, title, o.Certified);
        }));
    }
}
