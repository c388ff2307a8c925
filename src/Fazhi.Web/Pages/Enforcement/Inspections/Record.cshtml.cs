using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Inspections;

/// <summary>
/// Recording an inspection (检查) or a patrol (巡查) as the officers come back from it: the date, the campaign, the
/// entity or place, the officers with their certificates, the findings as a fixed set of rows, the outcome — with the
/// order's items and deadline for 责令整改 — and the photos in the same form.
/// </summary>
[Authorize(Policy = Policies.Writer)]
[RequestSizeLimit(AttachmentsSetup.UploadRequestLimit * 4)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentsSetup.UploadRequestLimit * 4)]
public sealed class RecordModel(AppDbContext db, InspectionCommands inspections, UploadAttachment.Handler upload, ICurrentUser user, TimeProvider clock)
    : PageModel
{
    public const int FindingRows = 5;

    public sealed class FindingRow
    {
        public FindingType Type { get; set; } = FindingType.Hazard;
        public FindingSeverity Severity { get; set; } = FindingSeverity.Minor;
        public string? Description { get; set; }
        public bool CorrectedOnSpot { get; set; }
    }

    public sealed class InputModel
    {
        public long TownId { get; set; }
        public InspectionKind Kind { get; set; } = InspectionKind.Inspection;
        public string? On { get; set; }
        public long? CampaignId { get; set; }
        public long? EntityId { get; set; }
        public long? VillageId { get; set; }
        public string? Subject { get; set; }
        public string? Route { get; set; }
        public List<long> OfficerIds { get; set; } = [];
        public List<FindingRow> Findings { get; set; } = [];
        public string? Summary { get; set; }
        public InspectionOutcome? Outcome { get; set; }
        public string? OrderItems { get; set; }
        public string? OrderDueOn { get; set; }
        public long? TaskId { get; set; }
    }

    public sealed record EntityOption(long Id, string Name, string? VillageName, EntityStatus Status);

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Photos { get; set; } = [];

    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    public RegionRow? FixedVillage { get; private set; }
    public IReadOnlyList<CampaignRow> Campaigns { get; private set; } = [];
    public IReadOnlyList<EntityOption> Entities { get; private set; } = [];
    public IReadOnlyList<OfficerChoice> Officers { get; private set; } = [];
    public PatrolTask? FromTask { get; private set; }
    /// <summary>Inspections are the town's enforcement: a village cadre reports a patrol task instead.</summary>
    public bool MayRecord { get; private set; }
    /// <summary>Files were chosen on a refused form: the browser cannot keep them, so the user is asked to choose them again.</summary>
    public bool PhotosLost { get; private set; }
    public DateOnly Today => ChinaTime.Today(clock);
    public DateOnly OfficersDay => WorkForms.TryDate(Input.On) ?? Today;

    public async Task<IActionResult> OnGetAsync(long? campaignId, long? entityId, long? taskId, string? kind, CancellationToken ct)
    {
        Input.On = WorkForms.Iso(Today);
        Input.Kind = string.Equals(kind, nameof(InspectionKind.Patrol), StringComparison.OrdinalIgnoreCase) ? InspectionKind.Patrol : InspectionKind.Inspection;
        Input.CampaignId = campaignId;
        Input.EntityId = entityId;
        Input.TaskId = taskId;
        if (entityId is { } eid)
        {
            var entity = await db.Set<RegulatedEntity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eid, ct);
            if (entity is null) return NotFound();
            Input.TownId = entity.TownId;
            Input.VillageId = entity.VillageId;
        }
        if (campaignId is { } cid && !await db.Set<Campaign>().AnyAsync(c => c.Id == cid, ct)) return NotFound();
        if (!await LoadAsync(ct)) return NotFound();
        if (FromTask is { } task)
        {
            Input.Kind = InspectionKind.Patrol;
            Input.TownId = task.TownId;
            Input.VillageId = task.VillageId;
            Input.Subject = task.Place;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!MayRecord) return Forbid();
        var photos = Photos.Where(p => p.Length > 0).ToList();
        try
        {
            var on = WorkForms.RequireDate(Input.On, "检查日期");
            if (Input.Outcome is not { } outcome) throw new DomainRuleException("请选择检查结果。");
            if (Input.Kind == InspectionKind.ReInspection) throw new DomainRuleException("复查请在整改通知页面登记。");
            InspectionCommands.OrderInput? order = null;
            if (outcome == InspectionOutcome.Rectification)
                order = new(Input.OrderItems ?? "", WorkForms.ParseDate(Input.OrderDueOn, "整改期限") ?? throw new DomainRuleException("责令整改须填写整改期限。"));
            var refused = WorkForms.UnacceptedFiles(photos);
            if (refused.Count > 0) throw new DomainRuleException("现场照片未能接收：" + string.Join("；", refused));
            var findings = Input.Findings.Where(f => !string.IsNullOrWhiteSpace(f.Description))
                .Select(f => new Inspection.FindingInput(f.Type, f.Severity, f.Description!, f.CorrectedOnSpot)).ToList();
            var recorded = await inspections.RecordAsync(new InspectionCommands.InspectionInput(Input.TownId, Input.VillageId, Input.Kind, on,
                Input.CampaignId, Input.EntityId, Input.EntityId is null ? Input.Subject : null, Input.Kind == InspectionKind.Patrol ? Input.Route : null,
                Input.Summary ?? "", outcome, Input.OfficerIds, findings, order, Input.TaskId), ct);
            var id = recorded.Inspection.Id;
            var (saved, notSaved) = await WorkForms.AttachAsync(upload, "inspection", id, photos, ct);
            var message = $"已登记{EnforcementLabels.Of(Input.Kind)}记录" + (recorded.Order is { } o ? $"，并下达整改通知 {o.Number}" : "") + "。";
            if (saved > 0) message += $"已上传{saved}个附件。";
            if (notSaved.Count > 0) message += "以下文件未上传：" + string.Join("；", notSaved);
            TempData["Message"] = message;
            return Redirect($"/Enforcement/Inspections/{id}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            PhotosLost = photos.Count > 0;
            return Page();
        }
    }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        Towns = await RegionQueries.TownsAsync(db, ct);
        var regions = await RegionQueries.InScopeAsync(db, ct);
        Villages = regions.Where(r => r.Level == RegionLevel.Village).ToList();
        MayRecord = !user.IsReadOnly && regions.Any(r => r.Level == RegionLevel.Town);
        if (!regions.Any(r => r.Level == RegionLevel.Town) && Villages.Count == 1)
        {
            FixedVillage = Villages[0];
            Input.VillageId = FixedVillage.Id;
        }
        if (Input.TownId == 0 && Towns.Count > 0) Input.TownId = Towns[0].Id;
        if (Input.TaskId is { } taskId)
        {
            FromTask = await db.Set<PatrolTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct);
            if (FromTask is null) return false;
        }
        var year = (WorkForms.TryDate(Input.On) ?? Today).Year;
        Campaigns = await EnforcementQueries.Campaigns(db, year).ToListAsync(ct);
        var villages = Villages.ToDictionary(v => v.Id, v => v.Name);
        Entities = (await db.Set<RegulatedEntity>().AsNoTracking()
                .Where(e => e.Status == EntityStatus.Operating || e.Id == Input.EntityId)
                .OrderBy(e => e.Name).ThenBy(e => e.Id).Select(e => new { e.Id, e.Name, e.VillageId, e.Status }).ToListAsync(ct))
            .Select(e => new EntityOption(e.Id, e.Name, e.VillageId is { } v ? villages.GetValueOrDefault(v) : null, e.Status)).ToList();
        while (Input.Findings.Count < FindingRows) Input.Findings.Add(new FindingRow());
        if (Input.Findings.Count > 50) Input.Findings = Input.Findings.Take(50).ToList();
        Officers = await WorkForms.OfficersAsync(db, OfficersDay, ct);
        return true;
    }

    public OfficerPicker OfficerPicker => new("Input.OfficerIds", "officer", "执法人员", Officers, Input.OfficerIds,
        $"不少于两人，且须持有在检查当日有效的行政执法证（《行政处罚法》第四十二条）；下列证件状态按{ChinaTime.Format(OfficersDay)}显示。");
}
