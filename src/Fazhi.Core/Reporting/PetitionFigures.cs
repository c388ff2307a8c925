using System.Linq.Expressions;
using Fazhi.Core.Calendar;
using Fazhi.Core.Data;
using Fazhi.Core.Petitions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reporting;

/// <summary>
/// One petition as the figures see it: the projection is all the figures, breakdowns and 按期 buckets read, so a year's
/// petitions are loaded once and narrowly rather than as whole entities.
/// </summary>
public sealed record PetitionFact(PetitionChannel Channel, PetitionClass Class, string Category, long? VillageId, DateOnly ReceivedOn,
    PetitionStatus Status, AcceptanceDecision? Decision, DateOnly? DecidedOn, int? ExtensionDays, DateOnly? RepliedOn, int PeopleCount,
    Satisfaction? Satisfaction, long? RepeatOfId)
{
    public static readonly Expression<Func<Petition, PetitionFact>> Projection = p => new PetitionFact(p.Channel, p.Class, p.Category, p.VillageId,
        p.ReceivedOn, p.Status, p.Decision, p.DecidedOn, p.ExtensionDays, p.RepliedOn, p.PeopleCount, p.Satisfaction, p.RepeatOfId);

    /// <summary>受理 or 交办: the matter is handled here.</summary>
    public bool Accepted => Decision is AcceptanceDecision.Accept or AcceptanceDecision.Assign;

    /// <summary>
    /// The reply due date exactly as <see cref="Petition.ReplyDue"/> computes it (60 日 from acceptance, plus an approved
    /// extension, 《信访工作条例》第三十四条), from the projected dates; <paramref name="dues"/> keeps the calendar
    /// computations already made, as many petitions share an acceptance date.
    /// </summary>
    public DateOnly? ReplyDue(WorkCalendar calendar, Dictionary<(DateOnly, int?), DateOnly> dues)
    {
        if (Status is PetitionStatus.Registered or PetitionStatus.NotAccepted or PetitionStatus.Transferred || DecidedOn is not { } decided)
            return null;
        if (dues.TryGetValue((decided, ExtensionDays), out var known)) return known;
        var due = PetitionClocks.Due(calendar, PetitionClocks.Reply, decided);
        if (ExtensionDays is { } days) due = calendar.Compute(due, DeadlineKind.CalendarDays, days).DueDate;
        return dues[(decided, ExtensionDays)] = due;
    }
}

/// <summary>
/// The petition figures of a year, defined once (dashboard, report, API and exports use these).
/// 办理率 has no official formula (domain-reference §1.5, UNCONFIRMED); practice is closed ÷ accepted.
/// </summary>
public static class PetitionFigures
{
    static readonly PetitionStatus[] Done = [PetitionStatus.Closed, PetitionStatus.Archived];

    /// <summary>The petitions received in the year (by 收到日期), projected.</summary>
    public static async Task<IReadOnlyList<PetitionFact>> FactsAsync(AppDbContext db, int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return await db.Set<Petition>().AsNoTracking().Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to).Select(PetitionFact.Projection).ToListAsync(ct);
    }

    /// <summary>The kinds of the reception days and down-visits held in the year.</summary>
    public static async Task<IReadOnlyList<ReceptionKind>> ReceptionsHeldAsync(AppDbContext db, int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return await db.Set<ReceptionDay>().AsNoTracking()
            .Where(d => d.Date >= from && d.Date <= to && d.Status == ReceptionStatus.Held).Select(d => d.Kind).ToListAsync(ct);
    }

    public static async Task<IReadOnlyList<Figure>> OfYearAsync(AppDbContext db, int year, CancellationToken ct = default) =>
        Headline(await FactsAsync(db, year, ct), await ReceptionsHeldAsync(db, year, ct));

    /// <summary>The headline figures of a year's petitions and held receptions, in display order.</summary>
    public static IReadOnlyList<Figure> Headline(IReadOnlyList<PetitionFact> rows, IReadOnlyList<ReceptionKind> receptions)
    {
        var received = rows.Count;
        var accepted = rows.Count(r => r.Accepted);
        var closedAccepted = rows.Count(r => r.Accepted && Done.Contains(r.Status));
        var rated = rows.Count(r => r.Satisfaction is not null);
        var satisfied = rows.Count(r => r.Satisfaction is Satisfaction.Satisfied or Satisfaction.BasicallySatisfied);
        return
        [
            new("petitions.received", "接待信访案件", "当年收到（登记）的信访事项件数", received),
            new("petitions.accepted", "受理", "受理或交办的件数", accepted),
            new("petitions.closed", "办结", "已受理（交办）且已办结或归档的件数", closedAccepted),
            new("petitions.handling-rate", "办理率", "办结 ÷ 受理", closedAccepted, accepted),
            new("petitions.collective", "集体访", "信访人数5人及以上的件数", rows.Count(r => r.PeopleCount >= 5)),
            new("petitions.repeat", "重复信访", "同一信访人就同类事项在前案未结或办结一年内再次信访的件数", rows.Count(r => r.RepeatOfId != null)),
            new("petitions.satisfaction-rate", "满意率", "（满意＋基本满意）÷ 已评价", satisfied, rated),
            new("petitions.reception-days", "领导接访日", "当年已举行的领导接访日次数", receptions.Count(k => k == ReceptionKind.ReceptionDay)),
            new("petitions.down-visits", "领导下访", "当年已举行的下访次数", receptions.Count(k => k == ReceptionKind.DownVisit)),
        ];
    }
}

/// <summary>
/// 按期办理: accepted matters in four buckets, each reply compared with its due date (60 日 from acceptance,
/// plus an approved extension, 《信访工作条例》第三十四条): replied in time, replied late, still open within
/// the time, still open and overdue. 按期办结率 = replied in time ÷ accepted.
/// </summary>
public sealed record OnTime(int DoneInTime, int DoneLate, int OpenInTime, int OpenLate)
{
    public int Accepted => DoneInTime + DoneLate + OpenInTime + OpenLate;
    public Figure Rate => new("petitions.on-time-rate", "按期办结率", "按期答复 ÷ 受理", DoneInTime, Accepted);
}

public static class PetitionBreakdowns
{
    public static async Task<(IReadOnlyList<Breakdown> Tables, OnTime OnTime)> OfYearAsync(AppDbContext db, WorkCalendar calendar,
        int year, DateOnly today, CancellationToken ct = default)
    {
        var petitions = await PetitionFigures.FactsAsync(db, year, ct);
        return Of(petitions, await VillagesAsync(db, petitions, ct), calendar, today);
    }

    /// <summary>The names of the villages the petitions come from.</summary>
    public static async Task<IReadOnlyDictionary<long, string>> VillagesAsync(AppDbContext db, IReadOnlyList<PetitionFact> petitions, CancellationToken ct = default)
    {
        var villageIds = petitions.Where(p => p.VillageId is not null).Select(p => p.VillageId!.Value).Distinct().ToList();
        return await db.Regions.AsNoTracking().Where(r => villageIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
    }

    public static (IReadOnlyList<Breakdown> Tables, OnTime OnTime) Of(IReadOnlyList<PetitionFact> petitions, IReadOnlyDictionary<long, string> villages,
        WorkCalendar calendar, DateOnly today)
    {
        var tables = new List<Breakdown>
        {
            Breakdown.Of("按信访形式", petitions, p => p.Channel, PetitionLabels.Of, Enum.GetValues<PetitionChannel>()),
            Breakdown.Of("按分类", petitions, p => p.Class, PetitionLabels.Of, Enum.GetValues<PetitionClass>()),
            Breakdown.Of("按类别", petitions, p => p.Category, c => c, PetitionCategories.All),
            Breakdown.Of("按村（社区）", petitions, p => p.VillageId ?? 0, id => id == 0 ? "（未关联村）" : villages[id], Breakdown.VillageOrder(villages)),
            Breakdown.Of("按月份", petitions, p => p.ReceivedOn.Month, m => $"{m}月", Enumerable.Range(1, 12)),
        };

        int inTime = 0, late = 0, openInTime = 0, openLate = 0;
        var dues = new Dictionary<(DateOnly, int?), DateOnly>();
        foreach (var p in petitions.Where(p => p.Accepted))
        {
            var due = p.ReplyDue(calendar, dues) ?? today;
            if (p.RepliedOn is { } replied) { if (replied <= due) inTime++; else late++; }
            else if (today <= due) openInTime++;
            else openLate++;
        }
        return (tables, new OnTime(inTime, late, openInTime, openLate));
    }
}
