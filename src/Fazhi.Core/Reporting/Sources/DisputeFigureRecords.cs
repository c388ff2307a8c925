using Fazhi.Core.Common;
using Fazhi.Core.Disputes;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reporting.Sources;

/// <summary>The disputes and screening rounds behind each dispute figure, as <see cref="DisputeTally"/> counts them.</summary>
public sealed partial class DisputeFigureSource
{
    public async Task<IReadOnlyList<FigureRecord>?> RecordsAsync(FigureContext context, int year, string key, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var db = context.Db;
        if (key == "disputes.screening-rounds")
        {
            return (await DisputeFigures.RoundsHeld(db, from, to).OrderBy(r => r.HeldOn).ThenBy(r => r.Id)
                    .Select(r => new { r.Id, r.HeldOn, r.Level, r.Place }).ToListAsync(ct))
                .Select(r => new FigureRecord("screening", r.Id, r.HeldOn!.Value, $"{DisputeLabels.Of(r.Level)}排查 {r.Place}")).ToList();
        }
        if (!Keys.Contains(key)) return null;
        var rows = await DisputeFigures.RowsAsync(db, from, to, ct);
        static FigureRecord Of(DisputeRow r, bool counted = true, string? amount = null) =>
            new("dispute", r.Id, r.Fact.ReportedOn, $"{r.Number} {r.Fact.Category}{amount}", counted);
        // A count: the disputes it counts. A ratio: the disputes of its denominator, marked whether the numerator counts them.
        List<FigureRecord> Count(Func<DisputeFact, bool> counts) => rows.Where(r => counts(r.Fact)).Select(r => Of(r)).ToList();
        List<FigureRecord> Ratio(Func<DisputeFact, bool> of, Func<DisputeFact, bool> counts) =>
            rows.Where(r => of(r.Fact)).Select(r => Of(r, counts(r.Fact))).ToList();
        return key switch
        {
            "disputes.found" => Count(_ => true),
            "disputes.mediated" => Count(DisputeCounts.Mediated),
            "disputes.mediation-rate" => Ratio(_ => true, DisputeCounts.Mediated),
            "disputes.succeeded" => Count(DisputeCounts.Succeeded),
            "disputes.success-rate" => Ratio(DisputeCounts.Mediated, DisputeCounts.Succeeded),
            "disputes.open" => Count(DisputeCounts.Open),
            "disputes.withdrawn" => Count(DisputeCounts.Withdrawn),
            "disputes.people-mediation" => Count(f => DisputeCounts.MediatedBy(f, MediationKind.People)),
            "disputes.administrative-mediation" => Count(f => DisputeCounts.MediatedBy(f, MediationKind.Administrative)),
            "disputes.judicial-mediation" => Count(f => DisputeCounts.MediatedBy(f, MediationKind.Judicial)),
            // An average: the mediated disputes, each with its days.
            "disputes.average-days" => rows.Where(r => DisputeCounts.Mediated(r.Fact))
                .Select(r => Of(r, amount: $" {DisputeCounts.OutcomeDays(r.Fact)}天")).ToList(),
            "disputes.written-agreements" => Count(f => DisputeCounts.AgreedIn(f, AgreementForm.Written)),
            "disputes.performed" => Count(DisputeCounts.Performed),
            "disputes.performance-rate" => Ratio(DisputeCounts.Succeeded, DisputeCounts.Performed),
            "disputes.confirmation-applied" => Count(f => f.ConfirmationApplied),
            "disputes.confirmed" => Count(DisputeCounts.Confirmed),
            "disputes.criminal" => Count(f => f.Criminal),
            "disputes.high-risk" => Count(DisputeCounts.HighRisk),
            "disputes.supervised" => Count(f => f.Supervised),
            // Sums: every dispute of the period, counted where it adds something.
            "disputes.people" => rows.Select(r => Of(r, r.Fact.People > 0, $" {r.Fact.People}人")).ToList(),
            "disputes.amount" => rows.Select(r => Of(r, r.Fact.AmountFen > 0, r.Fact.AmountFen > 0 ? $" {Figure.Yuan(r.Fact.AmountFen)}" : null)).ToList(),
            _ => null,
        };
    }

    static readonly HashSet<string> Keys = DisputeFigures.Headline([], 0).Select(f => f.Key).ToHashSet();
}
