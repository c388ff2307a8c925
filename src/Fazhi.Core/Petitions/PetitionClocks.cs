using Fazhi.Core.Calendar;

namespace Fazhi.Core.Petitions;

/// <summary>
/// The statutory time limits of a petition, all in calendar days ("日") counted by the shared
/// WorkCalendar (start day not counted; a last day on a holiday moves to the next working day,
/// 民法典第二百零一条、第二百零三条). domain-reference §1.4.
/// </summary>
public static class PetitionClocks
{
    /// <summary>《信访工作条例》第二十三条: tell the petitioner in writing within 15 日 of receipt whether it is accepted.</summary>
    public static readonly DeadlineRule AcceptanceNotice = new("书面告知是否受理", "《信访工作条例》第二十三条", DeadlineKind.CalendarDays, 15);

    /// <summary>《信访工作条例》第三十四条: handle and reply within 60 日 of acceptance.</summary>
    public static readonly DeadlineRule Reply = new("办结并出具信访处理意见书", "《信访工作条例》第三十四条", DeadlineKind.CalendarDays, 60);

    /// <summary>《信访工作条例》第三十四条: one extension of at most 30 日, approved by the head, reason told to the petitioner.</summary>
    public const int MaxExtensionDays = 30;

    /// <summary>《信访工作条例》第三十五条: review may be requested within 30 日 of receiving the reply.</summary>
    public static readonly DeadlineRule ReviewRequest = new("请求复查期限", "《信访工作条例》第三十五条", DeadlineKind.CalendarDays, 30);

    /// <summary>《信访工作条例》第三十五条: the review opinion is due within 30 日 of the request.</summary>
    public static readonly DeadlineRule ReviewAnswer = new("出具复查意见", "《信访工作条例》第三十五条", DeadlineKind.CalendarDays, 30);

    /// <summary>《信访工作条例》第三十六条: re-review may be requested within 30 日 of the review opinion.</summary>
    public static readonly DeadlineRule ReReviewRequest = new("请求复核期限", "《信访工作条例》第三十六条", DeadlineKind.CalendarDays, 30);

    /// <summary>《信访工作条例》第三十六条: the re-review opinion is due within 30 日 (hearing time excluded).</summary>
    public static readonly DeadlineRule ReReviewAnswer = new("出具复核意见", "《信访工作条例》第三十六条", DeadlineKind.CalendarDays, 30);

    public static DateOnly Due(WorkCalendar calendar, DeadlineRule rule, DateOnly from) =>
        calendar.Compute(from, rule.Kind, rule.Amount).DueDate;
}
