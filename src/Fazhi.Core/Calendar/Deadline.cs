using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Calendar;

public enum DeadlineStatus
{
    Open,
    Done,
    Cancelled,
}

/// <summary>
/// A legal time limit a module applies, e.g. new("受理告知", "《信访工作条例》第二十三条", CalendarDays, 15).
/// The name and basis are stored on every deadline it produces, so a due date can always be explained.
/// </summary>
public sealed record DeadlineRule(string Name, string LegalBasis, DeadlineKind Kind, int Amount);

/// <summary>
/// A due date that some record (a petition, a case, a disclosure request …) must meet. Shared by all
/// modules: the owner is named by type and id. The due date is always computed by the
/// <see cref="WorkCalendar"/>, and computed again while open when the calendar changes.
/// </summary>
public sealed class Deadline : IScopedRecord
{
    public long Id { get; private set; }
    public string OwnerType { get; private set; } = "";
    public long OwnerId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? AssigneeUserId { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DeadlineKind Kind { get; private set; }
    public int Amount { get; private set; }
    public DateOnly DueDate { get; private set; }
    public string RuleName { get; private set; } = "";
    public string LegalBasis { get; private set; } = "";
    public DeadlineStatus Status { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public DateTime CreatedUtc { get; private set; }

    private Deadline() { }

    public static Deadline Open(string ownerType, long ownerId, string scopePath, string title, DateOnly start,
        DeadlineRule rule, WorkCalendar calendar, DateTime nowUtc, string? assigneeUserId = null)
    {
        ownerType = (ownerType ?? "").Trim();
        title = (title ?? "").Trim();
        if (ownerType.Length is 0 or > 50) throw new ArgumentException("Owner type must be 1–50 characters.", nameof(ownerType));
        if (string.IsNullOrEmpty(scopePath)) throw new ArgumentException("A deadline belongs to a place: scope path required.", nameof(scopePath));
        if (title.Length == 0) throw new DomainRuleException("请填写期限事项名称。");
        if (title.Length > 200) throw new DomainRuleException("期限事项名称不能超过200个字。");
        if (string.IsNullOrWhiteSpace(rule.Name) || rule.Name.Length > 100) throw new ArgumentException("Rule name must be 1–100 characters.", nameof(rule));
        if (string.IsNullOrWhiteSpace(rule.LegalBasis) || rule.LegalBasis.Length > 200) throw new ArgumentException("Legal basis must be 1–200 characters.", nameof(rule));
        var due = calendar.Compute(start, rule.Kind, rule.Amount).DueDate;
        return new Deadline
        {
            OwnerType = ownerType,
            OwnerId = ownerId,
            ScopePath = scopePath,
            Title = title,
            AssigneeUserId = string.IsNullOrWhiteSpace(assigneeUserId) ? null : assigneeUserId,
            StartDate = start,
            Kind = rule.Kind,
            Amount = rule.Amount,
            DueDate = due,
            RuleName = rule.Name.Trim(),
            LegalBasis = rule.LegalBasis.Trim(),
            Status = DeadlineStatus.Open,
            CreatedUtc = nowUtc,
        };
    }

    /// <summary>Full counting explanation of this deadline under the given calendar.</summary>
    public DeadlineComputation Explain(WorkCalendar calendar) => calendar.Compute(StartDate, Kind, Amount);

    /// <summary>Computes the due date again (after a calendar change); true when it moved. Closed deadlines keep theirs.</summary>
    public bool Recompute(WorkCalendar calendar)
    {
        if (Status != DeadlineStatus.Open) return false;
        var due = calendar.Compute(StartDate, Kind, Amount).DueDate;
        if (due == DueDate) return false;
        DueDate = due;
        return true;
    }

    public void Complete(DateOnly on)
    {
        if (Status != DeadlineStatus.Open) throw new DomainRuleException("该期限已办结或已撤销，不能再次办结。");
        if (on < StartDate) throw new DomainRuleException("办结日期不能早于起算日期。");
        Status = DeadlineStatus.Done;
        CompletedOn = on;
    }

    public void Cancel()
    {
        if (Status != DeadlineStatus.Open) throw new DomainRuleException("该期限已办结或已撤销。");
        Status = DeadlineStatus.Cancelled;
    }

    public void Assign(string? userId) => AssigneeUserId = string.IsNullOrWhiteSpace(userId) ? null : userId;

    public int DaysLeft(DateOnly today) => DueDate.DayNumber - today.DayNumber;
}
