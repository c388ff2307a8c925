using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Enforcement.Tasks;

/// <summary>
/// A grid worker (网格员) reports what they saw — straw burning, a new illegal building, a stall on the street — from a
/// phone, with a photo if they have one; it becomes a patrol task for the town's officers.
/// </summary>
[Authorize(Policy = Policies.Writer)]
[RequestSizeLimit(AttachmentsSetup.UploadRequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentsSetup.UploadRequestLimit)]
public sealed class ReportModel(AppDbContext db, InspectionCommands commands, UploadAttachment.Handler upload, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public long TownId { get; set; }
        public long? VillageId { get; set; }
        public string? Kind { get; set; }
        public string? Place { get; set; }
        public string? Description { get; set; }
        public string? On { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public IFormFile? Photo { get; set; }
    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    public RegionRow? FixedVillage { get; private set; }
    public string Today => RegisterUi.Iso(ChinaTime.Today(clock));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.On = Today;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var on = RegisterUi.ParseDate(Input.On, ModelState, "Input.On", "发现日期");
        if (string.IsNullOrWhiteSpace(Input.Kind)) ModelState.AddModelError("Input.Kind", "请选择问题类别。");
        if (!ModelState.IsValid) return Page();
        PatrolTask task;
        try
        {
            task = await commands.ReportTaskAsync(new InspectionCommands.TaskInput(Input.TownId, Input.VillageId, on!.Value, Input.Kind!, Input.Place ?? "",
                Input.Description ?? ""), ct);
        }
        catch (DomainRuleException e)
        {
            RegisterUi.AddDomainError(ModelState, e.Message, ("Input.On", "日期"), ("Input.Kind", "类别"), ("Input.Place", "地点"),
                ("Input.Description", "问题"), ("Input.VillageId", "村（社区）"));
            return Page();
        }
        TempData["Message"] = "已上报巡查任务，镇执法人员将安排巡查。";
        if (Photo is { Length: > 0 })
        {
            // The task is saved first: a photo that is refused (type, size) must not lose the report; it can be added again.
            try
            {
                await using var content = Photo.OpenReadStream();
                await upload.HandleAsync(new UploadAttachment.Command(RegisterUi.TaskOwnerType, task.Id, Photo.FileName, "现场照片", content), ct);
            }
            catch (DomainRuleException e)
            {
                TempData["Message"] = $"已上报巡查任务，但照片未能上传：{e.Message}请重新选择照片上传。";
                return Redirect($"/attachments/owner/{RegisterUi.TaskOwnerType}/{task.Id}?ReturnUrl=%2FEnforcement%2FTasks");
            }
        }
        return Redirect("/Enforcement/Tasks?status=Open");
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Towns = await RegionQueries.TownsAsync(db, ct);
        var regions = await RegionQueries.InScopeAsync(db, ct);
        Villages = regions.Where(r => r.Level == RegionLevel.Village).ToList();
        if (!regions.Any(r => r.Level <= RegionLevel.Town) && Villages.Count == 1)
        {
            FixedVillage = Villages[0];
            Input.VillageId = FixedVillage.Id;
        }
        if (Input.TownId == 0 && Towns.Count > 0) Input.TownId = Towns[0].Id;
    }
}
