namespace Fazhi.Core.Enforcement;

/// <summary>What a regulated party is: a business (企业/个体工商户), a site (工地, 养殖场, 加油站…) or a person.</summary>
public enum EntityKind { Business, Site, Individual }

/// <summary>安全风险分级 (红橙黄蓝): 重大, 较大, 一般, 低.</summary>
public enum RiskClass { Low, General, Significant, Major }

/// <summary>Operating, or closed / banned (取缔关停) after an inspection or a case.</summary>
public enum EntityStatus { Operating, Closed }

/// <summary>检查 (an inspection of an entity or place), 巡查 (a patrol along a route) or 复查 (the re-inspection of an order).</summary>
public enum InspectionKind { Inspection, Patrol, ReInspection }

/// <summary>The outcome of an inspection: no problem (or corrected on the spot), an order to rectify, closure (取缔), or a case.</summary>
public enum InspectionOutcome { NoProblem, Rectification, Closure, Case }

public enum FindingType { Hazard, Violation }

/// <summary>一般, 较大, 重大.</summary>
public enum FindingSeverity { Minor, Significant, Major }

/// <summary>A rectification order is open until rectified, or escalated to a case or a closure.</summary>
public enum OrderStatus { Open, Rectified, Escalated }

public enum OrderStepKind { Issued, ReInspectedRectified, ReInspectedNotRectified, Extended, ToCase, Closure }

/// <summary>A general penalty case, or illegal construction (《城乡规划法》第六十五条, 《行政强制法》第三十五、四十四条).</summary>
public enum CaseType { General, IllegalConstruction }

public enum CaseStatus { Open, Decided, Closed, Dropped }

public enum PatrolTaskStatus { Open, Done, Dismissed }

/// <summary>The kinds of special campaign (专项整治): the maintained list.</summary>
public static class CampaignKinds
{
    public const string WorkSafety = "安全生产";
    public const string Construction = "建设工程安全";
    public const string Chemicals = "危险化学品/加油站";
    public const string Holiday = "节日/重大活动期间检查";
    public const string SmallPolluters = "小散乱污";
    public const string Livestock = "畜禽养殖";
    public const string IllegalBuilding = "违章建筑";
    public const string Street = "占道经营/广告牌匾";
    public const string Fire = "消防";
    public const string StrawBurning = "秸秆禁烧";
    public const string Other = "其他";

    public static readonly IReadOnlyList<string> All =
        [WorkSafety, Construction, Chemicals, Holiday, SmallPolluters, Livestock, IllegalBuilding, Street, Fire, StrawBurning, Other];
}

/// <summary>Common kinds of penalty (《行政处罚法》第九条), offered on the decision form.</summary>
public static class PenaltyKinds
{
    public static readonly IReadOnlyList<string> All =
        ["警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证件", "降低资质等级", "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限期拆除", "其他"];
}

public static class EnforcementLabels
{
    public static string Of(EntityKind k) => k switch { EntityKind.Business => "企业/个体工商户", EntityKind.Site => "场所/工地", _ => "个人" };

    public static string Of(RiskClass r) => r switch { RiskClass.Major => "重大风险", RiskClass.Significant => "较大风险", RiskClass.General => "一般风险", _ => "低风险" };

    public static string Of(EntityStatus s) => s == EntityStatus.Closed ? "已取缔关停" : "正常经营";

    public static string Of(InspectionKind k) => k switch { InspectionKind.Patrol => "巡查", InspectionKind.ReInspection => "复查", _ => "检查" };

    public static string Of(InspectionOutcome o) => o switch
    {
        InspectionOutcome.NoProblem => "未发现问题", InspectionOutcome.Rectification => "责令整改", InspectionOutcome.Closure => "取缔关停", _ => "立案查处",
    };

    public static string Of(FindingType t) => t == FindingType.Hazard ? "安全隐患" : "违法行为";

    public static string Of(FindingSeverity s) => s switch { FindingSeverity.Major => "重大", FindingSeverity.Significant => "较大", _ => "一般" };

    public static string Of(OrderStatus s) => s switch { OrderStatus.Open => "整改中", OrderStatus.Rectified => "已整改", _ => "已升级处理" };

    public static string Of(OrderStepKind k) => k switch
    {
        OrderStepKind.Issued => "下达整改通知", OrderStepKind.ReInspectedRectified => "复查：已整改", OrderStepKind.ReInspectedNotRectified => "复查：未整改",
        OrderStepKind.Extended => "重新限期整改", OrderStepKind.ToCase => "转立案查处", _ => "取缔关停",
    };

    public static string Of(CaseType t) => t == CaseType.IllegalConstruction ? "违法建设" : "一般程序";

    public static string Of(CaseStatus s) => s switch { CaseStatus.Open => "办理中", CaseStatus.Decided => "已决定", CaseStatus.Closed => "已结案", _ => "已撤销立案" };

    public static string Of(PatrolTaskStatus s) => s switch { PatrolTaskStatus.Open => "待巡查", PatrolTaskStatus.Done => "已巡查", _ => "不予处理" };

    public static string Of(CaseStepKind k) => k switch
    {
        CaseStepKind.Filed => "立案", CaseStepKind.Investigated => "调查取证", CaseStepKind.RightsNotified => "告知权利",
        CaseStepKind.HearingRequested => "要求听证", CaseStepKind.HearingHeld => "听证", CaseStepKind.Reviewed => "法制审核",
        CaseStepKind.Decided => "作出决定", CaseStepKind.Served => "送达", CaseStepKind.Paid => "缴纳罚款", CaseStepKind.Published => "公示",
        CaseStepKind.Executed => "执行", CaseStepKind.Closed => "结案", CaseStepKind.Dropped => "撤销立案", CaseStepKind.StopWork => "责令停止建设",
        CaseStepKind.PublicNotice => "限期拆除公告", CaseStepKind.Demand => "催告", _ => "拆除",
    };
}
