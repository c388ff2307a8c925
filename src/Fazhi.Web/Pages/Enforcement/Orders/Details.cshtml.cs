using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Web.Pages.Attachments;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Orders;

/// <summary>
/// One rectification order: its items and deadline, its history, the inspection that issued it and the re-inspections;
/// the re-inspection form, and — once a re-inspection found it not rectified or the deadline passed — a new deadline,
/// closure (取缔关停) or a case.
/// </summary>
[RequestSizeLimit(AttachmentsSetup.UploadRequestLimit * 4)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentsSetup.UploadRequestLimit * 4)]
public sealed class DetailsModel(AppDbContext db, InspectionCommands inspections, UploadAttachment.Handler upload, ICurrentUser user, TimeProvider clock)
    : PageModel
{
    public sealed record ReInspectionView(long Id, DateOnly On, string Officers, bool Rectified, string Summary);

    public RectificationOrder Order { get; private set; } = null!;
    public Inspection Original { get; private set; } = null!;
    public IReadOnlyList<ReInspectionView> ReInspections { get; private set; } = [];
    public string? VillageName { get; private set; }
    public (long Id, string Name)? Entity { get; private set; }
    public EntityStatus? EntityStatus { get; private set; }
    public (long Id, string Number)? Case { get; private set; }
    public IReadOnlyList<OfficerChoice> Officers { get; private set; } = [];
    public AttachmentPanel Attachments { get; private set; } = null!;
    public bool CanAct { get; private set; }
    public DateOnly Today { get; private set; }
    public string? Posted { get; private set; }
    public string? StepError { get; private set; }

    [BindProperty] public string? On { get; set; }
    [BindProperty] public List<long> OfficerIds { get; set; } = [];
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public bool? Rectified { get; set; }
    [BindProperty] public string? NewDue { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool Confirmed { get; set; }
    [BindProperty] public List<IFormFile> Photos { get; set; } = [];

    public bool IsOpen => Order.Status == OrderStatus.Open;
    /// <summary>Escalation follows a re-inspection that found the items not rectified, or a deadline that has passed (RectificationOrder).</summary>
    public bool MayEscalate => IsOpen && (Order.AwaitingEscalation || Today > Order.DueOn);
    public bool IsOverdue => Order.IsOverdue(Today);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReInspectAsync(long id, CancellationToken ct)
    {
        var photos = Photos.Where(p => p.Length > 0).ToList();
        Inspection? done = null;
        var result = await StepAsync(id, "ReInspect", async () =>
        {
            var on = WorkForms.RequireDate(On, "复查日期");
            if (Rectified is not { } rectified) throw new DomainRuleException("请选择复查结论：已整改或未整改。");
            var refused = WorkForms.UnacceptedFiles(photos);
            if (refused.Count > 0) throw new DomainRuleException("复查照片未能接收：" + string.Join("；", refused));
            done = await inspections.ReInspectAsync(id, new InspectionCommands.ReInspectionInput(on, OfficerIds, Summary ?? "", rectified), ct);
        }, ct);
        if (done is not null)
        {
            var (saved, notSaved) = await WorkForms.AttachAsync(upload, "inspection", done.Id, photos, ct);
            TempData["Message"] = (Rectified == true ? "已登记复查：已整改，整改通知办结。" : "已登记复查：未整改，请重新限期、取缔关停或转立案查处。")
                + (saved > 0 ? $"已上传{saved}个附件。" : "") + (notSaved.Count > 0 ? "以下文件未上传：" + string.Join("；", notSaved) : "");
        }
        return result;
    }

    public Task<IActionResult> OnPostExtendAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Extend", () => inspections.ExtendAsync(id, PastDate(On, "处理日期"),
            WorkForms.ParseDate(NewDue, "新的整改期限") ?? throw new DomainRuleException("请填写新的整改期限。"), Reason ?? "", ct), ct);

    public Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Close", () => Confirmed
            ? inspections.CloseEntityAsync(id, PastDate(On, "取缔日期"), Reason ?? "", ct)
            : throw new DomainRuleException("请勾选“我确认对该监管对象予以取缔关停”。"), ct);

    /// <summary>One step: refused steps show their Chinese message with the typed values kept; done steps redirect (PRG).</summary>
    async Task<IActionResult> StepAsync(long id, string handler, Func<Task> step, CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        // Enforcement is the town's power: a village cadre who can see the record does not act on it.
        var townId = await db.Set<RectificationOrder>().Where(x => x.Id == id).Select(x => (long?)x.TownId).FirstOrDefaultAsync(ct);
        if (townId is null) return NotFound();
        if (!await WorkForms.CoversTownAsync(db, townId.Value, ct)) return Forbid();
        try
        {
            await step();
            TempData["Message"] ??= "已保存。";
            return Redirect($"/Enforcement/Orders/{id}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            Posted = handler;
            StepError = e.Message + (handler == "ReInspect" && Photos.Any(p => p.Length > 0) ? "（所选照片未上传，请重新选择。）" : "");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    DateOnly PastDate(string? text, string what)
    {
        var date = WorkForms.RequireDate(text, what);
        return date > ChinaTime.Today(clock) ? throw new DomainRuleException($"{what}不能晚于今天。") : date;
    }

    public OfficerPicker ReInspectionPicker => new("officerIds", "re-officer", "复查人员", Officers, OfficerIds,
        "不少于两人，且须持有在复查当日有效的行政执法证（《行政处罚法》第四十二条）。");

    /// <summary>What a form field shows: what was typed when this form was refused, else the default.</summary>
    public string? Typed(string handler, string? typed, string? fallback = null) => Posted == handler ? typed : fallback;

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var o = await EnforcementQueries.OrderAsync(db, id, ct);
        if (o is null) return false;
        Order = o;
        Today = ChinaTime.Today(clock);
        Original = (await EnforcementQueries.InspectionAsync(db, o.InspectionId, ct))!;
        var reInspections = await db.Set<Inspection>().AsNoTracking().Include(i => i.Officers).Where(i => i.FollowsOrderId == id)
            .OrderBy(i => i.InspectedOn).ThenBy(i => i.Id).ToListAsync(ct);
        ReInspections = reInspections.Select(i => new ReInspectionView(i.Id, i.InspectedOn, string.Join("、", i.Officers.OrderBy(x => x.Id).Select(x => x.Name)),
            i.Outcome == InspectionOutcome.NoProblem, i.Summary)).ToList();
        VillageName = o.VillageId is { } v ? await db.Regions.Where(r => r.Id == v).Select(r => r.Name).FirstOrDefaultAsync(ct) : null;
        if (o.EntityId is { } eid)
        {
            var entity = await db.Set<RegulatedEntity>().AsNoTracking().Where(e => e.Id == eid).Select(e => new { e.Id, e.Name, e.Status }).FirstOrDefaultAsync(ct);
            if (entity is not null)
            {
                Entity = (entity.Id, entity.Name);
                EntityStatus = entity.Status;
            }
        }
        if (o.CaseId is { } cid)
        {
            var number = await db.Set<EnforcementCase>().Where(c => c.Id == cid).Select(c => c.Number).FirstOrDefaultAsync(ct);
            if (number is not null) Case = (cid, number);
        }
        CanAct = !user.IsReadOnly && await WorkForms.CoversTownAsync(db, o.TownId, ct);
        if (CanAct && IsOpen)
        {
            Officers = await WorkForms.OfficersAsync(db, (Posted == "ReInspect" ? WorkForms.TryDate(On) : null) ?? Today, ct);
            if (Posted != "ReInspect") OfficerIds = Original.Officers.Select(x => x.OfficerId).Where(x => Officers.Any(c => c.Id == x)).ToList();
        }
        Attachments = new AttachmentPanel(InspectionCommands.OrderOwnerType, o.Id, await AttachmentList.ForOwnerAsync(db, InspectionCommands.OrderOwnerType, o.Id, ct),
            !user.IsReadOnly, $"/Enforcement/Orders/{o.Id}");
        return true;
    }
}
