using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Education.Study;

/// <summary>
/// Recording a cadre study session: the attendees are ticked on the staff roster, never typed, so the attendance is
/// computed against who was on the roster that day (the domain refuses anyone who was not).
/// </summary>
[Authorize(Policy = Policies.Writer)]
public sealed class RecordModel(AppDbContext db, EducationCommands commands, ICurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public long TownId { get; set; }
        public string? HeldOn { get; set; }
        public string? Kind { get; set; }
        public string? Topic { get; set; }
        public string? Hours { get; set; }
        public string? Lecturer { get; set; }
        public List<long> AttendeeIds { get; set; } = [];
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<MemberChoice> Members { get; private set; } = [];
    public bool MayRecord { get; private set; }
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.HeldOn = EducationForms.Iso(Today);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!MayRecord) return Forbid();
        var heldOn = EducationForms.ParseDate(Input.HeldOn, ModelState, "Input.HeldOn", "学习日期");
        if (string.IsNullOrWhiteSpace(Input.Kind)) ModelState.AddModelError("Input.Kind", "请选择学习形式。");
        var hours = ParseHours(Input.Hours);
        if (heldOn is null || hours is null || !ModelState.IsValid) return Page();
        try
        {
            var s = await commands.RecordStudyAsync(new EducationCommands.StudyInput(Input.TownId, heldOn.Value, Input.Kind!, Input.Topic ?? "", hours.Value,
                Input.Lecturer, Input.AttendeeIds), ct);
            TempData["Message"] = $"已登记{s.Kind}“{s.Topic}”，参加{s.Attendees.Count}人。";
            return Redirect($"/Education/Study/{s.Id}");
        }
        catch (DomainRuleException e)
        {
            EducationForms.AddDomainError(ModelState, e.Message, ("Input.HeldOn", "学习日期"), ("Input.Kind", "学习形式"), ("Input.Hours", "学时"),
                ("Input.Topic", "学习内容"), ("Input.Lecturer", "主讲人"), ("Input.AttendeeIds", "名册"), ("Input.AttendeeIds", "参加学习"));
            return Page();
        }
    }

    decimal? ParseHours(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError("Input.Hours", "请填写学时。");
            return null;
        }
        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h)) return h;
        ModelState.AddModelError("Input.Hours", $"学时“{text}”无效，请填写数字，最多一位小数，如 2 或 1.5。");
        return null;
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Towns = await RegionQueries.TownsAsync(db, ct);
        if (Input.TownId == 0 && Towns.Count > 0) Input.TownId = Towns[0].Id;
        MayRecord = !user.IsReadOnly && await EducationForms.HoldsTownAsync(db, ct);
        var roster = await EducationForms.RosterOfAsync(db, Input.TownId, ct);
        Members = MemberChoice.For(roster, Today, EducationForms.TryDate(Input.HeldOn), Input.AttendeeIds);
    }
}

/// <summary>
/// A roster member offered on a study or exam form: everyone on the roster today, plus anyone on it on the form's date
/// or already ticked, with a note when they were not on the roster throughout.
/// </summary>
public sealed record MemberChoice(long Id, string Name, string? Position, bool IsLeader, string? Note)
{
    public static IReadOnlyList<MemberChoice> For(IReadOnlyList<StaffMember> roster, DateOnly today, DateOnly? day, IReadOnlyCollection<long> ticked) =>
        roster.Where(m => m.OnRosterOn(today) || (day is { } d && m.OnRosterOn(d)) || ticked.Contains(m.Id))
            .Select(m => new MemberChoice(m.Id, m.Name, m.Position, m.IsLeader, NoteOf(m, day))).ToList();

    static string? NoteOf(StaffMember m, DateOnly? day) => (m.JoinedOn, m.LeftOn) switch
    {
        (_, { } left) => $"{ChinaTime.Format(left)}调离",
        var (joined, _) when day is { } d && joined > d => $"{ChinaTime.Format(joined)}到岗",
        _ => null,
    };
}
