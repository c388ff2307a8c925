using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Disputes;

/// <summary>
/// 督办: an order from the town to whoever handles a dispute, with what is required and a deadline, answered with
/// what was done. Overdue while unanswered after its deadline.
/// </summary>
public sealed class SupervisionOrder : IScopedRecord
{
    public long Id { get; private set; }
    public long DisputeId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public string Requirement { get; private set; } = "";
    public string IssuedBy { get; private set; } = "";
    public DateOnly? AnsweredOn { get; private set; }
    public string? Answer { get; private set; }

    private SupervisionOrder() { }

    internal static SupervisionOrder Issue(string scopePath, DateOnly issuedOn, DateOnly dueOn, string requirement, string issuedBy)
    {
        requirement = (requirement ?? "").Trim();
        if (requirement.Length == 0) throw new DomainRuleException("请写明督办要求。");
        if (requirement.Length > 1000) throw new DomainRuleException("督办要求不能超过1000字。");
        if (dueOn <= issuedOn) throw new DomainRuleException("督办期限应晚于督办日期。");
        if (dueOn > issuedOn.AddDays(90)) throw new DomainRuleException("督办期限不宜超过90日，请分阶段督办。");
        return new SupervisionOrder { ScopePath = scopePath, IssuedOn = issuedOn, DueOn = dueOn, Requirement = requirement, IssuedBy = issuedBy };
    }

    internal void Respond(DateOnly on, string answer)
    {
        if (AnsweredOn is not null) throw new DomainRuleException("该督办事项已经反馈。");
        if (on < IssuedOn) throw new DomainRuleException("反馈日期不能早于督办日期。");
        answer = (answer ?? "").Trim();
        if (answer.Length == 0) throw new DomainRuleException("请填写办理情况。");
        if (answer.Length > 1000) throw new DomainRuleException("办理情况不能超过1000字。");
        AnsweredOn = on;
        Answer = answer;
    }

    public bool IsOverdue(DateOnly today) => AnsweredOn is null ? today > DueOn : AnsweredOn > DueOn;
    public bool AnsweredLate => AnsweredOn is { } a && a > DueOn;
}
