using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reporting;

/// <summary>One dispute as the figures see it (the projection is all the figures read).</summary>
public sealed record DisputeFact(string Category, long? VillageId, DisputeSource Source, DisputeLevel Level, DateOnly ReportedOn, DisputeStatus Status,
    MediationKind? Kind, AgreementForm? Form, PerformanceStatus? Performance, DateOnly? OutcomeOn, bool ConfirmationApplied,
    ConfirmationResult? Confirmation, bool Criminal, RiskLevel Risk, int People, long AmountFen, bool Supervised);

/// <summary>A dispute's id and number with its facts: the record behind the figures.</summary>
public sealed record DisputeRow(long Id, string Number, DisputeFact Fact);

/// <summary>
/// The counts of a set of disputes (a period, a category, a village, a kind of mediation) and the rates defined on
/// them. No national formula exists (domain-reference §2.4, UNCONFIRMED); published local figures fit:
/// 调处率 = 调处 ÷ 排查发现, 调处成功率 = 调处成功 ÷ 调处. 调处 counts disputes whose mediation reached an outcome,
/// success or failure; a withdrawal or refusal to mediate (《人民调解法》第十七条) is not 调处. The raw counts are kept so
/// the other reading (成功 ÷ 受理) can be produced too.
/// </summary>
public sealed record DisputeTally(string Label, int Found, int Mediated, int Succeeded, int Failed, int Withdrawn, int Open,
    int ByPeople, int ByAdministrative, int ByJudicial, int Written, int Oral, int Performed, int ConfirmationApplied, int Confirmed,
    int Criminal, int HighRisk, int Supervised, int People, long AmountFen, int OutcomeDays)
{
    public const int RankingMinimum = 5;

    public Figure MediationRate => new("disputes.mediation-rate", "调处率", "调处 ÷ 排查发现", Mediated, Found);
    public Figure SuccessRate => new("disputes.success-rate", "调处成功率", "调处成功 ÷ 调处", Succeeded, Mediated);
    public Figure AverageDays => new("disputes.average-days", "平均调处天数", "各件（结果日期 − 登记日期）之和 ÷ 调处", OutcomeDays, Mediated, FigureUnit.Days);
    public Figure PerformanceRate => new("disputes.performance-rate", "协议履行率", "回访确认已履行 ÷ 调处成功", Performed, Succeeded);

    /// <summary>Villages are ranked only with at least <see cref="RankingMinimum"/> disputes: a rate of 1 of 1 says little.</summary>
    public bool IsRanked => Found >= RankingMinimum;

    public static DisputeTally Of(string label, IEnumerable<DisputeFact> facts)
    {
        var list = facts as IReadOnlyCollection<DisputeFact> ?? facts.ToList();
        return new DisputeTally(label,
            Found: list.Count,
            Mediated: list.Count(DisputeCounts.Mediated),
            Succeeded: list.Count(DisputeCounts.Succeeded),
            Failed: list.Count(DisputeCounts.Failed),
            Withdrawn: list.Count(DisputeCounts.Withdrawn),
            Open: list.Count(DisputeCounts.Open),
            ByPeople: list.Count(f => DisputeCounts.MediatedBy(f, MediationKind.People)),
            ByAdministrative: list.Count(f => DisputeCounts.MediatedBy(f, MediationKind.Administrative)),
            ByJudicial: list.Count(f => DisputeCounts.MediatedBy(f, MediationKind.Judicial)),
            Written: list.Count(f => DisputeCounts.AgreedIn(f, AgreementForm.Written)),
            Oral: list.Count(f => DisputeCounts.AgreedIn(f, AgreementForm.Oral)),
            Performed: list.Count(DisputeCounts.Performed),
            ConfirmationApplied: list.Count(f => f.ConfirmationApplied),
            Confirmed: list.Count(DisputeCounts.Confirmed),
            Criminal: list.Count(f => f.Criminal),
            HighRisk: list.Count(DisputeCounts.HighRisk),
            Supervised: list.Count(f => f.Supervised),
            People: list.Sum(f => f.People),
            AmountFen: list.Sum(f => f.AmountFen),
            OutcomeDays: list.Where(DisputeCounts.Mediated).Sum(DisputeCounts.OutcomeDays));
    }
}

/// <summary>
/// Which disputes each count of a <see cref="DisputeTally"/> counts, one predicate per count: the tally and the
/// records behind a figure both read these.
/// </summary>
public static class DisputeCounts
{
    /// <summary>调处: the mediation reached an outcome, success or failure.</summary>
    public static bool Mediated(DisputeFact f) => f.Status is DisputeStatus.Succeeded or DisputeStatus.Failed;
    public static bool Succeeded(DisputeFact f) => f.Status == DisputeStatus.Succeeded;
    public static bool Failed(DisputeFact f) => f.Status == DisputeStatus.Failed;
    public static bool Withdrawn(DisputeFact f) => f.Status == DisputeStatus.Withdrawn;
    public static bool Open(DisputeFact f) => f.Status is DisputeStatus.Pending or DisputeStatus.Mediating;
    public static bool MediatedBy(DisputeFact f, MediationKind kind) => Mediated(f) && f.Kind == kind;
    public static bool AgreedIn(DisputeFact f, AgreementForm form) => Succeeded(f) && f.Form == form;
    /// <summary>A successful mediation whose agreement a return visit found performed.</summary>
    public static bool Performed(DisputeFact f) => Succeeded(f) && f.Performance == PerformanceStatus.Performed;
    public static bool Confirmed(DisputeFact f) => f.Confirmation == ConfirmationResult.Confirmed;
    public static bool HighRisk(DisputeFact f) => f.Risk == RiskLevel.High;
    /// <summary>Days from registration to outcome, of a mediated dispute.</summary>
    public static int OutcomeDays(DisputeFact f) => f.OutcomeOn!.Value.DayNumber - f.ReportedOn.DayNumber;
}

/// <summary>A village's line in the comparison; <see cref="Rank"/> is null when it has too few disputes to be ranked.</summary>
public sealed record VillageComparison(DisputeTally Tally, int? Rank);

/// <summary>
/// The dispute figures of a period, defined once: the page, the API, the exports and the annual report read these.
/// The period is by registration date (登记日期); a dispute's outcome counts with the period it was registered in.
/// </summary>
public static class DisputeFigures
{
    public static Task<IReadOnlyList<DisputeFact>> FactsAsync(AppDbContext db, int year, CancellationToken ct = default) =>
        FactsAsync(db, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);

    public static async Task<IReadOnlyList<DisputeFact>> FactsAsync(AppDbContext db, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        (await RowsAsync(db, from, to, ct)).Select(r => r.Fact).ToList();

    /// <summary>The disputes of the period with their facts, ordered by registration date then id: what the figures count, record by record.</summary>
    public static async Task<IReadOnlyList<DisputeRow>> RowsAsync(AppDbContext db, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        await db.Set<Dispute>().AsNoTracking().Where(d => d.ReportedOn >= from && d.ReportedOn <= to)
            .OrderBy(d => d.ReportedOn).ThenBy(d => d.Id)
            .Select(d => new DisputeRow(d.Id, d.Number, new DisputeFact(d.Category, d.VillageId, d.Source, d.Level, d.ReportedOn, d.Status, d.MediationKind,
                d.AgreementForm, d.Performance, d.OutcomeOn, d.ConfirmationAppliedOn != null, d.ConfirmationResult, d.CriminalOn != null, d.Risk, d.PeopleCount,
                d.AmountFen ?? 0, d.Orders.Any())))
            .ToListAsync(ct);

    /// <summary>The headline figures of a set of facts, in display order.</summary>
    public static IReadOnlyList<Figure> Headline(IReadOnlyList<DisputeFact> facts, int screeningRoundsHeld)
    {
        var t = DisputeTally.Of("合计", facts);
        return
        [
            new("disputes.screening-rounds", "开展排查", "期间已开展的排查次数（镇、村、组三级）", screeningRoundsHeld),
            new("disputes.found", "排查发现矛盾纠纷", "期间登记的矛盾纠纷件数（各种来源）", t.Found),
            new("disputes.mediated", "调处", "调解已有结果（成功或不成功）的件数；撤回、不予调解的不计", t.Mediated),
            t.MediationRate,
            new("disputes.succeeded", "调处成功", "达成调解协议（书面或口头）的件数", t.Succeeded),
            t.SuccessRate,
            new("disputes.open", "在办", "待调处或调解中的件数", t.Open),
            new("disputes.withdrawn", "撤回或不予调解", "当事人撤回或不同意调解的件数", t.Withdrawn),
            new("disputes.people-mediation", "人民调解", "由人民调解委员会调处的件数", t.ByPeople),
            new("disputes.administrative-mediation", "行政调解", "由镇政府科室调处的件数", t.ByAdministrative),
            new("disputes.judicial-mediation", "司法调解", "由人民法院（法庭）调处的件数", t.ByJudicial),
            t.AverageDays,
            new("disputes.written-agreements", "书面调解协议", "调处成功且订立书面协议的件数", t.Written),
            new("disputes.performed", "协议已履行", "回访确认调解协议已履行的件数", t.Performed),
            t.PerformanceRate,
            new("disputes.confirmation-applied", "申请司法确认", "当事人共同申请司法确认的件数", t.ConfirmationApplied),
            new("disputes.confirmed", "司法确认有效", "人民法院裁定确认调解协议有效的件数", t.Confirmed),
            new("disputes.criminal", "民转刑", "矛盾纠纷转为刑事案件的件数", t.Criminal),
            new("disputes.high-risk", "高风险纠纷", "风险等级为高的件数", t.HighRisk),
            new("disputes.supervised", "督办", "镇发出督办的件数", t.Supervised),
            new("disputes.people", "涉及人数", "各件涉及人数之和", t.People),
            new("disputes.amount", "涉及金额", "各件涉及金额之和", t.AmountFen, Unit: FigureUnit.Fen),
        ];
    }

    public static async Task<IReadOnlyList<Figure>> OfYearAsync(AppDbContext db, int year, CancellationToken ct = default) =>
        Headline(await FactsAsync(db, year, ct), await RoundsHeldAsync(db, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct));

    public static Task<int> RoundsHeldAsync(AppDbContext db, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        RoundsHeld(db, from, to).CountAsync(ct);

    /// <summary>The screening rounds held in the period (开展排查).</summary>
    public static IQueryable<ScreeningRound> RoundsHeld(AppDbContext db, DateOnly from, DateOnly to) =>
        db.Set<ScreeningRound>().AsNoTracking().Where(r => r.Status == ScreeningStatus.Held && r.HeldOn >= from && r.HeldOn <= to);

    /// <summary>Found per category, village, source, level and month.</summary>
    public static IReadOnlyList<Breakdown> Breakdowns(IReadOnlyList<DisputeFact> facts, IReadOnlyDictionary<long, string> villageNames)
    {
        return
        [
            Breakdown.Of("按类别", facts, f => f.Category, c => c, DisputeCategories.All),
            Breakdown.Of("按村（社区）", facts, f => f.VillageId ?? 0, id => id == 0 ? "镇本级（未关联村）" : villageNames.GetValueOrDefault(id, "（其他）"),
                Breakdown.VillageOrder(villageNames)),
            Breakdown.Of("按来源", facts, f => f.Source, DisputeLabels.Of, Enum.GetValues<DisputeSource>()),
            Breakdown.Of("按调处层级", facts, f => f.Level, DisputeLabels.Of, Enum.GetValues<DisputeLevel>()),
            Breakdown.Of("按月份", facts, f => f.ReportedOn.Month, m => $"{m}月", Enumerable.Range(1, 12)),
        ];
    }

    /// <summary>One tally per category, in the list's order, and the total last: the rows of the quarterly statistics table.</summary>
    public static IReadOnlyList<DisputeTally> ByCategory(IReadOnlyList<DisputeFact> facts) =>
        [.. DisputeCategories.All.Select(c => DisputeTally.Of(c, facts.Where(f => f.Category == c))), DisputeTally.Of("合计", facts)];

    /// <summary>One tally per kind of mediation ("大调解").</summary>
    public static IReadOnlyList<DisputeTally> ByKind(IReadOnlyList<DisputeFact> facts) =>
        Enum.GetValues<MediationKind>().Select(k => DisputeTally.Of(DisputeLabels.Of(k), facts.Where(f => f.Kind == k))).ToList();

    /// <summary>
    /// Villages compared: ranked by 调处成功率, then 调处率, then more disputes first; a village with fewer than
    /// <see cref="DisputeTally.RankingMinimum"/> disputes is listed after them without a rank, more disputes first.
    /// </summary>
    public static IReadOnlyList<VillageComparison> Villages(IReadOnlyList<DisputeFact> facts, IReadOnlyDictionary<long, string> villageNames)
    {
        var tallies = villageNames.Select(v => DisputeTally.Of(v.Value, facts.Where(f => f.VillageId == v.Key))).ToList();
        var ranked = tallies.Where(t => t.IsRanked)
            .OrderByDescending(t => t.SuccessRate.Rate ?? -1).ThenByDescending(t => t.MediationRate.Rate ?? -1).ThenByDescending(t => t.Found)
            .ThenBy(t => t.Label, StringComparer.Ordinal).ToList();
        return
        [
            .. ranked.Select((t, i) => new VillageComparison(t, i + 1)),
            .. tallies.Where(t => !t.IsRanked).OrderByDescending(t => t.Found).ThenBy(t => t.Label, StringComparer.Ordinal).Select(t => new VillageComparison(t, null)),
        ];
    }
}
