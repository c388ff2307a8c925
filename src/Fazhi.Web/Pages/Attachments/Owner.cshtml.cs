using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Attachments;

/// <summary>
/// The attachments of one record (/attachments/owner/office/12), and the target of every upload
/// form: pages that embed the _Attachments partial post here and are sent back by ReturnUrl.
/// </summary>
[RequestSizeLimit(AttachmentsSetup.UploadRequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentsSetup.UploadRequestLimit)]
public sealed class OwnerModel(AppDbContext db, AttachmentOwnerRegistry owners, UploadAttachment.Handler upload,
    IAuthorizationService authorization) : PageModel
{
    [FromRoute] public string Type { get; set; } = "";
    [FromRoute] public long Id { get; set; }

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Caption { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public AttachmentOwnerInfo Owner { get; private set; } = null!;
    public AttachmentPanel Panel { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await owners.FindAsync(db, Type, Id, ct) is not { } owner) return NotFound();
        Owner = owner;
        await LoadPanelAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        if (await owners.FindAsync(db, Type, Id, ct) is not { } owner) return NotFound();
        Owner = owner;
        if (!(await authorization.AuthorizeAsync(User, Policies.Writer)).Succeeded) return Forbid();

        if (Upload is null || Upload.Length == 0)
            ModelState.AddModelError(nameof(Upload), "请选择要上传的文件。");
        else
        {
            try
            {
                await using var content = Upload.OpenReadStream();
                var attachment = await upload.HandleAsync(new UploadAttachment.Command(Type, Id, Upload.FileName, Caption, content), ct);
                if (attachment is null) return NotFound();
                TempData["Message"] = $"已上传附件“{attachment.FileName}”。";
                return LocalRedirect(SafeReturnUrl() ?? $"/attachments/owner/{Type}/{Id}");
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(nameof(Upload), e.Message);
            }
        }
        await LoadPanelAsync(ct);
        return Page();
    }

    string? SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;

    async Task LoadPanelAsync(CancellationToken ct)
    {
        var items = await AttachmentList.ForOwnerAsync(db, Type, Id, ct);
        var canUpload = (await authorization.AuthorizeAsync(User, Policies.Writer)).Succeeded;
        Panel = new AttachmentPanel(Type, Id, items, canUpload, SafeReturnUrl(), Caption);
    }
}
