using Fazhi.Core.Attachments;
using Fazhi.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Attachments;

/// <summary>
/// Sends an attachment to a user who may see its owner; anyone else gets 404 (the scope filter
/// hides the row). Always as a download, under its detected type and with nosniff, so a browser
/// never renders uploaded content inside the platform's origin.
/// </summary>
public sealed class DownloadModel(AppDbContext db, AttachmentStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await AttachmentList.FindAsync(db, id, ct) is not { } attachment) return NotFound();
        var path = store.PathOf(attachment.StorageKey);
        if (!System.IO.File.Exists(path)) return NotFound();
        AttachmentHeaders.Apply(Response);
        // fileDownloadName makes ASP.NET Core send Content-Disposition: attachment with an RFC 5987 filename* (UTF-8).
        return PhysicalFile(path, attachment.ContentType, attachment.FileName);
    }
}

internal static class AttachmentHeaders
{
    public static void Apply(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-cache";
    }
}
