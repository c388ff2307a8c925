using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Staff;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Campaigns;

/// <summary>A campaign's fields on the create and edit forms; dates as text so a bad one gets a Chinese message.</summary>
public sealed class CampaignForm
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? StartsOn { get; set; }
    public string? EndsOn { get; set; }
    public long? LeadOfficeId { get; set; }
    public List<long> PartnerIds { get; set; } = [];
    public string? Targets { get; set; }
    public string? Summary { get; set; }

    public static CampaignForm Of(Campaign c) => new()
    {
        Name = c.Name, Kind = c.Kind, StartsOn = RegisterUi.Iso(c.StartsOn), EndsOn = RegisterUi.Iso(c.EndsOn), LeadOfficeId = c.LeadOfficeId,
        PartnerIds = c.Partners.Select(p => p.PartnerId).ToList(), Targets = c.Targets, Summary = c.Summary,
    };

    /// <summary>The command's input, or null with the date messages on their fields.</summary>
    public RegisterCommands.CampaignInput? ToInput(long townId, ModelStateDictionary modelState)
    {
        var from = RegisterUi.ParseDate(StartsOn, modelState, "Input.StartsOn", "开始日期");
        var to = RegisterUi.ParseDate(EndsOn, modelState, "Input.EndsOn", "结束日期");
        if (string.IsNullOrWhiteSpace(Kind)) modelState.AddModelError("Input.Kind", "请选择专项整治类别。");
        if (from is null || to is null || !modelState.IsValid) return null;
        return new(townId, Name ?? "", Kind!, from.Value, to.Value, LeadOfficeId, Targets, Summary, PartnerIds);
    }

    public static void AddError(ModelStateDictionary modelState, string message) =>
        RegisterUi.AddDomainError(modelState, message, ("Input.EndsOn", "结束日期"), ("Input.Kind", "类别"), ("Input.Targets", "整治对象"),
            ("Input.Summary", "工作小结"), ("Input.LeadOfficeId", "科室"), ("Input.PartnerIds", "协作单位"), ("Input.Name", "名称"));
}

/// <summary>What the _CampaignFields partial needs from its page.</summary>
public interface ICampaignFormPage
{
    CampaignForm Input { get; }
    IReadOnlyList<(long Id, string Name)> Offices { get; }
    IReadOnlyList<(long Id, string Name)> Partners { get; }
}

static class CampaignChoices
{
    public static async Task<IReadOnlyList<(long Id, string Name)>> OfficesAsync(AppDbContext db, long townId, long? current, CancellationToken ct) =>
        (await db.Offices.AsNoTracking().Where(o => o.TownId == townId && (o.IsActive || o.Id == current)).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();

    public static async Task<IReadOnlyList<(long Id, string Name)>> PartnersAsync(AppDbContext db, long townId, CancellationToken ct) =>
        (await db.Set<PartnerOrganisation>().AsNoTracking().Where(p => p.TownId == townId).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name }).ToListAsync(ct)).Select(p => (p.Id, p.Name)).ToList();
}
