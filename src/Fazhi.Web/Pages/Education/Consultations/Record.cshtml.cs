using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Education.Consultations;

/// <summary>
/// Recording a legal consultation: at the judicial office, by phone, online, or at an education event (?eventId= links
/// it to the event, whose date, place and channel are preset). The person is optional; the phone is stored encrypted.
/// </summary>
[Authorize(Policy = Policies.Writer)]
public sealed class RecordModel(AppDbContext db, EducationCommands education, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public long TownId { get; set; }
        public long? VillageId { get; set; }
        public long? EventId { get; set; }
        public string? On { get; set; }
        public ConsultationChannel? Channel { get; set; }
        public string? PersonName { get; set; }
        public string? Phone { get; set; }
        public string? Category { get; set; }
        public string? Question { get; set; }
        public string? Answer { get; set; }
        public string? AnsweredBy { get; set; }
        public string? FollowUp { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    /// <summary>"next": save and record another consultation of the same event.</summary>
    [BindProperty] public string? Then { get; set; }

    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    public RegionRow? FixedVillage { get; private set; }
    public EducationEvent? Event { get; private set; }
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(long? eventId, CancellationToken ct)
    {
        Input.On = ServiceForms.Iso(Today);
        Input.EventId = eventId;
        if (!await LoadAsync(ct)) return NotFound();
        if (Event is { } e)
        {
            Input.On = ServiceForms.Iso(e.HeldOn);
            Input.Channel = ConsultationChannel.AtEvent;
            Input.TownId = e.TownId;
            Input.VillageId = e.VillageId;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        try
        {
            var on = ServiceForms.RequireDate(Input.On, "咨询日期");
            if (Input.Channel is not { } channel) throw new DomainRuleException("请选择咨询方式。");
            if (string.IsNullOrWhiteSpace(Input.Category)) throw new DomainRuleException("请选择咨询类别。");
            var c = await education.RecordConsultationAsync(Input.TownId, Input.VillageId, new Consultation.Input(on, channel, Input.EventId,
                Input.PersonName, Input.Phone, Input.Category, Input.Question ?? "", Input.Answer ?? "", Input.AnsweredBy ?? "", Input.FollowUp), ct);
            if (Then == "next" && Input.EventId is { } eventId)
            {
                TempData["Message"] = "已登记法律咨询，请继续登记本次活动的下一条咨询。";
                return Redirect($"/Education/Consultations/Record?eventId={eventId}");
            }
            TempData["Message"] = "已登记法律咨询。";
            return Redirect($"/Education/Consultations/{c.Id}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        Towns = await RegionQueries.TownsAsync(db, ct);
        var regions = await RegionQueries.InScopeAsync(db, ct);
        Villages = regions.Where(r => r.Level == RegionLevel.Village).ToList();
        // A village cadre records the consultations of their own village.
        if (!regions.Any(r => r.Level <= RegionLevel.Town) && Villages.Count == 1)
        {
            FixedVillage = Villages[0];
            Input.VillageId = FixedVillage.Id;
        }
        if (Input.TownId == 0 && Towns.Count > 0) Input.TownId = Towns[0].Id;
        if (Input.EventId is { } eid)
        {
            Event = await EducationQueries.EventAsync(db, eid, ct);
            if (Event is null) return false;
        }
        return true;
    }
}
