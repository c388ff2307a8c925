using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Petitions;

/// <summary>领导接访日 (定期接访) or 下访: leaders receive visitors and go down to the villages (《信访工作条例》第十八条).</summary>
public enum ReceptionKind { ReceptionDay, DownVisit }

public enum ReceptionStatus { Planned, Held, Cancelled }

/// <summary>
/// One scheduled reception: which leader receives when and where. Once held, the record says how many
/// people were received; the petitions registered there point to it.
/// </summary>
public sealed class ReceptionDay : IScopedRecord
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public ReceptionKind Kind { get; private set; }
    public DateOnly Date { get; private set; }
    public string LeaderName { get; private set; } = "";
    public string? LeaderUserId { get; private set; }
    public string Place { get; private set; } = "";
    public ReceptionStatus Status { get; private set; }
    public int? PeopleReceived { get; private set; }
    public string? Notes { get; private set; }
    /// <summary>The people received (names, one a line): personal data, encrypted at rest.</summary>
    [Audit.PersonalField] public string? PeopleList { get; private set; }

    private ReceptionDay() { }

    public static ReceptionDay Plan(long townId, string townPath, ReceptionKind kind, DateOnly date, string leaderName, string? leaderUserId, string place)
    {
        leaderName = (leaderName ?? "").Trim();
        place = (place ?? "").Trim();
        if (leaderName.Length == 0) throw new DomainRuleException("请填写接访领导。");
        if (leaderName.Length > 50) throw new DomainRuleException("接访领导姓名不能超过50个字。");
        if (place.Length == 0) throw new DomainRuleException(kind == ReceptionKind.DownVisit ? "请填写下访地点。" : "请填写接访地点。");
        if (place.Length > 100) throw new DomainRuleException("地点不能超过100个字。");
        return new ReceptionDay
        {
            TownId = townId, ScopePath = townPath, Kind = kind, Date = date, LeaderName = leaderName,
            LeaderUserId = string.IsNullOrWhiteSpace(leaderUserId) ? null : leaderUserId, Place = place, Status = ReceptionStatus.Planned,
        };
    }

    public void RecordHeld(int peopleReceived, string? notes, DateOnly today, string? peopleList = null)
    {
        var names = (peopleList ?? "").Split(['\n', '，', ',', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length > peopleReceived) throw new DomainRuleException($"名单中有{names.Length}人，多于接待人数{peopleReceived}人，请核对。");
        PeopleList = names.Length == 0 ? null : string.Join("\n", names);
        if (PeopleList is { Length: > 1000 }) throw new DomainRuleException("接待群众名单过长，请在接访记录中附件上传。");
        if (Status == ReceptionStatus.Cancelled) throw new DomainRuleException("已取消的接访不能登记为已举行。");
        if (Date > today) throw new DomainRuleException("接访日期未到，不能登记为已举行。");
        if (peopleReceived < 0 || peopleReceived > 10000) throw new DomainRuleException("接待人数应为0至10000之间的整数。");
        Status = ReceptionStatus.Held;
        PeopleReceived = peopleReceived;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (Notes is { Length: > 2000 }) throw new DomainRuleException("接访记录不能超过2000字。");
    }

    public void Cancel()
    {
        if (Status == ReceptionStatus.Held) throw new DomainRuleException("已举行的接访不能取消。");
        Status = ReceptionStatus.Cancelled;
    }

    public static string Label(ReceptionKind kind) => kind == ReceptionKind.DownVisit ? "下访" : "领导接访日";
    public static string Label(ReceptionStatus status) => status switch
    {
        ReceptionStatus.Planned => "计划", ReceptionStatus.Held => "已举行", _ => "已取消",
    };
}
