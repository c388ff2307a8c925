using Fazhi.Core.Attachments;
using Fazhi.Core.Reporting;

namespace Fazhi.Web.Pages.Reports;

/// <summary>
/// Where a record behind a figure is read: its module's details page by its kind (the attachment-owner kind a
/// <see cref="FigureRecord"/> carries). A registered owner kind without a details page of its own opens its
/// attachments page, which names it; any other kind is shown without a link.
/// </summary>
public static class RecordLinks
{
    public static string? Of(FigureRecord record, AttachmentOwnerRegistry owners) => record.Kind switch
    {
        "petition" => $"/Petitions/{record.Id}",
        "reception-day" => $"/Petitions/Reception?year={record.On.Year}",
        "dispute" => $"/Disputes/{record.Id}",
        "screening" => $"/Disputes/Screenings/{record.Id}",
        "enforcement-entity" => $"/Enforcement/Entities/{record.Id}",
        "enforcement-campaign" => $"/Enforcement/Campaigns/{record.Id}",
        "inspection" => $"/Enforcement/Inspections/{record.Id}",
        "enforcement-order" => $"/Enforcement/Orders/{record.Id}",
        "enforcement-case" => $"/Enforcement/Cases/{record.Id}",
        "education-event" => $"/Education/Events/{record.Id}",
        "study-session" => $"/Education/Study/{record.Id}",
        "consultation" => $"/Education/Consultations/{record.Id}",
        "meeting" => $"/Education/Meetings/{record.Id}",
        var kind when owners.IsKnown(kind) => $"/attachments/owner/{kind}/{record.Id}",
        _ => null,
    };

    /// <summary>What kind of record it is, as a reader names it.</summary>
    public static string KindLabel(string kind) => kind switch
    {
        "petition" => "信访事项",
        "reception-day" => "接访活动",
        "dispute" => "矛盾纠纷",
        "screening" => "排查活动",
        "enforcement-entity" => "监管对象",
        "enforcement-campaign" => "专项整治",
        "inspection" => "检查记录",
        "enforcement-order" => "整改通知",
        "enforcement-case" => "行政处罚案件",
        "patrol-task" => "巡查任务",
        "education-event" => "普法活动",
        "study-session" => "干部学法",
        "consultation" => "法律咨询",
        "meeting" => "会议",
        _ => "记录",
    };
}
