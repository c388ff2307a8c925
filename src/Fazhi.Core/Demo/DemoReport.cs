using Fazhi.Core.Data;
using Fazhi.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Demo;

/// <summary>
/// The demo town's 2019 annual report, started from the seed's four-part structure: the seed's title, opening and
/// narrative where no module keeps the work yet (政务公开, 行政决策, 主要成效), the generated paragraphs and live figures
/// elsewhere, and the seed's four problems and four plans as tracked action items. Left as a draft for the coordinator.
/// </summary>
public static class DemoReport
{
    const string Preamble = """
        2019年，我镇坚持以习近平新时代中国特色社会主义思想为指导，在市政府、区政府的坚强领导下，全面推进法治政府建设，严格履行政府行政职能，加快法治社会建设，加强执法队伍建设，强化依法行政意识，规范行政执法行为，健全依法行政监督机制，推动法治政府水平不断提高。现将自查情况报告如下：
        """;

    const string Disclosure = """
        ## 全面推行政务公开，阳光政府建设更上一层楼
        着力抓好政务公开栏建设。及时更新政务公开栏目信息，及时发布政务信息，着力抓好部门办事流程的信息公开，进一步增加政府工作透明度，方便群众来访办事。以建立村务监督委员会为重点，成立村务监督委员会，确保村级公共权力阳光规范运行。坚持“村帐镇管”，完善农村集体“三资”管理办法。
        ## 完善行政决策机制，推进依法科学民主决策
        落实主要负责人为第一责任人的法治政府建设领导协调机制，有效落实依法科学民主决策机制。完善重大行政决策公众参与程序，落实公示、听证制度，进一步畅通群众意见表达和诉求渠道。完善法律顾问工作机制，充分发挥法律顾问在重大行政决策、重大合同签订、重大行政执法以及制度建设等工作中的积极作用。
        """;

    const string Results = """
        今年以来，我镇在区政府、市委、市政府的领导下，充分发挥自身的优势和特点，在法治政府建设工作取得了初步成绩。一是加强法治教育培训，广泛开展学习，进一步增强机关干部的依法行政意识和依法行政理念。二是加强制度建设，完善一系列规章制度，使各执法部门、全体工作人员有章可循。三是围绕规范行政权力的正确运行，大力推行行政执法责任制，全面实行持证上岗、亮证执法制度，推动了行政执法的规范化。四是进一步发挥法制部门作为镇政府机关参谋、助手和法律顾问作用，为加快我镇经济和城镇建设，促进社会和谐稳定提供有力的法律保障。
        """;

    static readonly string[] Problems =
    [
        "依法行政意识还不够强。一些执法部门和单位思想认识不到位，依法行政、执政为民理念淡薄。",
        "行政执法不严、效能不高、质量不佳问题仍然较为突出。少数执法部门行政服务意识淡薄，管理环节多、程序繁、时限长、效率低问题还普遍存在。",
        "法制建设干部队伍教育培训力度还需继续加大。",
        "法制机构不健全。缺乏专业的人员，一定程度上影响了依法行政工作的有效推进。",
    ];

    static readonly string[] Plans =
    [
        "继续完善领导体制和工作机制。持续把法治工作纳入日常工作的议事日程，定期和不定期进行学习，认真组织协调、督促检查。",
        "继续狠抓法治宣传教育。继续与司法部门开展普法活动，利用国家宪法宣传日等重要节点开展普法宣传，细化条文解读，发放宣传海报、册等。",
        "继续建立专项宣传阵地，利用各村（社区）、学校等单位的公开栏打造稳固的专项宣传阵地。",
        "继续加强对重点领域行政执法监督检查。加强对城镇管理、国土资源、城乡规划、市场监督管理等重点领域的执法情况的监督检查。",
    ];

    public static async Task<AnnualReport> LoadAsync(AppDbContext db, ReportCommands reports, CancellationToken ct = default)
    {
        var town = await db.Regions.SingleAsync(r => r.Code == "440203100000", ct);
        var district = await reports.DistrictOfAsync(town, ct);
        var template = (await ReportTemplates.OfDistrictAsync(db, district, ct)).Single(t => t.Name == ReportTemplates.FourParts);
        var report = await reports.StartAsync(town.Id, 2019, template.Id, ct);
        await reports.EditHeaderAsync(report.Id, new ReportCommands.HeaderInput("武江区西联镇2019年度法治政府建设情况报告", "区委、区政府：", Preamble,
            "武江区西联镇人民政府", new DateOnly(2020, 1, 15), "西联府〔2020〕3号"), report.Version, ct);

        var sections = report.Sections.OrderBy(s => s.Order).ToList();
        await reports.EditSectionAsync(report.Id, sections[0].Id, sections[0].Heading, WithDisclosure(sections[0].Body), report.Version, ct);
        await reports.EditSectionAsync(report.Id, sections[1].Id, sections[1].Heading, Results, report.Version, ct);
        foreach (var text in Problems)
            await reports.RaiseItemAsync(report.Id, new ReportCommands.ItemInput(ActionKind.Problem, text, null, new DateOnly(2020, 12, 31)), ct);
        foreach (var text in Plans)
            await reports.RaiseItemAsync(report.Id, new ReportCommands.ItemInput(ActionKind.Plan, text, null, new DateOnly(2020, 12, 31)), ct);
        await reports.AcceptFiguresAsync(report.Id, null, ct);
        return report;
    }

    /// <summary>The seed's 政务公开 and 行政决策 parts go after the education part, as in the seed.</summary>
    static string WithDisclosure(string body)
    {
        var at = body.IndexOf("## 坚持依法办事", StringComparison.Ordinal);
        return at < 0 ? body + "\n" + Disclosure : body[..at] + Disclosure + "\n" + body[at..];
    }
}
