using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Education;

/// <summary>
/// A meeting of the leading group for rule of law, a special meeting, or a joint Party–government meeting: date,
/// attendees, agenda items each marked when it is a rule-of-law topic, and the decisions taken.
/// </summary>
public sealed class Meeting : Attachments.IAttachmentOwner
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public DateOnly HeldOn { get; private set; }
    public MeetingKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Chair { get; private set; } = "";
    public string Attendees { get; private set; } = "";
    public List<AgendaItem> Items { get; private set; } = [];
    public int Version { get; private set; }

    public bool OnRuleOfLaw => Items.Any(i => i.RuleOfLaw);

    private Meeting() { }

    public sealed record ItemInput(string Topic, bool RuleOfLaw, string? Decision);

    public static Meeting Record(long townId, string townPath, DateOnly heldOn, MeetingKind kind, string title, string chair, string attendees,
        IReadOnlyList<ItemInput> items, DateOnly today)
    {
        if (heldOn > today) throw new DomainRuleException("会议日期不能晚于今天。");
        var list = items.Where(i => !string.IsNullOrWhiteSpace(i.Topic)).ToList();
        if (list.Count == 0) throw new DomainRuleException("请至少登记一项议题。");
        var m = new Meeting
        {
            TownId = townId, ScopePath = townPath, HeldOn = heldOn, Kind = kind, Title = EducationEvent.Text(title, "请填写会议名称。", 100, "会议名称")!,
            Chair = EducationEvent.Text(chair, "请填写主持人。", 50, "主持人")!, Attendees = EducationEvent.Text(attendees, "请填写参会人员。", 500, "参会人员")!,
        };
        foreach (var i in list)
            m.Items.Add(new AgendaItem(townPath, EducationEvent.Text(i.Topic, null, 200, "议题")!, i.RuleOfLaw, EducationEvent.Text(i.Decision, null, 1000, "议定事项")));
        return m;
    }
}

public sealed class AgendaItem : IScopedRecord
{
    public long Id { get; private set; }
    public long MeetingId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string Topic { get; private set; } = "";
    public bool RuleOfLaw { get; private set; }
    public string? Decision { get; private set; }

    private AgendaItem() { }

    internal AgendaItem(string scopePath, string topic, bool ruleOfLaw, string? decision)
    {
        ScopePath = scopePath;
        Topic = topic;
        RuleOfLaw = ruleOfLaw;
        Decision = decision;
    }
}

/// <summary>
/// A principal leader's record as the first person responsible for rule-of-law construction (党政主要负责人履行推进法治
/// 建设第一责任人职责): a 述法 report, study they led, or a rule-of-law problem they solved.
/// </summary>
public sealed class LeaderDuty : IScopedRecord
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public long StaffMemberId { get; private set; }
    public string LeaderName { get; private set; } = "";
    public DateOnly On { get; private set; }
    public LeaderDutyKind Kind { get; private set; }
    public string Summary { get; private set; } = "";

    private LeaderDuty() { }

    public static LeaderDuty Record(Staff.StaffMember leader, DateOnly on, LeaderDutyKind kind, string summary, DateOnly today)
    {
        if (!leader.IsLeader) throw new DomainRuleException($"{leader.Name}不是镇领导干部，不能登记第一责任人履职记录。");
        if (on > today) throw new DomainRuleException("日期不能晚于今天。");
        if (!leader.OnRosterOn(on)) throw new DomainRuleException($"{leader.Name}在{ChinaTime.Format(on)}不在本镇干部职工名册中。");
        return new LeaderDuty
        {
            TownId = leader.TownId, ScopePath = leader.ScopePath, StaffMemberId = leader.Id, LeaderName = leader.Name, On = on, Kind = kind,
            Summary = EducationEvent.Text(summary, "请填写履职内容。", 2000, "履职内容")!,
        };
    }
}
