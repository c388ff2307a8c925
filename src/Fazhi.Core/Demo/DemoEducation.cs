using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Demo;

/// <summary>
/// The demo town's 2019 legal education and legal services, from the seed: the legal report meeting of 30 August at the
/// 阳山村 committee by the legal advisor 张剑波 with one-to-one consultations and special cases registered for free
/// legal aid; the publicity day of 4 December by the judicial office with the 周和 law firm; broadcasts, boards,
/// banners, vans, speeches, leaflets and training classes reaching offices, villages, communities, schools,
/// enterprises and units; cadres studying on the village distance-learning platform; three visits to the integrity
/// education base and case-analysis meetings. The rest of the year (other events, consultations, meetings, the
/// roster, an exam) is plausible invented detail, entered through the same use cases as a clerk's input.
/// </summary>
public static class DemoEducation
{
    static DateOnly D(int month, int day) => new(2019, month, day);

    public static async Task LoadAsync(AppDbContext db, EducationCommands edu, CancellationToken ct = default)
    {
        var town = await db.Regions.SingleAsync(r => r.Code == "440203100000", ct);
        var villages = await db.Regions.Where(r => r.ParentId == town.Id).ToDictionaryAsync(r => r.Name, r => r.Id, ct);
        var offices = await db.Offices.Where(o => o.TownId == town.Id).ToDictionaryAsync(o => o.Name, o => o.Id, ct);
        var partners = await db.Set<PartnerOrganisation>().Where(p => p.TownId == town.Id).ToDictionaryAsync(p => p.Name, p => p.Id, ct);
        var roster = await RosterAsync(edu, town.Id, offices, ct);

        var advisor = await edu.EngageAdvisorAsync(town.Id, partners["周和律师事务所"], "张剑波", D(1, 1), D(12, 31), ct);
        var events = await EventsAsync(edu, town.Id, villages, offices, partners, ct);
        await ConsultationsAsync(edu, town.Id, villages, events["0830"], ct);
        await AdvisorLogAsync(edu, advisor.Id, ct);
        await StudyAsync(edu, town.Id, roster, ct);
        await MeetingsAsync(edu, town.Id, roster, ct);
        await LawSavvyAsync(edu, town.Id, villages, events, ct);
    }

    static async Task<List<StaffMember>> RosterAsync(EducationCommands edu, long town, IReadOnlyDictionary<string, long> offices, CancellationToken ct)
    {
        var list = new (string Name, string Office, string Position, bool Leader)[]
        {
            ("何志明", "党政综合办公室", "镇党委书记", true), ("王建国", "党政综合办公室", "镇长", true), ("林少华", "党政综合办公室", "镇党委副书记", true),
            ("陈静", "司法所", "司法所所长", false), ("黄伟", "信访办", "信访办主任", false), ("李强", "安全生产监督管理办公室", "安监办主任", false),
            ("王志勇", "安全生产监督管理办公室", "安监员", false), ("黄海", "规划建设办公室", "副主任", false), ("邓丽", "规划建设办公室", "村镇建设管理员", false),
            ("刘建新", "农业农村办公室", "主任", false), ("周敏", "财政所", "所长", false), ("吴桂英", "综治办", "综治专干", false),
            ("郑国华", "党政综合办公室", "文书", false), ("谢春兰", "财政所", "会计", false), ("罗德胜", "农业农村办公室", "农技员", false),
            ("张丽娟", "综治办", "网格管理员", false), ("李海明", "司法所", "人民调解员", false), ("陈秀梅", "党政综合办公室", "档案员", false),
            ("何伟强", "规划建设办公室", "工作人员", false), ("黄凤英", "信访办", "工作人员", false), ("刘国平", "农业农村办公室", "工作人员", false),
            ("周美华", "党政综合办公室", "工作人员", false),
        };
        var members = new List<StaffMember>();
        foreach (var m in list)
            members.Add(await edu.AddMemberAsync(new(town, m.Name, offices[m.Office], m.Position, m.Leader, new DateOnly(2016, 3, 1)), ct));
        // One joined in July and one left at the end of September: the roster of each day is what counts.
        members.Add(await edu.AddMemberAsync(new(town, "林志坚", offices["党政综合办公室"], "选调生", false, D(7, 1)), ct));
        members.Add(await edu.AddMemberAsync(new(town, "郑桂芳", offices["财政所"], "工作人员", false, new DateOnly(2016, 3, 1), D(9, 30)), ct));
        return members;
    }

    static async Task<Dictionary<string, long>> EventsAsync(EducationCommands edu, long town, IReadOnlyDictionary<string, long> villages,
        IReadOnlyDictionary<string, long> offices, IReadOnlyDictionary<string, long> partners, CancellationToken ct)
    {
        var list = new (string Key, DateOnly On, string Title, string Kind, string[] Sectors, string[] Channels, string? Village, string Venue, string Office,
            string[] Partners, string? Speakers, int? Attendance, AttendanceKind Approx, int? Materials, string Summary)[]
        {
            ("0115", D(1, 15), "村“两委”干部法律知识培训班", EventKinds.TrainingClass, ["乡村"], ["远程教育平台"], null, "镇政府会议室", "司法所", [], "司法所所长陈静",
                46, AttendanceKind.Exact, 60, "组织各村（社区）“两委”干部学习村民委员会组织法、土地管理法等法律法规。"),
            ("0312", D(3, 12), "“3·15”消费者权益保护法律宣传", EventKinds.Publicity, ["社区", "企业"], ["标语", "传单"], "西联社区", "西联圩镇农贸市场", "党政综合办公室",
                ["西联市场监督管理所"], null, 200, AttendanceKind.AtLeast, 800, "在圩日设点宣传消费者权益保护法，现场解答群众咨询。"),
            ("0409", D(4, 9), "法治进校园专题讲座", EventKinds.Lecture, ["学校"], ["演讲"], "西联社区", "西联镇中心小学", "司法所", ["西联派出所"], "西联派出所民警",
                600, AttendanceKind.Nearly, null, "为全校师生讲解预防未成年人犯罪法、防溺水和交通安全知识。"),
            ("0521", D(5, 21), "安全生产法律法规进企业", EventKinds.Publicity, ["企业"], ["宣传车", "传单"], "新岭村", "新岭村工业园", "安全生产监督管理办公室", [],
                null, 150, AttendanceKind.Exact, 500, "宣传车进园区巡回播放安全生产法，向企业发放宣传资料。"),
            ("0618", D(6, 18), "“安全生产月”法律宣传咨询日", EventKinds.Publicity, ["乡村", "企业"], ["广播", "宣传车"], null, "西联圩镇", "安全生产监督管理办公室", [],
                null, 300, AttendanceKind.AtLeast, 1000, "通过村村通广播和宣传车宣传安全生产法律知识。"),
            ("0725", D(7, 25), "扫黑除恶专项斗争法律宣传", EventKinds.Publicity, ["乡村", "社区", "单位"], ["标语", "板报", "广播"], null, "各村（社区）", "综治办",
                ["西联派出所"], null, null, AttendanceKind.Exact, 2000, "各村（社区）张贴标语、出版板报，广播循环播放扫黑除恶宣传内容。"),
            ("0830", D(8, 30), "法制报告会", EventKinds.LegalReport, ["乡村"], ["演讲"], "阳山村", "阳山村委会", "司法所", ["周和律师事务所"], "法律顾问张剑波",
                120, AttendanceKind.AtLeast, 300, "邀请法律顾问张剑波作法制报告，现场为村民一对一解答法律咨询，对少数特殊案例登记，免费提供后续法律援助。"),
            ("0917", D(9, 17), "人民调解法进社区", EventKinds.Publicity, ["社区"], ["板报", "传单"], "西联社区", "西联社区居委会", "司法所", [], null,
                80, AttendanceKind.Exact, 400, "宣传人民调解法，介绍调解委员会职能和申请调解的方式。"),
            ("1108", D(11, 8), "机关干部宪法学习专题讲座", EventKinds.Lecture, ["机关", "单位"], ["演讲"], null, "镇政府会议室", "司法所", ["周和律师事务所"], "法律顾问张剑波",
                52, AttendanceKind.Exact, null, "解读宪法修正案，强化机关干部依法行政意识。"),
            ("1204", D(12, 4), "法律普及宣传活动", EventKinds.ConstitutionDay, ["机关", "乡村", "社区", "学校", "企业", "单位"],
                ["广播", "板报", "标语", "宣传车", "演讲", "传单"], null, "西联圩镇文化广场", "司法所", ["周和律师事务所"], "周和律师事务所律师",
                500, AttendanceKind.Nearly, 1500, "西联镇司法所联合法律顾问周和律师事务所开展法律普及宣传活动，集中宣传法律全覆盖及相关法律法规。"),
            // Integrity education: three visits to the base, two case-analysis meetings, one 四风 rectification action.
            ("0418i", D(4, 18), "组织党员干部参观廉政教育基地", EventKinds.IntegrityBaseVisit, ["机关"], ["其他"], null, "韶关市廉政教育基地", "党政综合办公室", [], null,
                35, AttendanceKind.Exact, null, "参观廉政教育基地，接受警示教育。"),
            ("0710i", D(7, 10), "村（社区）“两委”干部参观廉政教育基地", EventKinds.IntegrityBaseVisit, ["乡村"], ["其他"], null, "韶关市廉政教育基地", "党政综合办公室",
                [], null, 40, AttendanceKind.Exact, null, "组织村（社区）“两委”干部参观学习。"),
            ("1022i", D(10, 22), "新任职干部参观廉政教育基地", EventKinds.IntegrityBaseVisit, ["机关"], ["其他"], null, "韶关市廉政教育基地", "党政综合办公室", [],
                null, 18, AttendanceKind.Exact, null, "新任职干部廉政教育。"),
            ("0528i", D(5, 28), "违纪违法典型案例剖析会", EventKinds.CaseAnalysis, ["机关"], ["演讲"], null, "镇政府会议室", "党政综合办公室", [], "镇纪委书记",
                55, AttendanceKind.Exact, null, "以身边案例为镜，剖析违纪违法原因。"),
            ("1126i", D(11, 26), "以案促改案例剖析会", EventKinds.CaseAnalysis, ["机关", "乡村"], ["演讲"], null, "镇政府会议室", "党政综合办公室", [], "镇纪委书记",
                60, AttendanceKind.Exact, null, "通报典型案例，查找风险点并整改。"),
            ("0301i", D(3, 1), "整治“四风”专项行动动员部署", EventKinds.StyleRectification, ["机关"], ["其他"], null, "镇政府会议室", "党政综合办公室", [], null,
                58, AttendanceKind.Exact, null, "部署整治形式主义、官僚主义专项行动。"),
        };
        var ids = new Dictionary<string, long>();
        foreach (var e in list)
        {
            var details = new EducationEvent.Details(e.On, e.Title, e.Kind, e.Sectors, e.Channels, e.Venue, offices[e.Office], e.Speakers, e.Attendance, e.Approx,
                e.Materials, e.Summary);
            ids[e.Key] = (await edu.RecordEventAsync(new(town, e.Village is null ? null : villages[e.Village], details, e.Partners.Select(p => partners[p]).ToList()), ct)).Id;
        }
        return ids;
    }

    static async Task ConsultationsAsync(EducationCommands edu, long town, IReadOnlyDictionary<string, long> villages, long reportMeeting, CancellationToken ct)
    {
        // The one-to-one consultations of 30 August: two special cases registered for free legal aid.
        var atMeeting = new (string Category, string Question, string Answer, bool Special)[]
        {
            ("土地宅基地", "兄弟分家后宅基地使用权如何确认？", "可凭分家协议向村委会和自然资源部门申请确认，必要时通过调解或诉讼解决。", false),
            ("婚姻家庭", "老人赡养费子女之间如何分担？", "子女均有赡养义务，可协商分担，协商不成可申请调解或起诉。", false),
            ("劳动用工", "在外务工被拖欠工资一年多，怎么追讨？", "可向用工地劳动保障监察部门投诉或申请劳动仲裁；经济困难可申请法律援助。", true),
            ("侵权赔偿", "邻居的狗咬伤孩子，医药费谁承担？", "动物饲养人应承担侵权责任，可协商赔偿，协商不成可申请调解或起诉。", false),
            ("合同债务", "借钱给亲戚没写借条，能要回来吗？", "可通过转账记录、证人证言等证明借贷关系，建议尽快补写借条。", false),
            ("侵权赔偿", "家人因交通事故致残，对方拒不赔偿怎么办？", "可在诉讼时效内提起诉讼；家庭经济困难，符合法律援助条件。", true),
        };
        var n = 0;
        foreach (var c in atMeeting)
        {
            var consultation = await edu.RecordConsultationAsync(town, villages["阳山村"], new(D(8, 30), ConsultationChannel.AtEvent, reportMeeting,
                $"阳山村村民{"甲乙丙丁戊己"[n]}", null, c.Category, c.Question, c.Answer, "张剑波", c.Special ? "登记为特殊案例，转法律援助" : null), ct);
            n++;
            if (!c.Special) continue;
            await edu.ReferAsync(consultation.Id, D(9, 2), "经济困难，符合法律援助条件", ct);
            await edu.ReferralDecidedAsync(consultation.Id, D(9, 6), true, null, ct);
            if (c.Category == "劳动用工") await edu.ReferralCompletedAsync(consultation.Id, D(11, 28), "经劳动仲裁，追回拖欠工资3.2万元。", ct);
        }
        // The rest of the year at the judicial office, by phone and online.
        string[] names = ["阳山村", "西联村", "新岭村", "苏拱村", "沙湖村", "西联社区"];
        for (var i = 0; i < 24; i++)
        {
            var category = ConsultationCategories.All[i % ConsultationCategories.All.Count];
            var channel = (i % 3) switch { 0 => ConsultationChannel.InPerson, 1 => ConsultationChannel.Phone, _ => ConsultationChannel.Online };
            var consultation = await edu.RecordConsultationAsync(town, villages[names[i % names.Length]], new(D(1 + i / 2, 5 + i % 2 * 12), channel, null,
                i == 13 ? $"{names[i % names.Length]}村民庚" : null, null,
                category, $"关于{category}问题的咨询", "已告知相关法律规定和维权途径。", i % 2 == 0 ? "陈静" : "李海明", null), ct);
            if (i == 13)
            {
                await edu.ReferAsync(consultation.Id, consultation.On.AddDays(1), "当事人申请法律援助", ct);
                await edu.ReferralDecidedAsync(consultation.Id, consultation.On.AddDays(6), false, "经审查，当事人经济状况不符合法律援助条件", ct);
            }
        }
    }

    static async Task AdvisorLogAsync(EducationCommands edu, long advisor, CancellationToken ct)
    {
        var log = new (DateOnly On, AdvisorWorkType Type, string Summary, decimal Hours)[]
        {
            (D(1, 22), AdvisorWorkType.DocumentRevision, "审查镇政府与供水公司的供水工程合同", 3),
            (D(2, 26), AdvisorWorkType.Opinion, "就征地补偿方案出具法律意见书", 4),
            (D(3, 19), AdvisorWorkType.ConsultationDuty, "在司法所值班，接待群众咨询", 4),
            (D(4, 23), AdvisorWorkType.Mediation, "参与调解一宗山林权属纠纷", 5),
            (D(5, 14), AdvisorWorkType.DocumentRevision, "审查村规民约修订稿", 2.5m),
            (D(6, 25), AdvisorWorkType.ConsultationDuty, "在司法所值班，接待群众咨询", 4),
            (D(7, 16), AdvisorWorkType.Opinion, "就违法建设案件处理出具法律意见", 3),
            (D(8, 30), AdvisorWorkType.Lecture, "在阳山村委主讲法制报告会并解答咨询", 3.5m),
            (D(9, 24), AdvisorWorkType.Litigation, "代理镇政府应诉一宗行政诉讼案件", 8),
            (D(11, 8), AdvisorWorkType.Lecture, "为机关干部作宪法专题讲座", 2),
            (D(12, 4), AdvisorWorkType.Lecture, "参加法律普及宣传活动", 4),
            (D(12, 17), AdvisorWorkType.DocumentRevision, "审查镇政府2020年重大行政决策事项目录", 2),
        };
        foreach (var w in log) await edu.LogAdvisorWorkAsync(advisor, w.On, w.Type, w.Summary, w.Hours, ct);
    }

    /// <summary>Quarterly study by the Party committee's central group, monthly group study on the distance-learning platform, one all-staff training and the year-end exam.</summary>
    static async Task StudyAsync(EducationCommands edu, long town, IReadOnlyList<StaffMember> roster, CancellationToken ct)
    {
        var leaders = roster.Where(m => m.IsLeader).Select(m => m.Id).ToList();
        string[] topics = ["宪法及宪法修正案", "行政处罚法", "信访条例", "重大行政决策程序暂行条例"];
        for (var q = 0; q < 4; q++)
            await edu.RecordStudyAsync(new(town, D(3 * q + 2, 20), "党委中心组学法", topics[q], 2, "镇党委书记何志明", [.. leaders, roster[3].Id]), ct);
        string[] monthly = ["土地管理法", "村民委员会组织法", "人民调解法", "安全生产法", "环境保护法", "政府信息公开条例", "扫黑除恶相关法律", "未成年人保护法",
            "森林法", "行政许可法"];
        for (var m = 0; m < monthly.Length; m++)
        {
            var on = D(m + 2, 10);
            // Everyone on the roster that day except a few, absent in turn.
            var present = roster.Where(x => x.OnRosterOn(on)).Where((x, i) => (i + m) % 12 > 1).Select(x => x.Id).ToList();
            await edu.RecordStudyAsync(new(town, on, "集体学法", monthly[m], 1.5m, "司法所所长陈静", present), ct);
        }
        var all = roster.Where(x => x.OnRosterOn(D(7, 18))).Select(x => x.Id).ToList();
        await edu.RecordStudyAsync(new(town, D(7, 18), "全员培训", "依法行政能力提升培训（村级远程教育平台）", 3, "法律顾问张剑波", all), ct);

        var examDay = D(11, 20);
        var sat = roster.Where(x => x.OnRosterOn(examDay)).Take(22).ToList();
        await edu.RecordExamAsync(new(town, examDay, "2019年度干部学法用法考试", 60,
            sat.Select((x, i) => (x.Id, i == 21 ? 55 : 70 + i % 25)).ToList()), ct);
    }

    static async Task MeetingsAsync(EducationCommands edu, long town, IReadOnlyList<StaffMember> roster, CancellationToken ct)
    {
        await edu.RecordMeetingAsync(new(town, D(3, 12), MeetingKind.LeadingGroup, "2019年全面依法治镇领导小组第一次会议", "何志明", "领导小组全体成员",
            [new("传达学习上级法治政府建设工作要点", true, "制定我镇2019年法治政府建设工作计划"), new("部署“七五”普法工作", true, "各村（社区）落实普法责任")]), ct);
        await edu.RecordMeetingAsync(new(town, D(9, 10), MeetingKind.LeadingGroup, "2019年全面依法治镇领导小组第二次会议", "何志明", "领导小组全体成员",
            [new("听取上半年法治政府建设情况汇报", true, "补齐行政执法公示短板")]), ct);
        await edu.RecordMeetingAsync(new(town, D(6, 5), MeetingKind.Special, "重大行政决策合法性审查专题会议", "王建国", "镇领导班子成员、司法所、法律顾问",
            [new("审议镇区道路改造征地补偿方案", true, "经法律顾问审查后提交党政联席会议")]), ct);
        for (var q = 0; q < 4; q++)
            await edu.RecordMeetingAsync(new(town, D(3 * q + 1, 28), MeetingKind.JointPartyGovernment, $"2019年第{q + 1}次党政联席会议", "何志明", "镇党政领导班子成员",
                [new("研究部署季度重点工作", false, "按计划推进"), new(q == 1 ? "研究镇区道路改造征地补偿方案" : "研究财政预算执行", q == 1, "同意")]), ct);
        foreach (var leader in roster.Where(m => m.IsLeader).Take(2))
        {
            await edu.RecordLeaderDutyAsync(leader.Id, D(12, 26), LeaderDutyKind.DutyReport, $"{leader.Position}{leader.Name}在年度述职中专题述法", ct);
            await edu.RecordLeaderDutyAsync(leader.Id, D(5, 20), LeaderDutyKind.LedStudy, "带头在党委中心组学法中领学", ct);
        }
    }

    static async Task LawSavvyAsync(EducationCommands edu, long town, IReadOnlyDictionary<string, long> villages, IReadOnlyDictionary<string, long> events,
        CancellationToken ct)
    {
        foreach (var (village, id) in villages.OrderBy(v => v.Key, StringComparer.Ordinal))
            for (var i = 0; i < 2; i++)
            {
                var person = await edu.AppointLawSavvyAsync(town, id, $"{village}法律明白人{"甲乙"[i]}", null, D(3, 1), ct);
                await edu.RecordLawSavvyTrainingAsync(person.Id, default, "", events["1204"], ct);
                if (village == "阳山村") await edu.RecordLawSavvyTrainingAsync(person.Id, default, "", events["0830"], ct);
            }
    }
}
