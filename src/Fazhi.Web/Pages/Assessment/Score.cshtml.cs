using Fazhi.Core.Assessment;
using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Reporting;
using Fazhi.Web.Pages.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Assessment;

/// <summary>
/// The town's self score of one indicator: the score (a manual indicator) or the computed figure (an automatic one),
/// the note, the figures linked as evidence (their records prove the work), and the attachments (scans, photos).
/// </summary>
public sealed class ScoreModel(AppDbContext db, AssessmentCommands assessments, ICurrentUser user) : PageModel
{
    public sealed class InputModel
    {
        public string? Score { get; set; }
        public string? Note { get; set; }
        public List<string> EvidenceKeys { get; set; } = [];
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public AssessmentView View { get; private set; } = null!;
    public AssessmentLine Line { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public IReadOnlyDictionary<string, Figure> Figures { get; private set; } = new Dictionary<string, Figure>();
    public IReadOnlyList<(string Title, IReadOnlyList<Figure> Figures)> Modules { get; private set; } = [];
    public AttachmentPanel Attachments { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, long indicatorId, CancellationToken ct)
    {
        if (!await LoadAsync(id, indicatorId, ct)) return NotFound();
        Version = View.Assessment.Version;
        Input = new InputModel
        {
            Score = Line.Indicator.Rule == IndicatorRule.Manual && Line.Score.SelfTenths is { } t ? Tenths.Format(t) : null,
            Note = Line.Score.Note, EvidenceKeys = [.. Line.Score.EvidenceKeyList],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, long indicatorId, CancellationToken ct)
    {
        if (!await LoadAsync(id, indicatorId, ct)) return NotFound();
        if (!AssessmentForms.IsTownWriter(user)) return Forbid();
        try
        {
            await assessments.ScoreSelfAsync(id, indicatorId, new AssessmentCommands.SelfScoreInput(Input.Score, Input.Note, Input.EvidenceKeys), Version, ct);
            TempData["Message"] = $"已保存第{Line.Number}项自评。";
            return Redirect($"/Assessment/{id}#line-{Line.Number}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    async Task<bool> LoadAsync(long id, long indicatorId, CancellationToken ct)
    {
        if (await AssessmentQueries.AssessmentAsync(db, id, ct) is not { } view) return false;
        if (view.Lines.FirstOrDefault(l => l.Indicator.Id == indicatorId) is not { } line) return false;
        View = view;
        Line = line;
        CanEdit = view.Assessment.IsEditable && AssessmentForms.IsTownWriter(user);
        Figures = await assessments.TownFiguresAsync(view.Town, view.Sheet.Year, ct);
        Modules = FigureCatalog.Sources
            .Select(s => (s.Title, (IReadOnlyList<Figure>)Figures.Values.Where(f => f.Key.StartsWith(s.Module + ".", StringComparison.Ordinal)).ToList()))
            .Where(m => m.Item2.Count > 0).ToList();
        Attachments = new AttachmentPanel(AssessmentScore.OwnerType, line.Score.Id,
            await AttachmentList.ForOwnerAsync(db, AssessmentScore.OwnerType, line.Score.Id, ct), CanEdit, $"/Assessment/{id}/Score/{indicatorId}");
        return true;
    }
}
