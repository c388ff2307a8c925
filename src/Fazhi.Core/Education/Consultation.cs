using Fazhi.Core.Audit;
using Fazhi.Core.Common;
using Fazhi.Core.Regions;

namespace Fazhi.Core.Education;

/// <summary>
/// A legal consultation (法律咨询): date, channel, the person (optional; phone encrypted and masked), category,
/// question, answer, who answered and the follow-up. One flagged as a special case becomes a legal-aid referral
/// (转法律援助) whose status runs referred → accepted → done, or refused, with its result (《法律援助法》第四十三条:
/// the centre decides within 7 days).
/// </summary>
public sealed class Consultation : Attachments.IAttachmentOwner
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public long? VillageId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public DateOnly On { get; private set; }
    public ConsultationChannel Channel { get; private set; }
    public long? EventId { get; private set; }
    public string? PersonName { get; private set; }
    [PersonalField] public string? Phone { get; private set; }
    public string Category { get; private set; } = "";
    public string Question { get; private set; } = "";
    public string Answer { get; private set; } = "";
    public string AnsweredBy { get; private set; } = "";
    public string? FollowUp { get; private set; }
    public ReferralStatus? Referral { get; private set; }
    public DateOnly? ReferredOn { get; private set; }
    public DateOnly? ReferralDecidedOn { get; private set; }
    public DateOnly? ReferralDoneOn { get; private set; }
    public string? ReferralResult { get; private set; }
    public int Version { get; private set; }

    private Consultation() { }

    public sealed record Input(DateOnly On, ConsultationChannel Channel, long? EventId, string? PersonName, string? Phone, string Category, string Question,
        string Answer, string AnsweredBy, string? FollowUp);

    public static Consultation Record(RecordPlace place, Input i, DateOnly today)
    {
        if (i.On > today) throw new DomainRuleException("咨询日期不能晚于今天。");
        if (!ConsultationCategories.All.Contains(i.Category)) throw new DomainRuleException("请选择咨询类别。");
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(i.Phone))
        {
            if (PersonalData.PhoneNumber.Validate(i.Phone) is { } bad) throw new DomainRuleException($"联系电话：{bad}");
            phone = PersonalData.PhoneNumber.Normalise(i.Phone);
        }
        return new Consultation
        {
            TownId = place.TownId, VillageId = place.VillageId, ScopePath = place.ScopePath, On = i.On, Channel = i.Channel, EventId = i.EventId,
            PersonName = EducationEvent.Text(i.PersonName, null, 50, "咨询人姓名"), Phone = phone, Category = i.Category,
            Question = EducationEvent.Text(i.Question, "请填写咨询的问题。", 2000, "咨询问题")!,
            Answer = EducationEvent.Text(i.Answer, "请填写解答意见。", 4000, "解答意见")!,
            AnsweredBy = EducationEvent.Text(i.AnsweredBy, "请填写解答人。", 50, "解答人")!,
            FollowUp = EducationEvent.Text(i.FollowUp, null, 1000, "后续跟进"),
        };
    }

    /// <summary>特殊案例登记: refer the person to the legal-aid centre.</summary>
    public void Refer(DateOnly on, string? note)
    {
        if (Referral is not null) throw new DomainRuleException("该咨询已转法律援助。");
        if (on < On) throw new DomainRuleException("转介日期不能早于咨询日期。");
        if (PersonName is null) throw new DomainRuleException("转法律援助须登记咨询人姓名。");
        Referral = ReferralStatus.Referred;
        ReferredOn = on;
        ReferralResult = EducationEvent.Text(note, null, 1000, "转介说明");
        Version++;
    }

    public void ReferralDecided(DateOnly on, bool accepted, string? reason)
    {
        if (Referral != ReferralStatus.Referred) throw new DomainRuleException("只有已转介、待法律援助中心决定的事项才能登记受理结果。");
        if (on < ReferredOn) throw new DomainRuleException("受理决定日期不能早于转介日期。");
        if (!accepted && string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("不予援助的，请填写理由。");
        Referral = accepted ? ReferralStatus.Accepted : ReferralStatus.Refused;
        ReferralDecidedOn = on;
        if (!accepted) ReferralResult = EducationEvent.Text(reason, null, 1000, "理由");
        Version++;
    }

    public void ReferralCompleted(DateOnly on, string result)
    {
        if (Referral != ReferralStatus.Accepted) throw new DomainRuleException("只有法律援助中心已受理的事项才能登记援助结果。");
        if (on < ReferralDecidedOn) throw new DomainRuleException("援助完毕日期不能早于受理日期。");
        Referral = ReferralStatus.Done;
        ReferralDoneOn = on;
        ReferralResult = EducationEvent.Text(result, "请填写援助结果。", 1000, "援助结果");
        Version++;
    }
}
