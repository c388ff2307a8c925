using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Staff;

/// <summary>
/// A member of the town's staff roster (干部职工): who is expected at study sessions and exams, so attendance and
/// participation are computed from the roster, never typed. Someone counts on a day between joining and leaving.
/// </summary>
public sealed class StaffMember : IScopedRecord
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string Name { get; private set; } = "";
    public long? OfficeId { get; private set; }
    public string? Position { get; private set; }
    /// <summary>领导干部 (the town's leaders), who lead study and report on their duty.</summary>
    public bool IsLeader { get; private set; }
    public DateOnly JoinedOn { get; private set; }
    public DateOnly? LeftOn { get; private set; }
    public int Version { get; private set; }

    private StaffMember() { }

    public static StaffMember Create(long townId, string townPath, string name, long? officeId, string? position, bool isLeader, DateOnly joinedOn)
    {
        var m = new StaffMember { TownId = townId, ScopePath = townPath };
        m.Edit(name, officeId, position, isLeader, joinedOn, null);
        m.Version = 0;
        return m;
    }

    public void Edit(string name, long? officeId, string? position, bool isLeader, DateOnly joinedOn, DateOnly? leftOn)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("请填写姓名。");
        if (name.Length > 50) throw new DomainRuleException("姓名不能超过50个字。");
        position = string.IsNullOrWhiteSpace(position) ? null : position.Trim();
        if (position is { Length: > 50 }) throw new DomainRuleException("职务不能超过50个字。");
        if (leftOn is { } left && left < joinedOn) throw new DomainRuleException("调离日期不能早于到岗日期。");
        Name = name;
        OfficeId = officeId;
        Position = position;
        IsLeader = isLeader;
        JoinedOn = joinedOn;
        LeftOn = leftOn;
        Version++;
    }

    public bool OnRosterOn(DateOnly day) => JoinedOn <= day && (LeftOn is null || LeftOn > day);
}
