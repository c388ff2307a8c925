using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Tasks;

/// <summary>
/// The patrol tasks reported by grid workers. An open task is patrolled (记录巡查, which closes it) or dismissed with a
/// reason by the town's officers; a village cadre sees their village's tasks and reports new ones.
/// </summary>
public sealed class IndexModel(AppDbContext db, InspectionCommands commands, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public PatrolTaskStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;
    [BindProperty] public string? Reason { get; set; }

    public IReadOnlyList<TaskRow> Rows { get; private set; } = [];
    /// <summary>Why each listed dismissed task was dismissed, by id.</summary>
    public IReadOnlyDictionary<long, string?> DismissReasons { get; private set; } = new Dictionary<long, string?>();
    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public bool CanWrite => !user.IsReadOnly;
    /// <summary>Patrolling and dismissing are the town's officers' work; a village cadre reports.</summary>
    public bool CanHandle { get; private set; }
    /// <summary>The task whose dismissal was refused: its form opens again with the reason kept.</summary>
    public long? RefusedId { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostDismissAsync(long taskId, CancellationToken ct)
    {
        if (user.IsReadOnly || !await RegisterUi.HoldsTownAsync(db, ct)) return Forbid();
        try
        {
            await commands.DismissTaskAsync(taskId, Reason ?? "", ct);
            TempData["Message"] = "已标记为不予处理。";
            return Redirect(LinkTo(PageNo));
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            RefusedId = taskId;
            Error = e.Message;
            await LoadAsync(ct);
            return Page();
        }
    }

    async Task LoadAsync(CancellationToken ct)
    {
        var query = EnforcementQueries.Tasks(db, Status);
        Total = await query.CountAsync(ct);
        PageCount = Math.Max(1, (Total + RegisterUi.PageSize - 1) / RegisterUi.PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Rows = await query.Skip((PageNo - 1) * RegisterUi.PageSize).Take(RegisterUi.PageSize).ToListAsync(ct);
        var dismissed = Rows.Where(r => r.Status == PatrolTaskStatus.Dismissed).Select(r => r.Id).ToList();
        DismissReasons = dismissed.Count == 0 ? new Dictionary<long, string?>()
            : await db.Set<PatrolTask>().AsNoTracking().Where(t => dismissed.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.DismissReason, ct);
        CanHandle = CanWrite && await RegisterUi.HoldsTownAsync(db, ct);
    }

    public string LinkTo(int page) => "/Enforcement/Tasks?" + (Status is { } s ? $"status={s}&" : "") + $"pageNo={page.ToString(CultureInfo.InvariantCulture)}";
}
