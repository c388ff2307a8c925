using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Petitions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Demo;

/// <summary>
/// The demo town's 2019 disputes: "镇、村、组三级矛盾纠纷排查" (the seed) as a screening round in every village every
/// month, group rounds in 阳山村 each quarter and a town-wide round each quarter; 48 disputes across categories,
/// sources and kinds of mediation, plus two petitions turned over to mediation. All entered through the same use
/// cases as a clerk's input. People and amounts are invented; the seed gives no dispute counts.
/// </summary>
public static class DemoDisputes
{
    static readonly string[] Villages = ["阳山村", "西联村", "新岭村", "苏拱村", "沙湖村", "西联社区"];

    static readonly string[] Categories =
    [
        "邻里", "婚姻家庭继承", "房屋宅基地", "山林土地", "邻里", "损害赔偿", "合同", "劳动争议", "邻里", "婚姻家庭继承", "房屋宅基地", "村务管理",
        "交通事故", "环境", "征地拆迁", "邻里", "山林土地", "合同", "婚姻家庭继承", "物业", "医患", "损害赔偿", "邻里", "其他",
    ];

    static readonly Dictionary<string, string> Descriptions = new()
    {
        ["邻里"] = "两户因排水沟走向和院墙滴水问题发生争执，多次口角",
        ["婚姻家庭继承"] = "兄弟间因父母遗留房屋及赡养费分担产生纠纷",
        ["房屋宅基地"] = "相邻两户建房时对宅基地界址认定不一，一方已停工",
        ["山林土地"] = "两组村民对山林承包经营权边界存在争议",
        ["损害赔偿"] = "一方饲养的耕牛毁坏另一方秧田，双方对赔偿数额有分歧",
        ["合同"] = "村民与收购商就沙糖桔收购价款结算发生纠纷",
        ["劳动争议"] = "务工人员与镇内企业就工资结算及加班费发生争议",
        ["村务管理"] = "部分村民对集体土地租金分配方案有异议",
        ["交通事故"] = "摩托车与电动车在村道相撞，双方就医疗费赔偿发生争议",
        ["环境"] = "养殖户污水排入灌溉渠，下游农户要求赔偿并整改",
        ["征地拆迁"] = "多户村民对道路建设征地青苗补偿标准有异议，情绪较大",
        ["物业"] = "社区住户与物业服务企业就物业费及电梯维修发生纠纷",
        ["医患"] = "村民在卫生站输液后出现不适，家属要求赔偿",
        ["其他"] = "村民之间民间借贷到期未还引发纠纷",
    };

    static readonly string[] Surnames = ["李", "陈", "黄", "刘", "张", "吴", "周", "何", "林", "郑", "谢", "罗"];
    static readonly string[] Given = ["国平", "秀梅", "志坚", "桂芳", "建华", "丽娟", "海明", "凤英", "伟强", "春兰", "德胜", "美华"];

    /// <summary>Disputes whose mediation failed (with the route) or was withdrawn; all others succeed.</summary>
    static readonly Dictionary<int, FailureRoute> Failures = new() { [7] = FailureRoute.Arbitration, [19] = FailureRoute.Litigation, [33] = FailureRoute.Litigation };
    const int Withdrawn = 26;
    const int Criminal = 33;
    const int Supervised = 16;
    static readonly int[] Escalated = [11, 30];
    static readonly int[] Confirmed = [5, 17, 29];
    const int ConfirmationRefused = 41;
    const int PartlyPerformed = 21;

    public static async Task LoadAsync(AppDbContext db, DisputeCommands disputes, ScreeningCommands screenings, CommitteeCommands committees,
        CancellationToken ct = default)
    {
        var town = await db.Regions.SingleAsync(r => r.Code == "440203100000", ct);
        var villages = await db.Regions.Where(r => r.ParentId == town.Id).ToDictionaryAsync(r => r.Name, r => r.Id, ct);
        var groups = await db.Regions.Where(r => r.ParentId == villages["阳山村"]).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        var offices = await db.Offices.Where(o => o.TownId == town.Id).ToDictionaryAsync(o => o.Name, o => o.Id, ct);
        var committeeOf = await CommitteesAsync(committees, town.Id, villages, ct);
        var rounds = await RoundsAsync(screenings, town.Id, villages, groups, ct);

        for (var i = 0; i < 48; i++)
        {
            var month = i / 4 + 1;
            var village = Villages[i % Villages.Length];
            var category = Categories[i % Categories.Length];
            var source = (i % 12) switch
            {
                2 or 7 or 11 => DisputeSource.WalkIn, 4 => DisputeSource.Police, 6 => DisputeSource.Hotline, 9 => DisputeSource.Court,
                _ => DisputeSource.Screening,
            };
            var reported = new DateOnly(2019, month, 8 + (i % 4) * 6);
            long? amount = category is "合同" or "损害赔偿" or "交通事故" or "劳动争议" or "医患" or "婚姻家庭继承" or "其他" ? (i + 3) * 1500L * 100 : null;
            var risk = category == "征地拆迁" || i == Supervised ? RiskLevel.High : amount > 30_000L * 100 ? RiskLevel.Medium : RiskLevel.Low;
            string? riskReason = risk switch
            {
                RiskLevel.High => "涉及人数较多，当事人情绪激动，存在矛盾激化风险",
                RiskLevel.Medium => "涉及金额较大，双方分歧明显",
                _ => null,
            };
            long? group = village == "阳山村" ? groups[i % groups.Count] : null;
            DisputeLevel? level = source is DisputeSource.Police or DisputeSource.Court ? DisputeLevel.Town
                : source == DisputeSource.Screening && group is not null ? DisputeLevel.Group : DisputeLevel.Village;
            var first = Person(i);
            var second = Person(i + 5);
            var dispute = await disputes.RegisterAsync(new DisputeCommands.RegisterInput(town.Id, villages[village], group, category, source, reported,
                Descriptions[category], [new(PartyKind.Person, first, Phone: $"1380751{i:0000}"), new(PartyKind.Person, second)],
                category == "征地拆迁" ? 9 : 2, amount, risk, riskReason, level,
                source == DisputeSource.Screening ? rounds[(village, month)] : null), ct);
            await MediateAsync(db, disputes, dispute.Id, i, town.Id, category, source, reported, offices, committeeOf, village, ct);
        }

        // 信访转调解: two 2019 petitions about disputes between neighbours went to the people's mediation committee.
        foreach (var (number, category) in new[] { ("2019-009", "房屋宅基地"), ("2019-020", "邻里") })
        {
            var petition = await db.Set<Petition>().SingleAsync(p => p.TownId == town.Id && p.Number == number, ct);
            var on = petition.ReceivedOn.AddDays(3);
            var d = await disputes.FromPetitionAsync(petition.Id, category, on, ct: ct);
            var villageName = Villages.First(v => villages[v] == petition.VillageId);
            await disputes.StartMediationAsync(d.Id, MediationKind.People, on.AddDays(1), committeeOf[villageName], null, null, "村调委会主任", ct);
            await disputes.RecordSessionAsync(d.Id, on.AddDays(6), $"{Office(villageName)}调解室", "村调委会主任、委员", "双方当事人", "现场察看后，双方同意各自退让，按原界址恢复排水。", ct);
            await disputes.RecordSuccessAsync(d.Id, on.AddDays(6), AgreementForm.Written, "双方因排水及建房影响发生争执，经现场察看，双方均有责任。",
                "一、双方按原界址恢复排水沟；二、建房一方承担修补费用；三、于协议签订后十五日内履行完毕。", on.AddDays(21), on.AddDays(6), null, ct);
            await disputes.RecordPerformanceAsync(d.Id, PerformanceStatus.Performed, on.AddDays(25), "回访：已按协议履行。", ct);
        }
    }

    static async Task MediateAsync(AppDbContext db, DisputeCommands disputes, long id, int i, long townId, string category, DisputeSource source,
        DateOnly reported, IReadOnlyDictionary<string, long> offices, IReadOnlyDictionary<string, long> committeeOf, string village, CancellationToken ct)
    {
        if (Escalated.Contains(i))
            await disputes.EscalateAsync(id, DisputeLevel.Town, reported.AddDays(2), "村调委会调解未果，当事人要求镇调委会调处", ct);
        if (i == Supervised)
        {
            await disputes.SuperviseAsync(id, reported.AddDays(1), reported.AddDays(11), "请镇调委会会同山林站现场勘界，10日内提出调处意见", ct);
            var order = await db.Set<SupervisionOrder>().Where(o => o.DisputeId == id).Select(o => o.Id).SingleAsync(ct);
            await disputes.AnswerSupervisionAsync(id, order, reported.AddDays(9), "已组织双方现场勘界，形成调处意见并召开调解会", ct);
        }
        var kind = source == DisputeSource.Court ? MediationKind.Judicial
            : category is "劳动争议" or "征地拆迁" or "环境" or "村务管理" ? MediationKind.Administrative : MediationKind.People;
        var level = await db.Set<Dispute>().Where(d => d.Id == id).Select(d => d.Level).SingleAsync(ct);
        var committee = level == DisputeLevel.Town ? committeeOf["西联镇"] : committeeOf[village];
        var office = category switch { "劳动争议" => "综治办", "征地拆迁" => "规划建设办公室", "环境" => "农业农村办公室", _ => "司法所" };
        var started = reported.AddDays(1);
        await disputes.StartMediationAsync(id, kind, started, kind == MediationKind.People ? committee : null,
            kind == MediationKind.Administrative ? offices[office] : null, kind == MediationKind.Judicial ? "武江区人民法院西联人民法庭" : null,
            kind == MediationKind.People ? "调委会主任、调解员" : "司法所工作人员", ct);
        var outcomeOn = reported.AddDays(5 + i * 7 % 20);
        var place = level == DisputeLevel.Town ? "镇综治中心调解室" : $"{Office(village)}调解室";
        await disputes.RecordSessionAsync(id, started.AddDays(1), place, "调委会主任、调解员", "双方当事人及亲属",
            "调解员分别听取双方陈述，释明相关法律规定，引导双方互谅互让。", ct);
        if (Failures.TryGetValue(i, out var route))
        {
            await disputes.RecordSessionAsync(id, outcomeOn, place, "调委会主任、调解员", "双方当事人", "双方分歧较大，均不同意对方方案，调解未能达成一致。", ct);
            await disputes.RecordFailureAsync(id, outcomeOn, route, "已告知当事人可依法通过仲裁、诉讼等途径解决（《人民调解法》第二十六条）。", ct);
            if (i == Criminal)
                await disputes.RecordCriminalCaseAsync(id, outcomeOn.AddDays(12), "双方再次发生冲突致一方轻伤，公安机关已立案侦查。", ct);
            return;
        }
        if (i == Withdrawn)
        {
            await disputes.RecordWithdrawalAsync(id, outcomeOn, "一方当事人表示不同意调解，拟自行协商（《人民调解法》第十七条）。", ct);
            return;
        }
        var written = i % 3 != 0 || kind != MediationKind.People || Confirmed.Contains(i) || i == ConfirmationRefused;
        await disputes.RecordSuccessAsync(id, outcomeOn, written ? AgreementForm.Written : AgreementForm.Oral,
            written ? $"{Descriptions[category]}。经调解员查明事实，双方对争议事项各有责任。" : null,
            "一、双方互谅互让，按调解方案处理；二、一方于十五日内履行给付或修复义务；三、双方今后不再就此事发生争执。",
            outcomeOn.AddDays(15), written ? outcomeOn : null, null, ct);
        await disputes.RecordPerformanceAsync(id, i == PartlyPerformed ? PerformanceStatus.PartlyPerformed : PerformanceStatus.Performed, outcomeOn.AddDays(20),
            i == PartlyPerformed ? "回访：已支付部分款项，余款约定下月付清。" : "回访：已按协议履行。", ct);
        if (kind == MediationKind.People && (Confirmed.Contains(i) || i == ConfirmationRefused))
        {
            await disputes.ApplyForConfirmationAsync(id, outcomeOn.AddDays(10), "武江区人民法院", ct);
            await disputes.RecordConfirmationAsync(id, outcomeOn.AddDays(20), i == ConfirmationRefused ? ConfirmationResult.Refused : ConfirmationResult.Confirmed,
                $"（2019）粤0203民特{100 + i}号", ct);
        }
    }

    static string Office(string village) => village.EndsWith("社区", StringComparison.Ordinal) ? village + "居委会" : village + "委会";

    static string Person(int i) => Surnames[i % Surnames.Length] + Given[(i * 7 + 3) % Given.Length];

    /// <summary>A committee in every village and one for the town; 新岭村's has no woman and 沙湖村's term has run out, to show the warnings.</summary>
    static async Task<Dictionary<string, long>> CommitteesAsync(CommitteeCommands committees, long townId, IReadOnlyDictionary<string, long> villages,
        CancellationToken ct)
    {
        var result = new Dictionary<string, long>();
        foreach (var name in Villages.Prepend("西联镇"))
        {
            var termStart = name == "沙湖村" ? new DateOnly(2023, 3, 15) : new DateOnly(2024, 4, 1);
            var c = await committees.CreateAsync(townId, name == "西联镇" ? null : villages[name], $"{name}人民调解委员会", termStart, ct);
            var n = name == "西联镇" ? 7 : 5;
            for (var k = 0; k < n; k++)
            {
                var sex = name != "新岭村" && k % 2 == 1 ? Sex.Female : Sex.Male;
                var role = k == 0 ? MediatorRole.Chair : k == 1 ? MediatorRole.DeputyChair : MediatorRole.Member;
                await committees.AddMemberAsync(c.Id, Surnames[(k + name.Length) % Surnames.Length] + Given[(k * 5 + name[0]) % Given.Length], sex, role,
                    null, termStart, ct);
            }
            result[name] = c.Id;
        }
        return result;
    }

    /// <summary>Monthly village rounds (on the first working day from the 3rd), group rounds in 阳山村 and a town round each quarter.</summary>
    static async Task<Dictionary<(string, int), long>> RoundsAsync(ScreeningCommands screenings, long townId, IReadOnlyDictionary<string, long> villages,
        IReadOnlyList<long> groups, CancellationToken ct)
    {
        var result = new Dictionary<(string, int), long>();
        const string Participants = "村“两委”干部、网格员、人民调解员";
        for (var month = 1; month <= 12; month++)
        {
            var date = new DateOnly(2019, month, 3);
            while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) date = date.AddDays(1);
            foreach (var v in Villages)
            {
                var r = await screenings.PlanAsync(new ScreeningCommands.PlanInput(townId, villages[v], null, DisputeLevel.Village, date, Office(v)), ct);
                await screenings.RecordHeldAsync(r.Id, date, Participants, $"{v}全部村民小组", foundNone: true, "逐户走访，重点排查婚姻家庭、邻里、山林土地纠纷。", ct);
                result[(v, month)] = r.Id;
            }
            if (month % 3 != 0) continue;
            for (var g = 0; g < groups.Count; g++)
            {
                var r = await screenings.PlanAsync(new ScreeningCommands.PlanInput(townId, villages["阳山村"], groups[g], DisputeLevel.Group, date.AddDays(7), "村民小组会场"), ct);
                await screenings.RecordHeldAsync(r.Id, date.AddDays(7), "村民小组长、网格员", "本组全部农户", true, null, ct);
            }
            var t = await screenings.PlanAsync(new ScreeningCommands.PlanInput(townId, null, null, DisputeLevel.Town, date.AddDays(14), "镇综治中心"), ct);
            await screenings.RecordHeldAsync(t.Id, date.AddDays(14), "镇综治办、司法所、派出所、信访办", "全镇各村（社区）及重点企业", true,
                "召开季度矛盾纠纷排查分析会，研判重点纠纷。", ct);
        }
        return result;
    }
}
