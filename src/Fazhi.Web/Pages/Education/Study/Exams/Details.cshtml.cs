using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Education.Study.Exams;

/// <summary>One exam: each score, who passed, and who on the roster that day did not sit.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public Exam Exam { get; private set; } = null!;
    public int Expected { get; private set; }
    public IReadOnlyList<string> DidNotSit { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await EducationQueries.ExamAsync(db, id, ct) is not { } exam) return NotFound();
        Exam = exam;
        var onRoster = (await EducationForms.RosterOfAsync(db, exam.TownId, ct)).Where(m => m.OnRosterOn(exam.HeldOn)).ToList();
        Expected = onRoster.Count;
        var sat = exam.Results.Select(r => r.StaffMemberId).ToHashSet();
        DidNotSit = onRoster.Where(m => !sat.Contains(m.Id)).Select(m => m.Name).ToList();
        return Page();
    }
}
