using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Education.Study.Exams;

/// <summary>
/// Recording a law exam (学法考试): one score field per roster member; a blank field means the person did not sit, so
/// participation and passes are counted from what was entered, against the roster of the exam day.
/// </summary>
[Authorize(Policy = Policies.Writer)]
public sealed class RecordModel(AppDbContext db, EducationCommands commands, ICurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class ScoreRow
    {
        public long MemberId { get; set; }
        public string? Points { get; set; }
    }

    public sealed class InputModel
    {
        public long TownId { get; set; }
        public string? Title { get; set; }
        public string? HeldOn { get; set; }
        public string? PassMark { get; set; } = "60";
        public List<ScoreRow> Scores { get; set; } = [];
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<MemberChoice> Members { get; private set; } = [];
    public bool MayRecord { get; private set; }
    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>The score typed for a member, kept across a refused post.</summary>
    public string? PointsOf(long memberId) => Input.Scores.FirstOrDefault(s => s.MemberId == memberId)?.Points;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.HeldOn = EducationForms.Iso(Today);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!MayRecord) return Forbid();
        var heldOn = EducationForms.ParseDate(Input.HeldOn, ModelState, "Input.HeldOn", "考试日期");
        int? passMark = null;
        if (string.IsNullOrWhiteSpace(Input.PassMark)) ModelState.AddModelError("Input.PassMark", "请填写合格分数。");
        else if (int.TryParse(Input.PassMark.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var mark)) passMark = mark;
        else ModelState.AddModelError("Input.PassMark", $"合格分数“{Input.PassMark}”无效，请填写1至100的整数。");
        var names = Members.ToDictionary(m => m.Id, m => m.Name);
        var scores = new List<(long MemberId, int Points)>();
        foreach (var row in Input.Scores.Where(r => !string.IsNullOrWhiteSpace(r.Points)))
        {
            if (int.TryParse(row.Points!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var points)) scores.Add((row.MemberId, points));
            else ModelState.AddModelError("Input.Scores", $"{names.GetValueOrDefault(row.MemberId, "所选人员")}的成绩“{row.Points}”无效，请填写0至100的整数。");
        }
        if (heldOn is null || passMark is null || !ModelState.IsValid) return Page();
        try
        {
            var exam = await commands.RecordExamAsync(new EducationCommands.ExamInput(Input.TownId, heldOn.Value, Input.Title ?? "", passMark.Value, scores), ct);
            TempData["Message"] = $"已登记学法考试“{exam.Title}”，参考{exam.Results.Count}人，合格{exam.Results.Count(r => r.Passed)}人。";
            return Redirect($"/Education/Study/Exams/{exam.Id}");
        }
        catch (DomainRuleException e)
        {
            EducationForms.AddDomainError(ModelState, e.Message, ("Input.HeldOn", "考试日期"), ("Input.PassMark", "合格分数"), ("Input.Title", "考试名称"),
                ("Input.Scores", "成绩"), ("Input.Scores", "名册"));
            return Page();
        }
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Towns = await RegionQueries.TownsAsync(db, ct);
        if (Input.TownId == 0 && Towns.Count > 0) Input.TownId = Towns[0].Id;
        MayRecord = !user.IsReadOnly && await EducationForms.HoldsTownAsync(db, ct);
        var typed = Input.Scores.Where(s => !string.IsNullOrWhiteSpace(s.Points)).Select(s => s.MemberId).ToList();
        Members = MemberChoice.For(await EducationForms.RosterOfAsync(db, Input.TownId, ct), Today, EducationForms.TryDate(Input.HeldOn), typed);
    }
}
