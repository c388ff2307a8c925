using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Reports;

/// <summary>存在的问题 or 下一步工作计划.</summary>
public enum ActionKind { Problem, Plan }

/// <summary>未开始 → 推进中 → 已完成, or 已调整 (dropped with a reason).</summary>
public enum ActionStatus { Open, InProgress, Done, Dropped }

/// <summary>
/// An item of a year's report's 存在的问题 or 下一步工作计划, tracked: the owner office, a due date, where it stands and
/// its evidence. The next year's report carries a generated paragraph on their progress.
/// </summary>
public sealed class ActionItem : IScopedRecord, Attachments.IAttachmentOwner
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public string ScopePath { get; private set; } = "";
    /// <summary>The year of the report that raised it.</summary>
    public int Year { get; private set; }
    public ActionKind Kind { get; private set; }
    public int Order { get; private set; }
    public string Text { get; private set; } = "";
    public long? OfficeId { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public ActionStatus Status { get; private set; }
    public string? Progress { get; private set; }
    public DateOnly? DoneOn { get; private set; }
    public int Version { get; private set; }

    private ActionItem() { }

    public static ActionItem Raise(long townId, string townPath, int year, ActionKind kind, int order, string text, long? officeId, DateOnly? dueOn)
    {
        var item = new ActionItem { TownId = townId, ScopePath = townPath, Year = year, Kind = kind, Order = order };
        item.Edit(text, officeId, dueOn);
        return item;
    }

    public void Edit(string text, long? officeId, DateOnly? dueOn)
    {
        Text = AnnualReport.Text(text, Kind == ActionKind.Problem ? "请填写问题内容。" : "请填写工作计划内容。", 500, "内容")!;
        if (dueOn is { } due && due.Year < Year) throw new DomainRuleException("完成期限不能早于报告年度。");
        OfficeId = officeId;
        DueOn = dueOn;
        Version++;
    }

    /// <summary>Where the item stands; done needs its date, dropped and in progress need a word on why or how far.</summary>
    public void Track(ActionStatus status, string? progress, DateOnly? doneOn, DateOnly today)
    {
        progress = AnnualReport.Text(progress, null, 1000, "进展情况");
        switch (status)
        {
            case ActionStatus.Done when doneOn is null: throw new DomainRuleException("已完成的事项请填写完成日期。");
            case ActionStatus.Done when doneOn > today: throw new DomainRuleException("完成日期不能晚于今天。");
            case ActionStatus.Dropped when progress is null: throw new DomainRuleException("调整（不再推进）的事项请写明原因。");
            case ActionStatus.InProgress when progress is null: throw new DomainRuleException("推进中的事项请写明进展情况。");
        }
        Status = status;
        Progress = progress;
        DoneOn = status == ActionStatus.Done ? doneOn : null;
        Version++;
    }

    /// <summary>The item's first sentence, without its full stop: how a progress paragraph names it.</summary>
    public string Headline => Text.Split('。', 2)[0].TrimEnd('；', '，');

    public bool IsOverdueOn(DateOnly day) => DueOn is { } due && due < day && Status is ActionStatus.Open or ActionStatus.InProgress;
}
