using Fazhi.Core.Assessment;
using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Assessment;

/// <summary>
/// The district's scoring of a submitted self-assessment: per indicator the town's score, note and evidence beside the
/// district's score and comment; saved as it goes, then graded (评定等次) by the sheet's thresholds, or taken back.
/// </summary>
public sealed class ReviewModel(AppDbContext db, AssessmentCommands assessments, ICurrentUser user) : PageModel
{
    public sealed class LineInput
    {
        public long IndicatorId { get; set; }
        public string? Score { get; set; }
        public string? Comment { get; set; }
    }

    [BindProperty] public List<LineInput> Lines { get; set; } = [];
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public int? Version { get; set; }

    public AssessmentView View { get; private set; } = null!;
    public IReadOnlyDictionary<long, IReadOnlyList<AttachmentListItem>> Files { get; private set; } = new Dictionary<long, IReadOnlyList<AttachmentListItem>>();
    public IReadOnlyDictionary<string, Figure> Figures { get; private set; } = new Dictionary<string, Figure>();
    public bool IsFinal => View.IsFinal;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Version = View.Review?.Version;
        Comment = View.Review?.Comment;
        // Before the district's first save, each line starts from the town's own score.
        Lines = View.Lines.Select(l => new LineInput
        {
            IndicatorId = l.Indicator.Id,
            Score = (View.Review is null ? l.Score.SelfTenths : l.District?.Tenths) is { } t ? Tenths.Format(t) : null,
            Comment = l.District?.Comment,
        }).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(long id, CancellationToken ct) => ScoreAsync(id, finalise: false, ct);

    public Task<IActionResult> OnPostFinaliseAsync(long id, CancellationToken ct) => ScoreAsync(id, finalise: true, ct);

    public async Task<IActionResult> OnPostReopenAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        try
        {
            await assessments.ReopenAsync(id, Version ?? 0, ct);
            TempData["Message"] = "已撤销评定，可以修改评分。";
            return Redirect($"/Assessment/{id}/Review");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    async Task<IActionResult> ScoreAsync(long id, bool finalise, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        try
        {
            var scores = Lines.Select(l => new AssessmentCommands.DistrictScoreInput(l.IndicatorId, l.Score, l.Comment)).ToList();
            var review = await assessments.ScoreAsync(id, scores, Comment, Version, finalise, ct);
            TempData["Message"] = finalise ? $"已评定等次：{AssessmentForms.GradeText(review.Grade)}（{AssessmentForms.Points(review.TotalTenths)}分）。" : "已保存评分。";
            return Redirect(finalise ? $"/Assessment/{id}" : $"/Assessment/{id}/Review");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        if (await AssessmentQueries.AssessmentAsync(db, id, ct) is not { } view) return NotFound();
        if (!AssessmentAccess.IsDistrictActor(user, view.Sheet.DistrictPath)) return Forbid();
        View = view;
        var files = new Dictionary<long, IReadOnlyList<AttachmentListItem>>();
        foreach (var l in view.Lines.Where(l => l.Attachments > 0))
            files[l.Score.Id] = await AttachmentList.ForOwnerAsync(db, AssessmentScore.OwnerType, l.Score.Id, ct);
        Files = files;
        Figures = await assessments.TownFiguresAsync(view.Town, view.Sheet.Year, ct);
        return null;
    }
}
