using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.Documents;
using Fazhi.Core.PersonalData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Disputes;

/// <summary>
/// 人民调解协议书 (kind "agreement") and 调解笔录 (kind "record") of one dispute as .docx. The parties' ID numbers,
/// phones and addresses are printed in full only for users who may see personal data in full; others get them masked.
/// </summary>
public sealed class DocumentModel(AppDbContext db, ICurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, string kind, CancellationToken ct)
    {
        try
        {
            var built = await DisputeDocuments.BuildAsync(db, id, kind, PersonalDataAccess.MaySeeInFull(user), ct);
            if (built is null) return NotFound();
            var stream = new MemoryStream();
            OfficialDocxWriter.Write(built.Document, stream);
            stream.Position = 0;
            return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", built.FileName);
        }
        catch (DomainRuleException e)
        {
            TempData["Message"] = e.Message;
            return Redirect($"/Disputes/{id}");
        }
    }
}
