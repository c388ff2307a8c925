using Fazhi.Core.Ledgers;

namespace Fazhi.Core.Education;

/// <summary>
/// The Excel registers (台账) of legal education and legal services: one column list per register, read from the register's
/// projection in <see cref="EducationQueries"/>, so an export shows what the list shows. Labels come from <see cref="EducationLabels"/>;
/// attendance is written as reported ("120余人", "近500人"), never rounded to a bare number.
/// </summary>
public static class EducationLedgers
{
    public const string Events = "events";
    public const string Studies = "studies";
    public const string Exams = "exams";
    public const string Consultations = "consultations";
    public const string Meetings = "meetings";

    /// <summary>The register's name as its file and sheet are called.</summary>
    public static string? NameOf(string register) => register switch
    {
        Events => "普法活动台账",
        Studies => "干部学法台账",
        Exams => "学法考试台账",
        Consultations => "法律咨询台账",
        Meetings => "会议台账",
        _ => null,
    };

    /// <summary>The lists are stored comma-separated; a reader expects "、".</summary>
    static string List(string stored) => string.Join("、", stored.Split(EducationEvent.Separator, StringSplitOptions.RemoveEmptyEntries));

    public static readonly IReadOnlyList<LedgerColumn<EventRow>> EventColumns =
    [
        new("活动日期", r => r.HeldOn, 14),
        new("活动名称", r => r.Title, 30),
        new("活动类型", r => r.Kind, 14),
        new("覆盖领域", r => List(r.SectorList), 20),
        new("宣传形式", r => List(r.ChannelList), 20),
        new("村（社区）", r => r.VillageName, 10),
        new("活动地点", r => r.Venue, 20),
        new("主讲人", r => r.Speakers, 16),
        new("参加人数", r => r.Attendance is null ? null : r.AttendanceText, 10),
        new("发放资料（份）", r => r.Materials, 10),
        new("协办单位", r => r.Partners, 24),
    ];

    public static readonly IReadOnlyList<LedgerColumn<StudyRow>> StudyColumns =
    [
        new("学习日期", r => r.HeldOn, 14),
        new("学习形式", r => r.Kind, 16),
        new("学习内容", r => r.Topic, 36),
        new("学时", r => r.Tenths / 10m, 8),
        new("主讲人", r => r.Lecturer, 14),
        new("参加人数", r => r.Attendees, 10),
    ];

    public static readonly IReadOnlyList<LedgerColumn<ExamRow>> ExamColumns =
    [
        new("考试日期", r => r.HeldOn, 14),
        new("考试名称", r => r.Title, 30),
        new("合格分数", r => r.PassMark, 10),
        new("参加考试人数", r => r.Sat, 12),
        new("合格人数", r => r.Passed, 10),
    ];

    public static readonly IReadOnlyList<LedgerColumn<ConsultationRow>> ConsultationColumns =
    [
        new("咨询日期", r => r.On, 14),
        new("咨询方式", r => EducationLabels.Of(r.Channel), 10),
        new("村（社区）", r => r.VillageName, 10),
        new("咨询人", r => r.PersonName, 12),
        new("类别", r => r.Category, 12),
        new("咨询问题", r => r.Question, 40),
        new("解答人", r => r.AnsweredBy, 12),
        new("法律援助转介", r => r.Referral is { } s ? EducationLabels.Of(s) : null, 18),
    ];

    public static readonly IReadOnlyList<LedgerColumn<MeetingRow>> MeetingColumns =
    [
        new("会议日期", r => r.HeldOn, 14),
        new("会议类型", r => EducationLabels.Of(r.Kind), 22),
        new("会议名称", r => r.Title, 30),
        new("主持人", r => r.Chair, 12),
        new("议题（项）", r => r.Items, 10),
        new("法治议题（项）", r => r.RuleOfLawItems, 12),
    ];
}
