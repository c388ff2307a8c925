using Fazhi.Core.Attachments;
using Fazhi.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Attachments;

/// <summary>The JPEG thumbnail of an image attachment, under the same scope rule as the file itself.</summary>
public sealed class ThumbnailModel(AppDbContext db, AttachmentStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await AttachmentList.FindAsync(db, id, ct) is not { HasThumbnail: true } attachment) return NotFound();
        var path = store.ThumbnailPathOf(attachment.Sha256);
        if (!System.IO.File.Exists(path)) return NotFound();
        AttachmentHeaders.Apply(Response);
        return PhysicalFile(path, "image/jpeg");
    }
}
