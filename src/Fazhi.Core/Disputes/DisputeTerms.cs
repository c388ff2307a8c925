using Fazhi.Core.Regions;
namespace Fazhi.Core.Disputes;

/// <summary>镇、村、组三级 (the seed): the level that handles a dispute or holds a screening round.</summary>
public enum DisputeLevel { Group, Village, Town }

/// <summary>Where a dispute came to light.</summary>
public enum DisputeSource { Screening, WalkIn, Petition, Police, Court, Hotline, Other }

/// <summary>
/// Risk grade. Local practice grades by the people involved and the amount at stake (domain-reference §2.4, 汇龙镇
/// colours); the grade is the mediator's judgement with a written reason, high risk goes to the town at once.
/// </summary>
public enum RiskLevel { Low, Medium, High }

public enum DisputeStatus { Pending, Mediating, Succeeded, Failed, Withdrawn }

/// <summary>"大调解" (domain-reference §2.2): people's, administrative and judicial mediation.</summary>
public enum MediationKind { People, Administrative, Judicial }

/// <summary>《人民调解法》第二十八条: a written 调解协议书, or an oral agreement recorded by the mediator.</summary>
public enum AgreementForm { Written, Oral }

/// <summary>《人民调解法》第二十六条: where the parties are told to go when mediation fails.</summary>
public enum FailureRoute { Litigation, Arbitration, Administrative, Petition, Other }

/// <summary>调解协议履行情况 (《人民调解法》第三十一条: the committee supervises performance).</summary>
public enum PerformanceStatus { Performed, PartlyPerformed, NotPerformed }

/// <summary>The court's answer to an application for 司法确认.</summary>
public enum ConfirmationResult { Confirmed, Refused }

/// <summary>A history entry of a dispute's dynamic management.</summary>
public enum DisputeMoveKind { Registered, Escalated, HandedDown, RiskChanged, Reopened }

public enum ScreeningStatus { Planned, Held, Cancelled }

public enum MediatorRole { Chair, DeputyChair, Member }

/// <summary>Dispute categories for statistics (domain-reference §2.3; the list, without 计划生育).</summary>
public static class DisputeCategories
{
    public static readonly IReadOnlyList<string> All =
        ["婚姻家庭继承", "邻里", "房屋宅基地", "损害赔偿", "合同", "山林土地", "征地拆迁", "劳动争议", "村务管理", "环境", "交通事故", "医患", "物业", "其他"];
}

public static class DisputeLabels
{
    public static string Of(DisputeLevel l) => l switch { DisputeLevel.Group => "组级", DisputeLevel.Village => "村级", _ => "镇级" };

    public static string Of(DisputeSource s) => s switch
    {
        DisputeSource.Screening => "排查发现", DisputeSource.WalkIn => "群众来访", DisputeSource.Petition => "信访转来",
        DisputeSource.Police => "公安移送", DisputeSource.Court => "法院委托", DisputeSource.Hotline => "热线转办", _ => "其他",
    };

    public static string Of(RiskLevel r) => r switch { RiskLevel.Low => "低风险", RiskLevel.Medium => "中风险", _ => "高风险" };

    public static string Of(DisputeStatus s) => s switch
    {
        DisputeStatus.Pending => "待调处", DisputeStatus.Mediating => "调解中", DisputeStatus.Succeeded => "调解成功",
        DisputeStatus.Failed => "调解不成", _ => "已撤回",
    };

    public static string Of(MediationKind k) => k switch { MediationKind.People => "人民调解", MediationKind.Administrative => "行政调解", _ => "司法调解" };

    public static string Of(AgreementForm f) => f == AgreementForm.Written ? "书面协议" : "口头协议";

    public static string Of(FailureRoute r) => r switch
    {
        FailureRoute.Litigation => "诉讼", FailureRoute.Arbitration => "仲裁", FailureRoute.Administrative => "行政处理",
        FailureRoute.Petition => "信访", _ => "其他途径",
    };

    public static string Of(PerformanceStatus p) => p switch
    {
        PerformanceStatus.Performed => "已履行", PerformanceStatus.PartlyPerformed => "部分履行", _ => "未履行",
    };

    public static string Of(ConfirmationResult r) => r == ConfirmationResult.Confirmed ? "裁定确认有效" : "裁定驳回申请";

    public static string Of(DisputeMoveKind k) => k switch
    {
        DisputeMoveKind.Registered => "登记", DisputeMoveKind.Escalated => "上报", DisputeMoveKind.HandedDown => "下交",
        DisputeMoveKind.RiskChanged => "调整风险等级", _ => "重新启动",
    };

    public static string Of(ScreeningStatus s) => s switch { ScreeningStatus.Planned => "计划", ScreeningStatus.Held => "已开展", _ => "已取消" };

    public static string Of(MediatorRole r) => r switch { MediatorRole.Chair => "主任", MediatorRole.DeputyChair => "副主任", _ => "委员" };
}

public static class DisputePlaceLevels
{
    extension(RecordPlace place)
    {
        /// <summary>The lowest level that can handle a matter at this place.</summary>
        public DisputeLevel LowestLevel => place.GroupId is not null ? DisputeLevel.Group : place.VillageId is not null ? DisputeLevel.Village : DisputeLevel.Town;
    }
}
