using Fazhi.Core.Regions;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;

namespace Fazhi.Core.Disputes;

/// <summary>
/// A dispute (矛盾纠纷) from registration to its outcome: handled at the group, village or town level with every
/// move recorded (动态管理), supervised by the town (督办), mediated as people's, administrative or judicial
/// mediation ("大调解"), ending in success (a written or oral agreement, 《人民调解法》第二十八条), failure (with
/// the route the parties were told about, 第二十六条) or withdrawal; then performance follow-up (第三十一条) and
/// judicial confirmation within 30 日 (第三十三条). A concluded dispute can be reopened with a reason.
/// </summary>
public sealed class Dispute : Attachments.IAttachmentOwner
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public long? VillageId { get; private set; }
    public long? GroupId { get; private set; }
    public string ScopePath { get; private set; } = "";
    /// <summary>Register number within the town, e.g. "2019-007".</summary>
    public string Number { get; private set; } = "";
    public string Category { get; private set; } = "";
    public DisputeSource Source { get; private set; }
    public long? ScreeningRoundId { get; private set; }
    /// <summary>The petition this dispute was turned from (信访转调解).</summary>
    public long? FromPetitionId { get; private set; }
    /// <summary>The petition this dispute was turned into.</summary>
    public long? ToPetitionId { get; private set; }
    public DateOnly ReportedOn { get; private set; }
    /// <summary>Where the one-month target counts from: registration, or the latest reopening.</summary>
    public DateOnly TargetFrom { get; private set; }
    public string Description { get; private set; } = "";
    public int PeopleCount { get; private set; }
    /// <summary>涉及金额 in fen (分); null when none is at stake or not yet known.</summary>
    public long? AmountFen { get; private set; }
    public RiskLevel Risk { get; private set; }
    public string? RiskReason { get; private set; }
    public DisputeLevel Level { get; private set; }
    public DisputeStatus Status { get; private set; }
    public int Version { get; private set; }

    public MediationKind? MediationKind { get; private set; }
    public DateOnly? MediationStartedOn { get; private set; }
    public long? CommitteeId { get; private set; }
    public long? OfficeId { get; private set; }
    public string? CourtName { get; private set; }
    public string? MediatorNames { get; private set; }

    public DateOnly? OutcomeOn { get; private set; }
    public AgreementForm? AgreementForm { get; private set; }
    /// <summary>《人民调解法》第二十九条: the main facts, the points in dispute and each party's responsibility.</summary>
    public string? AgreementFacts { get; private set; }
    /// <summary>The agreed terms, with the manner and deadline of performance.</summary>
    public string? AgreementTerms { get; private set; }
    public DateOnly? PerformanceDue { get; private set; }
    /// <summary>
    /// 《人民调解法》第二十九条: a written agreement takes effect when the parties and the mediator have signed and the
    /// committee's seal is on it; an oral one when reached (第三十条).
    /// </summary>
    public DateOnly? AgreementEffectiveOn { get; private set; }
    public FailureRoute? FailureRoute { get; private set; }
    public string? OutcomeNote { get; private set; }

    public PerformanceStatus? Performance { get; private set; }
    public DateOnly? PerformanceCheckedOn { get; private set; }
    public string? PerformanceNote { get; private set; }

    public DateOnly? ConfirmationAppliedOn { get; private set; }
    public string? ConfirmationCourt { get; private set; }
    public DateOnly? ConfirmationAnsweredOn { get; private set; }
    public ConfirmationResult? ConfirmationResult { get; private set; }
    /// <summary>The court's case number ("（2019）粤0203民特字…号" or "调确字").</summary>
    public string? ConfirmationCaseNumber { get; private set; }

    /// <summary>民转刑: the dispute turned into a criminal case (《人民调解法》第二十五条: report to the police first).</summary>
    public DateOnly? CriminalOn { get; private set; }
    public string? CriminalNote { get; private set; }

    public int ReopenCount { get; private set; }

    public List<DisputeParty> Parties { get; private set; } = [];
    public List<DisputeMove> Moves { get; private set; } = [];
    public List<SupervisionOrder> Orders { get; private set; } = [];
    public List<MediationSession> Sessions { get; private set; } = [];

    public bool IsConcluded => Status is DisputeStatus.Succeeded or DisputeStatus.Failed or DisputeStatus.Withdrawn;
    /// <summary>调处: mediation reached an outcome, success or failure (a withdrawal is not counted).</summary>
    public bool IsMediated => Status is DisputeStatus.Succeeded or DisputeStatus.Failed;

    private Dispute() { }

    public sealed record Actor(string Name, DateTime AtUtc);

    public static Dispute Register(RecordPlace place, string number, string category, DisputeSource source, DateOnly reportedOn,
        string description, IReadOnlyList<DisputeParty> parties, int peopleCount, long? amountFen, RiskLevel risk, string? riskReason,
        DisputeLevel? level, DateOnly today, Actor actor)
    {
        category = (category ?? "").Trim();
        if (!DisputeCategories.All.Contains(category)) throw new DomainRuleException("请从列表中选择纠纷类别。");
        if (reportedOn > today) throw new DomainRuleException("登记日期不能晚于今天。");
        description = (description ?? "").Trim();
        if (description.Length == 0) throw new DomainRuleException("请简要写明纠纷情况。");
        if (description.Length > 2000) throw new DomainRuleException("纠纷情况不能超过2000字。");
        if (parties.Count == 0) throw new DomainRuleException("请至少登记一名当事人。");
        if (peopleCount < parties.Count) peopleCount = parties.Count;
        if (peopleCount > 10000) throw new DomainRuleException("涉及人数不合理，请核对。");
        CheckAmount(amountFen);
        riskReason = CheckRisk(risk, riskReason);
        var lowest = place.LowestLevel;
        var chosen = level ?? lowest;
        if (chosen < lowest) throw new DomainRuleException(chosen == DisputeLevel.Group ? "组级调处须选择村民小组。" : "村级调处须选择村（社区）。");
        var d = new Dispute
        {
            TownId = place.TownId, VillageId = place.VillageId, GroupId = place.GroupId, ScopePath = place.ScopePath, Number = number,
            Category = category, Source = source, ReportedOn = reportedOn, TargetFrom = reportedOn, Description = description, PeopleCount = Math.Max(1, peopleCount),
            AmountFen = amountFen, Risk = risk, RiskReason = riskReason, Level = chosen, Status = DisputeStatus.Pending,
        };
        foreach (var p in parties) p.PlaceIn(place.ScopePath);
        d.Parties.AddRange(parties);
        d.Log(DisputeMoveKind.Registered, reportedOn, null, chosen, "登记", actor);
        if (risk == RiskLevel.High && chosen != DisputeLevel.Town)
            d.Move(DisputeMoveKind.Escalated, DisputeLevel.Town, reportedOn, "高风险纠纷即时上报镇级调处", actor);
        return d;
    }

    internal void FoundIn(long screeningRoundId) => ScreeningRoundId = screeningRoundId;
    internal void CameFrom(long petitionId) => FromPetitionId = petitionId;

    internal void TurnedInto(long petitionId)
    {
        Require(ToPetitionId is null, "该纠纷已转为信访事项。");
        ToPetitionId = petitionId;
        Version++;
    }

    /// <summary>The details a cadre fills in later: place down to the group, people, amount, description.</summary>
    public void UpdateDetails(long? groupId, string description, int peopleCount, long? amountFen)
    {
        Require(!IsConcluded, "已结束的纠纷不能修改基本情况，请先重新启动。");
        description = (description ?? "").Trim();
        if (description.Length == 0) throw new DomainRuleException("请简要写明纠纷情况。");
        if (description.Length > 2000) throw new DomainRuleException("纠纷情况不能超过2000字。");
        if (peopleCount < Math.Max(1, Parties.Count)) throw new DomainRuleException("涉及人数不能少于登记的当事人数。");
        if (peopleCount > 10000) throw new DomainRuleException("涉及人数不合理，请核对。");
        CheckAmount(amountFen);
        if (groupId is null && Level == DisputeLevel.Group) throw new DomainRuleException("组级调处的纠纷须保留村民小组。");
        GroupId = groupId;
        Description = description;
        PeopleCount = peopleCount;
        AmountFen = amountFen;
        Version++;
    }

    public DisputeParty AddParty(DisputeParty party)
    {
        Require(!IsConcluded, "已结束的纠纷不能增加当事人，请先重新启动。");
        Require(Parties.Count < 50, "当事人最多登记50名。");
        party.PlaceIn(ScopePath);
        Parties.Add(party);
        if (PeopleCount < Parties.Count) PeopleCount = Parties.Count;
        Version++;
        return party;
    }

    /// <summary>上报: to a higher level, with the reason.</summary>
    public void Escalate(DisputeLevel to, DateOnly on, string reason, Actor actor)
    {
        Require(!IsConcluded, "已结束的纠纷不能上报。");
        Require(to > Level, $"只能上报到比{DisputeLabels.Of(Level)}更高的层级。");
        NotBefore(on, ReportedOn, "上报日期不能早于登记日期。");
        Move(DisputeMoveKind.Escalated, to, on, Required(reason, "请写明上报理由。"), actor);
    }

    /// <summary>下交: to a lower level, with the reason; a high-risk dispute stays with the town.</summary>
    public void HandDown(DisputeLevel to, DateOnly on, string reason, Actor actor)
    {
        Require(!IsConcluded, "已结束的纠纷不能下交。");
        Require(to < Level, $"只能下交到比{DisputeLabels.Of(Level)}更低的层级。");
        Require(Risk != RiskLevel.High, "高风险纠纷须由镇级调处，不能下交。");
        Require(to != DisputeLevel.Village || VillageId is not null, "该纠纷未关联村（社区），不能下交村级。");
        Require(to != DisputeLevel.Group || GroupId is not null, "该纠纷未关联村民小组，不能下交组级。");
        Require(MediationKind is null, "调解已开始，不能下交。");
        NotBefore(on, ReportedOn, "下交日期不能早于登记日期。");
        Move(DisputeMoveKind.HandedDown, to, on, Required(reason, "请写明下交理由。"), actor);
    }

    /// <summary>Regrade the risk; high risk takes the dispute to the town at once.</summary>
    public void ChangeRisk(RiskLevel risk, DateOnly on, string reason, Actor actor)
    {
        Require(!IsConcluded, "已结束的纠纷不能调整风险等级。");
        Require(risk != Risk, "风险等级没有变化。");
        reason = CheckRisk(risk, reason) ?? Required(reason, "请写明调整风险等级的理由。");
        NotBefore(on, ReportedOn, "日期不能早于登记日期。");
        Log(DisputeMoveKind.RiskChanged, on, Level, Level, $"{DisputeLabels.Of(Risk)} → {DisputeLabels.Of(risk)}：{reason}", actor);
        Risk = risk;
        RiskReason = reason;
        if (risk == RiskLevel.High && Level != DisputeLevel.Town)
            Move(DisputeMoveKind.Escalated, DisputeLevel.Town, on, "高风险纠纷即时上报镇级调处", actor);
        Version++;
    }

    /// <summary>督办 by the town with a deadline.</summary>
    public SupervisionOrder Supervise(DateOnly on, DateOnly dueOn, string requirement, string issuedBy)
    {
        Require(!IsConcluded, "已结束的纠纷不需要督办。");
        NotBefore(on, ReportedOn, "督办日期不能早于登记日期。");
        var order = SupervisionOrder.Issue(ScopePath, on, dueOn, requirement, issuedBy);
        Orders.Add(order);
        Version++;
        return order;
    }

    public void AnswerSupervision(long orderId, DateOnly on, string answer)
    {
        var order = Orders.FirstOrDefault(o => o.Id == orderId) ?? throw new NotFoundException();
        order.Respond(on, answer);
        Version++;
    }

    /// <summary>
    /// Start mediation of one kind: people's by a committee (《人民调解法》), administrative by an office of the town,
    /// judicial by a court (诉调对接).
    /// </summary>
    public void StartMediation(MediationKind kind, DateOnly on, long? committeeId, long? officeId, string? courtName, string? mediatorNames)
    {
        Require(Status == DisputeStatus.Pending, Status == DisputeStatus.Mediating ? "调解已经开始。" : "已结束的纠纷不能开始调解，请先重新启动。");
        NotBefore(on, ReportedOn, "调解开始日期不能早于登记日期。");
        courtName = string.IsNullOrWhiteSpace(courtName) ? null : courtName.Trim();
        switch (kind)
        {
            case Disputes.MediationKind.People when committeeId is null:
                throw new DomainRuleException("人民调解须选择人民调解委员会。");
            case Disputes.MediationKind.Administrative when officeId is null:
                throw new DomainRuleException("行政调解须选择承办的科室。");
            case Disputes.MediationKind.Judicial when courtName is null:
                throw new DomainRuleException("司法调解须填写人民法院（法庭）名称。");
        }
        if (courtName is { Length: > 100 }) throw new DomainRuleException("法院名称不能超过100个字。");
        mediatorNames = string.IsNullOrWhiteSpace(mediatorNames) ? null : mediatorNames.Trim();
        if (mediatorNames is { Length: > 200 }) throw new DomainRuleException("调解员不能超过200个字。");
        MediationKind = kind;
        MediationStartedOn = on;
        CommitteeId = kind == Disputes.MediationKind.People ? committeeId : null;
        OfficeId = kind == Disputes.MediationKind.Administrative ? officeId : null;
        CourtName = kind == Disputes.MediationKind.Judicial ? courtName : null;
        MediatorNames = mediatorNames;
        Status = DisputeStatus.Mediating;
        Version++;
    }

    public MediationSession RecordSession(DateOnly on, string place, string mediators, string attendees, string minutes)
    {
        Require(Status == DisputeStatus.Mediating, "只有调解中的纠纷才能记录调解过程。");
        NotBefore(on, MediationStartedOn!.Value, "调解日期不能早于调解开始日期。");
        var session = MediationSession.Create(ScopePath, on, place, mediators, attendees, minutes);
        Sessions.Add(session);
        Version++;
        return session;
    }

    /// <summary>
    /// 调解成功 (《人民调解法》第二十八条至第三十条). A written agreement holds the facts and responsibilities and the
    /// terms with the manner and deadline of performance, and takes effect on the day all have signed and sealed it;
    /// an oral one is recorded by the mediator and takes effect when reached.
    /// </summary>
    public void RecordSuccess(DateOnly on, AgreementForm form, string? facts, string terms, DateOnly? performanceDue, DateOnly? signedOn, string? note)
    {
        Require(Status == DisputeStatus.Mediating, "只有调解中的纠纷才能登记调解结果。");
        NotBefore(on, MediationStartedOn!.Value, "达成协议日期不能早于调解开始日期。");
        terms = Required(terms, form == Disputes.AgreementForm.Written ? "请填写协议内容（履行方式、时限）（《人民调解法》第二十九条）。" : "请记录口头协议的内容（《人民调解法》第二十八条）。");
        if (terms.Length > 4000) throw new DomainRuleException("协议内容不能超过4000字。");
        facts = string.IsNullOrWhiteSpace(facts) ? null : facts.Trim();
        if (form == Disputes.AgreementForm.Written && facts is null)
            throw new DomainRuleException("书面调解协议须写明纠纷的主要事实、争议事项及各方责任（《人民调解法》第二十九条）。");
        if (facts is { Length: > 4000 }) throw new DomainRuleException("纠纷事实不能超过4000字。");
        DateOnly effective;
        if (form == Disputes.AgreementForm.Written)
        {
            effective = signedOn ?? throw new DomainRuleException("请填写各方签名、盖章的日期：书面协议自签名盖章之日起生效（《人民调解法》第二十九条）。");
            NotBefore(effective, on, "签名盖章日期不能早于达成协议日期。");
        }
        else effective = on;
        if (performanceDue is { } due) NotBefore(due, on, "履行期限不能早于达成协议日期。");
        note = Optional(note, 1000);
        Status = DisputeStatus.Succeeded;
        OutcomeOn = on;
        AgreementForm = form;
        AgreementFacts = facts;
        AgreementTerms = terms;
        PerformanceDue = performanceDue;
        AgreementEffectiveOn = effective;
        OutcomeNote = note;
        Version++;
    }

    /// <summary>调解不成: end the mediation and tell the parties where to go (《人民调解法》第二十六条).</summary>
    public void RecordFailure(DateOnly on, FailureRoute route, string? note)
    {
        Require(Status == DisputeStatus.Mediating, "只有调解中的纠纷才能登记调解结果。");
        NotBefore(on, MediationStartedOn!.Value, "终止调解日期不能早于调解开始日期。");
        note = Optional(note, 1000);
        Status = DisputeStatus.Failed;
        OutcomeOn = on;
        FailureRoute = route;
        OutcomeNote = note;
        Version++;
    }

    /// <summary>撤回: a party withdrew or refused mediation (《人民调解法》第十七条: no mediation against a party's will).</summary>
    public void RecordWithdrawal(DateOnly on, string reason)
    {
        Require(Status is DisputeStatus.Pending or DisputeStatus.Mediating, "已结束的纠纷不能撤回。");
        NotBefore(on, MediationStartedOn ?? ReportedOn, "撤回日期不能早于登记或调解开始日期。");
        reason = Required(reason, "请写明撤回或不予调解的原因。");
        if (reason.Length > 1000) throw new DomainRuleException("撤回原因不能超过1000字。");
        Status = DisputeStatus.Withdrawn;
        OutcomeOn = on;
        OutcomeNote = reason;
        Version++;
    }

    /// <summary>回访: how the agreement was performed (《人民调解法》第三十一条: the committee supervises performance).</summary>
    public void RecordPerformance(PerformanceStatus status, DateOnly on, string? note)
    {
        Require(Status == DisputeStatus.Succeeded, "只有调解成功的纠纷才能登记协议履行情况。");
        NotBefore(on, OutcomeOn!.Value, "回访日期不能早于达成协议日期。");
        note = Optional(note, 1000);
        Performance = status;
        PerformanceCheckedOn = on;
        PerformanceNote = note;
        Version++;
    }

    /// <summary>The last day to apply jointly for 司法确认: 30 日 from the agreement taking effect (《人民调解法》第三十三条).</summary>
    public DateOnly? ConfirmationDeadline(WorkCalendar calendar) =>
        Status == DisputeStatus.Succeeded && MediationKind == Disputes.MediationKind.People && AgreementEffectiveOn is { } effective
            ? DisputeClocks.Due(calendar, DisputeClocks.ConfirmationWindow, effective) : null;

    public void ApplyForConfirmation(DateOnly on, string court, WorkCalendar calendar)
    {
        Require(Status == DisputeStatus.Succeeded, "只有调解成功的纠纷才能申请司法确认。");
        Require(MediationKind == Disputes.MediationKind.People, "司法确认适用于人民调解达成的调解协议（《人民调解法》第三十三条）。");
        Require(ConfirmationAppliedOn is null, "已登记过司法确认申请。");
        NotBefore(on, AgreementEffectiveOn!.Value, "申请日期不能早于调解协议生效日期。");
        var last = ConfirmationDeadline(calendar)!.Value;
        Require(on <= last, $"已超过申请司法确认的期限：应自调解协议生效之日起30日内（{ChinaTime.Format(last)}前）共同申请（《人民调解法》第三十三条）。");
        court = Required(court, "请填写受理申请的人民法院。");
        if (court.Length > 100) throw new DomainRuleException("法院名称不能超过100个字。");
        ConfirmationAppliedOn = on;
        ConfirmationCourt = court;
        Version++;
    }

    public void RecordConfirmation(DateOnly on, ConfirmationResult result, string? caseNumber)
    {
        Require(ConfirmationAppliedOn is not null, "请先登记司法确认申请。");
        Require(ConfirmationResult is null, "已登记过法院的裁定。");
        NotBefore(on, ConfirmationAppliedOn!.Value, "裁定日期不能早于申请日期。");
        caseNumber = Optional(caseNumber, 50);
        ConfirmationAnsweredOn = on;
        ConfirmationResult = result;
        ConfirmationCaseNumber = caseNumber;
        Version++;
    }

    /// <summary>民转刑: recorded whatever the state; the figures count it.</summary>
    public void RecordCriminalCase(DateOnly on, string note)
    {
        Require(CriminalOn is null, "已登记为民转刑案件。");
        NotBefore(on, ReportedOn, "日期不能早于登记日期。");
        note = Required(note, "请简要写明转为刑事案件的情况。");
        if (note.Length > 2000) throw new DomainRuleException("情况说明不能超过2000字。");
        CriminalOn = on;
        CriminalNote = note;
        Version++;
    }

    /// <summary>重新启动: a concluded dispute flares up again; its earlier outcome stays in the history.</summary>
    public void Reopen(DateOnly on, string reason, Actor actor)
    {
        Require(IsConcluded, "只有已结束的纠纷才能重新启动。");
        NotBefore(on, OutcomeOn!.Value, "重新启动日期不能早于结案日期。");
        reason = Required(reason, "请写明重新启动的原因。");
        var was = $"原结果：{DisputeLabels.Of(Status)}（{ChinaTime.Format(OutcomeOn!.Value)}）。{reason}";
        Log(DisputeMoveKind.Reopened, on, Level, Level, was.Length > 500 ? was[..500] : was, actor);
        Status = DisputeStatus.Pending;
        TargetFrom = on;
        MediationKind = null; MediationStartedOn = null; CommitteeId = null; OfficeId = null; CourtName = null; MediatorNames = null;
        OutcomeOn = null; AgreementForm = null; AgreementFacts = null; AgreementTerms = null; PerformanceDue = null; AgreementEffectiveOn = null;
        FailureRoute = null; OutcomeNote = null; Performance = null; PerformanceCheckedOn = null; PerformanceNote = null;
        ConfirmationAppliedOn = null; ConfirmationCourt = null; ConfirmationAnsweredOn = null; ConfirmationResult = null; ConfirmationCaseNumber = null;
        ReopenCount++;
        Version++;
    }

    /// <summary>The soft one-month target from registration or the latest reopening (see <see cref="DisputeClocks.MediationTarget"/>).</summary>
    public DateOnly MediationTarget(WorkCalendar calendar) => DisputeClocks.Due(calendar, DisputeClocks.MediationTarget, TargetFrom);

    /// <summary>"已超期" / "即将到期" while open; null when concluded or not yet near the target.</summary>
    public string? TargetWarning(WorkCalendar calendar, DateOnly today)
    {
        if (IsConcluded) return null;
        var due = MediationTarget(calendar);
        if (today > due) return $"已超过一个月调结目标{today.DayNumber - due.DayNumber}天";
        return due.DayNumber - today.DayNumber <= DisputeClocks.WarnDays ? $"距一个月调结目标剩余{due.DayNumber - today.DayNumber}天" : null;
    }

    void Move(DisputeMoveKind kind, DisputeLevel to, DateOnly on, string reason, Actor actor)
    {
        Log(kind, on, Level, to, reason, actor);
        Level = to;
        Version++;
    }

    void Log(DisputeMoveKind kind, DateOnly on, DisputeLevel? from, DisputeLevel? to, string reason, Actor actor)
    {
        if (reason.Length > 500) throw new DomainRuleException("理由不能超过500字。");
        Moves.Add(DisputeMove.Create(ScopePath, kind, on, from, to, reason, actor.Name, actor.AtUtc));
    }

    static string? CheckRisk(RiskLevel risk, string? reason)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (risk != RiskLevel.Low && reason is null) throw new DomainRuleException("中、高风险纠纷须写明风险理由（如涉及人数、金额、有无过激言行）。");
        if (reason is { Length: > 500 }) throw new DomainRuleException("风险理由不能超过500字。");
        return reason;
    }

    static void CheckAmount(long? amountFen)
    {
        if (amountFen is < 0) throw new DomainRuleException("涉及金额不能为负数。");
        if (amountFen > 100_000_000_000L * 100) throw new DomainRuleException("涉及金额不合理，请核对。");
    }

    static string Required(string? text, string message)
    {
        text = (text ?? "").Trim();
        return text.Length == 0 ? throw new DomainRuleException(message) : text;
    }

    static string? Optional(string? text, int max)
    {
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return text is { Length: var n } && n > max ? throw new DomainRuleException($"填写内容不能超过{max}字。") : text;
    }

    static void Require(bool condition, string message)
    {
        if (!condition) throw new DomainRuleException(message);
    }

    static void NotBefore(DateOnly date, DateOnly earliest, string message)
    {
        if (date < earliest) throw new DomainRuleException(message);
    }
}
