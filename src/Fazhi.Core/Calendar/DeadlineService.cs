using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Calendar;

/// <summary>An open deadline as lists and the home page show it. DaysLeft is negative when overdue.</summary>
public sealed record DueDeadline(
    long Id,
    string Title,
    DateOnly DueDate,
    int DaysLeft,
    string RuleName,
    string LegalBasis,
    string OwnerType,
    long OwnerId,
    string? AssigneeUserId)
{
    /// <summary>"剩余3天" / "今日到期" / "已超期2天".</summary>
    public string DaysLeftText => CalendarText.DaysLeft(DaysLeft);
    public bool IsOverdue => DaysLeft < 0;
}

/// <summary>A reminder a record needs in its current state (see <see cref="DeadlineService.SyncAsync"/>).</summary>
public sealed record WantedDeadline(string Title, DateOnly Start, DeadlineRule Rule, string? AssigneeUserId);

/// <summary>
/// The one place deadlines are opened, completed, recomputed and listed. Open and Complete change
/// the caller's context without saving, so a module saves its record and its deadline together.
/// </summary>
public sealed class DeadlineService(AppDbContext db, CalendarProvider calendars, TimeProvider clock)
{
    /// <summary>Adds a deadline for a record; the caller's SaveChangesAsync stores it with the record.</summary>
    public async Task<Deadline> OpenAsync(string ownerType, long ownerId, string scopePath, string title,
        DateOnly start, DeadlineRule rule, string? assigneeUserId = null, CancellationToken ct = default)
    {
        var calendar = await calendars.GetAsync(db, ct);
        var deadline = Deadline.Open(ownerType, ownerId, scopePath, title, start, rule, calendar, clock.GetUtcNow().UtcDateTime, assigneeUserId);
        db.Add(deadline);
        return deadline;
    }

    /// <summary>Marks the deadline done today (China time); the caller saves. Out of scope or unknown → DomainRuleException.</summary>
    public async Task<Deadline> CompleteAsync(long deadlineId, CancellationToken ct = default)
    {
        var deadline = await db.Set<Deadline>().FirstOrDefaultAsync(d => d.Id == deadlineId, ct)
            ?? throw new DomainRuleException("未找到该期限。");
        deadline.Complete(ChinaTime.Today(clock));
        return deadline;
    }

    /// <summary>
    /// Brings a record's open reminders in line with what its state needs: those no longer wanted are completed
    /// today, the missing ones opened (matched by rule, start and length). The caller saves.
    /// </summary>
    public async Task SyncAsync(string ownerType, long ownerId, string scopePath, IReadOnlyList<WantedDeadline> wanted, CancellationToken ct = default)
    {
        var existing = ownerId == 0 ? [] : await OpenOfAsync(ownerType, ownerId, ct);
        static bool Same(Deadline d, WantedDeadline w) => d.RuleName == w.Rule.Name && d.StartDate == w.Start && d.Amount == w.Rule.Amount;
        var today = ChinaTime.Today(clock);
        foreach (var d in existing.Where(d => !wanted.Any(w => Same(d, w))))
            d.Complete(today);
        foreach (var w in wanted.Where(w => !existing.Any(d => Same(d, w))))
            await OpenAsync(ownerType, ownerId, scopePath, w.Title, w.Start, w.Rule, w.AssigneeUserId, ct);
    }

    /// <summary>Every open deadline of one record (e.g. to complete them when the record is closed).</summary>
    public async Task<IReadOnlyList<Deadline>> OpenOfAsync(string ownerType, long ownerId, CancellationToken ct = default) =>
        await db.Set<Deadline>()
            .Where(d => d.OwnerType == ownerType && d.OwnerId == ownerId && d.Status == DeadlineStatus.Open)
            .OrderBy(d => d.DueDate).ToListAsync(ct);

    /// <summary>
    /// Open deadlines the current user may see (scope filter) that are overdue or due within
    /// <paramref name="withinDays"/> days of today (China time), soonest first; optionally only one assignee's.
    /// </summary>
    public async Task<IReadOnlyList<DueDeadline>> ListDueAsync(int withinDays, string? assigneeUserId = null,
        int max = 200, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var until = today.AddDays(Math.Max(0, withinDays));
        var query = db.Set<Deadline>().AsNoTracking()
            .Where(d => d.Status == DeadlineStatus.Open && d.DueDate <= until);
        if (assigneeUserId is not null) query = query.Where(d => d.AssigneeUserId == assigneeUserId);
        var rows = await query
            .OrderBy(d => d.DueDate).ThenBy(d => d.Id)
            .Take(max)
            .Select(d => new { d.Id, d.Title, d.DueDate, d.RuleName, d.LegalBasis, d.OwnerType, d.OwnerId, d.AssigneeUserId })
            .ToListAsync(ct);
        return rows.Select(d => new DueDeadline(d.Id, d.Title, d.DueDate, d.DueDate.DayNumber - today.DayNumber,
            d.RuleName, d.LegalBasis, d.OwnerType, d.OwnerId, d.AssigneeUserId)).ToList();
    }

    /// <summary>
    /// After a calendar change: computes every open deadline again and saves; returns how many moved.
    /// The calendar is national, so this must run with a context that sees (and may write) every town:
    /// the system user's.
    /// </summary>
    public static async Task<int> RecomputeOpenAsync(AppDbContext systemDb, WorkCalendar calendar, CancellationToken ct = default)
    {
        var moved = 0;
        var open = await systemDb.Set<Deadline>().IgnoreQueryFilters().Where(d => d.Status == DeadlineStatus.Open).ToListAsync(ct);
        foreach (var d in open)
            if (d.Recompute(calendar)) moved++;
        if (moved > 0) await systemDb.SaveChangesAsync(ct);
        return moved;
    }
}
