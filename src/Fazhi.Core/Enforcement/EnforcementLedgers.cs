using Fazhi.Core.Ledgers;
using Fazhi.Core.PersonalData;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// The Excel registers (台账) of enforcement: one column list per register, read from the register's projection in
/// <see cref="EnforcementQueries"/>, so an export shows what the list shows. Labels come from <see cref="EnforcementLabels"/>.
/// </summary>
public static class EnforcementLedgers
{
    public const string Entities = "entities";
    public const string Inspections = "inspections";
    public const string Orders = "orders";
    public const string Cases = "cases";
    public const string Campaigns = "campaigns";

    /// <summary>The register's name as its file and sheet are called.</summary>
    public static string? NameOf(string register) => register switch
    {
        Entities => "监管对象台账",
        Inspections => "执法检查台账",
        Orders => "责令整改台账",
        Cases => "行政处罚案件台账",
        Campaigns => "专项整治台账",
        _ => null,
    };

    /// <summary>A natural person's address is masked for a user who may not see personal data in full; a business's is not.</summary>
    public static IReadOnlyList<LedgerColumn<EntityRow>> EntityColumns(bool personalDataInFull) =>
    [
        new("名称", r => r.Name, 28),
        new("统一社会信用代码", r => r.CreditCode, 22),
        new("类别", r => EnforcementLabels.Of(r.Kind), 14),
        new("行业", r => r.Industry, 12),
        new("村（社区）", r => r.VillageName, 10),
        new("地址", r => r.Kind == EntityKind.Individual && !personalDataInFull ? Masking.Address(r.Address) : r.Address, 30),
        new("风险等级", r => EnforcementLabels.Of(r.Risk), 10),
        new("状态", r => EnforcementLabels.Of(r.Status), 10),
        new("取缔关停日期", r => r.ClosedOn, 14),
        new("检查次数", r => r.Inspections, 8),
        new("最近检查日期", r => r.LastInspectedOn, 14),
    ];

    public static readonly IReadOnlyList<LedgerColumn<InspectionRow>> InspectionColumns =
    [
        new("检查日期", r => r.InspectedOn, 14),
        new("类别", r => EnforcementLabels.Of(r.Kind), 6),
        new("检查对象（地点）", r => r.Subject, 28),
        new("村（社区）", r => r.VillageName, 10),
        new("专项整治", r => r.CampaignName, 20),
        new("执法人员", r => r.Officers, 18),
        new("发现问题（项）", r => r.Findings, 10),
        new("检查结果", r => EnforcementLabels.Of(r.Outcome), 10),
    ];

    public static readonly IReadOnlyList<LedgerColumn<OrderRow>> OrderColumns =
    [
        new("编号", r => r.Number, 10),
        new("整改对象", r => r.Subject, 28),
        new("村（社区）", r => r.VillageName, 10),
        new("专项整治", r => r.CampaignName, 20),
        new("下达日期", r => r.IssuedOn, 14),
        new("整改期限", r => r.DueOn, 14),
        new("状态", r => EnforcementLabels.Of(r.Status), 10),
        new("整改完成日期", r => r.RectifiedOn, 14),
        new("复查未整改待处理", r => r.AwaitingEscalation, 10),
    ];

    public static readonly IReadOnlyList<LedgerColumn<CaseRow>> CaseColumns =
    [
        new("案件编号", r => r.Number, 10),
        new("类型", r => EnforcementLabels.Of(r.Type), 10),
        new("案由", r => r.Cause, 28),
        new("当事人", r => r.PartyName, 20),
        new("立案日期", r => r.FiledOn, 14),
        new("决定期限", r => r.DecisionDueOn, 14),
        new("重大执法决定", r => r.Major, 8),
        new("决定日期", r => r.DecidedOn, 14),
        new("处罚种类", r => r.PenaltyKind, 12),
        new("罚款（元）", r => r.FineFen is { } fen ? fen / 100m : null, 12),
        new("公示期限", r => r.PublicityDueOn, 14),
        new("公示日期", r => r.PublishedOn, 14),
        new("状态", r => EnforcementLabels.Of(r.Status), 10),
    ];

    public static readonly IReadOnlyList<LedgerColumn<CampaignRow>> CampaignColumns =
    [
        new("名称", r => r.Name, 28),
        new("类别", r => r.Kind, 16),
        new("开始日期", r => r.StartsOn, 14),
        new("结束日期", r => r.EndsOn, 14),
        new("牵头科室", r => r.LeadOffice, 16),
        new("协作单位（联合执法）", r => r.Partners, 24),
        new("检查（次）", r => r.Inspections, 8),
        new("责令整改（份）", r => r.Orders, 10),
        new("已整改（份）", r => r.Rectified, 10),
        new("取缔关停（家）", r => r.Closed, 10),
    ];
}
