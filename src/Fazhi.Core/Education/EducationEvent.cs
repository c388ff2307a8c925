using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;

namespace Fazhi.Core.Education;

/// <summary>
/// A legal-education event (普法, 法制报告会, 廉政教育 …): date, title, kind, the sectors it reached (法律六进), the
/// channels used, the place (a village or a venue), organiser and partners, speakers, attendance — exact, or
/// approximate with 余/近 kept as such — materials handed out, and the sign-in sheet and photos as attachments.
/// </summary>
public sealed class EducationEvent : Attachments.IAttachmentOwner
{
    public const char Separator = ',';

    public long Id { get; private set; }
    public long TownId { get; private set; }
    public long? VillageId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public DateOnly HeldOn { get; private set; }
    public string Title { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public string SectorList { get; private set; } = "";
    public string ChannelList { get; private set; } = "";
    public string Venue { get; private set; } = "";
    public long? OrganiserOfficeId { get; private set; }
    public string? Speakers { get; private set; }
    public int? Attendance { get; private set; }
    public AttendanceKind AttendanceKind { get; private set; }
    public int? Materials { get; private set; }
    public string? Summary { get; private set; }
    public List<EventPartner> Partners { get; private set; } = [];
    public int Version { get; private set; }

    public IReadOnlyList<string> SectorsReached => Split(SectorList);
    public IReadOnlyList<string> ChannelsUsed => Split(ChannelList);
    /// <summary>"300余人" as the report would phrase it.</summary>
    public string AttendanceText => EducationLabels.Attendance(Attendance, AttendanceKind);

    private EducationEvent() { }

    public sealed record Details(DateOnly HeldOn, string Title, string Kind, IReadOnlyList<string> Sectors, IReadOnlyList<string> Channels, string Venue,
        long? OrganiserOfficeId, string? Speakers, int? Attendance, AttendanceKind AttendanceKind, int? Materials, string? Summary);

    public static EducationEvent Record(RecordPlace place, Details d, IReadOnlyList<(long Id, string Name)> partners, DateOnly today)
    {
        var e = new EducationEvent { TownId = place.TownId };
        e.Edit(place, d, partners, today);
        e.Version = 0;
        return e;
    }

    public void Edit(RecordPlace place, Details d, IReadOnlyList<(long Id, string Name)> partners, DateOnly today)
    {
        if (place.TownId != TownId) throw new DomainRuleException("活动不能改到其他乡镇。");
        if (d.HeldOn > today) throw new DomainRuleException("活动日期不能晚于今天；计划中的活动请在活动后登记。");
        var title = Text(d.Title, "请填写活动名称。", 100, "活动名称")!;
        if (!EventKinds.All.Contains(d.Kind)) throw new DomainRuleException("请选择活动类型。");
        var sectors = Pick(d.Sectors, Sectors.All, "覆盖领域");
        var channels = Pick(d.Channels, Channels.All, "宣传形式");
        var venue = Text(d.Venue, "请填写活动地点。", 100, "活动地点")!;
        if (d.Attendance is < 0 or > 1_000_000) throw new DomainRuleException("参加人数须在0至1000000之间。");
        if (d.Attendance is null && d.AttendanceKind != AttendanceKind.Exact) throw new DomainRuleException("请填写参加人数，再选择“余”或“近”。");
        if (d.Materials is < 0 or > 10_000_000) throw new DomainRuleException("发放资料份数须在0至10000000之间。");
        HeldOn = d.HeldOn;
        Title = title;
        Kind = d.Kind;
        SectorList = string.Join(Separator, sectors);
        ChannelList = string.Join(Separator, channels);
        VillageId = place.VillageId;
        ScopePath = place.ScopePath;
        Venue = venue;
        OrganiserOfficeId = d.OrganiserOfficeId;
        Speakers = Text(d.Speakers, null, 200, "主讲人");
        Attendance = d.Attendance;
        AttendanceKind = d.AttendanceKind;
        Materials = d.Materials;
        Summary = Text(d.Summary, null, 4000, "活动情况");
        Partners.RemoveAll(p => !partners.Any(x => x.Id == p.PartnerId));
        foreach (var (id, name) in partners.DistinctBy(p => p.Id).Where(p => !Partners.Any(x => x.PartnerId == p.Id)))
            Partners.Add(new EventPartner(id, name, ScopePath));
        foreach (var p in Partners) p.PlaceIn(ScopePath);
        Version++;
    }

    static IReadOnlyList<string> Split(string list) => list.Split(Separator, StringSplitOptions.RemoveEmptyEntries);

    static IReadOnlyList<string> Pick(IReadOnlyList<string> chosen, IReadOnlyList<string> allowed, string what)
    {
        var unknown = chosen.FirstOrDefault(c => !allowed.Contains(c));
        if (unknown is not null) throw new DomainRuleException($"{what}“{unknown}”不在可选范围内。");
        // Kept in the list's order, so a figure's breakdown reads the same everywhere.
        return allowed.Where(chosen.Contains).ToList();
    }

    internal static string? Text(string? value, string? missing, int max, string what)
    {
        value = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (value is null && missing is not null) throw new DomainRuleException(missing);
        if (value is { Length: var n } && n > max) throw new DomainRuleException($"{what}不能超过{max}字。");
        return value;
    }
}

/// <summary>A partner (law firm, agency) that co-organised an event.</summary>
public sealed class EventPartner : IScopedRecord
{
    public long Id { get; private set; }
    public long EventId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public long PartnerId { get; private set; }
    public string Name { get; private set; } = "";

    private EventPartner() { }

    internal EventPartner(long partnerId, string name, string scopePath)
    {
        PartnerId = partnerId;
        Name = name;
        ScopePath = scopePath;
    }

    internal void PlaceIn(string scopePath) => ScopePath = scopePath;
}
