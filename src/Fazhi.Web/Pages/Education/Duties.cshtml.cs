using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Education;

/// <summary>
/// The principal leaders' duty records of a year as the first person responsible for rule-of-law construction (述法,
/// 带头学法, 研究解决法治问题), with a form taking the leader from the staff roster.
/// </summary>
public sealed class DutiesModel(AppDbContext db, EducationCommands education, ICurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public long? MemberId { get; set; }
    [BindProperty] public LeaderDutyKind? Kind { get; set; }
    [BindProperty] public string? On { get; set; }
    [BindProperty] public string? Summary { get; set; }

    public int ShownYear { get; private set; }
    public IReadOnlyList<LeaderDuty> Duties { get; private set; } = [];
    public IReadOnlyList<StaffMember> Leaders { get; private set; } = [];
    public bool CanRecord { get; private set; }
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task OnGetAsync(CancellationToken ct)
    {
        On = ServiceForms.Iso(Today);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ServiceForms.MayWrite(user)) return Forbid();
        try
        {
            if (MemberId is not { } member) throw new DomainRuleException("请选择领导干部。");
            if (Kind is not { } kind) throw new DomainRuleException("请选择履职类型。");
            var on = ServiceForms.RequireDate(On, "日期");
            await education.RecordLeaderDutyAsync(member, on, kind, Summary ?? "", ct);
            TempData["Message"] = "已登记履职记录。";
            return Redirect($"/Education/Duties?year={on.Year}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            await LoadAsync(ct);
            return Page();
        }
    }

    async Task LoadAsync(CancellationToken ct)
    {
        ShownYear = ServiceForms.YearOr(Year, clock);
        Duties = await EducationQueries.LeaderDutiesAsync(db, ShownYear, ct);
        CanRecord = ServiceForms.MayWrite(user);
        if (CanRecord) Leaders = (await EducationQueries.RosterAsync(db, ct)).Where(m => m.IsLeader).ToList();
    }
}
