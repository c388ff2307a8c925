using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Audit;
using Fazhi.Core.Data;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Regions;

namespace Fazhi.Core.Enforcement;

public enum CaseStepKind
{
    Filed, Investigated, RightsNotified, HearingRequested, HearingHeld, Reviewed, Decided, Served, Paid, Published, Executed, Closed, Dropped,
    StopWork, PublicNotice, Demand, Demolished,
}

/// <summary>
/// An administrative penalty case (行政处罚案件, general procedure) where the town holds the power (第二十四条):
/// filing (立案) → investigation and evidence → notice of rights, with 5 working days to ask for a hearing (第六十四条)
/// → legal review, mandatory for major decisions, by a legally qualified reviewer (第五十八条) → decision within 90 日 of
/// filing (第六十条) → service → execution (a fine within 15 日, 第六十七条) → closure. The decision's public
/// information is due within 7 working days (国办发〔2018〕118号). Illegal construction adds the stop-work order
/// (《城乡规划法》第六十五条), the public notice and written demand, and forced demolition only after the window
/// for 复议 and 诉讼 has passed (《行政强制法》第三十五、四十四条).
/// </summary>
public sealed class EnforcementCase : Attachments.IAttachmentOwner
{
    /// <summary>行政诉讼法第四十六条: six months to sue (the longer of the two windows; 复议 is 60 days).</summary>
    public const int AppealMonths = 6;

    public long Id { get; private set; }
    public long TownId { get; private set; }
    public long? VillageId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string Number { get; private set; } = "";
    public CaseType Type { get; private set; }
    public string Cause { get; private set; } = "";
    public string PartyName { get; private set; } = "";
    public bool PartyIsPerson { get; private set; }
    [PersonalField] public string? PartyIdNumber { get; private set; }
    [PersonalField] public string? PartyAddress { get; private set; }
    public long? EntityId { get; private set; }
    public long? InspectionId { get; private set; }
    public long? OrderId { get; private set; }
    public DateOnly FiledOn { get; private set; }
    public DateOnly DecisionDueOn { get; private set; }
    /// <summary>重大执法决定: legal review is mandatory before the decision (第五十八条).</summary>
    public bool Major { get; private set; }
    public string? Evidence { get; private set; }
    public DateOnly? InvestigatedOn { get; private set; }
    public DateOnly? RightsNotifiedOn { get; private set; }
    public DateOnly? HearingDueOn { get; private set; }
    public DateOnly? HearingRequestedOn { get; private set; }
    public DateOnly? HearingHeldOn { get; private set; }
    public DateOnly? ReviewedOn { get; private set; }
    public long? ReviewerId { get; private set; }
    public string? ReviewerName { get; private set; }
    public string? ReviewOpinion { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public string? DecisionNumber { get; private set; }
    public string? PenaltyKind { get; private set; }
    public long? FineFen { get; private set; }
    public string? Basis { get; private set; }
    public string? DecisionSummary { get; private set; }
    public DateOnly? PublicityDueOn { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    public DateOnly? ServedOn { get; private set; }
    public DateOnly? FineDueOn { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public DateOnly? ExecutedOn { get; private set; }
    public DateOnly? StopWorkOn { get; private set; }
    public DateOnly? PublicNoticeOn { get; private set; }
    public DateOnly? DemandOn { get; private set; }
    public DateOnly? DemolishBy { get; private set; }
    public bool? ForcedDemolition { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? DropReason { get; private set; }
    public CaseStatus Status { get; private set; }
    public List<CaseOfficer> Officers { get; private set; } = [];
    public List<CaseStep> Steps { get; private set; } = [];
    public int Version { get; private set; }

    private EnforcementCase() { }

    public sealed record Party(string Name, bool IsPerson, string? IdNumber, string? Address);

    public sealed record Actor(string Name, DateTime AtUtc);

    public static EnforcementCase File(RecordPlace place, string number, CaseType type, string cause, Party party, RegulatedEntity? entity, Inspection? inspection,
        DateOnly filedOn, bool major, IReadOnlyList<EnforcementOfficer> officers, WorkCalendar calendar, DateOnly today, Actor by)
    {
        if (filedOn > today) throw new DomainRuleException("立案日期不能晚于今天。");
        if (inspection is not null && filedOn < inspection.InspectedOn) throw new DomainRuleException("立案日期不能早于检查日期。");
        cause = (cause ?? "").Trim();
        if (cause.Length == 0) throw new DomainRuleException("请填写案由。");
        if (cause.Length > 200) throw new DomainRuleException("案由不能超过200个字。");
        var name = (entity?.Name ?? party.Name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("请填写当事人姓名（名称）。");
        if (name.Length > 100) throw new DomainRuleException("当事人姓名（名称）不能超过100个字。");
        var isPerson = entity is null ? party.IsPerson : entity.Kind == EntityKind.Individual;
        var id = string.IsNullOrWhiteSpace(party.IdNumber) ? entity?.CreditCode : party.IdNumber.Trim().ToUpperInvariant();
        if (id is not null)
        {
            var problem = isPerson ? IdNumber.Validate(IdNumber.Normalise(id), today) : CreditCode.Validate(id);
            if (problem is not null) throw new DomainRuleException($"{name}：{problem}");
            if (isPerson) id = IdNumber.Normalise(id);
        }
        var address = string.IsNullOrWhiteSpace(party.Address) ? entity?.Address : party.Address.Trim();
        if (address is { Length: > 200 }) throw new DomainRuleException("当事人地址不能超过200个字。");
        Inspection.RequireOfficers(officers, filedOn);
        var c = new EnforcementCase
        {
            TownId = place.TownId, VillageId = place.VillageId, ScopePath = place.ScopePath, Number = number, Type = type, Cause = cause,
            PartyName = name, PartyIsPerson = isPerson, PartyIdNumber = id, PartyAddress = address, EntityId = entity?.Id, InspectionId = inspection?.Id,
            FiledOn = filedOn, DecisionDueOn = EnforcementClocks.Due(calendar, EnforcementClocks.Decision, filedOn), Major = major, Status = CaseStatus.Open,
        };
        foreach (var o in officers.Distinct()) c.Officers.Add(new CaseOfficer(o.Id, o.Name, place.ScopePath));
        c.Log(CaseStepKind.Filed, filedOn, $"立案：{cause}", by);
        return c;
    }

    internal void FromOrder(RectificationOrder order) => OrderId = order.Id;

    /// <summary>调查取证: evidence recorded by two certified officers.</summary>
    public void Investigate(DateOnly on, string evidence, IReadOnlyList<EnforcementOfficer> officers, Actor by)
    {
        RequireOpen(on);
        evidence = Text(evidence, "请填写调查取证情况（证据清单）。", 4000, "调查取证情况");
        Inspection.RequireOfficers(officers, on);
        Evidence = Evidence is null ? evidence : $"{Evidence}\n{evidence}".Length <= 4000 ? $"{Evidence}\n{evidence}" : evidence;
        InvestigatedOn = on;
        Log(CaseStepKind.Investigated, on, evidence, by, officers);
    }

    /// <summary>告知 (第四十四条): the facts, reasons, basis and rights; a hearing may be asked within 5 working days (第六十四条).</summary>
    public void NotifyRights(DateOnly on, IReadOnlyList<EnforcementOfficer> officers, WorkCalendar calendar, Actor by)
    {
        RequireOpen(on);
        if (InvestigatedOn is null) throw new DomainRuleException("请先登记调查取证情况，再告知当事人权利。");
        if (RightsNotifiedOn is not null) throw new DomainRuleException("已告知当事人权利。");
        Inspection.RequireOfficers(officers, on);
        RightsNotifiedOn = on;
        HearingDueOn = EnforcementClocks.Due(calendar, EnforcementClocks.HearingRequest, on);
        Log(CaseStepKind.RightsNotified, on, $"告知陈述、申辩和要求听证的权利；听证申请期限至{ChinaTime.Format(HearingDueOn.Value)}", by, officers);
    }

    public void RequestHearing(DateOnly on, Actor by)
    {
        RequireOpen(on);
        if (RightsNotifiedOn is null) throw new DomainRuleException("尚未告知当事人权利。");
        if (HearingRequestedOn is not null) throw new DomainRuleException("当事人已要求听证。");
        if (on > HearingDueOn)
            throw new DomainRuleException($"当事人应在告知后五个工作日内（至{ChinaTime.Format(HearingDueOn!.Value)}）要求听证（《行政处罚法》第六十四条），已逾期。");
        HearingRequestedOn = on;
        Log(CaseStepKind.HearingRequested, on, "当事人要求听证", by);
    }

    public void HoldHearing(DateOnly on, string note, Actor by)
    {
        RequireOpen(on);
        if (HearingRequestedOn is null) throw new DomainRuleException("当事人未要求听证。");
        if (HearingHeldOn is not null) throw new DomainRuleException("已登记听证。");
        if (on < HearingRequestedOn) throw new DomainRuleException("听证日期不能早于当事人要求听证的日期。");
        HearingHeldOn = on;
        Log(CaseStepKind.HearingHeld, on, Text(note, "请填写听证情况。", 2000, "听证情况"), by);
    }

    /// <summary>法制审核 (第五十八条): by a reviewer holding the legal professional qualification.</summary>
    public void Review(DateOnly on, EnforcementOfficer reviewer, string opinion, Actor by)
    {
        RequireOpen(on);
        if (!reviewer.LegallyQualified)
            throw new DomainRuleException($"{reviewer.Name}未登记法律职业资格，不能担任法制审核人员（《行政处罚法》第五十八条）。");
        if (HearingRequestedOn is not null && HearingHeldOn is null) throw new DomainRuleException("当事人要求听证的，应先组织听证再进行法制审核。");
        ReviewedOn = on;
        ReviewerId = reviewer.Id;
        ReviewerName = reviewer.Name;
        ReviewOpinion = Text(opinion, "请填写审核意见。", 2000, "审核意见");
        Log(CaseStepKind.Reviewed, on, $"法制审核（{reviewer.Name}）：{ReviewOpinion}", by);
    }

    public sealed record Decision(DateOnly On, string Number, string PenaltyKind, long? FineFen, string Basis, string Summary);

    public void Decide(Decision d, WorkCalendar calendar, Actor by)
    {
        RequireOpen(d.On);
        if (RightsNotifiedOn is null) throw new DomainRuleException("作出行政处罚决定前，应告知当事人拟作出的处罚内容及事实、理由、依据和权利（《行政处罚法》第四十四条）。");
        if (HearingRequestedOn is null && d.On <= HearingDueOn)
            throw new DomainRuleException($"听证申请期限至{ChinaTime.Format(HearingDueOn!.Value)}届满，期满后方可作出决定。");
        if (HearingRequestedOn is not null && HearingHeldOn is null) throw new DomainRuleException("当事人要求听证的，应先组织听证。");
        if (Major && (ReviewedOn is null || ReviewedOn > d.On))
            throw new DomainRuleException("重大执法决定须在决定前经法制审核（《行政处罚法》第五十八条）。");
        var number = Text(d.Number, "请填写处罚决定书文号。", 50, "决定书文号");
        if (!PenaltyKinds.All.Contains(d.PenaltyKind)) throw new DomainRuleException("请选择处罚种类。");
        if (d.PenaltyKind == "罚款" && d.FineFen is not > 0) throw new DomainRuleException("处罚种类为罚款的，请填写罚款金额。");
        if (d.FineFen is < 0) throw new DomainRuleException("罚款金额不能为负数。");
        Basis = Text(d.Basis, "请填写处罚依据。", 1000, "处罚依据");
        DecisionSummary = Text(d.Summary, "请填写违法事实及处罚内容（用于公示）。", 2000, "违法事实及处罚内容");
        DecidedOn = d.On;
        DecisionNumber = number;
        PenaltyKind = d.PenaltyKind;
        FineFen = d.FineFen is > 0 ? d.FineFen : null;
        PublicityDueOn = EnforcementClocks.Due(calendar, EnforcementClocks.Publicity, d.On);
        Status = CaseStatus.Decided;
        var late = d.On > DecisionDueOn ? $"（超过立案之日起九十日的期限{ChinaTime.Format(DecisionDueOn)}）" : "";
        Log(CaseStepKind.Decided, d.On, $"{number}：{PenaltyKind}{(FineFen is { } f ? $" {f / 100m:#,0.##}元" : "")}{late}", by);
    }

    public void Serve(DateOnly on, IReadOnlyList<EnforcementOfficer> officers, WorkCalendar calendar, Actor by)
    {
        RequireDecided(on);
        if (ServedOn is not null) throw new DomainRuleException("已登记送达。");
        Inspection.RequireOfficers(officers, on);
        ServedOn = on;
        if (FineFen is not null) FineDueOn = EnforcementClocks.Due(calendar, EnforcementClocks.FinePayment, on);
        Log(CaseStepKind.Served, on, FineDueOn is { } due ? $"送达决定书；罚款缴纳期限至{ChinaTime.Format(due)}" : "送达决定书", by, officers);
    }

    public void RecordPayment(DateOnly on, Actor by)
    {
        RequireDecided(on);
        if (FineFen is null) throw new DomainRuleException("该案件未处罚款。");
        if (ServedOn is null) throw new DomainRuleException("请先登记决定书送达。");
        if (PaidOn is not null) throw new DomainRuleException("已登记缴纳罚款。");
        PaidOn = on;
        var late = LateDays(on);
        Log(CaseStepKind.Paid, on, late > 0 ? $"缴纳罚款（逾期{late}日，加处罚款{SurchargeFen(on) / 100m:#,0.##}元，《行政处罚法》第七十二条）" : "缴纳罚款", by);
    }

    /// <summary>第七十二条: 3% of the fine per day late, capped at the fine.</summary>
    public long SurchargeFen(DateOnly on) => FineFen is { } fine ? Math.Min(fine, fine * 3 * LateDays(on) / 100) : 0;

    int LateDays(DateOnly on) => FineDueOn is { } due && on > due ? on.DayNumber - due.DayNumber : 0;

    /// <summary>The decision's public information is on the public site (公示).</summary>
    public void Publish(DateOnly on, Actor by)
    {
        RequireDecided(on);
        if (PublishedOn is not null) throw new DomainRuleException("已公示。");
        PublishedOn = on;
        Log(CaseStepKind.Published, on, on <= PublicityDueOn ? "公示处罚决定信息" : $"公示处罚决定信息（超过期限{ChinaTime.Format(PublicityDueOn!.Value)}）", by);
    }

    public bool PublishedOnTime => PublishedOn is { } p && p <= PublicityDueOn;

    public void RecordExecution(DateOnly on, string note, Actor by)
    {
        RequireDecided(on);
        if (ServedOn is null) throw new DomainRuleException("请先登记决定书送达。");
        ExecutedOn = on;
        Log(CaseStepKind.Executed, on, Text(note, "请填写执行情况。", 1000, "执行情况"), by);
    }

    public void Close(DateOnly on, Actor by)
    {
        RequireDecided(on);
        if (ServedOn is null) throw new DomainRuleException("决定书尚未送达，不能结案。");
        if (FineFen is not null && PaidOn is null) throw new DomainRuleException("罚款尚未缴纳，不能结案。");
        if (FineFen is null && ExecutedOn is null) throw new DomainRuleException("请先登记执行情况，再结案。");
        ClosedOn = on;
        Status = CaseStatus.Closed;
        Log(CaseStepKind.Closed, on, "结案", by);
    }

    /// <summary>撤销立案 / 不予处罚, before a decision, with the reason.</summary>
    public void Drop(DateOnly on, string reason, Actor by)
    {
        RequireOpen(on);
        DropReason = Text(reason, "请写明撤销立案（不予处罚）的理由。", 500, "理由");
        ClosedOn = on;
        Status = CaseStatus.Dropped;
        Log(CaseStepKind.Dropped, on, DropReason, by);
    }

    // ---- Illegal construction (违法建设) ----

    /// <summary>《城乡规划法》第六十五条: the town orders the construction stopped and corrected within a deadline.</summary>
    public void OrderStopWork(DateOnly on, IReadOnlyList<EnforcementOfficer> officers, Actor by)
    {
        RequireConstruction();
        RequireOpen(on);
        if (StopWorkOn is not null) throw new DomainRuleException("已下达责令停止建设通知。");
        Inspection.RequireOfficers(officers, on);
        StopWorkOn = on;
        Log(CaseStepKind.StopWork, on, "责令停止建设、限期改正（《城乡规划法》第六十五条）", by, officers);
    }

    /// <summary>《行政强制法》第四十四条: a public notice sets a deadline for the party to demolish.</summary>
    public void PostNotice(DateOnly on, Actor by)
    {
        RequireConstruction();
        RequireDecided(on);
        if (PublicNoticeOn is not null) throw new DomainRuleException("已发布限期拆除公告。");
        PublicNoticeOn = on;
        Log(CaseStepKind.PublicNotice, on, "发布限期拆除公告（《行政强制法》第四十四条）", by);
    }

    /// <summary>《行政强制法》第三十五条: a written demand (催告) before enforcement, with the deadline to demolish.</summary>
    public void Demand(DateOnly on, DateOnly demolishBy, Actor by)
    {
        RequireConstruction();
        RequireDecided(on);
        if (ServedOn is null) throw new DomainRuleException("请先送达限期拆除决定，再催告。");
        if (demolishBy <= on) throw new DomainRuleException("自行拆除期限须晚于催告日期。");
        DemandOn = on;
        DemolishBy = demolishBy;
        Log(CaseStepKind.Demand, on, $"书面催告，限{ChinaTime.Format(demolishBy)}前自行拆除（《行政强制法》第三十五条）", by);
    }

    /// <summary>The last day the party may still challenge the decision (复议 60 日, 诉讼 6 个月; the later of the two).</summary>
    public DateOnly? AppealEndsOn => ServedOn?.AddMonths(AppealMonths);

    public void RecordDemolition(DateOnly on, bool forced, IReadOnlyList<EnforcementOfficer> officers, Actor by)
    {
        RequireConstruction();
        RequireDecided(on);
        if (ExecutedOn is not null) throw new DomainRuleException("已登记拆除。");
        if (forced)
        {
            if (PublicNoticeOn is null || DemandOn is null) throw new DomainRuleException("强制拆除前须发布公告并书面催告（《行政强制法》第三十五、四十四条）。");
            if (on <= DemolishBy) throw new DomainRuleException($"自行拆除期限（{ChinaTime.Format(DemolishBy!.Value)}）未届满，不能强制拆除。");
            if (on <= AppealEndsOn)
                throw new DomainRuleException($"当事人在法定期限内不申请行政复议或者提起行政诉讼，方可强制拆除；诉讼期限至{ChinaTime.Format(AppealEndsOn!.Value)}（《行政强制法》第四十四条）。");
            Inspection.RequireOfficers(officers, on);
        }
        ForcedDemolition = forced;
        ExecutedOn = on;
        Log(CaseStepKind.Demolished, on, forced ? "依法强制拆除" : "当事人自行拆除", by, forced ? officers : null);
    }

    void RequireConstruction()
    {
        if (Type != CaseType.IllegalConstruction) throw new DomainRuleException("该步骤只适用于违法建设案件。");
    }

    void RequireOpen(DateOnly on)
    {
        if (Status != CaseStatus.Open) throw new DomainRuleException($"案件{EnforcementLabels.Of(Status)}，不能再办理该步骤。");
        if (on < FiledOn) throw new DomainRuleException("日期不能早于立案日期。");
    }

    void RequireDecided(DateOnly on)
    {
        if (Status != CaseStatus.Decided) throw new DomainRuleException(Status == CaseStatus.Open ? "尚未作出处罚决定。" : $"案件{EnforcementLabels.Of(Status)}。");
        if (on < DecidedOn) throw new DomainRuleException("日期不能早于处罚决定日期。");
    }

    static string Text(string? value, string missing, int max, string what)
    {
        value = (value ?? "").Trim();
        if (value.Length == 0) throw new DomainRuleException(missing);
        if (value.Length > max) throw new DomainRuleException($"{what}不能超过{max}字。");
        return value;
    }

    void Log(CaseStepKind kind, DateOnly on, string note, Actor by, IReadOnlyList<EnforcementOfficer>? officers = null)
    {
        var who = officers is { Count: > 0 } ? string.Join("、", officers.Distinct().Select(o => o.Name)) : null;
        Steps.Add(new CaseStep(ScopePath, kind, on, note.Length > 2000 ? note[..2000] : note, who, by.Name, by.AtUtc));
        Version++;
    }
}

public sealed class CaseOfficer : IScopedRecord
{
    public long Id { get; private set; }
    public long CaseId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public long OfficerId { get; private set; }
    public string Name { get; private set; } = "";

    private CaseOfficer() { }

    internal CaseOfficer(long officerId, string name, string scopePath)
    {
        OfficerId = officerId;
        Name = name;
        ScopePath = scopePath;
    }
}

/// <summary>One step of a case, with the officers who carried it out where it is an enforcement action.</summary>
public sealed class CaseStep : IScopedRecord
{
    public long Id { get; private set; }
    public long CaseId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public CaseStepKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    public string Note { get; private set; } = "";
    public string? Officers { get; private set; }
    public string ByName { get; private set; } = "";
    public DateTime AtUtc { get; private set; }

    private CaseStep() { }

    internal CaseStep(string scopePath, CaseStepKind kind, DateOnly on, string note, string? officers, string byName, DateTime atUtc)
    {
        ScopePath = scopePath;
        Kind = kind;
        On = on;
        Note = note;
        Officers = officers;
        ByName = byName;
        AtUtc = atUtc;
    }
}
