using Fazhi.Core.Data;
using Fazhi.Core.Petitions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reporting;

/// <summary>A figure with its definition; a rate whose denominator is 0 has no value and shows "—".</summary>
public sealed record Figure(string Key, string Label, string Formula, long? Numerator, long? Denominator = null)
{
    public bool IsRate => Denominator is not null;
    public double? Rate => IsRate ? (Denominator > 0 ? (double)Numerator!.Value / Denominator!.Value : null) : null;
    public string Display => IsRate ? (Rate is { } r ? $"{r * 100:0.#}%" : "—") : $"{Numerator}";
}

/// <summary>
/// The petition figures of a year, defined once (dashboard, report, API and exports use these).
/// 办理率 has no official formula (domain-reference §1.5, UNCONFIRMED); practice is closed ÷ accepted.
/// </summary>
public static class PetitionFigures
{
    static readonly PetitionStatus[] Done = [PetitionStatus.Closed, PetitionStatus.Archived];

    public static async Task<IReadOnlyList<Figure>> OfYearAsync(AppDbContext db, int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var rows = await db.Set<Petition>().AsNoTracking().Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to)
            .Select(p => new { p.Status, p.Decision, p.PeopleCount, p.Satisfaction }).ToListAsync(ct);
        var received = rows.Count;
        var accepted = rows.Count(r => r.Decision is AcceptanceDecision.Accept or AcceptanceDecision.Assign);
        var closedAccepted = rows.Count(r => r.Decision is AcceptanceDecision.Accept or AcceptanceDecision.Assign && Done.Contains(r.Status));
        var rated = rows.Count(r => r.Satisfaction is not null);
        var satisfied = rows.Count(r => r.Satisfaction is Satisfaction.Satisfied or Satisfaction.BasicallySatisfied);
        return
        [
            new("petitions.received", "接待信访案件", "当年收到（登记）的信访事项件数", received),
            new("petitions.accepted", "受理", "受理或交办的件数", accepted),
            new("petitions.closed", "办结", "已受理（交办）且已办结或归档的件数", closedAccepted),
            new("petitions.handling-rate", "办理率", "办结 ÷ 受理", closedAccepted, accepted),
            new("petitions.collective", "集体访", "信访人数5人及以上的件数", rows.Count(r => r.PeopleCount >= 5)),
            new("petitions.satisfaction-rate", "满意率", "（满意＋基本满意）÷ 已评价", satisfied, rated),
        ];
    }
}
