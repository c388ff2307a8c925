using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reporting;

/// <summary>An inspection, patrol or re-inspection as the figures see it.</summary>
public sealed record InspectionFact(long Id, InspectionKind Kind, DateOnly On, long? CampaignId, long? VillageId, long? EntityId, InspectionOutcome Outcome,
    int Findings, int FindingsRectified);

/// <summary>A rectification order; <see cref="Closure"/> when it was escalated to closing the entity (取缔) rather than a case.</summary>
public sealed record OrderFact(long Id, long? CampaignId, long? EntityId, DateOnly IssuedOn, OrderStatus Status, bool Closure);

public sealed record CaseFact(CaseType Type, DateOnly FiledOn, DateOnly DecisionDueOn, bool Major, DateOnly? ReviewedOn, DateOnly? DecidedOn,
    DateOnly? PublishedOn, DateOnly? PublicityDueOn, CaseStatus Status, long FineFen, long Id = 0);

public sealed record CampaignFact(long Id, string Name, string Kind, DateOnly StartsOn, DateOnly EndsOn, bool Joint);

/// <summary>An active officer and whether they hold a certificate valid on the figures' reference day.</summary>
public sealed record OfficerFact(bool Certified, long Id = 0);

/// <summary>What the enforcement figures of a year are computed from; officers are certified or not on <see cref="CertifiedOn"/>.</summary>
public sealed record EnforcementFacts(IReadOnlyList<CampaignFact> Campaigns, IReadOnlyList<InspectionFact> Inspections, IReadOnlyList<OrderFact> Orders,
    IReadOnlyList<CaseFact> Cases, IReadOnlyList<OfficerFact> Officers, DateOnly CertifiedOn);

/// <summary>
/// One campaign's results, rolled up from its inspections and orders. 整改取缔 N 家 is
/// <see cref="EntitiesRectifiedOrClosed"/>: the distinct regulated entities whose order was found rectified on
/// re-inspection, or that were closed (取缔) by an inspection or an escalated order of the campaign.
/// </summary>
public sealed record CampaignResult(long Id, string Name, string Kind, DateOnly StartsOn, DateOnly EndsOn, bool Joint, int Inspections,
    int HazardsFound, int HazardsRectified, int Orders, int OrdersRectified, int EntitiesRectified, int EntitiesClosed)
{
    public int EntitiesRectifiedOrClosed { get; init; }
}

public sealed record EnforcementReport(int Year, IReadOnlyList<Figure> Headline, IReadOnlyList<Breakdown> Breakdowns, IReadOnlyList<CampaignResult> Campaigns)
{
    public Figure this[string key] => Headline.First(f => f.Key == key);
}

/// <summary>
/// The enforcement figures of a year, defined once: the page, the API, the exports and the annual report read these.
/// Inspections count by inspection date, orders by issue date, cases by filing date, campaigns when their period
/// overlaps the year. Rectification is read as the records stand now (an order of December rectified in January counts).
/// </summary>
public static class EnforcementFigures
{
    public static async Task<EnforcementReport> ForYearAsync(AppDbContext db, int year, CancellationToken ct = default)
    {
        var f = await FactsAsync(db, year, ct);
        var villageIds = f.Inspections.Where(i => i.VillageId is not null).Select(i => i.VillageId!.Value).Distinct().ToList();
        var villages = await db.Regions.AsNoTracking().Where(r => villageIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        return Compute(year, f.Campaigns, f.Inspections, f.Orders, f.Cases, f.Officers, villages);
    }

    /// <summary>The year's inspections, orders, cases and campaigns, and the active officers: the records the figures count.</summary>
    public static async Task<EnforcementFacts> FactsAsync(AppDbContext db, int year, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        // The findings are counted per inspection in one grouped query rather than by two subqueries on every inspection row.
        var findings = await db.Set<InspectionFinding>().AsNoTracking()
            .Where(f => db.Set<Inspection>().Any(i => i.Id == f.InspectionId && i.InspectedOn >= from && i.InspectedOn <= to))
            .GroupBy(f => f.InspectionId).Select(g => new { InspectionId = g.Key, Found = g.Count(), Rectified = g.Count(f => f.RectifiedOn != null) })
            .ToDictionaryAsync(g => g.InspectionId, ct);
        var inspections = (await db.Set<Inspection>().AsNoTracking().Where(i => i.InspectedOn >= from && i.InspectedOn <= to)
                .Select(i => new { i.Id, i.Kind, i.InspectedOn, i.CampaignId, i.VillageId, i.EntityId, i.Outcome }).ToListAsync(ct))
            .Select(i => findings.TryGetValue(i.Id, out var f)
                ? new InspectionFact(i.Id, i.Kind, i.InspectedOn, i.CampaignId, i.VillageId, i.EntityId, i.Outcome, f.Found, f.Rectified)
                : new InspectionFact(i.Id, i.Kind, i.InspectedOn, i.CampaignId, i.VillageId, i.EntityId, i.Outcome, 0, 0))
            .ToList();
        var orders = await db.Set<RectificationOrder>().AsNoTracking().Where(o => o.IssuedOn >= from && o.IssuedOn <= to)
            .Select(o => new OrderFact(o.Id, o.CampaignId, o.EntityId, o.IssuedOn, o.Status, o.Status == OrderStatus.Escalated && o.CaseId == null))
            .ToListAsync(ct);
        var cases = await db.Set<EnforcementCase>().AsNoTracking().Where(c => c.FiledOn >= from && c.FiledOn <= to)
            .Select(c => new CaseFact(c.Type, c.FiledOn, c.DecisionDueOn, c.Major, c.ReviewedOn, c.DecidedOn, c.PublishedOn, c.PublicityDueOn, c.Status,
                c.FineFen ?? 0, c.Id))
            .ToListAsync(ct);
        var campaigns = await db.Set<Campaign>().AsNoTracking().Where(c => c.StartsOn <= to && c.EndsOn >= from).OrderBy(c => c.StartsOn).ThenBy(c => c.Id)
            .Select(c => new CampaignFact(c.Id, c.Name, c.Kind, c.StartsOn, c.EndsOn, c.Partners.Any())).ToListAsync(ct);
        // Certified on the last day of the year, or today for the current year.
        var today = Common.ChinaTime.Today(db.Clock);
        var day = to < today ? to : today;
        var officers = (await db.Set<EnforcementOfficer>().AsNoTracking().Include(o => o.Certificates).Where(o => o.Active).ToListAsync(ct))
            .Select(o => new OfficerFact(o.Certificates.Any(c => c.IsValidOn(day)), o.Id)).ToList();
        return new EnforcementFacts(campaigns, inspections, orders, cases, officers, day);
    }

    public static EnforcementReport Compute(int year, IReadOnlyList<CampaignFact> campaigns, IReadOnlyList<InspectionFact> inspections,
        IReadOnlyList<OrderFact> orders, IReadOnlyList<CaseFact> cases, IReadOnlyList<OfficerFact> officers, IReadOnlyDictionary<long, string> villageNames)
    {
        var checks = inspections.Where(IsCheck).ToList();
        var rectified = RectifiedEntities(orders);
        var closed = ClosedEntities(inspections, orders);
        var decided = cases.Where(IsDecided).ToList();
        var majorDecided = decided.Where(c => c.Major).ToList();
        var headline = new List<Figure>
        {
            new("enforcement.campaigns", "开展专项整治", "期间与本年度重叠的专项整治次数", campaigns.Count),
            new("enforcement.joint-actions", "联合执法行动", "有协作单位参加的专项整治次数", campaigns.Count(c => c.Joint)),
            new("enforcement.inspections", "开展检查（巡查）", "本年度检查和巡查的次数（不含复查）", checks.Count),
            new("enforcement.patrols", "其中巡查", "本年度巡查的次数", checks.Count(i => i.Kind == InspectionKind.Patrol)),
            new("enforcement.re-inspections", "复查", "本年度对整改通知的复查次数", inspections.Count(i => i.Kind == InspectionKind.ReInspection)),
            new("enforcement.hazards-found", "发现隐患和问题", "本年度检查登记的隐患和违法行为项数", checks.Sum(i => i.Findings)),
            new("enforcement.hazards-rectified", "已整改隐患和问题", "其中已整改的项数（当场整改、复查合格或取缔消除）", checks.Sum(i => i.FindingsRectified)),
            new("enforcement.hazard-rectification-rate", "隐患整改率", "已整改隐患和问题 ÷ 发现隐患和问题", checks.Sum(i => i.FindingsRectified), checks.Sum(i => i.Findings)),
            new("enforcement.orders", "下达整改通知", "本年度下达的责令整改通知书份数", orders.Count),
            new("enforcement.orders-rectified", "整改到位", "经复查认定已整改的整改通知份数", orders.Count(o => o.Status == OrderStatus.Rectified)),
            new("enforcement.order-rectification-rate", "整改完成率", "整改到位 ÷ 下达整改通知", orders.Count(o => o.Status == OrderStatus.Rectified), orders.Count),
            new("enforcement.entities-rectified", "整改到位单位", "整改通知经复查认定已整改的监管对象家数（同一家只计一次）", rectified.Count),
            new("enforcement.entities-closed", "取缔关停单位", "经检查或整改逾期升级而取缔关停的监管对象家数", closed.Count),
            new("enforcement.entities-rectified-or-closed", "整改取缔", "整改到位或取缔关停的监管对象家数（同一家只计一次）", rectified.Union(closed).Count()),
            new("enforcement.cases", "行政处罚立案", "本年度立案的行政处罚案件数", cases.Count),
            new("enforcement.cases-decided", "作出处罚决定", "其中已作出处罚决定的件数", decided.Count),
            new("enforcement.decided-in-time", "按期决定率", "立案之日起九十日内作出决定的件数 ÷ 作出处罚决定（《行政处罚法》第六十条）",
                decided.Count(DecidedInTime), decided.Count),
            new("enforcement.legal-review-rate", "重大执法决定法制审核率", "决定前经法制审核的重大案件 ÷ 已决定的重大案件（《行政处罚法》第五十八条）",
                majorDecided.Count(ReviewedBeforeDecision), majorDecided.Count),
            new("enforcement.publicity-on-time-rate", "处罚决定按时公示率", "决定之日起七个工作日内公示的件数 ÷ 作出处罚决定（国办发〔2018〕118号）",
                decided.Count(PublishedInTime), decided.Count),
            new("enforcement.fines", "罚没款", "本年度立案案件的罚款金额之和", decided.Sum(c => c.FineFen), Unit: FigureUnit.Fen),
            new("enforcement.illegal-construction-cases", "违法建设案件", "本年度立案的违法建设案件数", cases.Count(c => c.Type == CaseType.IllegalConstruction)),
            new("enforcement.certified-share", "执法人员持证率", "持有效行政执法证的在岗执法人员 ÷ 在岗执法人员（年末或今天）", officers.Count(o => o.Certified), officers.Count),
        };
        var campaignKinds = campaigns.ToDictionary(c => c.Id, c => c.Kind);
        var breakdowns = new List<Breakdown>
        {
            Breakdown.Of("检查按专项整治类别", checks, i => i.CampaignId is { } id && campaignKinds.TryGetValue(id, out var k) ? k : "未纳入专项整治",
                k => k, CampaignKinds.All.Append("未纳入专项整治")),
            Breakdown.Of("专项整治按类别", campaigns, c => c.Kind, k => k, CampaignKinds.All),
            Breakdown.Of("检查按村（社区）", checks, i => i.VillageId ?? 0, id => id == 0 ? "镇本级（未关联村）" : villageNames.GetValueOrDefault(id, "（其他）"),
                Breakdown.VillageOrder(villageNames)),
            Breakdown.Of("检查按月份", checks, i => i.On.Month, m => $"{m}月", Enumerable.Range(1, 12)),
            Breakdown.Of("检查按结果", checks, i => i.Outcome, EnforcementLabels.Of, Enum.GetValues<InspectionOutcome>()),
            Breakdown.Of("整改通知按状态", orders, o => o.Status, EnforcementLabels.Of, Enum.GetValues<OrderStatus>()),
            Breakdown.Of("案件按类型", cases, c => c.Type, EnforcementLabels.Of, Enum.GetValues<CaseType>()),
        };
        var results = campaigns.Select(c =>
        {
            var its = inspections.Where(i => i.CampaignId == c.Id).ToList();
            var itsChecks = its.Where(IsCheck).ToList();
            var itsOrders = orders.Where(o => o.CampaignId == c.Id).ToList();
            var r = RectifiedEntities(itsOrders);
            var x = ClosedEntities(its, itsOrders);
            return new CampaignResult(c.Id, c.Name, c.Kind, c.StartsOn, c.EndsOn, c.Joint, itsChecks.Count, itsChecks.Sum(i => i.Findings),
                itsChecks.Sum(i => i.FindingsRectified), itsOrders.Count, itsOrders.Count(o => o.Status == OrderStatus.Rectified), r.Count, x.Count)
            { EntitiesRectifiedOrClosed = r.Union(x).Count() };
        }).ToList();
        return new EnforcementReport(year, headline, breakdowns, results);
    }

    /// <summary>An inspection or patrol, not a re-inspection: what 开展检查（巡查） and the hazards count.</summary>
    public static bool IsCheck(InspectionFact i) => i.Kind != InspectionKind.ReInspection;

    public static bool IsDecided(CaseFact c) => c.DecidedOn is not null;

    /// <summary>Decided within ninety days of filing (《行政处罚法》第六十条).</summary>
    public static bool DecidedInTime(CaseFact c) => c.DecidedOn <= c.DecisionDueOn;

    /// <summary>Reviewed by the legal reviewer before the decision (《行政处罚法》第五十八条).</summary>
    public static bool ReviewedBeforeDecision(CaseFact c) => c.ReviewedOn is { } r && r <= c.DecidedOn;

    /// <summary>Published within seven working days of the decision (国办发〔2018〕118号).</summary>
    public static bool PublishedInTime(CaseFact c) => c.PublishedOn is { } p && p <= c.PublicityDueOn;

    /// <summary>The orders that make their entity 整改到位: found rectified on re-inspection, of a known entity.</summary>
    public static IEnumerable<OrderFact> RectifyingOrders(IEnumerable<OrderFact> orders) =>
        orders.Where(o => o.Status == OrderStatus.Rectified && o.EntityId is not null);

    /// <summary>The inspections that closed their entity (取缔) on the spot.</summary>
    public static IEnumerable<InspectionFact> ClosingInspections(IEnumerable<InspectionFact> inspections) =>
        inspections.Where(i => i.Outcome == InspectionOutcome.Closure && i.EntityId is not null);

    /// <summary>The orders escalated to closing their entity rather than to a case.</summary>
    public static IEnumerable<OrderFact> ClosingOrders(IEnumerable<OrderFact> orders) => orders.Where(o => o.Closure && o.EntityId is not null);

    static HashSet<long> RectifiedEntities(IEnumerable<OrderFact> orders) => RectifyingOrders(orders).Select(o => o.EntityId!.Value).ToHashSet();

    static HashSet<long> ClosedEntities(IEnumerable<InspectionFact> inspections, IEnumerable<OrderFact> orders) =>
        ClosingInspections(inspections).Select(i => i.EntityId!.Value).Concat(ClosingOrders(orders).Select(o => o.EntityId!.Value)).ToHashSet();
}
