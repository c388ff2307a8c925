using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;
using static Fazhi.Core.Enforcement.Inspection;

namespace Fazhi.Core.Demo;

/// <summary>
/// The demo town's 2019 enforcement, from the seed: the work-safety campaigns (企业安全生产, 建设工程, "五一",
/// "安全生产月", 加油站和危险化学品, "两会"期间), the joint 小散乱污 action with the district environmental enforcement
/// brigade that rectified or closed exactly 15 businesses (共整改取缔15家), livestock zoning (三区划分), illegal-construction
/// patrols and cases, the joint action with the market regulator, police and city management against street occupation
/// and signboards, fire checks, and straw-burning patrols from grid workers' reports. All entered through the same use
/// cases as an officer's input; businesses, people and certificate numbers are invented.
/// </summary>
public static class DemoEnforcement
{
    sealed record Ctx(long Town, IReadOnlyDictionary<string, long> Villages, IReadOnlyDictionary<string, long> Officers, IReadOnlyDictionary<string, long> Campaigns)
    {
        public int Registered { get; set; }
    }

    public static async Task LoadAsync(AppDbContext db, RegisterCommands registers, InspectionCommands inspections, CaseCommands cases, CancellationToken ct = default)
    {
        var town = await db.Regions.SingleAsync(r => r.Code == "440203100000", ct);
        var villages = await db.Regions.Where(r => r.ParentId == town.Id).ToDictionaryAsync(r => r.Name, r => r.Id, ct);
        var offices = await db.Offices.Where(o => o.TownId == town.Id).ToDictionaryAsync(o => o.Name, o => o.Id, ct);
        var partners = await db.Set<PartnerOrganisation>().Where(p => p.TownId == town.Id).ToDictionaryAsync(p => p.Name, p => p.Id, ct);
        var officers = await OfficersAsync(registers, town.Id, offices, ct);
        var campaigns = await CampaignsAsync(registers, town.Id, offices, partners, ct);
        var x = new Ctx(town.Id, villages, officers, campaigns);

        await SmallPollutersAsync(x, registers, inspections, cases, ct);
        await WorkSafetyAsync(x, registers, inspections, ct);
        await StreetAsync(x, registers, inspections, ct);
        await LivestockAsync(x, registers, inspections, ct);
        await IllegalBuildingAsync(x, inspections, cases, ct);
        await StrawBurningAsync(x, inspections, ct);
    }

    static async Task<Dictionary<string, long>> OfficersAsync(RegisterCommands r, long town, IReadOnlyDictionary<string, long> offices, CancellationToken ct)
    {
        // (name, office, position, legal qualification, first certificate, its renewal)
        var list = new (string Name, string Office, string Position, string? Qualification, DateOnly From, DateOnly Renewed, DateOnly RenewedTo)[]
        {
            ("李强", "安全生产监督管理办公室", "安监办主任", null, new(2018, 3, 1), new(2021, 3, 1), new(2027, 2, 28)),
            ("王志勇", "安全生产监督管理办公室", "安监员", null, new(2018, 3, 1), new(2021, 3, 1), new(2026, 12, 20)),
            ("黄海", "规划建设办公室", "规划建设办副主任", null, new(2017, 6, 1), new(2020, 6, 1), new(2026, 5, 31)),
            ("邓丽", "规划建设办公室", "村镇建设管理员", null, new(2018, 1, 1), new(2021, 1, 1), new(2027, 12, 31)),
            ("刘建新", "农业农村办公室", "农业农村办主任", null, new(2018, 5, 1), new(2021, 5, 1), new(2027, 4, 30)),
            ("陈静", "司法所", "司法所所长（法制审核）", "A20154402030118", new(2018, 1, 1), new(2024, 1, 1), new(2029, 12, 31)),
        };
        var ids = new Dictionary<string, long>();
        var n = 0;
        foreach (var o in list)
        {
            var officer = await r.AddOfficerAsync(new(town, o.Name, offices[o.Office], o.Position, o.Qualification is not null, o.Qualification), ct);
            var firstTo = o.Renewed.AddDays(-1);
            await r.AddCertificateAsync(officer.Id, new($"44020319{++n:000}", "韶关市人民政府", "西联镇行政区域", o.From, firstTo), ct);
            await r.AddCertificateAsync(officer.Id, new($"44020321{n:000}", "韶关市人民政府", "西联镇行政区域", o.Renewed, o.RenewedTo), ct);
            ids[o.Name] = officer.Id;
        }
        return ids;
    }

    static async Task<Dictionary<string, long>> CampaignsAsync(RegisterCommands r, long town, IReadOnlyDictionary<string, long> offices,
        IReadOnlyDictionary<string, long> partners, CancellationToken ct)
    {
        var list = new (string Key, string Name, string Kind, DateOnly From, DateOnly To, string Office, string[] Partners, string Targets)[]
        {
            ("两会", "“两会”期间安全生产检查", CampaignKinds.Holiday, new(2019, 2, 25), new(2019, 3, 20), "安全生产监督管理办公室", [], "镇内生产经营单位、人员密集场所"),
            ("企业", "企业安全生产专项整治", CampaignKinds.WorkSafety, new(2019, 3, 1), new(2019, 11, 30), "安全生产监督管理办公室", [], "镇内工业企业"),
            ("工程", "建设工程安全生产专项整治", CampaignKinds.Construction, new(2019, 4, 1), new(2019, 10, 31), "规划建设办公室", [], "镇内在建工程"),
            ("五一", "“五一”期间安全生产大检查", CampaignKinds.Holiday, new(2019, 4, 25), new(2019, 5, 5), "安全生产监督管理办公室", [], "加油站、商超、在建工程"),
            ("小散乱污", "“小散乱污”专项整治行动", CampaignKinds.SmallPolluters, new(2019, 4, 1), new(2019, 12, 15), "安全生产监督管理办公室",
                ["武江区环保执法大队"], "镇内小作坊、小加工点等“小散乱污”企业"),
            ("畜禽", "畜禽养殖“三区划分”规范整治", CampaignKinds.Livestock, new(2019, 5, 1), new(2019, 10, 31), "农业农村办公室", [], "禁养区、限养区内养殖场（户）"),
            ("安全月", "2019年“安全生产月”活动大检查", CampaignKinds.WorkSafety, new(2019, 6, 1), new(2019, 6, 30), "安全生产监督管理办公室", [], "全镇生产经营单位"),
            ("危化", "加油站、危险化学品安全生产专项整治", CampaignKinds.Chemicals, new(2019, 7, 1), new(2019, 9, 30), "安全生产监督管理办公室", [], "加油站、危险化学品经营单位"),
            ("违建", "违章建筑巡查整治", CampaignKinds.IllegalBuilding, new(2019, 1, 1), new(2019, 12, 31), "规划建设办公室", [], "全镇规划区"),
            ("面貌", "城镇面貌提升联合执法（占道经营、广告牌匾）", CampaignKinds.Street, new(2019, 8, 1), new(2019, 9, 30), "规划建设办公室",
                ["西联市场监督管理所", "西联派出所", "武江区城市管理和综合执法局西联中队"], "圩镇主街、农贸市场周边"),
            ("秸秆", "秸秆禁烧治理", CampaignKinds.StrawBurning, new(2019, 10, 1), new(2019, 12, 31), "农业农村办公室", [], "全镇农田，网格员监督"),
            ("消防", "冬季消防安全检查", CampaignKinds.Fire, new(2019, 11, 1), new(2019, 11, 30), "安全生产监督管理办公室", [], "人员密集场所、出租屋"),
        };
        var ids = new Dictionary<string, long>();
        foreach (var c in list)
            ids[c.Key] = (await r.CreateCampaignAsync(new(town, c.Name, c.Kind, c.From, c.To, offices[c.Office], c.Targets, null,
                c.Partners.Select(p => partners[p]).ToList()), ct)).Id;
        return ids;
    }

    /// <summary>A valid unified social credit code (GB 32100-2015) of an individual business registered in 武江区.</summary>
    static string Code(int n)
    {
        var first17 = $"92440203MA5{n:00}7Q{n % 10}X";
        return first17 + CreditCode.CheckChar(first17);
    }

    static Task<RegulatedEntity> EntityAsync(RegisterCommands r, Ctx x, string village, string name, EntityKind kind, string industry, string address,
        RiskClass risk, bool code = true, CancellationToken ct = default) =>
        r.RegisterEntityAsync(new(x.Town, x.Villages[village], name, code ? Code(++x.Registered) : null, kind, industry, address, "负责人", null, risk), ct);

    static long[] Pair(Ctx x, string a, string b) => [x.Officers[a], x.Officers[b]];

    static FindingInput Hazard(string text, FindingSeverity severity = FindingSeverity.Minor, bool onSpot = false) =>
        new(FindingType.Hazard, severity, text, onSpot);

    static FindingInput Violation(string text, FindingSeverity severity = FindingSeverity.Minor) => new(FindingType.Violation, severity, text);

    static Task<InspectionCommands.Recorded> CheckAsync(InspectionCommands i, Ctx x, string? campaign, DateOnly on, long? entity, string? place, string village,
        long[] officers, string summary, InspectionOutcome outcome, FindingInput[] findings, int orderDays = 0, InspectionKind kind = InspectionKind.Inspection,
        string? route = null, long? task = null, CancellationToken ct = default) =>
        i.RecordAsync(new(x.Town, x.Villages.GetValueOrDefault(village) is var v && v > 0 ? v : null, kind, on, campaign is null ? null : x.Campaigns[campaign],
            entity, place, route, summary, outcome, officers, findings,
            outcome == InspectionOutcome.Rectification ? new InspectionCommands.OrderInput("", on.AddDays(orderDays)) : null, task), ct);

    /// <summary>
    /// 小散乱污 with the environmental brigade: 18 workshops. Nine rectified after an order (one needed a second deadline),
    /// four closed on the spot, two closed when they ignored the order, two compliant, and one that ignored the order
    /// became a penalty case — 9 + 4 + 2 = 15 整改取缔.
    /// </summary>
    static async Task SmallPollutersAsync(Ctx x, RegisterCommands r, InspectionCommands i, CaseCommands cases, CancellationToken ct)
    {
        string[] trades = ["塑料颗粒加工", "废旧金属回收", "石材切割", "五金喷漆", "木材加工", "砖瓦烧制"];
        string[] villages = ["阳山村", "西联村", "新岭村", "苏拱村", "沙湖村", "西联村"];
        for (var n = 1; n <= 18; n++)
        {
            var trade = trades[n % trades.Length];
            var village = villages[n % villages.Length];
            var entity = await EntityAsync(r, x, village, $"{village}{trade}作坊（{n}号）", EntityKind.Business, trade, $"{village}工业路{n}号", RiskClass.General, ct: ct);
            var on = new DateOnly(2019, 4 + (n - 1) / 3, 8 + (n % 3) * 7);
            var officers = Pair(x, "李强", "王志勇");
            if (n <= 9 || n is 14 or 15 or 18)
            {
                var recorded = await CheckAsync(i, x, "小散乱污", on, entity.Id, null, village, officers,
                    $"会同区环保执法大队对{entity.Name}进行检查，发现无环保手续、废气废水直排。", InspectionOutcome.Rectification,
                    [Violation("未办理环保审批手续擅自生产", FindingSeverity.Significant), Hazard("废水未经处理直排沟渠"), Hazard("车间粉尘无收集处理设施")],
                    orderDays: 30, ct: ct);
                var order = recorded.Order!.Id;
                var back = on.AddDays(31);
                if (n == 9)
                {
                    await i.ReInspectAsync(order, new(back, officers, "复查：除尘设施未安装到位。", false), ct);
                    await i.ExtendAsync(order, back, back.AddDays(20), "经营者已订购除尘设备，申请延期安装", ct);
                    back = back.AddDays(21);
                }
                if (n <= 9)
                    await i.ReInspectAsync(order, new(back, officers, "复查：已办理环保手续，废水经沉淀池处理，除尘设施运行正常。", true), ct);
                else
                {
                    await i.ReInspectAsync(order, new(back, officers, "复查：仍未停止违法排放，整改措施未落实。", false), ct);
                    if (n == 18)
                    {
                        var c = await cases.FileFromOrderAsync(order, new(x.Town, null, CaseType.General, "未依法取得环保手续擅自生产、逾期不改正",
                            new(entity.Name, false, null, null), null, null, back.AddDays(1), false, officers), ct);
                        await SmallCaseAsync(cases, c.Id, back.AddDays(1), ct);
                    }
                    else await i.CloseEntityAsync(order, back.AddDays(2), "逾期拒不整改，会同区环保执法大队依法取缔，断水断电", ct);
                }
            }
            else if (n <= 13)
                await CheckAsync(i, x, "小散乱污", on, entity.Id, null, village, officers,
                    $"{entity.Name}无任何证照，生产条件不具备整改价值，会同区环保执法大队当场取缔。", InspectionOutcome.Closure,
                    [Violation("无证无照经营", FindingSeverity.Significant), Hazard("露天焚烧边角料")], ct: ct);
            else
                await CheckAsync(i, x, "小散乱污", on, entity.Id, null, village, officers, $"{entity.Name}证照齐全，环保设施运行正常。",
                    InspectionOutcome.NoProblem, [], ct: ct);
        }
    }

    /// <summary>A general-procedure case through to closure: fine 5,000 元, decided within 90 days, published on time.</summary>
    static async Task SmallCaseAsync(CaseCommands cases, long id, DateOnly filed, CancellationToken ct)
    {
        await cases.InvestigateAsync(id, filed.AddDays(3), "现场检查笔录、询问笔录各1份，现场照片6张，营业执照复印件", ct: ct);
        await cases.NotifyRightsAsync(id, filed.AddDays(10), ct: ct);
        var decided = filed.AddDays(20);
        await cases.DecideAsync(id, new(decided, "西联罚决字〔2019〕1号", "罚款", 5_000_00, "依据有关环境保护法律法规的规定",
            "当事人未依法取得环保手续擅自生产，经责令限期改正逾期不改正，决定处以罚款人民币伍仟元。"), ct);
        await cases.ServeAsync(id, decided.AddDays(2), ct: ct);
        await cases.PublishAsync(id, decided.AddDays(4), ct);
        await cases.RecordPaymentAsync(id, decided.AddDays(12), ct);
        await cases.CloseAsync(id, decided.AddDays(15), ct);
    }

    static async Task WorkSafetyAsync(Ctx x, RegisterCommands r, InspectionCommands i, CancellationToken ct)
    {
        var safety = Pair(x, "李强", "王志勇");
        var building = Pair(x, "黄海", "邓丽");
        var station = await EntityAsync(r, x, "西联村", "西联加油站", EntityKind.Business, "成品油零售", "西联村省道旁", RiskClass.Significant, ct: ct);
        var chemicals = await EntityAsync(r, x, "苏拱村", "苏拱农资店", EntityKind.Business, "农药化肥零售", "苏拱村圩镇街12号", RiskClass.General, ct: ct);
        var factory = await EntityAsync(r, x, "新岭村", "新岭竹木制品厂", EntityKind.Business, "竹木制品", "新岭村工业园3号", RiskClass.General, ct: ct);
        var mill = await EntityAsync(r, x, "沙湖村", "沙湖碾米厂", EntityKind.Business, "粮食加工", "沙湖村委旁", RiskClass.Low, ct: ct);
        var site = await EntityAsync(r, x, "西联社区", "西联镇卫生院综合楼建设工地", EntityKind.Site, "房屋建筑", "西联社区卫生院内", RiskClass.Significant, false, ct);
        var market = await EntityAsync(r, x, "西联社区", "西联农贸市场", EntityKind.Site, "人员密集场所", "西联社区圩镇中心", RiskClass.General, false, ct);

        await CheckAsync(i, x, "两会", new(2019, 3, 5), station.Id, null, "西联村", safety, "检查油罐区、加油机及消防器材，制度台账齐全。", InspectionOutcome.NoProblem,
            [Hazard("灭火器压力不足1具", onSpot: true)], ct: ct);
        await CheckAsync(i, x, "两会", new(2019, 3, 6), market.Id, null, "西联社区", safety, "检查市场消防通道和用电安全。", InspectionOutcome.NoProblem, [], ct: ct);
        var f = await CheckAsync(i, x, "企业", new(2019, 3, 20), factory.Id, null, "新岭村", safety, "检查生产车间、配电房和安全生产台账。",
            InspectionOutcome.Rectification, [Hazard("车间电线私拉乱接"), Hazard("安全生产培训记录缺失")], orderDays: 15, ct: ct);
        await i.ReInspectAsync(f.Order!.Id, new(new(2019, 4, 8), safety, "复查：线路已重新敷设，补建培训台账。", true), ct);
        await CheckAsync(i, x, "企业", new(2019, 4, 16), mill.Id, null, "沙湖村", safety, "检查碾米设备防护装置。", InspectionOutcome.NoProblem,
            [Hazard("皮带轮防护罩缺失", onSpot: true)], ct: ct);
        var s = await CheckAsync(i, x, "工程", new(2019, 4, 18), site.Id, null, "西联社区", building, "检查脚手架、临时用电和施工人员安全帽佩戴。",
            InspectionOutcome.Rectification, [Hazard("脚手架连墙件设置不足", FindingSeverity.Significant), Hazard("临时用电未做到一机一闸一漏")], orderDays: 7, ct: ct);
        await i.ReInspectAsync(s.Order!.Id, new(new(2019, 4, 26), building, "复查：连墙件已补设，配电箱已更换。", true), ct);
        await CheckAsync(i, x, "五一", new(2019, 4, 28), station.Id, null, "西联村", safety, "节前检查：油品储存、卸油作业规范。", InspectionOutcome.NoProblem, [], ct: ct);
        await CheckAsync(i, x, "五一", new(2019, 4, 29), market.Id, null, "西联社区", safety, "节前检查人员密集场所。", InspectionOutcome.NoProblem, [], ct: ct);
        await CheckAsync(i, x, "五一", new(2019, 4, 30), site.Id, null, "西联社区", building, "节前检查在建工地。", InspectionOutcome.NoProblem, [], ct: ct);
        await CheckAsync(i, x, "安全月", new(2019, 6, 12), factory.Id, null, "新岭村", safety, "安全生产月检查：应急预案及演练。", InspectionOutcome.NoProblem, [], ct: ct);
        var m = await CheckAsync(i, x, "安全月", new(2019, 6, 14), market.Id, null, "西联社区", safety, "安全生产月检查：市场消防设施。",
            InspectionOutcome.Rectification, [Hazard("消防栓被摊位遮挡"), Hazard("应急照明损坏2处")], orderDays: 10, ct: ct);
        await i.ReInspectAsync(m.Order!.Id, new(new(2019, 6, 24), safety, "复查：摊位已清离，应急照明已修复。", true), ct);
        await CheckAsync(i, x, "安全月", new(2019, 6, 19), mill.Id, null, "沙湖村", safety, "安全生产月检查。", InspectionOutcome.NoProblem, [], ct: ct);
        var c = await CheckAsync(i, x, "危化", new(2019, 7, 10), chemicals.Id, null, "苏拱村", safety, "检查农药储存和经营台账。",
            InspectionOutcome.Rectification, [Hazard("农药与化肥混存"), Violation("购销台账登记不全")], orderDays: 15, ct: ct);
        await i.ReInspectAsync(c.Order!.Id, new(new(2019, 7, 26), safety, "复查：已分区存放，台账已补齐。", true), ct);
        await CheckAsync(i, x, "危化", new(2019, 7, 11), station.Id, null, "西联村", safety, "检查加油站防雷防静电检测报告、油气回收装置。", InspectionOutcome.NoProblem,
            [], ct: ct);
        await CheckAsync(i, x, "消防", new(2019, 11, 12), market.Id, null, "西联社区", safety, "冬季消防检查：疏散通道、灭火器材。", InspectionOutcome.NoProblem,
            [Hazard("疏散通道堆放杂物", onSpot: true)], ct: ct);
        await CheckAsync(i, x, "消防", new(2019, 11, 13), factory.Id, null, "新岭村", safety, "冬季消防检查：车间消防器材。", InspectionOutcome.NoProblem, [], ct: ct);
    }

    /// <summary>The joint action with 市场监督管理所、派出所、城管中队 against street occupation and unauthorised signboards.</summary>
    static async Task StreetAsync(Ctx x, RegisterCommands r, InspectionCommands i, CancellationToken ct)
    {
        var team = Pair(x, "黄海", "邓丽");
        await CheckAsync(i, x, "面貌", new(2019, 8, 6), null, "西联圩镇主街", "西联社区", team,
            "联合市场监管所、派出所、城管中队开展整治，劝离占道摊点12处。", InspectionOutcome.NoProblem,
            [Violation("占道经营摊点12处") with { CorrectedOnSpot = true }], ct: ct);
        await CheckAsync(i, x, "面貌", new(2019, 8, 20), null, "农贸市场周边道路", "西联社区", team,
            "联合执法，清理农贸市场周边占道经营。", InspectionOutcome.NoProblem, [Violation("出店经营8处") with { CorrectedOnSpot = true }], ct: ct);
        for (var n = 1; n <= 3; n++)
        {
            var shop = await EntityAsync(r, x, "西联社区", $"西联圩镇主街商铺（{n}号）", EntityKind.Business, "零售", $"西联圩镇主街{10 + n}号", RiskClass.Low, ct: ct);
            var on = new DateOnly(2019, 8, 27 + n);
            var rec = await CheckAsync(i, x, "面貌", on, shop.Id, null, "西联社区", team, "联合检查：广告牌匾私搭乱建。", InspectionOutcome.Rectification,
                [Violation("未经批准设置大型户外广告牌匾")], orderDays: 15, ct: ct);
            await i.ReInspectAsync(rec.Order!.Id, new(on.AddDays(16), team, "复查：违规牌匾已自行拆除。", true), ct);
        }
    }

    static async Task LivestockAsync(Ctx x, RegisterCommands r, InspectionCommands i, CancellationToken ct)
    {
        var team = Pair(x, "刘建新", "李强");
        string[] farms = ["阳山村", "新岭村", "沙湖村"];
        for (var n = 0; n < farms.Length; n++)
        {
            var farm = await EntityAsync(r, x, farms[n], $"{farms[n]}生猪养殖场", EntityKind.Site, "畜禽养殖", $"{farms[n]}后山", RiskClass.General, false, ct);
            var on = new DateOnly(2019, 5, 14 + n * 7);
            var rec = await CheckAsync(i, x, "畜禽", on, farm.Id, null, farms[n], team, "按“三区划分”核查养殖场位置及粪污处理设施。", InspectionOutcome.Rectification,
                [Hazard("粪污贮存池防渗不达标"), Violation("位于限养区，未按要求控制存栏量")], orderDays: 60, ct: ct);
            await i.ReInspectAsync(rec.Order!.Id, new(on.AddDays(58), team, "复查：已建设防渗贮存池，存栏量已调减。", true), ct);
        }
    }

    /// <summary>Monthly patrols against illegal construction and two cases: one demolished by its builder, one demolished by the town after the appeal window.</summary>
    static async Task IllegalBuildingAsync(Ctx x, InspectionCommands i, CaseCommands cases, CancellationToken ct)
    {
        var team = Pair(x, "黄海", "邓丽");
        string[] villages = ["阳山村", "西联村", "新岭村", "苏拱村", "沙湖村", "西联社区"];
        InspectionCommands.Recorded? first = null, second = null;
        for (var month = 1; month <= 12; month++)
        {
            var village = villages[(month - 1) % villages.Length];
            var on = new DateOnly(2019, month, 15);
            var outcome = month is 2 or 3 ? InspectionOutcome.Case : InspectionOutcome.NoProblem;
            var findings = outcome == InspectionOutcome.Case ? new[] { Violation("未取得乡村建设规划许可证擅自建房", FindingSeverity.Significant) } : [];
            var rec = await CheckAsync(i, x, "违建", on, null, $"{village}规划区", village, team,
                outcome == InspectionOutcome.Case ? $"巡查发现{village}一处在建房屋未取得乡村建设规划许可证。" : "巡查规划区，未发现新增违章建筑。", outcome, findings,
                kind: InspectionKind.Patrol, route: $"{village}村委—主干道—新村片区—河堤", ct: ct);
            if (month == 2) first = rec;
            if (month == 3) second = rec;
        }

        // Demolished by the builder after the decision.
        var a = await cases.FileAsync(new(x.Town, x.Villages["西联村"], CaseType.IllegalConstruction, "未取得乡村建设规划许可证擅自建房",
            new("黄某某", true, null, "西联村"), null, first!.Inspection.Id, new(2019, 2, 18), false, team), ct);
        await cases.OrderStopWorkAsync(a.Id, new(2019, 2, 18), ct: ct);
        await cases.InvestigateAsync(a.Id, new(2019, 2, 22), "现场勘验笔录、测量图、照片8张", ct: ct);
        await cases.NotifyRightsAsync(a.Id, new(2019, 3, 1), ct: ct);
        await cases.DecideAsync(a.Id, new(new(2019, 3, 15), "西联限拆字〔2019〕1号", "限期拆除", null, "《中华人民共和国城乡规划法》第六十五条",
            "当事人未取得乡村建设规划许可证擅自建房，责令于2019年4月15日前自行拆除。"), ct);
        await cases.ServeAsync(a.Id, new(2019, 3, 18), ct: ct);
        await cases.PublishAsync(a.Id, new(2019, 3, 22), ct);
        await cases.RecordDemolitionAsync(a.Id, new(2019, 4, 12), false, ct: ct);
        await cases.CloseAsync(a.Id, new(2019, 4, 16), ct);

        // A major case: hearing asked for and held, legal review, then forced demolition after the six-month window.
        var b = await cases.FileAsync(new(x.Town, x.Villages["新岭村"], CaseType.IllegalConstruction, "占用基本农田擅自建设养殖棚舍",
            new("新岭村某养殖户", true, null, "新岭村"), null, second!.Inspection.Id, new(2019, 3, 18), true, team), ct);
        await cases.OrderStopWorkAsync(b.Id, new(2019, 3, 18), ct: ct);
        await cases.InvestigateAsync(b.Id, new(2019, 3, 25), "现场勘验笔录、国土部门用地性质认定意见、照片12张", ct: ct);
        await cases.NotifyRightsAsync(b.Id, new(2019, 4, 1), ct: ct);
        await cases.RequestHearingAsync(b.Id, new(2019, 4, 3), ct);
        await cases.HoldHearingAsync(b.Id, new(2019, 4, 16), "当事人陈述养殖困难，未提出新的事实和证据。", ct);
        await cases.ReviewAsync(b.Id, new(2019, 4, 22), x.Officers["陈静"], "事实清楚，证据确凿，程序合法，适用依据正确，同意作出限期拆除决定。", ct);
        await cases.DecideAsync(b.Id, new(new(2019, 4, 26), "西联限拆字〔2019〕2号", "限期拆除", null, "《中华人民共和国城乡规划法》第六十五条",
            "当事人占用基本农田擅自建设养殖棚舍，责令于2019年5月31日前自行拆除。"), ct);
        await cases.ServeAsync(b.Id, new(2019, 4, 28), ct: ct);
        await cases.PublishAsync(b.Id, new(2019, 5, 6), ct);
        await cases.PostNoticeAsync(b.Id, new(2019, 6, 3), ct);
        await cases.DemandAsync(b.Id, new(2019, 10, 30), new(2019, 11, 10), ct);
        await cases.RecordDemolitionAsync(b.Id, new(2019, 11, 12), true, ct: ct);
        await cases.CloseAsync(b.Id, new(2019, 11, 20), ct);
    }

    /// <summary>Grid workers report straw burning; the town's patrols follow up.</summary>
    static async Task StrawBurningAsync(Ctx x, InspectionCommands i, CancellationToken ct)
    {
        var team = Pair(x, "刘建新", "王志勇");
        foreach (var (village, day) in new[] { ("阳山村", 12), ("苏拱村", 19), ("沙湖村", 26) })
        {
            var on = new DateOnly(2019, 10, day);
            var task = await i.ReportTaskAsync(new(x.Town, x.Villages[village], on, CampaignKinds.StrawBurning, $"{village}田洋片区", "网格员巡查发现有村民焚烧稻草秸秆"), ct);
            await CheckAsync(i, x, "秸秆", on.AddDays(1), null, $"{village}田洋片区", village, team, "到场扑灭火点，对当事村民进行宣传教育。",
                InspectionOutcome.NoProblem, [Violation("露天焚烧秸秆") with { CorrectedOnSpot = true }], kind: InspectionKind.Patrol,
                route: $"{village}田洋片区", task: task.Id, ct: ct);
        }
        await i.ReportTaskAsync(new(x.Town, x.Villages["新岭村"], new(2019, 12, 20), CampaignKinds.StrawBurning, "新岭村河边田", "发现田间堆放大量秸秆，存在焚烧隐患"), ct);
    }
}
