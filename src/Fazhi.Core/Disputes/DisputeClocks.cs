using Fazhi.Core.Calendar;

namespace Fazhi.Core.Disputes;

/// <summary>The time limits of a dispute, counted by the shared WorkCalendar (domain-reference §2.1).</summary>
public static class DisputeClocks
{
    /// <summary>
    /// 司法部《人民调解工作若干规定》(2002): "一般在一个月内调结". A soft target: it warns, it never refuses a step;
    /// a provincial text allows more time with both parties' consent.
    /// </summary>
    public static readonly DeadlineRule MediationTarget = new("一个月内调结", "司法部《人民调解工作若干规定》", DeadlineKind.CalendarDays, 30);

    /// <summary>Days before the target from which a dispute shows "即将到期".</summary>
    public const int WarnDays = 7;

    /// <summary>
    /// 《人民调解法》第三十三条 and 《民事诉讼法》(2023) 第二百零五条: the parties may jointly apply for 司法确认
    /// within 30 日 of the agreement taking effect.
    /// </summary>
    public static readonly DeadlineRule ConfirmationWindow = new("申请司法确认", "《人民调解法》第三十三条", DeadlineKind.CalendarDays, 30);

    public static DateOnly Due(WorkCalendar calendar, DeadlineRule rule, DateOnly from) =>
        calendar.Compute(from, rule.Kind, rule.Amount).DueDate;
}
