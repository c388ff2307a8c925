using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Disputes;

/// <summary>
/// One mediation session and its minutes (《人民调解法》第二十七条: the mediator records the process; the
/// 1989 rules call for 登记 and 笔录). The mediation record (.docx) is written from these.
/// </summary>
public sealed class MediationSession : IScopedRecord
{
    public long Id { get; private set; }
    public long DisputeId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public DateOnly HeldOn { get; private set; }
    public string Place { get; private set; } = "";
    public string Mediators { get; private set; } = "";
    public string Attendees { get; private set; } = "";
    public string Minutes { get; private set; } = "";

    private MediationSession() { }

    internal static MediationSession Create(string scopePath, DateOnly heldOn, string place, string mediators, string attendees, string minutes)
    {
        place = (place ?? "").Trim();
        mediators = (mediators ?? "").Trim();
        attendees = (attendees ?? "").Trim();
        minutes = (minutes ?? "").Trim();
        if (place.Length == 0) throw new DomainRuleException("请填写调解地点。");
        if (mediators.Length == 0) throw new DomainRuleException("请填写调解员。");
        if (minutes.Length == 0) throw new DomainRuleException("请填写调解记录（《人民调解法》第二十七条）。");
        if (place.Length > 100) throw new DomainRuleException("调解地点不能超过100个字。");
        if (mediators.Length > 200 || attendees.Length > 500) throw new DomainRuleException("调解员或参加人员填写过长。");
        if (minutes.Length > 8000) throw new DomainRuleException("调解记录不能超过8000字。");
        return new MediationSession { ScopePath = scopePath, HeldOn = heldOn, Place = place, Mediators = mediators, Attendees = attendees, Minutes = minutes };
    }
}
