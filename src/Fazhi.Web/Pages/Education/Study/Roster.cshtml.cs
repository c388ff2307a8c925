using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Education.Study;

/// <summary>
/// The town's staff roster (干部职工名册): who is expected at study sessions and exams on a given day. A member is
/// added with the day they joined and, when they leave, given the day they left — never deleted, so the attendance
/// of past sessions stays as it was.
/// </summary>
public sealed class RosterModel(AppDbContext db, EducationCommands commands, ICurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public long TownId { get; set; }
        public string? Name { get; set; }
        public long? OfficeId { get; set; }
        public string? Position { get; set; }
        public bool IsLeader { get; set; }
        public string? JoinedOn { get; set; }
        public string? LeftOn { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    /// <summary>The member being changed; null when the form adds one.</summary>
    [BindProperty(SupportsGet = true)] public long? Edit { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;

    public IReadOnlyList<StaffMember> Members { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public IReadOnlyDictionary<long, string> OfficeNames { get; private set; } = new Dictionary<long, string>();
    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<(long Id, string Name)> Offices { get; private set; } = [];
    public StaffMember? Editing { get; private set; }
    public bool CanWrite { get; private set; }
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Editing is { } m)
        {
            Input = new InputModel
            {
                TownId = m.TownId, Name = m.Name, OfficeId = m.OfficeId, Position = m.Position, IsLeader = m.IsLeader,
                JoinedOn = EducationForms.Iso(m.JoinedOn), LeftOn = m.LeftOn is { } left ? EducationForms.Iso(left) : null,
            };
        }
        if (CanWrite) await LoadOfficesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!CanWrite) return Forbid();
        if (Editing is { } m) Input.TownId = m.TownId;
        await LoadOfficesAsync(ct);
        var joined = EducationForms.ParseDate(Input.JoinedOn, ModelState, "Input.JoinedOn", "到岗日期");
        var left = EducationForms.ParseDate(Input.LeftOn, ModelState, "Input.LeftOn", "调离日期", required: false);
        if (joined is null || !ModelState.IsValid) return Page();
        var input = new EducationCommands.MemberInput(Input.TownId, Input.Name ?? "", Input.OfficeId, Input.Position, Input.IsLeader, joined.Value, left);
        try
        {
            if (Editing is { } member)
            {
                await commands.EditMemberAsync(member.Id, input, ct);
                TempData["Message"] = $"已保存{input.Name.Trim()}的名册信息。";
            }
            else
            {
                var added = await commands.AddMemberAsync(input, ct);
                TempData["Message"] = $"已将{added.Name}加入干部职工名册。";
            }
            return Redirect("/Education/Study/Roster");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            EducationForms.AddDomainError(ModelState, e.Message, ("Input.LeftOn", "调离日期"), ("Input.Name", "姓名"), ("Input.Position", "职务"),
                ("Input.OfficeId", "科室"));
            return Page();
        }
    }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        var roster = await EducationQueries.RosterAsync(db, ct);
        Towns = await RegionQueries.TownsAsync(db, ct);
        CanWrite = !user.IsReadOnly && await EducationForms.HoldsTownAsync(db, ct);
        if (Edit is { } id)
        {
            Editing = roster.FirstOrDefault(m => m.Id == id);
            if (Editing is null) return false;
        }
        if (Input.TownId == 0 && Towns.Count > 0) Input.TownId = Towns[0].Id;
        Paging = Paging.Of(PageNo, roster.Count, p => $"/Education/Study/Roster?pageNo={p.ToString(CultureInfo.InvariantCulture)}");
        Members = roster.Skip(Paging.Skip).Take(Paging.Size).ToList();
        var officeIds = Members.Where(m => m.OfficeId is not null).Select(m => m.OfficeId!.Value).Distinct().ToList();
        OfficeNames = await db.Offices.AsNoTracking().Where(o => officeIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return true;
    }

    async Task LoadOfficesAsync(CancellationToken ct) => Offices = await EducationForms.OfficesAsync(db, Input.TownId, Input.OfficeId, ct);
}
