using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Petitions;
using Fazhi.Core.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Petitions;

/// <summary>The leaders' reception schedule and down-visits of a year, their records, and the petitions received there.</summary>
public sealed class ReceptionModel(AppDbContext db, PetitionCommands petitions, ICurrentUser user, TimeProvider clock) : PageModel
{
    public sealed record Linked(long Id, string Number, long DayId);

    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty] public ReceptionKind Kind { get; set; }
    [BindProperty] public string? Date { get; set; }
    [BindProperty] public string? Leader { get; set; }
    [BindProperty] public string? Place { get; set; }
    public IReadOnlyList<ReceptionDay> Days { get; private set; } = [];
    IReadOnlyList<Linked> linked = [];
    public bool CanAct => !user.IsReadOnly;

    public IEnumerable<Linked> PetitionsOf(long dayId) => linked.Where(l => l.DayId == dayId);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostPlanAsync(CancellationToken ct) => ActAsync(async () =>
    {
        if (!DateOnly.TryParse(Date, out var date)) throw new DomainRuleException("请按“年-月-日”填写日期。");
        var town = (await RegionQueries.TownsAsync(db, ct)).FirstOrDefault() ?? throw new DomainRuleException("您的管辖范围内没有乡镇。");
        await petitions.PlanReceptionAsync(town.Id, Kind, date, Leader ?? "", null, Place ?? "", ct);
    }, ct);

    public Task<IActionResult> OnPostHeldAsync(long dayId, int? people, string? names, CancellationToken ct) =>
        ActAsync(() => petitions.RecordReceptionHeldAsync(dayId, people ?? throw new DomainRuleException("请填写接待人数。"), null, ct, names), ct);

    /// <summary>Names of the people received, in full for the roles that work the cases, masked for the others.</summary>
    public string PeopleOf(ReceptionDay d) => d.PeopleList is null ? "" :
        string.Join("、", d.PeopleList.Split('\n').Select(n => Fazhi.Core.PersonalData.PersonalDataAccess.MaySeeInFull(user) ? n : Fazhi.Core.PersonalData.Masking.Name(n)));

    public Task<IActionResult> OnPostCancelAsync(long dayId, CancellationToken ct) => ActAsync(() => petitions.CancelReceptionAsync(dayId, ct), ct);

    async Task<IActionResult> ActAsync(Func<Task> act, CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        try
        {
            await act();
            TempData["Message"] = "已保存。";
            return Redirect($"/Petitions/Reception?year={Year}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            await LoadAsync(ct);
            return Page();
        }
    }

    async Task LoadAsync(CancellationToken ct)
    {
        if (Year is < 2000 or > 2100) Year = ChinaTime.Today(clock).Year;
        var from = new DateOnly(Year, 1, 1);
        var to = new DateOnly(Year, 12, 31);
        Days = await db.Set<ReceptionDay>().AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(ct);
        var ids = Days.Select(d => d.Id).ToList();
        linked = await db.Set<Petition>().AsNoTracking().Where(p => p.ReceptionDayId != null && ids.Contains(p.ReceptionDayId.Value))
            .OrderBy(p => p.Number).Select(p => new Linked(p.Id, p.Number, p.ReceptionDayId!.Value)).ToListAsync(ct);
    }
}
