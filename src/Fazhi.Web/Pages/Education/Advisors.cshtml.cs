using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Reporting;
using Fazhi.Core.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Education;

/// <summary>
/// The town's legal advisors (政府法律顾问): each with the contract term and the year's work log, a form to log work
/// within the contract, a form to engage a new one from the town's law-firm partners; the year's services per type.
/// </summary>
public sealed class AdvisorsModel(AppDbContext db, EducationCommands education, ICurrentUser user, TimeProvider clock) : PageModel
{
    public sealed record FirmOption(long Id, string Name, string TownName);

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    // Engage
    [BindProperty] public long? FirmId { get; set; }
    [BindProperty] public string? LawyerName { get; set; }
    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? To { get; set; }
    // Log work
    [BindProperty] public long? AdvisorId { get; set; }
    [BindProperty] public AdvisorWorkType? Type { get; set; }
    [BindProperty] public string? On { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Hours { get; set; }

    public int ShownYear { get; private set; }
    public IReadOnlyList<LegalAdvisor> Advisors { get; private set; } = [];
    public bool HoldsTown { get; private set; }
    public IReadOnlyList<FirmOption> Firms { get; private set; } = [];
    public Breakdown? PerType { get; private set; }
    public bool CanRecord { get; private set; }
    public DateOnly Today => ChinaTime.Today(clock);
    /// <summary>The form refused ("Engage", or "Log" with <see cref="AdvisorId"/>), whose typed values are shown again.</summary>
    public string? Posted { get; private set; }
    public string? Error { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostEngageAsync(CancellationToken ct)
    {
        if (!ServiceForms.MayWrite(user)) return Forbid();
        try
        {
            var from = ServiceForms.RequireDate(From, "合同起始日期");
            var to = ServiceForms.RequireDate(To, "合同截止日期");
            if (FirmId is not { } firmId) throw new DomainRuleException("请选择律师事务所。");
            // The advisor serves the town whose law-firm partner was chosen.
            var town = await db.Set<PartnerOrganisation>().Where(p => p.Id == firmId && p.Kind == PartnerKind.LawFirm).Select(p => (long?)p.TownId)
                .FirstOrDefaultAsync(ct) ?? throw new DomainRuleException("所选律师事务所不存在。");
            await education.EngageAdvisorAsync(town, firmId, LawyerName ?? "", from, to, ct);
            TempData["Message"] = $"已聘请法律顾问{LawyerName?.Trim()}。";
            return Redirect($"/Education/Advisors?year={ServiceForms.YearOr(Year, clock)}");
        }
        catch (DomainRuleException e)
        {
            return await RefusedAsync("Engage", e.Message, ct);
        }
    }

    public async Task<IActionResult> OnPostLogAsync(CancellationToken ct)
    {
        if (!ServiceForms.MayWrite(user)) return Forbid();
        if (AdvisorId is not { } advisorId || !await db.Set<LegalAdvisor>().AnyAsync(a => a.Id == advisorId, ct)) return NotFound();
        try
        {
            if (Type is not { } type) throw new DomainRuleException("请选择工作类型。");
            var on = ServiceForms.RequireDate(On, "日期");
            await education.LogAdvisorWorkAsync(advisorId, on, type, Summary ?? "", ServiceForms.RequireHours(Hours), ct);
            TempData["Message"] = "已登记法律顾问工作。";
            return Redirect($"/Education/Advisors?year={on.Year}#advisor-{advisorId}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            return await RefusedAsync("Log", e.Message, ct);
        }
    }

    async Task<IActionResult> RefusedAsync(string handler, string message, CancellationToken ct)
    {
        Posted = handler;
        Error = message;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>What a field shows: what was typed when this form was refused, else the default.</summary>
    public string? Typed(string handler, long? advisorId, string? typed, string? fallback = null) =>
        Posted == handler && (advisorId is null || advisorId == AdvisorId) ? typed : fallback;

    public bool Refused(string handler, long? advisorId = null) => Posted == handler && (advisorId is null || advisorId == AdvisorId);

    async Task LoadAsync(CancellationToken ct)
    {
        ShownYear = ServiceForms.YearOr(Year, clock);
        Advisors = await EducationQueries.AdvisorsAsync(db, ct);
        // The per-type counts are the figures' own breakdown: defined once in Reporting.
        PerType = (await EducationFigures.ForYearAsync(db, ShownYear, ct)).Breakdowns.FirstOrDefault(b => b.Title == "法律顾问服务按类型");
        CanRecord = ServiceForms.MayWrite(user);
        if (!CanRecord) return;
        var towns = await ServiceForms.TownsAsync(db, ct);
        HoldsTown = towns.Count > 0;
        var townNames = towns.ToDictionary(t => t.Id, t => t.Name);
        var townIds = townNames.Keys.ToList();
        Firms = (await db.Set<PartnerOrganisation>().AsNoTracking().Where(p => p.Kind == PartnerKind.LawFirm && townIds.Contains(p.TownId))
                .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.TownId }).ToListAsync(ct))
            .Select(p => new FirmOption(p.Id, p.Name, townNames[p.TownId])).ToList();
    }
}
