using Fazhi.Core.Data;
using Fazhi.Core.Petitions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reporting;

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
            .Select(p => new { p.Status, p.Decision, p.PeopleCount, p.Satisfaction, p.RepeatOfId }).ToListAsync(ct);
        var received = rows.Count;
        var accepted = rows.Count(r => r.Decision is AcceptanceDecision.Accept or AcceptanceDecision.Assign);
        var closedAccepted = rows.Count(r => r.Decision is AcceptanceDecision.Accept or AcceptanceDecision.Assign && Done.Contains(r.Status));
        var rated = rows.Count(r => r.Satisfaction is not null);
        var receptions = await db.Set<ReceptionDay>().AsNoTracking()
            .Where(d => d.Date >= from && d.Date <= to && d.Status == ReceptionStatus.Held).Select(d => d.Kind).ToListAsync(ct);
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
    public static async Task<(IReadOnlyList<Breakdown> Tables, OnTime OnTime)> OfYearAsync(AppDbContext db, Calendar.WorkCalendar calendar,
        int year, DateOnly today, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var petitions = await db.Set<Petition>().AsNoTracking().Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to).ToListAsync(ct);
        var villageIds = petitions.Where(p => p.VillageId is not null).Select(p => p.VillageId!.Value).Distinct().ToList();
        var villages = await db.Regions.AsNoTracking().Where(r => villageIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);

        var tables = new List<Breakdown>
        {
            Breakdown.Of("按信访形式", petitions, p => p.Channel, PetitionLabels.Of, Enum.GetValues<PetitionChannel>()),
            Breakdown.Of("按分类", petitions, p => p.Class, PetitionLabels.Of, Enum.GetValues<PetitionClass>()),
            Breakdown.Of("按类别", petitions, p => p.Category, c => c, PetitionCategories.All),
            Breakdown.Of("按村（社区）", petitions, p => p.VillageId ?? 0, id => id == 0 ? "（未关联村）" : villages[id], Breakdown.VillageOrder(villages)),
            Breakdown.Of("按月份", petitions, p => p.ReceivedOn.Month, m => $"{m}月", Enumerable.Range(1, 12)),
        };

        int inTime = 0, late = 0, openInTime = 0, openLate = 0;
        foreach (var p in petitions.Where(p => p.Decision is AcceptanceDecision.Accept or AcceptanceDecision.Assign))
        {
            var due = p.ReplyDue(calendar) ?? today;
            if (p.RepliedOn is { } replied) { if (replied <= due) inTime++; else late++; }
            else if (today <= due) openInTime++;
            else openLate++;
        }
        return (tables, new OnTime(inTime, late, openInTime, openLate));
    }
}
