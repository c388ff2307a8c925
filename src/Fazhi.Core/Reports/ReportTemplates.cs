using Fazhi.Core.Regions;
using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reports;

/// <summary>
/// The two built-in report structures every district starts with (domain reference §4.1): the four parts of the seed
/// report (工作开展情况 / 主要成效 / 存在的问题 / 下一步工作计划), and the five items required since 2019 by
/// 《法治政府建设与责任落实督察工作规定》 (主要举措和成效 / 存在的不足和原因 / 第一责任人职责 / 下一年度主要安排 / 其他).
/// "{年度}" in a heading or body becomes the report's year.
/// </summary>
public static class ReportTemplates
{
    public const string FourParts = "四部分结构（工作开展情况、主要成效、存在的问题、下一步工作计划）";
    public const string Required2019 = "五项内容（2019年起要求）";
    public const string Prompt = "（请在此填写";

    const string Education = """
        ## 进一步增强全面法治观念，提高广大干部群众的法治意识
        [[events]]
        全年共开展普法宣传教育活动{education.events}场次，发放宣传资料{education.materials}份；组织干部学法{education.study-sessions}次，人均学法{education.hours-per-person}；开展法律咨询{education.consultations}人次，登记法律援助{education.referrals}件。
        """;

    const string Enforcement = """
        ## 坚持依法办事，依法全面履行职能
        [[campaigns]]
        全年开展专项整治{enforcement.campaigns}项，其中联合执法{enforcement.joint-actions}次；开展执法检查{enforcement.inspections}次，发现隐患和问题{enforcement.hazards-found}项，隐患整改率{enforcement.hazard-rectification-rate}；下达整改通知{enforcement.orders}份，整改完成率{enforcement.order-rectification-rate}；办理行政处罚案件{enforcement.cases}件，重大执法决定法制审核率{enforcement.legal-review-rate}。
        """;

    const string PetitionsAndDisputes = """
        ## 妥善处理好群众信访工作，解决群众矛盾纠纷，切实维护社会和谐稳定
        本年度，我镇接待信访案件{petitions.received}件，办理率{petitions.handling-rate}。
        全年开展矛盾纠纷排查{disputes.screening-rounds}次，排查发现矛盾纠纷{disputes.found}件，调处{disputes.mediated}件，调处成功{disputes.succeeded}件，调处成功率{disputes.success-rate}。
        """;

    const string Integrity = """
        ## 加强干部作风建设和廉洁警示教育
        组织集中参观廉政教育基地{education.integrity-base-visits|中文}次，开展廉政和警示教育活动{education.integrity-events}场次。
        """;

    const string Progress = """
        ## 上年度报告所提问题和工作计划的落实情况
        [[progress]]
        """;

    /// <summary>The parts of the work section, one after another (each ends where the next "## " line begins).</summary>
    static string Works => string.Join("\n", Education, Enforcement, PetitionsAndDisputes, Integrity, Progress);

    public static IReadOnlyList<(string Heading, string Body)> FourPartSections =>
    [
        ("{年度}年法治政府建设工作开展情况", Works),
        ("法治政府建设工作主要成效", Prompt + "本年度法治政府建设的主要成效。）"),
        ("法治政府建设工作存在的问题", "[[problems]]"),
        ("下一步工作计划", "[[plans]]"),
    ];

    public static IReadOnlyList<(string Heading, string Body)> RequiredSections =>
    [
        ("{年度}年推进法治政府建设的主要举措和成效", Works),
        ("存在的不足和原因", "[[problems]]"),
        ("党政主要负责人履行推进法治建设第一责任人职责情况",
            "全年召开会议研究法治建设议题{education.meetings-rule-of-law}次，党政主要负责人述法{education.leader-duty-reports}次。\n"
            + Prompt + "主要负责人带头学法、研究解决法治建设重大问题的情况。）"),
        ("{年度|+1}年度推进法治政府建设的主要安排", "[[plans]]"),
        ("其他需要报告的情况", Prompt + "其他需要报告的情况；没有的可写“无”。）"),
    ];

    /// <summary>"{年度}" → 2019, "{年度|+1}" → 2020.</summary>
    public static string ForYear(string text, int year) => text.Replace("{年度|+1}", $"{year + 1}").Replace("{年度}", $"{year}");

    /// <summary>The district's templates, the built-in ones created the first time they are asked for.</summary>
    public static async Task<IReadOnlyList<ReportTemplate>> OfDistrictAsync(AppDbContext db, Region district, CancellationToken ct = default)
    {
        var templates = await db.Set<ReportTemplate>().Include(t => t.Sections).Where(t => t.DistrictId == district.Id).OrderBy(t => t.Id).ToListAsync(ct);
        if (templates.Count > 0) return templates;
        templates =
        [
            ReportTemplate.Create(district.Id, district.Path, Required2019, isDefault: true, RequiredSections),
            ReportTemplate.Create(district.Id, district.Path, FourParts, isDefault: false, FourPartSections),
        ];
        db.AddRange(templates);
        await db.SaveChangesAsync(ct);
        return templates;
    }
}
