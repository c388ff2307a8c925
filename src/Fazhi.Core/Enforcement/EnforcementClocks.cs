using Fazhi.Core.Calendar;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// The time limits of administrative enforcement (domain-reference §6), counted by the shared WorkCalendar.
/// 《行政处罚法》第八十五条: "二日、三日、五日、七日" limits are working days; others are calendar days.
/// </summary>
public static class EnforcementClocks
{
    /// <summary>《行政处罚法》第六十条: decide within 90 日 of filing (立案), unless another law says otherwise.</summary>
    public static readonly DeadlineRule Decision = new("作出行政处罚决定", "《行政处罚法》第六十条", DeadlineKind.CalendarDays, 90);

    /// <summary>《行政处罚法》第六十四条: a hearing may be asked for within 5 working days of being told of the right.</summary>
    public static readonly DeadlineRule HearingRequest = new("要求听证", "《行政处罚法》第六十四条", DeadlineKind.WorkingDays, 5);

    /// <summary>国办发〔2018〕118号 (三项制度): penalty decisions are published within 7 working days of the decision.</summary>
    public static readonly DeadlineRule Publicity = new("行政处罚决定公示", "国办发〔2018〕118号", DeadlineKind.WorkingDays, 7);

    /// <summary>《行政处罚法》第六十七条: the fine is paid within 15 日 of receiving the decision.</summary>
    public static readonly DeadlineRule FinePayment = new("缴纳罚款", "《行政处罚法》第六十七条", DeadlineKind.CalendarDays, 15);

    /// <summary>Certificates are flagged this many days before they expire.</summary>
    public const int CertificateWarningDays = 30;

    public static DateOnly Due(WorkCalendar calendar, DeadlineRule rule, DateOnly from) => calendar.Compute(from, rule.Kind, rule.Amount).DueDate;
}
