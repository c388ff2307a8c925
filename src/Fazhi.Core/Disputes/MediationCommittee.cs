using Fazhi.Core.Regions;
using Fazhi.Core.Audit;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.PersonalData;

namespace Fazhi.Core.Disputes;

/// <summary>
/// A people's mediation committee (人民调解委员会) of a village or the town and its members. The law's make-up rules
/// (《人民调解法》第九条: 3–9 members, one chair, a woman among them, a 3-year term) are shown as warnings rather than
/// refused, because a clerk must be able to record the committee as it actually is.
/// </summary>
public sealed class MediationCommittee : IScopedRecord
{
    public const int MinMembers = 3;
    public const int MaxMembers = 9;
    public const int TermYears = 3;

    public long Id { get; private set; }
    public long TownId { get; private set; }
    public long? VillageId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>The day the current term began (election or appointment).</summary>
    public DateOnly TermStartedOn { get; private set; }
    public bool IsActive { get; private set; } = true;
    public int Version { get; private set; }
    public List<Mediator> Members { get; private set; } = [];

    private MediationCommittee() { }

    public static MediationCommittee Create(RecordPlace place, string name, DateOnly termStartedOn, DateOnly today)
    {
        var c = new MediationCommittee { TownId = place.TownId, VillageId = place.VillageId, ScopePath = place.ScopePath };
        c.Update(name, termStartedOn, today);
        return c;
    }

    public void Update(string name, DateOnly termStartedOn, DateOnly today)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("请填写委员会名称。");
        if (name.Length > 100) throw new DomainRuleException("委员会名称不能超过100个字。");
        if (termStartedOn > today) throw new DomainRuleException("本届任期开始日期不能晚于今天。");
        Name = name;
        TermStartedOn = termStartedOn;
        Version++;
    }

    /// <summary>换届: a new term starts; members carry over unless removed.</summary>
    public Mediator AddMember(string name, Sex sex, MediatorRole role, string? phone, DateOnly joinedOn)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("请填写调解员姓名。");
        if (name.Length > 50) throw new DomainRuleException("调解员姓名不能超过50个字。");
        if (Active.Any(m => m.Name == name)) throw new DomainRuleException($"{name}已是本委员会委员。");
        if (role == MediatorRole.Chair && Active.Any(m => m.Role == MediatorRole.Chair))
            throw new DomainRuleException("委员会只设主任一人（《人民调解法》第九条），请先调整现任主任。");
        if (!string.IsNullOrWhiteSpace(phone))
        {
            if (PhoneNumber.Validate(phone) is { } problem) throw new DomainRuleException($"{name}：{problem}");
            phone = PhoneNumber.Normalise(phone);
        }
        else phone = null;
        var m = new Mediator(ScopePath, name, sex, role, phone, joinedOn);
        Members.Add(m);
        Version++;
        return m;
    }

    public void RemoveMember(long mediatorId, DateOnly on)
    {
        var m = Members.FirstOrDefault(x => x.Id == mediatorId && x.LeftOn is null) ?? throw new NotFoundException();
        if (on < m.JoinedOn) throw new DomainRuleException("离任日期不能早于任职日期。");
        m.Leave(on);
        Version++;
    }

    public void Deactivate() { IsActive = false; Version++; }

    public IEnumerable<Mediator> Active => Members.Where(m => m.LeftOn is null);

    public DateOnly TermEndsOn => TermStartedOn.AddYears(TermYears);

    /// <summary>What breaks 《人民调解法》第九条 today, in words a clerk can act on; empty when the committee is in order.</summary>
    public IReadOnlyList<string> Warnings(DateOnly today)
    {
        var list = new List<string>();
        var active = Active.ToList();
        if (active.Count < MinMembers || active.Count > MaxMembers)
            list.Add($"委员会由{MinMembers}至{MaxMembers}人组成（《人民调解法》第九条），现有{active.Count}人。");
        if (!active.Any(m => m.Sex == Sex.Female))
            list.Add("委员会中应当有妇女成员（《人民调解法》第九条）。");
        if (!active.Any(m => m.Role == MediatorRole.Chair))
            list.Add("委员会应设主任一人（《人民调解法》第九条）。");
        if (today >= TermEndsOn)
            list.Add($"本届任期已满{TermYears}年（{ChinaTime.Format(TermStartedOn)}起），应当换届（《人民调解法》第九条）。");
        return list;
    }
}

/// <summary>A member (人民调解员) of a committee; a member who leaves keeps the record with the day they left.</summary>
public sealed class Mediator : IScopedRecord
{
    public long Id { get; private set; }
    public long CommitteeId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Sex Sex { get; private set; }
    public MediatorRole Role { get; private set; }
    [PersonalField] public string? Phone { get; private set; }
    public DateOnly JoinedOn { get; private set; }
    public DateOnly? LeftOn { get; private set; }

    private Mediator() { }

    internal Mediator(string scopePath, string name, Sex sex, MediatorRole role, string? phone, DateOnly joinedOn)
    {
        ScopePath = scopePath; Name = name; Sex = sex; Role = role; Phone = phone; JoinedOn = joinedOn;
    }

    internal void Leave(DateOnly on) => LeftOn = on;
}
