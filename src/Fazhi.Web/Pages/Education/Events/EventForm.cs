using Fazhi.Core.Education;
using Fazhi.Core.Regions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Fazhi.Web.Pages.Education.Events;

/// <summary>An event's fields on the record and edit forms; the date and numbers as text so a bad one gets a Chinese message.</summary>
public sealed class EventForm
{
    public string? HeldOn { get; set; }
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public List<string> Sectors { get; set; } = [];
    public List<string> Channels { get; set; } = [];
    public long? VillageId { get; set; }
    public string? Venue { get; set; }
    public long? OrganiserOfficeId { get; set; }
    public List<long> PartnerIds { get; set; } = [];
    public string? Speakers { get; set; }
    public string? Attendance { get; set; }
    public AttendanceKind AttendanceKind { get; set; } = AttendanceKind.Exact;
    public string? Materials { get; set; }
    public string? Summary { get; set; }

    public static EventForm Of(EducationEvent e) => new()
    {
        HeldOn = EducationForms.Iso(e.HeldOn), Title = e.Title, Kind = e.Kind, Sectors = [.. e.SectorsReached], Channels = [.. e.ChannelsUsed],
        VillageId = e.VillageId, Venue = e.Venue, OrganiserOfficeId = e.OrganiserOfficeId, PartnerIds = e.Partners.Select(p => p.PartnerId).ToList(),
        Speakers = e.Speakers, Attendance = e.Attendance?.ToString(System.Globalization.CultureInfo.InvariantCulture), AttendanceKind = e.AttendanceKind,
        Materials = e.Materials?.ToString(System.Globalization.CultureInfo.InvariantCulture), Summary = e.Summary,
    };

    /// <summary>
    /// The command's input, or null with the messages on their fields. A sector and a channel are asked for here: every
    /// event reaches someone (法律六进) by some means, and the figures count events by both.
    /// </summary>
    public EducationCommands.EventInput? ToInput(long townId, IReadOnlyList<RegionRow> villages, ModelStateDictionary modelState)
    {
        var heldOn = EducationForms.ParseDate(HeldOn, modelState, "Input.HeldOn", "活动日期");
        if (string.IsNullOrWhiteSpace(Kind)) modelState.AddModelError("Input.Kind", "请选择活动类型。");
        if (Sectors.Count == 0) modelState.AddModelError("Input.Sectors", "请至少选择一个覆盖领域（法律六进）。");
        if (Channels.Count == 0) modelState.AddModelError("Input.Channels", "请至少选择一种宣传形式。");
        var attendance = EducationForms.ParseCount(Attendance, modelState, "Input.Attendance", "参加人数");
        var materials = EducationForms.ParseCount(Materials, modelState, "Input.Materials", "发放资料份数");
        if (heldOn is null || !modelState.IsValid) return null;
        // Held in a village without a venue typed: the village is the place.
        var venue = string.IsNullOrWhiteSpace(Venue) && VillageId is { } v ? villages.FirstOrDefault(x => x.Id == v)?.Name : Venue;
        return new(townId, VillageId, new EducationEvent.Details(heldOn.Value, Title ?? "", Kind!, Sectors, Channels, venue ?? "", OrganiserOfficeId,
            Speakers, attendance, AttendanceKind, materials, Summary), PartnerIds);
    }

    public static void AddError(ModelStateDictionary modelState, string message) =>
        EducationForms.AddDomainError(modelState, message, ("Input.HeldOn", "活动日期"), ("Input.Title", "活动名称"), ("Input.Kind", "活动类型"),
            ("Input.Sectors", "覆盖领域"), ("Input.Channels", "宣传形式"), ("Input.Venue", "活动地点"), ("Input.Attendance", "参加人数"),
            ("Input.Materials", "发放资料"), ("Input.Speakers", "主讲人"), ("Input.Summary", "活动情况"), ("Input.OrganiserOfficeId", "科室"),
            ("Input.PartnerIds", "协作单位"), ("Input.VillageId", "村（社区）"));
}

/// <summary>What the _EventFields partial needs from its page.</summary>
public interface IEventFormPage
{
    EventForm Input { get; }
    IReadOnlyList<RegionRow> Villages { get; }
    RegionRow? FixedVillage { get; }
    IReadOnlyList<(long Id, string Name)> Offices { get; }
    IReadOnlyList<(long Id, string Name)> Partners { get; }
    DateOnly Today { get; }
}
