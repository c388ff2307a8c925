using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Education.Meetings;

/// <summary>
/// Recording a meeting: kind, date, title, chair, attendees and its agenda as a fixed set of rows, each with the topic,
/// whether it is a rule-of-law topic (法治议题) and the decision; rows left blank are not saved.
/// </summary>
[Authorize(Policy = Policies.Writer)]
public sealed class RecordModel(AppDbContext db, EducationCommands education, TimeProvider clock) : PageModel
{
    public const int ItemRows = 6;

    public sealed class ItemRow
    {
        public string? Topic { get; set; }
        public bool RuleOfLaw { get; set; }
        public string? Decision { get; set; }
    }

    public sealed class InputModel
    {
        public long TownId { get; set; }
        public MeetingKind? Kind { get; set; }
        public string? HeldOn { get; set; }
        public string? Title { get; set; }
        public string? Chair { get; set; }
        public string? Attendees { get; set; }
        public List<ItemRow> Items { get; set; } = [];
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Input.HeldOn = ServiceForms.Iso(Today);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        try
        {
            var heldOn = ServiceForms.RequireDate(Input.HeldOn, "会议日期");
            if (Input.Kind is not { } kind) throw new DomainRuleException("请选择会议类型。");
            var items = Input.Items.Select(i => new Meeting.ItemInput(i.Topic ?? "", i.RuleOfLaw, i.Decision)).ToList();
            var m = await education.RecordMeetingAsync(new EducationCommands.MeetingInput(Input.TownId, heldOn, kind, Input.Title ?? "", Input.Chair ?? "",
                Input.Attendees ?? "", items), ct);
            TempData["Message"] = "已登记会议。";
            return Redirect($"/Education/Meetings/{m.Id}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Towns = await ServiceForms.TownsAsync(db, ct);
        if (Input.TownId == 0 && Towns.Count > 0) Input.TownId = Towns[0].Id;
        while (Input.Items.Count < ItemRows) Input.Items.Add(new ItemRow());
        if (Input.Items.Count > 30) Input.Items = Input.Items.Take(30).ToList();
    }
}
