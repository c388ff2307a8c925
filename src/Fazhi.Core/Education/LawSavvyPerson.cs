using Fazhi.Core.Audit;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;

namespace Fazhi.Core.Education;

/// <summary>A village's 法律明白人 (legally literate villager) with the trainings they attended.</summary>
public sealed class LawSavvyPerson : IScopedRecord
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public long VillageId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string Name { get; private set; } = "";
    [PersonalField] public string? Phone { get; private set; }
    public DateOnly AppointedOn { get; private set; }
    public List<LawSavvyTraining> Trainings { get; private set; } = [];
    public int Version { get; private set; }

    private LawSavvyPerson() { }

    public static LawSavvyPerson Appoint(RecordPlace place, string name, string? phone, DateOnly on)
    {
        if (place.VillageId is not { } village) throw new DomainRuleException("法律明白人须选择所在村（社区）。");
        string? normalised = null;
        if (!string.IsNullOrWhiteSpace(phone))
        {
            if (PersonalData.PhoneNumber.Validate(phone) is { } bad) throw new DomainRuleException($"联系电话：{bad}");
            normalised = PersonalData.PhoneNumber.Normalise(phone);
        }
        return new LawSavvyPerson
        {
            TownId = place.TownId, VillageId = village, ScopePath = place.ScopePath, Name = EducationEvent.Text(name, "请填写姓名。", 50, "姓名")!,
            Phone = normalised, AppointedOn = on,
        };
    }

    /// <summary>A training attended: an education event of the town, or one held elsewhere (by title).</summary>
    public void Trained(DateOnly on, string title, long? eventId)
    {
        if (on < AppointedOn) throw new DomainRuleException("培训日期不能早于确定为法律明白人的日期。");
        if (eventId is not null && Trainings.Any(t => t.EventId == eventId)) throw new DomainRuleException($"{Name}已登记参加该次培训。");
        Trainings.Add(new LawSavvyTraining(ScopePath, on, EducationEvent.Text(title, "请填写培训名称。", 100, "培训名称")!, eventId));
        Version++;
    }
}

public sealed class LawSavvyTraining : IScopedRecord
{
    public long Id { get; private set; }
    public long PersonId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public DateOnly On { get; private set; }
    public string Title { get; private set; } = "";
    public long? EventId { get; private set; }

    private LawSavvyTraining() { }

    internal LawSavvyTraining(string scopePath, DateOnly on, string title, long? eventId)
    {
        ScopePath = scopePath;
        On = on;
        Title = title;
        EventId = eventId;
    }
}
