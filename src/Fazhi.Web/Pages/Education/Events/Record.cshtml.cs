using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Education.Events;

/// <summary>
/// Recording an education event after it was held: what, where, for whom, by what means, with whom, how many came
/// (余/近 kept as reported), and its evidence — the sign-in sheet and photos — in the same form.
/// </summary>
[Authorize(Policy = Policies.Writer)]
[RequestSizeLimit(AttachmentsSetup.UploadRequestLimit * 4)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentsSetup.UploadRequestLimit * 4)]
public sealed class RecordModel(AppDbContext db, EducationCommands commands, UploadAttachment.Handler upload, TimeProvider clock)
    : PageModel, IEventFormPage
{
    [BindProperty] public EventForm Input { get; set; } = new();
    [BindProperty] public long TownId { get; set; }
    [BindProperty] public List<IFormFile> SignInSheets { get; set; } = [];
    [BindProperty] public List<IFormFile> Photos { get; set; } = [];

    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    public RegionRow? FixedVillage { get; private set; }
    public IReadOnlyList<(long Id, string Name)> Offices { get; private set; } = [];
    public IReadOnlyList<(long Id, string Name)> Partners { get; private set; } = [];
    /// <summary>Files were chosen on a refused form: the browser cannot keep them, so the user is asked to choose them again.</summary>
    public bool FilesLost { get; private set; }
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.HeldOn = EducationForms.Iso(Today);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var files = SignInSheets.Where(f => f.Length > 0).Select(f => (f, EducationForms.SignInSheetCaption))
            .Concat(Photos.Where(f => f.Length > 0).Select(f => (f, EducationForms.PhotoCaption))).ToList();
        var refused = EducationForms.UnacceptedFiles(files.Select(f => f.f));
        if (refused.Count > 0) ModelState.AddModelError(string.Empty, "附件未能接收：" + string.Join("；", refused));
        if (Input.ToInput(TownId, Villages, ModelState) is not { } input)
        {
            FilesLost = files.Count > 0;
            return Page();
        }
        try
        {
            var recorded = await commands.RecordEventAsync(input, ct);
            var (saved, notSaved) = await EducationForms.AttachAsync(upload, EducationForms.EventOwnerType, recorded.Id, files, ct);
            var message = $"已登记普法活动“{recorded.Title}”。";
            if (saved > 0) message += $"已上传{saved}个附件。";
            if (notSaved.Count > 0) message += "以下文件未上传：" + string.Join("；", notSaved);
            TempData["Message"] = message;
            return Redirect($"/Education/Events/{recorded.Id}");
        }
        catch (DomainRuleException e)
        {
            EventForm.AddError(ModelState, e.Message);
            FilesLost = files.Count > 0;
            return Page();
        }
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Towns = await RegionQueries.TownsAsync(db, ct);
        if (TownId == 0 && Towns.Count > 0) TownId = Towns[0].Id;
        var regions = await RegionQueries.InScopeAsync(db, ct);
        Villages = regions.Where(r => r.Level == RegionLevel.Village && r.ParentId == TownId).ToList();
        // A village cadre records the events of their own village.
        if (!regions.Any(r => r.Level <= RegionLevel.Town) && Villages.Count == 1)
        {
            FixedVillage = Villages[0];
            Input.VillageId = FixedVillage.Id;
        }
        Offices = await EducationForms.OfficesAsync(db, TownId, Input.OrganiserOfficeId, ct);
        Partners = await EducationForms.PartnersAsync(db, TownId, ct);
    }
}
