using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Education;

/// <summary>
/// The 法律明白人 of each village (phones masked for those who do not handle them) with their trainings; forms to
/// appoint one and to record a training — an education event of the town from the year's events, or one held elsewhere.
/// </summary>
public sealed class LawSavvyModel(AppDbContext db, EducationCommands education, ICurrentUser user, TimeProvider clock) : PageModel
{
    public sealed record PersonView(LawSavvyPerson Person, string? PhoneText);

    public sealed record VillageGroup(long VillageId, string VillageName, IReadOnlyList<PersonView> People);

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public long? VillageFilter { get; set; }
    // Appoint
    [BindProperty] public long? VillageId { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? AppointedOn { get; set; }
    // Training
    [BindProperty] public long? PersonId { get; set; }
    [BindProperty] public long? EventId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? On { get; set; }

    public int ShownYear { get; private set; }
    /// <summary>The villages shown (the filter applied).</summary>
    public IReadOnlyList<VillageGroup> Groups { get; private set; } = [];
    /// <summary>Everyone, by village: the training form offers them all.</summary>
    public IReadOnlyList<VillageGroup> AllGroups { get; private set; } = [];
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    public IReadOnlyList<EventRow> Events { get; private set; } = [];
    public int Total { get; private set; }
    public bool CanRecord { get; private set; }
    public DateOnly Today => ChinaTime.Today(clock);
    public string? Posted { get; private set; }
    public string? Error { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAppointAsync(CancellationToken ct)
    {
        if (!ServiceForms.MayWrite(user)) return Forbid();
        try
        {
            if (VillageId is not { } villageId) throw new DomainRuleException("法律明白人须选择所在村（社区）。");
            var on = ServiceForms.RequireDate(AppointedOn, "确定日期");
            var townId = await db.Regions.Where(r => r.Id == villageId && r.Level == RegionLevel.Village).Select(r => r.ParentId).FirstOrDefaultAsync(ct)
                ?? throw new DomainRuleException("所选村（社区）不存在。");
            var person = await education.AppointLawSavvyAsync(townId, villageId, Name ?? "", Phone, on, ct);
            TempData["Message"] = $"已登记法律明白人{person.Name}。";
            return Redirect($"/Education/LawSavvy?year={ServiceForms.YearOr(Year, clock)}#village-{villageId}");
        }
        catch (DomainRuleException e)
        {
            return await RefusedAsync("Appoint", e.Message, ct);
        }
    }

    public async Task<IActionResult> OnPostTrainAsync(CancellationToken ct)
    {
        if (!ServiceForms.MayWrite(user)) return Forbid();
        try
        {
            if (PersonId is not { } personId) throw new DomainRuleException("请选择法律明白人。");
            if (!await db.Set<LawSavvyPerson>().AnyAsync(p => p.Id == personId, ct)) throw new DomainRuleException("所选法律明白人不存在。");
            DateOnly on = default;
            if (EventId is null)
            {
                if (string.IsNullOrWhiteSpace(Title)) throw new DomainRuleException("请选择本镇的普法活动，或填写在其他地方参加的培训名称和日期。");
                on = ServiceForms.RequireDate(On, "培训日期");
            }
            await education.RecordLawSavvyTrainingAsync(personId, on, Title ?? "", EventId, ct);
            TempData["Message"] = "已登记培训。";
            return Redirect($"/Education/LawSavvy?year={ServiceForms.YearOr(Year, clock)}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            return await RefusedAsync("Train", e.Message, ct);
        }
    }

    async Task<IActionResult> RefusedAsync(string handler, string message, CancellationToken ct)
    {
        Posted = handler;
        Error = message;
        await LoadAsync(ct);
        return Page();
    }

    public string? Typed(string handler, string? typed, string? fallback = null) => Posted == handler ? typed : fallback;

    async Task LoadAsync(CancellationToken ct)
    {
        ShownYear = ServiceForms.YearOr(Year, clock);
        var regions = await RegionQueries.InScopeAsync(db, ct);
        Villages = regions.Where(r => r.Level == RegionLevel.Village).ToList();
        var people = await EducationQueries.LawSavvyAsync(db, ct);
        Total = people.Count;
        var names = Villages.ToDictionary(v => v.Id, v => v.Name);
        var order = Villages.Select((v, i) => (v.Id, i)).ToDictionary(x => x.Id, x => x.i);
        // 《个人信息保护法》第六条: phones in full only for those who call the person.
        AllGroups = people.GroupBy(p => p.VillageId).OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue))
            .Select(g => new VillageGroup(g.Key, names.GetValueOrDefault(g.Key, "（其他村）"),
                g.Select(p => new PersonView(p, PersonalDataAccess.Phone(user, p.Phone))).ToList())).ToList();
        Groups = AllGroups.Where(g => VillageFilter is null || g.VillageId == VillageFilter).ToList();
        CanRecord = ServiceForms.MayWrite(user);
        if (CanRecord) Events = await EducationQueries.Events(db, new EventFilter(ShownYear)).ToListAsync(ct);
    }

}
