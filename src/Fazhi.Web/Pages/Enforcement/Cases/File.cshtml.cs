using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Cases;

/// <summary>
/// Filing a penalty case (立案, 《行政处罚法》第五十四条): from an inspection whose outcome was 立案查处, from an order not
/// complied with (the order is escalated to the case), or on its own. The type, cause, party, major-decision mark,
/// the officers (two certified, 第四十二条) and the date; the 90-day decision clock starts from it.
/// </summary>
[Authorize(Policy = Policies.Writer)]
public sealed class FileModel(AppDbContext db, CaseCommands cases, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public long TownId { get; set; }
        public long? VillageId { get; set; }
        public CaseType Type { get; set; } = CaseType.General;
        public string? Cause { get; set; }
        public string? PartyName { get; set; }
        public bool PartyIsPerson { get; set; }
        public string? PartyIdNumber { get; set; }
        public string? PartyAddress { get; set; }
        public long? EntityId { get; set; }
        public bool Major { get; set; }
        public List<long> OfficerIds { get; set; } = [];
        public string? FiledOn { get; set; }
        public long? InspectionId { get; set; }
        public long? OrderId { get; set; }
    }

    public sealed record EntityOption(long Id, string Name, string? VillageName);

    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    public IReadOnlyList<EntityOption> Entities { get; private set; } = [];
    public IReadOnlyList<OfficerChoice> Officers { get; private set; } = [];
    /// <summary>"2025年3月2日 检查 · 某某加工厂" when filed from an inspection; the order's number when from an order.</summary>
    public string? FromInspection { get; private set; }
    public string? FromOrder { get; private set; }
    /// <summary>The entity is fixed by the inspection or order the case comes from.</summary>
    public string? FixedEntity { get; private set; }
    public bool MayFile { get; private set; }
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(long? inspectionId, long? orderId, CancellationToken ct)
    {
        Input.FiledOn = WorkForms.Iso(Today);
        Input.InspectionId = inspectionId;
        Input.OrderId = orderId;
        if (!await LoadAsync(ct)) return NotFound();
        // Prefilled from what the case comes from: the party is the inspected entity or place, the officers those who inspected.
        var inspection = Input.InspectionId is { } iid ? await EnforcementQueries.InspectionAsync(db, iid, ct) : null;
        if (inspection is not null)
        {
            Input.TownId = inspection.TownId;
            Input.VillageId = inspection.VillageId;
            Input.EntityId = inspection.EntityId;
            if (inspection.EntityId is null) Input.PartyName = inspection.Subject;
            Input.OfficerIds = inspection.Officers.Select(o => o.OfficerId).Where(id => Officers.Any(c => c.Id == id)).ToList();
            var violation = inspection.Findings.OrderBy(f => f.Type == FindingType.Violation ? 0 : 1).ThenBy(f => f.Id).FirstOrDefault();
            Input.Cause = Clip(violation?.Description ?? inspection.Summary, 200);
        }
        if (Input.OrderId is { } oid)
        {
            var order = await EnforcementQueries.OrderAsync(db, oid, ct);
            if (order is null) return NotFound();
            Input.Cause = Clip($"{order.Subject}逾期未按整改通知{order.Number}整改", 200);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!MayFile) return Forbid();
        try
        {
            var filedOn = WorkForms.RequireDate(Input.FiledOn, "立案日期");
            var input = new CaseCommands.FileInput(Input.TownId, Input.VillageId, Input.Type, Input.Cause ?? "",
                new EnforcementCase.Party(Input.PartyName ?? "", Input.PartyIsPerson, Input.PartyIdNumber, Input.PartyAddress),
                Input.EntityId, Input.InspectionId, filedOn, Input.Major, Input.OfficerIds);
            var filed = Input.OrderId is { } orderId ? await cases.FileFromOrderAsync(orderId, input, ct) : await cases.FileAsync(input, ct);
            TempData["Message"] = $"已立案 {filed.Number}，应于{ChinaTime.Format(filed.DecisionDueOn)}前作出处罚决定。";
            return Redirect($"/Enforcement/Cases/{filed.Id}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    static string Clip(string text, int max) => text.Length > max ? text[..max] : text;

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        Towns = await RegionQueries.TownsAsync(db, ct);
        var regions = await RegionQueries.InScopeAsync(db, ct);
        Villages = regions.Where(r => r.Level == RegionLevel.Village).ToList();
        MayFile = regions.Any(r => r.Level == RegionLevel.Town);
        if (Input.TownId == 0 && Towns.Count > 0) Input.TownId = Towns[0].Id;
        var villageNames = Villages.ToDictionary(v => v.Id, v => v.Name);
        if (Input.OrderId is { } oid)
        {
            var order = await db.Set<RectificationOrder>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == oid, ct);
            if (order is null) return false;
            Input.TownId = order.TownId;
            Input.VillageId = order.VillageId;
            Input.EntityId = order.EntityId;
            Input.InspectionId = order.InspectionId;
            FromOrder = order.Number;
        }
        if (Input.InspectionId is { } iid)
        {
            var inspection = await db.Set<Inspection>().AsNoTracking().Where(i => i.Id == iid)
                .Select(i => new { i.InspectedOn, i.Kind, i.Subject, i.EntityId, i.TownId, i.VillageId }).FirstOrDefaultAsync(ct);
            if (inspection is null) return false;
            Input.TownId = inspection.TownId;
            Input.VillageId = inspection.VillageId;
            Input.EntityId = inspection.EntityId;
            FromInspection = $"{ChinaTime.Format(inspection.InspectedOn)} {EnforcementLabels.Of(inspection.Kind)} · {inspection.Subject}";
        }
        if ((Input.OrderId ?? Input.InspectionId) is not null)
            FixedEntity = Input.EntityId is { } eid ? await db.Set<RegulatedEntity>().Where(e => e.Id == eid).Select(e => e.Name).FirstOrDefaultAsync(ct) : null;
        else
            Entities = (await db.Set<RegulatedEntity>().AsNoTracking().OrderBy(e => e.Name).ThenBy(e => e.Id)
                    .Select(e => new { e.Id, e.Name, e.VillageId }).ToListAsync(ct))
                .Select(e => new EntityOption(e.Id, e.Name, e.VillageId is { } v ? villageNames.GetValueOrDefault(v) : null)).ToList();
        Officers = await WorkForms.OfficersAsync(db, WorkForms.TryDate(Input.FiledOn) ?? Today, ct);
        return true;
    }

    public OfficerPicker OfficerPicker => new("Input.OfficerIds", "officer", "承办执法人员", Officers, Input.OfficerIds);
}
