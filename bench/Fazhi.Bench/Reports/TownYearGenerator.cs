using Fazhi.Core.Disputes;
using Fazhi.Core.Education;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Petitions;
using Fazhi.Core.Staff;

namespace Fazhi.Bench.Reports;

/// <summary>The town the records belong to: its id and path, its villages, partners and offices (created through the platform's commands).</summary>
public sealed record BenchTown(long TownId, string TownPath, string TownName, IReadOnlyList<BenchVillage> Villages,
    IReadOnlyList<(long Id, string Name, PartnerKind Kind)> Partners, IReadOnlyList<long> OfficeIds);

public sealed record BenchVillage(long Id, string Path, string Name);

/// <summary>How a year's records are spread over the modules (shares of the total; legal-savvy trainings take the rest).</summary>
public sealed record RecordMix(int Petitions, int ReceptionDays, int ScreeningRounds, int Disputes, int Campaigns, int Inspections, int Orders, int Cases,
    int Events, int Consultations, int StudySessions, int Exams, int AdvisorWork, int Meetings, int LeaderDuties, int LawSavvyTrainings)
{
    public int Total => Petitions + ReceptionDays + ScreeningRounds + Disputes + Campaigns + Inspections + Orders + Cases + Events + Consultations
                        + StudySessions + Exams + AdvisorWork + Meetings + LeaderDuties + LawSavvyTrainings;

    /// <summary>
    /// A busy town's year scaled to <paramref name="records"/>: most records are inspections and patrols, disputes,
    /// consultations and petitions; campaigns, exams and meetings are few. The shares sum to exactly the total.
    /// </summary>
    public static RecordMix Of(int records)
    {
        int Share(double per100) => Math.Max(1, (int)Math.Round(records * per100 / 100));
        var mix = new RecordMix(Share(14), Share(0.12), Share(2.4), Share(18), Share(0.072), Share(28), Share(6), Share(1.4),
            Share(5), Share(19.5), Share(0.48), Share(0.024), Share(3.2), Share(0.3), Share(0.12), 0);
        return mix with { LawSavvyTrainings = Math.Max(1, records - mix.Total) };
    }

    public override string ToString() =>
        $"信访 {Petitions:N0} + 接访 {ReceptionDays:N0}; 排查 {ScreeningRounds:N0} + 纠纷 {Disputes:N0}; 专项整治 {Campaigns:N0} + 检查 {Inspections:N0} + 整改通知 {Orders:N0} + 案件 {Cases:N0}; "
        + $"普法活动 {Events:N0} + 咨询 {Consultations:N0} + 学法 {StudySessions:N0} + 考试 {Exams:N0} + 顾问 {AdvisorWork:N0} + 会议 {Meetings:N0} + 述法等 {LeaderDuties:N0} + 明白人培训 {LawSavvyTrainings:N0} = {Total:N0}";
}

/// <summary>
/// Fills a town with the records of some years: the registers first (staff, regulated entities, officers and their
/// certificates, legal advisors, 法律明白人), then each year's records of every module with their child rows
/// (petitioners, parties, findings, attendees, results, partners, agenda items). Every record is in a state the
/// platform's own commands could have produced (a mediated dispute has its kind and outcome date, a rectified order its
/// date, a decided case its due dates …), so every figure query reads it as it would read real data. Seeded: the same
/// arguments give the same rows.
/// </summary>
public sealed class TownYearGenerator(BulkWriter writer, BenchTown town, int seed = 2019)
{
    readonly Random rng = new(seed);
    readonly Dictionary<string, long> ids = [];

    // Registers the years draw on.
    readonly List<(long Id, string Name, DateOnly Joined, DateOnly? Left, bool Leader)> staff = [];
    readonly List<(long Id, string Name, BenchVillage? Village)> entities = [];
    readonly List<long> advisors = [];
    readonly List<(long Id, string Path)> lawSavvy = [];

    static readonly string[] Surnames = ["李", "陈", "黄", "刘", "张", "吴", "周", "何", "林", "郑", "谢", "罗", "梁", "邓", "冯", "曾", "彭", "萧", "蔡", "潘"];
    static readonly string[] Given = ["国平", "秀梅", "志坚", "桂芳", "建华", "丽娟", "海明", "凤英", "伟强", "春兰", "德胜", "美华", "振东", "晓燕", "家豪", "玉珍"];

    long Next(string table) => ids[table] = ids.GetValueOrDefault(table) + 1;
    string Person() => Surnames[rng.Next(Surnames.Length)] + Given[rng.Next(Given.Length)];
    bool Chance(double p) => rng.NextDouble() < p;
    T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];
    BenchVillage? MaybeVillage(double p = 0.8) => Chance(p) ? Pick(town.Villages) : null;
    string PathOf(BenchVillage? v) => v?.Path ?? town.TownPath;
    static DateOnly Day(int year, Random rng) => new DateOnly(year, 1, 1).AddDays(rng.Next(DateTime.IsLeapYear(year) ? 366 : 365));
    DateOnly Day(int year) => Day(year, rng);

    T Weighted<T>(params (T Value, int Weight)[] choices)
    {
        var roll = rng.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return choices[^1].Value;
    }

    List<T> Some<T>(IReadOnlyList<T> items, int min, int max) => items.OrderBy(_ => rng.Next()).Take(rng.Next(min, max + 1)).ToList();

    /// <summary>The registers: staff on the roster, regulated entities, enforcement officers, legal advisors, 法律明白人.</summary>
    public void WriteRegisters(int staffCount = 80, int entityCount = 1_500, int officerCount = 30, int lawSavvyCount = 300)
    {
        var members = writer.For<StaffMember>("Id", "TownId", "ScopePath", "Name", "OfficeId", "Position", "IsLeader", "JoinedOn", "LeftOn");
        for (var i = 0; i < staffCount; i++)
        {
            var id = Next("staff");
            var joined = new DateOnly(2005, 1, 1).AddDays(rng.Next(5_100));
            DateOnly? left = Chance(0.1) ? new DateOnly(2018, 6, 1).AddDays(rng.Next(900)) : null;
            var name = Person();
            var leader = i < 8;
            staff.Add((id, name, joined, left, leader));
            members.Add(id, town.TownId, town.TownPath, name, Pick(town.OfficeIds), leader ? "镇领导" : "科员", leader, joined, left);
        }
        members.Flush();

        var register = writer.For<RegulatedEntity>("Id", "TownId", "VillageId", "ScopePath", "Kind", "Name", "Address", "Industry", "Risk", "Status", "ClosedOn");
        string[] industries = ["餐饮", "加工制造", "仓储物流", "建筑施工", "加油站", "养殖", "零售", "娱乐场所"];
        for (var i = 0; i < entityCount; i++)
        {
            var id = Next("entity");
            var village = MaybeVillage(0.9);
            var industry = Pick(industries);
            var name = $"{village?.Name ?? town.TownName}{industry}经营户{i + 1:0000}";
            var closed = Chance(0.04);
            entities.Add((id, name, village));
            register.Add(id, town.TownId, village?.Id, PathOf(village), Weighted((EntityKind.Business, 70), (EntityKind.Site, 15), (EntityKind.Individual, 15)),
                name, $"{village?.Name ?? town.TownName}{rng.Next(1, 300)}号", industry,
                Weighted((RiskClass.Low, 50), (RiskClass.General, 35), (RiskClass.Significant, 12), (RiskClass.Major, 3)),
                closed ? EntityStatus.Closed : EntityStatus.Operating, closed ? new DateOnly(2019, 1, 1).AddDays(rng.Next(700)) : (DateOnly?)null);
        }
        register.Flush();

        var officers = writer.For<EnforcementOfficer>("Id", "TownId", "ScopePath", "Name", "OfficeId", "Position", "Active", "LegallyQualified");
        var certificates = writer.For<EnforcementCertificate>("Id", "OfficerId", "ScopePath", "Number", "HolderName", "Area", "IssuedBy", "ValidFrom", "ValidTo", "Status");
        for (var i = 0; i < officerCount; i++)
        {
            var id = Next("officer");
            var name = Person();
            officers.Add(id, town.TownId, town.TownPath, name, Pick(town.OfficeIds), "执法队员", i < officerCount - 2, i % 5 == 0);
            var from = new DateOnly(2015 + i % 4, 3, 1);
            var to = i % 10 == 3 ? new DateOnly(2018, 12, 31) : from.AddYears(6);
            certificates.Add(Next("certificate"), id, town.TownPath, $"4402{seed % 100:00}{i + 1:0000}", name, "安全生产、城乡建设", "韶关市人民政府", from, to,
                i % 15 == 7 ? CertificateStatus.Suspended : CertificateStatus.Valid);
        }
        officers.Flush();
        certificates.Flush();

        var advisorWriter = writer.For<LegalAdvisor>("Id", "TownId", "ScopePath", "FirmId", "FirmName", "LawyerName", "ContractFrom", "ContractTo");
        var firm = town.Partners.FirstOrDefault(p => p.Kind == PartnerKind.LawFirm);
        for (var i = 0; i < 2; i++)
        {
            var id = Next("advisor");
            advisors.Add(id);
            advisorWriter.Add(id, town.TownId, town.TownPath, firm.Name is null ? null : firm.Id, firm.Name ?? "周和律师事务所", Person(),
                new DateOnly(2017, 1, 1), new DateOnly(2021, 12, 31));
        }
        advisorWriter.Flush();

        var people = writer.For<LawSavvyPerson>("Id", "TownId", "VillageId", "ScopePath", "Name", "AppointedOn");
        for (var i = 0; i < lawSavvyCount; i++)
        {
            var id = Next("law-savvy");
            var village = Pick(town.Villages);
            lawSavvy.Add((id, village.Path));
            people.Add(id, town.TownId, village.Id, village.Path, Person(), new DateOnly(2016, 1, 1).AddDays(rng.Next(1_000)));
        }
        people.Flush();
    }

    /// <summary>One year's records of every module, spread by <paramref name="mix"/>.</summary>
    public void WriteYear(int year, RecordMix mix)
    {
        Petitions(year, mix);
        Disputes(year, mix);
        Enforcement(year, mix);
        Education(year, mix);
    }

    void Petitions(int year, RecordMix mix)
    {
        var days = writer.For<ReceptionDay>("Id", "TownId", "ScopePath", "Kind", "Date", "LeaderName", "Place", "Status", "PeopleReceived", "Notes");
        for (var i = 0; i < mix.ReceptionDays; i++)
        {
            var status = Weighted((ReceptionStatus.Held, 90), (ReceptionStatus.Planned, 5), (ReceptionStatus.Cancelled, 5));
            days.Add(Next("reception"), town.TownId, town.TownPath, Weighted((ReceptionKind.ReceptionDay, 75), (ReceptionKind.DownVisit, 25)), Day(year),
                Pick(staff.Where(s => s.Leader).ToList()).Name, "镇综治中心信访接待室", status, status == ReceptionStatus.Held ? rng.Next(1, 9) : (int?)null,
                status == ReceptionStatus.Held ? "现场接待群众来访，登记诉求并逐一答复或交办。" : null);
        }
        days.Flush();

        var petitions = writer.For<Petition>("Id", "TownId", "VillageId", "ScopePath", "Number", "Category", "Level", "RepeatOfId", "AboutAcceptedMatter",
            "Channel", "Class", "ReceivedOn", "Request", "Facts", "Reasons", "PeopleCount", "Status", "NoticeSentOn", "Decision", "DecidedOn",
            "ExtensionDays", "ExtensionReason", "ExtensionApprovedBy", "ExtensionToldOn", "RepliedOn", "Opinion", "LegalBasis", "Satisfaction",
            "ClosedOn", "ArchivedOn");
        var petitioners = writer.For<Petitioner>("Id", "PetitionId", "ScopePath", "Kind", "Name", "VillageId", "IsRepresentative").After(petitions);
        var first = ids.GetValueOrDefault("petition") + 1;
        for (var i = 0; i < mix.Petitions; i++)
        {
            var id = Next("petition");
            var village = MaybeVillage();
            var received = Day(year);
            var people = Chance(0.03) ? rng.Next(5, 40) : Weighted((1, 85), (2, 10), (3, 5));
            var decision = Weighted((AcceptanceDecision.Accept, 85), (AcceptanceDecision.Assign, 5), (AcceptanceDecision.Decline, 6), (AcceptanceDecision.Transfer, 4));
            var decided = received.AddDays(rng.Next(1, 12));
            PetitionStatus status;
            int? extension = null;
            DateOnly? replied = null, closed = null, archived = null;
            ReplyOpinion? opinion = null;
            Satisfaction? satisfaction = null;
            if (decision is AcceptanceDecision.Accept or AcceptanceDecision.Assign)
            {
                var open = Chance(0.06);
                if (!open)
                {
                    extension = Chance(0.03) ? 30 : null;
                    // Most are answered within the 60 days (《信访工作条例》第三十四条), some late.
                    replied = decided.AddDays(Chance(0.92) ? rng.Next(8, 58) : rng.Next(62, 120));
                    opinion = Weighted((ReplyOpinion.Support, 60), (ReplyOpinion.Explain, 32), (ReplyOpinion.Reject, 8));
                    satisfaction = Weighted<Satisfaction?>((Satisfaction.Satisfied, 70), (Satisfaction.BasicallySatisfied, 18), (Satisfaction.Unsatisfied, 7), (null, 5));
                    var done = Weighted((0, 8), (1, 80), (2, 12)); // replied, closed, archived
                    if (done >= 1) closed = replied.Value.AddDays(rng.Next(5, 31));
                    if (done == 2) archived = closed!.Value.AddDays(rng.Next(5, 60));
                    status = done switch { 0 => PetitionStatus.Replied, 1 => PetitionStatus.Closed, _ => PetitionStatus.Archived };
                }
                else status = decision == AcceptanceDecision.Accept ? PetitionStatus.Accepted : PetitionStatus.Assigned;
            }
            else status = decision == AcceptanceDecision.Decline ? PetitionStatus.NotAccepted : PetitionStatus.Transferred;
            long? repeatOf = id - first > 20 && Chance(0.04) ? first + rng.Next((int)(id - first)) : null;
            petitions.Add(id, town.TownId, village?.Id, PathOf(village), $"{year}-{i + 1:00000}", Pick(PetitionCategories.All),
                village is not null && Chance(0.3) ? HandlingLevel.Village : HandlingLevel.Town, repeatOf, false,
                Weighted((PetitionChannel.Visit, 30), (PetitionChannel.Letter, 10), (PetitionChannel.Phone, 25), (PetitionChannel.Online, 20), (PetitionChannel.Fax, 1),
                    (PetitionChannel.ReceptionDay, 8), (PetitionChannel.DownVisit, 6)),
                Weighted((PetitionClass.Claim, 80), (PetitionClass.Suggestion, 12), (PetitionClass.Accusation, 8)), received,
                "请求镇政府协调解决承包地边界及相关补偿问题", "经登记核实，情况属实。", "请求镇政府依法处理。", people, status,
                decided.AddDays(1), decision, decided,
                extension, extension is null ? null : "需现场勘查并征求有关部门意见", extension is null ? null : "镇长", extension is null ? null : decided.AddDays(50),
                replied, opinion, replied is null ? null : "《信访工作条例》第三十二条", satisfaction, closed, archived);
            var named = people >= 5 ? 3 : 1;
            for (var p = 0; p < named; p++)
                petitioners.Add(Next("petitioner"), id, PathOf(village), PetitionerKind.Person, Person(), village?.Id, people >= 5);
        }
        petitions.Flush();
        petitioners.Flush();
    }

    void Disputes(int year, RecordMix mix)
    {
        var rounds = writer.For<ScreeningRound>("Id", "TownId", "VillageId", "ScopePath", "Level", "PlannedOn", "HeldOn", "Place", "Participants", "Status", "FoundNone");
        for (var i = 0; i < mix.ScreeningRounds; i++)
        {
            var village = MaybeVillage(0.85);
            var planned = Day(year);
            var status = Weighted((ScreeningStatus.Held, 92), (ScreeningStatus.Planned, 4), (ScreeningStatus.Cancelled, 4));
            rounds.Add(Next("round"), town.TownId, village?.Id, PathOf(village), village is null ? DisputeLevel.Town : DisputeLevel.Village, planned,
                status == ScreeningStatus.Held ? planned : (DateOnly?)null, $"{village?.Name ?? town.TownName}村委会", "镇综治办、村调委会", status, Chance(0.6));
        }
        rounds.Flush();

        var disputes = writer.For<Dispute>("Id", "TownId", "VillageId", "ScopePath", "Number", "Category", "Source", "Level", "ReportedOn", "TargetFrom",
            "Description", "PeopleCount", "AmountFen", "Risk", "RiskReason", "Status", "MediationKind", "MediationStartedOn", "MediatorNames", "OutcomeOn",
            "OutcomeNote", "AgreementForm", "AgreementFacts", "AgreementTerms", "AgreementEffectiveOn", "PerformanceDue", "Performance", "PerformanceCheckedOn",
            "FailureRoute", "ConfirmationAppliedOn", "ConfirmationResult", "ConfirmationAnsweredOn", "CriminalOn", "CriminalNote");
        var parties = writer.For<DisputeParty>("Id", "DisputeId", "ScopePath", "Kind", "Name").After(disputes);
        var orders = writer.For<SupervisionOrder>("Id", "DisputeId", "ScopePath", "IssuedOn", "DueOn", "IssuedBy", "Requirement", "AnsweredOn", "Answer").After(disputes);
        for (var i = 0; i < mix.Disputes; i++)
        {
            var id = Next("dispute");
            var village = MaybeVillage(0.85);
            var reported = Day(year);
            var category = Pick(DisputeCategories.All);
            var status = Weighted((DisputeStatus.Succeeded, 80), (DisputeStatus.Failed, 6), (DisputeStatus.Withdrawn, 3), (DisputeStatus.Mediating, 6), (DisputeStatus.Pending, 5));
            var source = Weighted((DisputeSource.Screening, 55), (DisputeSource.WalkIn, 25), (DisputeSource.Police, 8), (DisputeSource.Court, 3), (DisputeSource.Hotline, 7), (DisputeSource.Other, 2));
            var risk = Weighted((RiskLevel.Low, 80), (RiskLevel.Medium, 15), (RiskLevel.High, 5));
            MediationKind? kind = null;
            DateOnly? started = null, outcome = null, effective = null, performanceDue = null, checkedOn = null, applied = null, answered = null, criminal = null;
            AgreementForm? form = null;
            PerformanceStatus? performance = null;
            FailureRoute? route = null;
            ConfirmationResult? confirmation = null;
            if (status is DisputeStatus.Succeeded or DisputeStatus.Failed or DisputeStatus.Mediating)
            {
                kind = Weighted((MediationKind.People, 85), (MediationKind.Administrative, 10), (MediationKind.Judicial, 5));
                started = reported.AddDays(rng.Next(0, 6));
            }
            if (status is DisputeStatus.Succeeded or DisputeStatus.Failed) outcome = started!.Value.AddDays(rng.Next(1, 30));
            if (status == DisputeStatus.Succeeded)
            {
                form = Chance(0.7) ? AgreementForm.Written : AgreementForm.Oral;
                effective = outcome;
                performanceDue = outcome!.Value.AddDays(15);
                performance = Weighted<PerformanceStatus?>((PerformanceStatus.Performed, 85), (PerformanceStatus.PartlyPerformed, 4), (PerformanceStatus.NotPerformed, 2), (null, 9));
                if (performance is not null) checkedOn = performanceDue.Value.AddDays(rng.Next(1, 10));
                if (form == AgreementForm.Written && Chance(0.05))
                {
                    applied = outcome.Value.AddDays(rng.Next(1, 30));
                    confirmation = Chance(0.9) ? ConfirmationResult.Confirmed : ConfirmationResult.Refused;
                    answered = applied.Value.AddDays(15);
                }
            }
            if (status == DisputeStatus.Failed) route = Weighted((FailureRoute.Litigation, 60), (FailureRoute.Arbitration, 20), (FailureRoute.Other, 20));
            if (status == DisputeStatus.Failed && Chance(0.03)) criminal = outcome!.Value.AddDays(3);
            long? amount = category is "合同" or "损害赔偿" or "交通事故" or "劳动争议" or "医患" ? rng.Next(10, 2_000) * 10_000L : null;
            disputes.Add(id, town.TownId, village?.Id, PathOf(village), $"{year}-{i + 1:00000}", category, source,
                village is null ? DisputeLevel.Town : Chance(0.8) ? DisputeLevel.Village : DisputeLevel.Town, reported, reported,
                "两户因排水沟走向和院墙滴水问题发生争执，多次口角", rng.Next(2, 10), amount, risk,
                risk == RiskLevel.Low ? null : "涉及人数较多，存在矛盾激化风险", status, kind, started, kind is null ? null : "村调委会主任、委员", outcome,
                status == DisputeStatus.Withdrawn ? "当事人撤回调解申请" : null, form, form is null ? null : "双方因排水问题发生争执。",
                form is null ? null : "一、双方按原界址恢复排水沟；二、于协议签订后十五日内履行完毕。", effective, performanceDue, performance, checkedOn,
                route, applied, confirmation, answered, criminal, criminal is null ? null : "矛盾激化，当事人一方涉嫌故意伤害");
            parties.Add(Next("party"), id, PathOf(village), PartyKind.Person, Person());
            parties.Add(Next("party"), id, PathOf(village), Chance(0.1) ? PartyKind.Organisation : PartyKind.Person, Person());
            if (Chance(0.02))
                orders.Add(Next("supervision"), id, PathOf(village), reported.AddDays(1), reported.AddDays(11), "镇综治办", "请于10日内提出调处意见",
                    status is DisputeStatus.Succeeded or DisputeStatus.Failed ? reported.AddDays(8) : (DateOnly?)null,
                    status is DisputeStatus.Succeeded or DisputeStatus.Failed ? "已组织调处。" : null);
        }
        disputes.Flush();
        parties.Flush();
        orders.Flush();
    }

    void Enforcement(int year, RecordMix mix)
    {
        var campaigns = new List<(long Id, DateOnly From, DateOnly To)>();
        var campaignWriter = writer.For<Campaign>("Id", "TownId", "ScopePath", "Name", "Kind", "StartsOn", "EndsOn", "LeadOfficeId", "Targets", "Summary");
        var campaignPartners = writer.For<CampaignPartner>("Id", "CampaignId", "ScopePath", "PartnerId", "Name").After(campaignWriter);
        for (var i = 0; i < mix.Campaigns; i++)
        {
            var id = Next("campaign");
            var kind = CampaignKinds.All[i % CampaignKinds.All.Count];
            var from = Day(year);
            var to = from.AddDays(rng.Next(20, 120));
            campaigns.Add((id, from, to));
            campaignWriter.Add(id, town.TownId, town.TownPath, $"{year}年{kind}专项整治（第{i / CampaignKinds.All.Count + 1}期）", kind, from, to, Pick(town.OfficeIds),
                "辖区内经营单位", null);
            if (Chance(0.4))
                foreach (var partner in Some(town.Partners, 1, 2))
                    campaignPartners.Add(Next("campaign-partner"), id, town.TownPath, partner.Id, partner.Name);
        }
        campaignWriter.Flush();
        campaignPartners.Flush();

        var inspections = writer.For<Inspection>("Id", "TownId", "VillageId", "ScopePath", "Kind", "InspectedOn", "CampaignId", "EntityId", "Subject",
            "Summary", "Outcome", "RecordedAtUtc", "RecordedBy");
        var findings = writer.For<InspectionFinding>("Id", "InspectionId", "ScopePath", "Type", "Severity", "Description", "CorrectedOnSpot", "RectifiedOn").After(inspections);
        var needOrder = new List<(long Id, DateOnly On, long? Campaign, long? Entity, BenchVillage? Village, string Subject)>();
        for (var i = 0; i < mix.Inspections; i++)
        {
            var id = Next("inspection");
            var on = Day(year);
            var kind = Weighted((InspectionKind.Inspection, 60), (InspectionKind.Patrol, 25), (InspectionKind.ReInspection, 15));
            var inCampaign = campaigns.Where(c => c.From <= on && c.To >= on).ToList();
            long? campaign = inCampaign.Count > 0 && Chance(0.6) ? Pick(inCampaign).Id : null;
            (long Id, string Name, BenchVillage? Village)? entity = Chance(0.9) ? Pick(entities) : null;
            var village = entity is { } e ? e.Village : MaybeVillage();
            var outcome = kind == InspectionKind.ReInspection
                ? Weighted((InspectionOutcome.NoProblem, 70), (InspectionOutcome.Rectification, 20), (InspectionOutcome.Closure, 3), (InspectionOutcome.Case, 7))
                : Weighted((InspectionOutcome.NoProblem, 55), (InspectionOutcome.Rectification, 35), (InspectionOutcome.Closure, 2), (InspectionOutcome.Case, 8));
            var subject = entity?.Name ?? $"{village?.Name ?? town.TownName}主干道沿线";
            inspections.Add(id, town.TownId, village?.Id, PathOf(village), kind, on, campaign, entity?.Id, subject,
                outcome == InspectionOutcome.NoProblem ? "检查未发现问题。" : "发现安全隐患，已责令整改。", outcome,
                on.ToDateTime(new TimeOnly(2, 30), DateTimeKind.Utc), "bench.officer");
            if (outcome == InspectionOutcome.NoProblem) continue;
            for (var f = rng.Next(1, 4); f > 0; f--)
            {
                var spot = Chance(0.2);
                DateOnly? rectified = spot ? on : Chance(0.7) ? on.AddDays(rng.Next(3, 40)) : null;
                findings.Add(Next("finding"), id, PathOf(village), Chance(0.8) ? FindingType.Hazard : FindingType.Violation,
                    Weighted((FindingSeverity.Minor, 70), (FindingSeverity.Significant, 25), (FindingSeverity.Major, 5)), "消防通道堵塞，灭火器过期", spot, rectified);
            }
            if (outcome == InspectionOutcome.Rectification) needOrder.Add((id, on, campaign, entity?.Id, village, subject));
        }
        inspections.Flush();
        findings.Flush();

        var cases = new List<long>();
        var caseWriter = writer.For<EnforcementCase>("Id", "TownId", "VillageId", "ScopePath", "Number", "Type", "EntityId", "PartyName", "PartyIsPerson",
            "Cause", "FiledOn", "DecisionDueOn", "Major", "ReviewedOn", "ReviewOpinion", "DecidedOn", "PenaltyKind", "FineFen", "PublicityDueOn", "PublishedOn",
            "Status", "ClosedOn", "DropReason");
        for (var i = 0; i < mix.Cases; i++)
        {
            var id = Next("case");
            cases.Add(id);
            var filed = Day(year);
            var major = Chance(0.1);
            var decided = Chance(0.85);
            DateOnly? decidedOn = decided ? filed.AddDays(Chance(0.9) ? rng.Next(15, 85) : rng.Next(95, 130)) : null;
            DateOnly? reviewed = major && decided && Chance(0.9) ? decidedOn!.Value.AddDays(-3) : null;
            // 七个工作日内公示 (国办发〔2018〕118号): about nine calendar days.
            DateOnly? publicityDue = decidedOn?.AddDays(9);
            DateOnly? published = decided && Chance(0.95) ? decidedOn!.Value.AddDays(Chance(0.9) ? rng.Next(1, 9) : rng.Next(10, 20)) : null;
            var status = decided ? (Chance(0.6) ? CaseStatus.Closed : CaseStatus.Decided) : (Chance(0.8) ? CaseStatus.Open : CaseStatus.Dropped);
            var entity = Pick(entities);
            caseWriter.Add(id, town.TownId, entity.Village?.Id, PathOf(entity.Village), $"西联罚字〔{year}〕{i + 1}号",
                Chance(0.2) ? CaseType.IllegalConstruction : CaseType.General, entity.Id, entity.Name, false, "未按规定配备消防设施", filed, filed.AddDays(90), major,
                reviewed, reviewed is null ? null : "事实清楚，证据确凿，程序合法，同意处罚", decidedOn, decided ? "罚款" : null,
                decided ? rng.Next(5, 500) * 10_000L : (long?)null, publicityDue, published, status,
                status == CaseStatus.Closed ? decidedOn!.Value.AddDays(30) : (DateOnly?)null, status == CaseStatus.Dropped ? "违法事实不能成立" : null);
        }
        caseWriter.Flush();

        var orders = writer.For<RectificationOrder>("Id", "TownId", "VillageId", "ScopePath", "Number", "InspectionId", "CampaignId", "EntityId", "Subject",
            "Items", "IssuedOn", "DueOn", "Status", "RectifiedOn", "EscalatedOn", "CaseId");
        for (var i = 0; i < mix.Orders; i++)
        {
            var from = needOrder.Count > 0 ? needOrder[i % needOrder.Count] : (0, Day(year), null, null, null, "");
            var status = Weighted((OrderStatus.Rectified, 75), (OrderStatus.Open, 13), (OrderStatus.Escalated, 12));
            orders.Add(Next("order"), town.TownId, from.Village?.Id, PathOf(from.Village), $"西联责改〔{year}〕{i + 1}号", from.Id, from.Campaign, from.Entity,
                from.Subject, "一、清理消防通道；二、更换过期灭火器。", from.On, from.On.AddDays(15), status,
                status == OrderStatus.Rectified ? from.On.AddDays(rng.Next(5, 30)) : (DateOnly?)null,
                status == OrderStatus.Escalated ? from.On.AddDays(16) : (DateOnly?)null,
                status == OrderStatus.Escalated && cases.Count > 0 && Chance(0.6) ? Pick(cases) : (long?)null);
        }
        orders.Flush();
    }

    void Education(int year, RecordMix mix)
    {
        var events = new List<(long Id, DateOnly On)>();
        var eventWriter = writer.For<EducationEvent>("Id", "TownId", "VillageId", "ScopePath", "HeldOn", "Title", "Kind", "SectorList", "ChannelList", "Venue",
            "OrganiserOfficeId", "Speakers", "Attendance", "AttendanceKind", "Materials", "Summary");
        var eventPartners = writer.For<EventPartner>("Id", "EventId", "ScopePath", "PartnerId", "Name").After(eventWriter);
        for (var i = 0; i < mix.Events; i++)
        {
            var id = Next("event");
            var on = Day(year);
            var village = MaybeVillage(0.6);
            var kind = Weighted((EventKinds.Publicity, 35), (EventKinds.LegalReport, 8), (EventKinds.Lecture, 12), (EventKinds.TrainingClass, 8), (EventKinds.GroupStudy, 8),
                (EventKinds.ConstitutionDay, 3), (EventKinds.CivilCodeMonth, 4), (EventKinds.Integrity, 5), (EventKinds.Warning, 4), (EventKinds.Other, 5),
                (EventKinds.IntegrityBaseVisit, 3), (EventKinds.CaseAnalysis, 3), (EventKinds.StyleRectification, 2));
            events.Add((id, on));
            eventWriter.Add(id, town.TownId, village?.Id, PathOf(village), on, $"{village?.Name ?? town.TownName}{kind}", kind,
                string.Join(EducationEvent.Separator, Some(Sectors.All, 1, 3)), string.Join(EducationEvent.Separator, Some(Channels.All, 1, 3)),
                $"{village?.Name ?? town.TownName}文化室", Pick(town.OfficeIds), Chance(0.5) ? $"{Person()}律师" : null,
                Chance(0.95) ? rng.Next(3, 60) * 10 : (int?)null, Weighted((AttendanceKind.Exact, 70), (AttendanceKind.AtLeast, 20), (AttendanceKind.Nearly, 10)),
                Chance(0.5) ? rng.Next(1, 20) * 100 : (int?)null, null);
            if (Chance(0.2))
                foreach (var partner in Some(town.Partners, 1, 2))
                    eventPartners.Add(Next("event-partner"), id, PathOf(village), partner.Id, partner.Name);
        }
        eventWriter.Flush();
        eventPartners.Flush();

        var consultations = writer.For<Consultation>("Id", "TownId", "VillageId", "ScopePath", "On", "Channel", "EventId", "PersonName", "Category", "Question",
            "Answer", "AnsweredBy", "Referral", "ReferredOn", "ReferralDecidedOn", "ReferralDoneOn", "ReferralResult");
        for (var i = 0; i < mix.Consultations; i++)
        {
            var village = MaybeVillage();
            var channel = Weighted((ConsultationChannel.InPerson, 45), (ConsultationChannel.Phone, 25), (ConsultationChannel.Online, 15), (ConsultationChannel.AtEvent, 15));
            (long Id, DateOnly On)? at = channel == ConsultationChannel.AtEvent && events.Count > 0 ? Pick(events) : null;
            var on = at?.On ?? Day(year);
            ReferralStatus? referral = Chance(0.06) ? Weighted((ReferralStatus.Referred, 20), (ReferralStatus.Accepted, 30), (ReferralStatus.Done, 40), (ReferralStatus.Refused, 10)) : null;
            consultations.Add(Next("consultation"), town.TownId, village?.Id, PathOf(village), on, at is null && channel == ConsultationChannel.AtEvent ? ConsultationChannel.InPerson : channel,
                at?.Id, Person(), Pick(ConsultationCategories.All), "邻居占用宅基地，应当如何维权？", "建议先申请村调委会调解，调解不成可向人民法院起诉。", "司法所",
                referral, referral is null ? null : on.AddDays(1), referral is ReferralStatus.Accepted or ReferralStatus.Done or ReferralStatus.Refused ? on.AddDays(5) : (DateOnly?)null,
                referral == ReferralStatus.Done ? on.AddDays(60) : (DateOnly?)null, referral == ReferralStatus.Done ? "已援助完毕" : null);
        }
        consultations.Flush();

        var sessions = writer.For<StudySession>("Id", "TownId", "ScopePath", "HeldOn", "Kind", "Topic", "Lecturer", "Tenths");
        var attendees = writer.For<StudyAttendee>("Id", "SessionId", "ScopePath", "StaffMemberId", "Name").After(sessions);
        for (var i = 0; i < mix.StudySessions; i++)
        {
            var id = Next("session");
            var on = Day(year);
            sessions.Add(id, town.TownId, town.TownPath, on, Pick(StudyKinds.All), "学习《中华人民共和国民法典》", Chance(0.5) ? $"{Person()}律师" : null, Pick(new[] { 10, 15, 20, 30, 40 }));
            foreach (var member in staff.Where(s => s.Joined <= on && (s.Left is null || s.Left > on)))
                if (Chance(0.85)) attendees.Add(Next("attendee"), id, town.TownPath, member.Id, member.Name);
        }
        sessions.Flush();
        attendees.Flush();

        var exams = writer.For<Exam>("Id", "TownId", "ScopePath", "HeldOn", "Title", "PassMark");
        var results = writer.For<ExamResult>("Id", "ExamId", "ScopePath", "StaffMemberId", "Name", "Points", "Passed").After(exams);
        for (var i = 0; i < mix.Exams; i++)
        {
            var id = Next("exam");
            var on = Day(year);
            exams.Add(id, town.TownId, town.TownPath, on, $"{year}年度学法考试（第{i + 1}次）", 60);
            foreach (var member in staff.Where(s => s.Joined <= on && (s.Left is null || s.Left > on)))
                if (Chance(0.9))
                {
                    var points = rng.Next(40, 101);
                    results.Add(Next("result"), id, town.TownPath, member.Id, member.Name, points, points >= 60);
                }
        }
        exams.Flush();
        results.Flush();

        var work = writer.For<AdvisorWork>("Id", "AdvisorId", "ScopePath", "On", "Type", "Summary", "Tenths");
        for (var i = 0; i < mix.AdvisorWork; i++)
            work.Add(Next("advisor-work"), Pick(advisors), town.TownPath, Day(year),
                Weighted((AdvisorWorkType.Opinion, 20), (AdvisorWorkType.DocumentRevision, 25), (AdvisorWorkType.ConsultationDuty, 35), (AdvisorWorkType.Lecture, 8),
                    (AdvisorWorkType.Mediation, 8), (AdvisorWorkType.Litigation, 4)), "审查镇政府合同一份，出具法律意见", rng.Next(5, 40));
        work.Flush();

        var meetings = writer.For<Meeting>("Id", "TownId", "ScopePath", "HeldOn", "Kind", "Title", "Chair", "Attendees");
        var items = writer.For<AgendaItem>("Id", "MeetingId", "ScopePath", "Topic", "RuleOfLaw", "Decision").After(meetings);
        for (var i = 0; i < mix.Meetings; i++)
        {
            var id = Next("meeting");
            meetings.Add(id, town.TownId, town.TownPath, Day(year), Weighted((MeetingKind.JointPartyGovernment, 60), (MeetingKind.Special, 30), (MeetingKind.LeadingGroup, 10)),
                "党政联席会议", Pick(staff.Where(s => s.Leader).ToList()).Name, "镇领导班子成员");
            for (var t = rng.Next(1, 5); t > 0; t--)
                items.Add(Next("agenda"), id, town.TownPath, Chance(0.35) ? "研究法治政府建设工作" : "研究农村人居环境整治工作", Chance(0.35), "原则通过");
        }
        meetings.Flush();
        items.Flush();

        var duties = writer.For<LeaderDuty>("Id", "TownId", "ScopePath", "StaffMemberId", "LeaderName", "On", "Kind", "Summary");
        var leaders = staff.Where(s => s.Leader).ToList();
        for (var i = 0; i < mix.LeaderDuties; i++)
        {
            var leader = Pick(leaders);
            duties.Add(Next("duty"), town.TownId, town.TownPath, leader.Id, leader.Name, Day(year),
                Weighted((LeaderDutyKind.DutyReport, 30), (LeaderDutyKind.LedStudy, 40), (LeaderDutyKind.ProblemSolved, 30)), "在党委会上述法，报告履行推进法治建设第一责任人职责情况");
        }
        duties.Flush();

        var trainings = writer.For<LawSavvyTraining>("Id", "PersonId", "ScopePath", "On", "Title", "EventId");
        for (var i = 0; i < mix.LawSavvyTrainings; i++)
        {
            var person = Pick(lawSavvy);
            trainings.Add(Next("training"), person.Id, person.Path, Day(year), "法律明白人培训班", null);
        }
        trainings.Flush();
    }
}
