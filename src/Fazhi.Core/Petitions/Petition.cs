using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Petitions;

/// <summary>
/// A petition (信访事项) and its procedure under 《信访工作条例》: registration → acceptance decision
/// (受理/交办/不予受理/转送) with its written notice → handling → written reply (信访处理意见书) →
/// satisfaction → review (复查) → re-review (复核) → closed → archived. Every step checks the state it
/// may start from and the dates it must keep, and throws a DomainRuleException a clerk can read.
/// Due dates come from the shared WorkCalendar (see <see cref="PetitionClocks"/>).
/// </summary>
public sealed class Petition : Attachments.IAttachmentOwner
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    /// <summary>The village the matter comes from, where there is one (its cadres then see it too).</summary>
    public long? VillageId { get; private set; }
    public string ScopePath { get; private set; } = "";
    /// <summary>Register number within the town, e.g. "2019-007".</summary>
    public string Number { get; private set; } = "";
    public string Category { get; private set; } = "";
    public long? HandlingOfficeId { get; private set; }
    /// <summary>包案领导 for key cases (《信访工作条例》第十八条).</summary>
    public string? ResponsibleLeaderId { get; private set; }
    /// <summary>分级负责 (《信访工作条例》第五条): handled by the town or by the village.</summary>
    public HandlingLevel Level { get; private set; }
    public int Version { get; private set; }
    public List<Petitioner> Petitioners { get; private set; } = [];
    /// <summary>重复信访: the same petitioner had an open or recently closed petition on the same subject.</summary>
    public long? RepeatOfId { get; private set; }
    public bool IsRepeat => RepeatOfId is not null;
    /// <summary>
    /// 《信访工作条例》第十九条: the matter was already accepted and is still being handled when it was raised again;
    /// the new petition is recorded and flagged rather than handled a second time.
    /// </summary>
    public bool AboutAcceptedMatter { get; private set; }
    /// <summary>The reception day or down-visit where it was received, if any.</summary>
    public long? ReceptionDayId { get; private set; }
    public PetitionChannel Channel { get; private set; }
    public PetitionClass Class { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    /// <summary>请求、事实、理由 (《信访工作条例》第十九条).</summary>
    public string Request { get; private set; } = "";
    public string Facts { get; private set; } = "";
    public string Reasons { get; private set; } = "";
    public int PeopleCount { get; private set; }
    public PetitionStatus Status { get; private set; }

    public DateOnly? NoticeSentOn { get; private set; }
    public AcceptanceDecision? Decision { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public string? DecisionNote { get; private set; }

    public int? ExtensionDays { get; private set; }
    public string? ExtensionReason { get; private set; }
    public string? ExtensionApprovedBy { get; private set; }
    public DateOnly? ExtensionToldOn { get; private set; }

    public DateOnly? RepliedOn { get; private set; }
    public ReplyOpinion? Opinion { get; private set; }
    public string? LegalBasis { get; private set; }
    public Satisfaction? Satisfaction { get; private set; }

    public DateOnly? ReviewRequestedOn { get; private set; }
    public DateOnly? ReviewAnsweredOn { get; private set; }
    public ReplyOpinion? ReviewOpinion { get; private set; }

    public DateOnly? ReReviewRequestedOn { get; private set; }
    public DateOnly? ReReviewAnsweredOn { get; private set; }
    public ReplyOpinion? ReReviewOpinion { get; private set; }

    public DateOnly? ClosedOn { get; private set; }
    public DateOnly? ArchivedOn { get; private set; }

    /// <summary>回执码: what the petitioner quotes to follow the matter online (see <see cref="ReceiptCodes"/>).</summary>
    public string? ReceiptCode { get; private set; }
    /// <summary>Keyed hash of receipt code + last 4 digits of the petitioner's phone; the digits are never stored for tracking.</summary>
    public string? TrackingHash { get; private set; }

    /// <summary>集体访: five or more people (《信访工作条例》第二十条 limits them to five representatives).</summary>
    public bool IsCollective => PeopleCount >= 5;

    /// <summary>After re-review the same request is not accepted again (《信访工作条例》第三十六条).</summary>
    public bool IsFinal => ReReviewAnsweredOn is not null;

    private Petition() { }

    public static Petition Register(PetitionPlace place, string number, PetitionChannel channel, PetitionClass @class, string category,
        DateOnly receivedOn, string request, string facts, string reasons, int peopleCount, IReadOnlyList<Petitioner> petitioners, DateOnly today)
    {
        category = (category ?? "").Trim();
        if (!PetitionCategories.All.Contains(category)) throw new DomainRuleException("请从列表中选择信访事项的类别。");
        if (petitioners.Count == 0) throw new DomainRuleException("请至少登记一名信访人（《信访工作条例》第十九条：姓名（名称）、住址）。");
        // 《信访工作条例》第二十条: a collective visit elects no more than five representatives.
        if (petitioners.Count(x => x.IsRepresentative) > 5) throw new DomainRuleException("多人走访的，推选的代表不得超过5人（《信访工作条例》第二十条）。");
        if (petitioners.Count > peopleCount) throw new DomainRuleException("登记的信访人多于信访人数，请核对人数。");
        foreach (var x in petitioners) x.PlaceIn(place.ScopePath);
        if (receivedOn > today) throw new DomainRuleException("收到日期不能晚于今天。");
        request = (request ?? "").Trim();
        if (request.Length == 0) throw new DomainRuleException("请填写信访请求（《信访工作条例》第十九条）。");
        if (request.Length > 2000) throw new DomainRuleException("信访请求不能超过2000字。");
        if (peopleCount < 1) throw new DomainRuleException("信访人数至少为1人。");
        if (peopleCount > 10000) throw new DomainRuleException("信访人数不合理，请核对。");
        return new Petition
        {
            TownId = place.TownId, VillageId = place.VillageId, ScopePath = place.ScopePath, Number = number, Category = category,
            Petitioners = [.. petitioners],
            Channel = channel, Class = @class, ReceivedOn = receivedOn, Request = request,
            Facts = (facts ?? "").Trim(), Reasons = (reasons ?? "").Trim(), PeopleCount = peopleCount,
            Status = PetitionStatus.Registered,
        };
    }

    public void MarkRepeatOf(long earlierId, bool earlierAcceptedAndOpen)
    {
        RepeatOfId = earlierId;
        AboutAcceptedMatter = earlierAcceptedAndOpen;
    }

    public void ReceivedAt(ReceptionDay day)
    {
        if (day.TownId != TownId) throw new DomainRuleException("接访活动不属于该乡镇。");
        if (day.Date != ReceivedOn) throw new DomainRuleException($"收到日期应与接访日期（{ChinaTime.Format(day.Date)}）一致。");
        if (day.Status == ReceptionStatus.Cancelled) throw new DomainRuleException("该接访活动已取消。");
        ReceptionDayId = day.Id;
    }

    internal void IssueReceipt(string receiptCode, string? trackingHash)
    {
        ReceiptCode = receiptCode;
        TrackingHash = trackingHash;
    }

    // Due dates are not stored here: they follow from the dates above and the calendar, so a corrected
    // holiday arrangement moves them (the shared Deadline rows that remind people are recomputed likewise).

    /// <summary>Written notice of the decision due 15 日 after receipt (《信访工作条例》第二十三条).</summary>
    public DateOnly NoticeDue(WorkCalendar calendar) => PetitionClocks.Due(calendar, PetitionClocks.AcceptanceNotice, ReceivedOn);

    /// <summary>Reply due 60 日 after acceptance, plus the one extension if granted (《信访工作条例》第三十四条).</summary>
    public DateOnly? ReplyDue(WorkCalendar calendar)
    {
        if (Status is PetitionStatus.Registered or PetitionStatus.NotAccepted or PetitionStatus.Transferred || DecidedOn is not { } decided)
            return null;
        var due = PetitionClocks.Due(calendar, PetitionClocks.Reply, decided);
        return ExtensionDays is { } days ? calendar.Compute(due, DeadlineKind.CalendarDays, days).DueDate : due;
    }

    public DateOnly? ReviewRequestDue(WorkCalendar calendar) =>
        RepliedOn is { } replied ? PetitionClocks.Due(calendar, PetitionClocks.ReviewRequest, replied) : null;
    public DateOnly? ReviewDue(WorkCalendar calendar) =>
        ReviewRequestedOn is { } requested ? PetitionClocks.Due(calendar, PetitionClocks.ReviewAnswer, requested) : null;
    public DateOnly? ReReviewRequestDue(WorkCalendar calendar) =>
        ReviewAnsweredOn is { } answered ? PetitionClocks.Due(calendar, PetitionClocks.ReReviewRequest, answered) : null;
    public DateOnly? ReReviewDue(WorkCalendar calendar) =>
        ReReviewRequestedOn is { } requested ? PetitionClocks.Due(calendar, PetitionClocks.ReReviewAnswer, requested) : null;

    /// <summary>Who handles it: an office of the town, the 包案 leader, and the level (town or village).</summary>
    public void AssignHandling(long? officeId, string? leaderId, HandlingLevel level)
    {
        Require(Status is PetitionStatus.Registered or PetitionStatus.Accepted or PetitionStatus.Assigned, "已答复或已办结的信访事项不能再变更承办。");
        if (level == HandlingLevel.Village && VillageId is null) throw new DomainRuleException("该信访事项未关联村（社区），不能由村级承办。");
        HandlingOfficeId = officeId;
        ResponsibleLeaderId = string.IsNullOrWhiteSpace(leaderId) ? null : leaderId;
        Level = level;
        Version++;
    }

    /// <summary>受理、交办、不予受理 or 转送; 受理 and 交办 start the 60-day clock (《信访工作条例》第三十四条).</summary>
    public void Decide(AcceptanceDecision decision, DateOnly on, string? note)
    {
        Require(Status == PetitionStatus.Registered, "只有已登记、尚未作出受理决定的信访事项才能作出受理决定。");
        NotBefore(on, ReceivedOn, "决定日期不能早于收到日期。");
        if (decision is AcceptanceDecision.Decline or AcceptanceDecision.Transfer && string.IsNullOrWhiteSpace(note))
            throw new DomainRuleException(decision == AcceptanceDecision.Decline
                ? "不予受理须写明理由。" : "转送须写明转送的机关。");
        Decision = decision;
        DecidedOn = on;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Version++;
        Status = decision switch
        {
            AcceptanceDecision.Accept => PetitionStatus.Accepted,
            AcceptanceDecision.Assign => PetitionStatus.Assigned,
            AcceptanceDecision.Decline => PetitionStatus.NotAccepted,
            _ => PetitionStatus.Transferred,
        };
    }

    /// <summary>The written notice of the decision (《信访工作条例》第二十三条); a late notice is recorded as late, not refused.</summary>
    public void RecordNotice(DateOnly on)
    {
        Require(Decision is not null, "请先作出受理决定，再登记书面告知。");
        Require(NoticeSentOn is null, "已登记过书面告知。");
        NotBefore(on, DecidedOn!.Value, "告知日期不能早于决定日期。");
        NoticeSentOn = on;
        Version++;
    }

    public bool NoticeWasLate(WorkCalendar calendar) => NoticeSentOn is { } sent && sent > NoticeDue(calendar);

    /// <summary>
    /// One extension of at most 30 日, approved by the head, before the time runs out, with the reason
    /// told to the petitioner (《信访工作条例》第三十四条).
    /// </summary>
    public void Extend(int days, string reason, string approvedBy, DateOnly decidedOn, DateOnly toldOn, WorkCalendar calendar)
    {
        Require(Status is PetitionStatus.Accepted or PetitionStatus.Assigned, "只有正在办理、尚未答复的信访事项才能延期。");
        Require(ExtensionDays is null, "办理期限只能延长一次（《信访工作条例》第三十四条）。");
        if (days < 1 || days > PetitionClocks.MaxExtensionDays)
            throw new DomainRuleException($"延长期限应为1至{PetitionClocks.MaxExtensionDays}日（《信访工作条例》第三十四条）。");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("请写明延期理由，并告知信访人。");
        if (string.IsNullOrWhiteSpace(approvedBy)) throw new DomainRuleException("延期须经本机关负责人批准，请填写批准人。");
        Require(decidedOn <= ReplyDue(calendar)!.Value, "办理期限已届满，不能再延期。");
        NotBefore(decidedOn, DecidedOn!.Value, "延期批准日期不能早于受理日期。");
        NotBefore(toldOn, decidedOn, "告知信访人延期理由的日期不能早于批准日期。");
        ExtensionDays = days;
        ExtensionReason = reason.Trim();
        ExtensionApprovedBy = approvedBy.Trim();
        ExtensionToldOn = toldOn;
        Version++;
    }

    /// <summary>The 信访处理意见书 with opinion and legal basis (《信访工作条例》第三十二条).</summary>
    public void Reply(DateOnly on, ReplyOpinion opinion, string legalBasis)
    {
        Require(Status is PetitionStatus.Accepted or PetitionStatus.Assigned, "只有已受理或已交办的信访事项才能出具处理意见。");
        NotBefore(on, DecidedOn!.Value, "答复日期不能早于受理日期。");
        if (string.IsNullOrWhiteSpace(legalBasis)) throw new DomainRuleException("信访处理意见书须写明依据（《信访工作条例》第三十二条）。");
        RepliedOn = on;
        Opinion = opinion;
        LegalBasis = legalBasis.Trim();
        Status = PetitionStatus.Replied;
        Version++;
    }

    public bool RepliedLate(WorkCalendar calendar) => RepliedOn is { } replied && ReplyDue(calendar) is { } due && replied > due;

    public void Rate(Satisfaction satisfaction)
    {
        Require(RepliedOn is not null, "答复之后才能评价满意度。");
        Satisfaction = satisfaction;
        Version++;
    }

    /// <summary>复查: requested within 30 日 of the reply, answered within 30 日 (《信访工作条例》第三十五条).</summary>
    public void RequestReview(DateOnly on, WorkCalendar calendar)
    {
        Require(Status == PetitionStatus.Replied, "只有已答复的信访事项才能请求复查。");
        NotBefore(on, RepliedOn!.Value, "请求复查的日期不能早于答复日期。");
        var window = ReviewRequestDue(calendar)!.Value;
        Require(on <= window, $"已超过请求复查的期限（{ChinaTime.Format(window)}，《信访工作条例》第三十五条）。");
        ReviewRequestedOn = on;
        Status = PetitionStatus.UnderReview;
        Version++;
    }

    public void AnswerReview(DateOnly on, ReplyOpinion opinion)
    {
        Require(Status == PetitionStatus.UnderReview, "该信访事项不在复查中。");
        NotBefore(on, ReviewRequestedOn!.Value, "复查意见日期不能早于请求日期。");
        ReviewAnsweredOn = on;
        ReviewOpinion = opinion;
        Status = PetitionStatus.Reviewed;
        Version++;
    }

    /// <summary>复核: requested within 30 日 of the review opinion, answered within 30 日 (《信访工作条例》第三十六条).</summary>
    public void RequestReReview(DateOnly on, WorkCalendar calendar)
    {
        Require(Status == PetitionStatus.Reviewed, "只有已复查的信访事项才能请求复核。");
        NotBefore(on, ReviewAnsweredOn!.Value, "请求复核的日期不能早于复查意见日期。");
        var window = ReReviewRequestDue(calendar)!.Value;
        Require(on <= window, $"已超过请求复核的期限（{ChinaTime.Format(window)}，《信访工作条例》第三十六条）。");
        ReReviewRequestedOn = on;
        Status = PetitionStatus.UnderReReview;
        Version++;
    }

    public void AnswerReReview(DateOnly on, ReplyOpinion opinion)
    {
        Require(Status == PetitionStatus.UnderReReview, "该信访事项不在复核中。");
        NotBefore(on, ReReviewRequestedOn!.Value, "复核意见日期不能早于请求日期。");
        ReReviewAnsweredOn = on;
        ReReviewOpinion = opinion;
        Status = PetitionStatus.ReReviewed;
        Version++;
    }

    /// <summary>办结: a decided matter that is not waiting for a reply, review or re-review.</summary>
    public void Close(DateOnly on)
    {
        Require(Status is PetitionStatus.Replied or PetitionStatus.Reviewed or PetitionStatus.ReReviewed
            or PetitionStatus.NotAccepted or PetitionStatus.Transferred,
            Status is PetitionStatus.Closed or PetitionStatus.Archived ? "该信访事项已办结。" : "尚未答复或复查、复核尚未完成的信访事项不能办结。");
        NotBefore(on, ReReviewAnsweredOn ?? ReviewAnsweredOn ?? RepliedOn ?? DecidedOn!.Value, "办结日期不能早于最后一次处理的日期。");
        ClosedOn = on;
        Status = PetitionStatus.Closed;
        Version++;
    }

    public void Archive(DateOnly on)
    {
        Require(Status == PetitionStatus.Closed, "只有已办结的信访事项才能归档。");
        NotBefore(on, ClosedOn!.Value, "归档日期不能早于办结日期。");
        ArchivedOn = on;
        Status = PetitionStatus.Archived;
        Version++;
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
