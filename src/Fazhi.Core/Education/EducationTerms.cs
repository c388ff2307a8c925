namespace Fazhi.Core.Education;

/// <summary>The kinds of education event: the maintained list, then the integrity-education kinds (廉政/四风).</summary>
public static class EventKinds
{
    public const string LegalReport = "法制报告会";
    public const string Publicity = "普法宣传活动";
    public const string TrainingClass = "培训班";
    public const string Lecture = "专题讲座";
    public const string GroupStudy = "集中学法";
    public const string ConstitutionDay = "宪法宣传日";
    public const string CivilCodeMonth = "民法典宣传月";
    public const string Integrity = "廉政教育";
    public const string Warning = "警示教育";
    public const string Other = "其他";
    public const string IntegrityBaseVisit = "廉政教育基地参观";
    public const string CaseAnalysis = "案例剖析会";
    public const string StyleRectification = "四风专项整治";

    public static readonly IReadOnlyList<string> General =
        [LegalReport, Publicity, TrainingClass, Lecture, GroupStudy, ConstitutionDay, CivilCodeMonth, Integrity, Warning, Other];

    /// <summary>Integrity education (廉政教育、四风): counted apart in the figures.</summary>
    public static readonly IReadOnlyList<string> IntegrityKinds = [Integrity, Warning, IntegrityBaseVisit, CaseAnalysis, StyleRectification];

    public static readonly IReadOnlyList<string> All = [.. General, IntegrityBaseVisit, CaseAnalysis, StyleRectification];

    public static bool IsIntegrity(string kind) => IntegrityKinds.Contains(kind);
}

/// <summary>"法律六进" (domain-reference §7): the sectors an event reaches.</summary>
public static class Sectors
{
    public static readonly IReadOnlyList<string> All = ["机关", "乡村", "社区", "学校", "企业", "单位", "其他"];
}

/// <summary>The channels the seed lists (广播、板报、标语、宣传车、演讲、传单, the distance-learning platform) and later ones.</summary>
public static class Channels
{
    public static readonly IReadOnlyList<string> All = ["广播", "板报", "标语", "宣传车", "演讲", "传单", "远程教育平台", "微信/网络", "其他"];
}

/// <summary>How an attendance figure was reported: exact, "300余人" (at least), or "近300人" (a little under).</summary>
public enum AttendanceKind { Exact, AtLeast, Nearly }

public static class StudyKinds
{
    public static readonly IReadOnlyList<string> All = ["党委中心组学法", "集体学法", "全员培训", "专题培训"];
}

public static class ConsultationCategories
{
    public static readonly IReadOnlyList<string> All = ["婚姻家庭", "土地宅基地", "劳动用工", "合同债务", "侵权赔偿", "征地拆迁", "行政事务", "其他"];
}

public enum ConsultationChannel { InPerson, Phone, Online, AtEvent }

/// <summary>A legal-aid referral: referred to the legal-aid centre, accepted by it, done, or refused.</summary>
public enum ReferralStatus { Referred, Accepted, Done, Refused }

/// <summary>The legal advisor's outputs.</summary>
public enum AdvisorWorkType { Opinion, DocumentRevision, ConsultationDuty, Lecture, Mediation, Litigation }

public enum MeetingKind { LeadingGroup, Special, JointPartyGovernment }

/// <summary>What a principal leader's duty record is about (第一责任人职责).</summary>
public enum LeaderDutyKind { DutyReport, LedStudy, ProblemSolved }

public static class EducationLabels
{
    public static string Of(AttendanceKind k) => k switch { AttendanceKind.AtLeast => "余", AttendanceKind.Nearly => "近", _ => "" };

    /// <summary>"300人", "300余人", "近300人".</summary>
    public static string Attendance(int? count, AttendanceKind kind) => count is not { } n ? "—" : kind switch
    {
        AttendanceKind.AtLeast => $"{n}余人",
        AttendanceKind.Nearly => $"近{n}人",
        _ => $"{n}人",
    };

    public static string Of(ConsultationChannel c) => c switch
    {
        ConsultationChannel.InPerson => "来访", ConsultationChannel.Phone => "电话", ConsultationChannel.Online => "网络", _ => "活动现场",
    };

    public static string Of(ReferralStatus s) => s switch
    {
        ReferralStatus.Referred => "已转法律援助中心", ReferralStatus.Accepted => "法律援助中心已受理", ReferralStatus.Done => "援助完毕", _ => "不予援助",
    };

    public static string Of(AdvisorWorkType t) => t switch
    {
        AdvisorWorkType.Opinion => "出具法律意见", AdvisorWorkType.DocumentRevision => "审查修改文件", AdvisorWorkType.ConsultationDuty => "值班咨询",
        AdvisorWorkType.Lecture => "法治讲座", AdvisorWorkType.Mediation => "参与调解", _ => "代理诉讼",
    };

    public static string Of(MeetingKind k) => k switch
    {
        MeetingKind.LeadingGroup => "法治建设领导小组会议", MeetingKind.Special => "专题会议", _ => "党政联席会议",
    };

    public static string Of(LeaderDutyKind k) => k switch { LeaderDutyKind.DutyReport => "述法", LeaderDutyKind.LedStudy => "带头学法", _ => "研究解决法治问题" };
}
