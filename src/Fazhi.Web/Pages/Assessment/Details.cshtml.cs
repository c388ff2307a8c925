using Fazhi.Core.Assessment;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Assessment;

/// <summary>
/// A town's self-assessment: every indicator with its points, the town's score, note and evidence, an automatic
/// indicator's figure with its value and formula, and — to the district while it scores, to the town once graded — the
/// district's score. The town recomputes the automatic indicators and submits here.
/// </summary>
public sealed class DetailsModel(AppDbContext db, AssessmentCommands assessments, ICurrentUser user) : PageModel
{
    [BindProperty] public int Version { get; set; }
    [BindProperty] public bool Confirm { get; set; }

    public AssessmentView View { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool IsDistrictActor { get; private set; }
    /// <summary>The town's figures of the year as they stand, naming the figures linked as evidence.</summary>
    public IReadOnlyDictionary<string, Figure> Figures { get; private set; } = new Dictionary<string, Figure>();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Version = View.Assessment.Version;
        return Page();
    }

    public Task<IActionResult> OnPostRefreshAsync(long id, CancellationToken ct) =>
        ActAsync(id, "已按本镇当前数据重新计算自动计分的指标。", () => assessments.RefreshAsync(id, Version, ct));

    public Task<IActionResult> OnPostSubmitAsync(long id, CancellationToken ct) => ActAsync(id, "自评已提交区里评分。", () =>
    {
        if (!Confirm) throw new DomainRuleException("请勾选确认：提交后自评不能再修改。");
        return assessments.SubmitAsync(id, Version, ct);
    });

    async Task<IActionResult> ActAsync(long id, string done, Func<Task> action)
    {
        if (!await LoadAsync(id, HttpContext.RequestAborted)) return NotFound();
        if (!AssessmentForms.IsTownWriter(user)) return Forbid();
        try
        {
            await action();
            TempData["Message"] = done;
            return Redirect($"/Assessment/{id}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await AssessmentQueries.AssessmentAsync(db, id, ct) is not { } view) return false;
        View = view;
        CanEdit = view.Assessment.IsEditable && AssessmentForms.IsTownWriter(user);
        IsDistrictActor = AssessmentAccess.IsDistrictActor(user, view.Sheet.DistrictPath);
        if (view.Lines.Any(l => l.Score.EvidenceKeyList.Count > 0)) Figures = await assessments.TownFiguresAsync(view.Town, view.Sheet.Year, ct);
        return true;
    }
}
