using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Documents;
using Fazhi.Core.Enforcement;
using Fazhi.Core.PersonalData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Enforcement;

/// <summary>
/// 责令整改通知书 (kind "order", by order id) and 现场检查笔录 (kind "inspection", by inspection id) as .docx. A person's
/// address and contact phones are printed in full only for users who may see personal data in full; others get them masked.
/// </summary>
public sealed class DocumentModel(AppDbContext db, ICurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string kind, long id, CancellationToken ct)
    {
        try
        {
            var built = await EnforcementDocuments.BuildAsync(db, kind, id, PersonalDataAccess.MaySeeInFull(user), ct);
            if (built is null) return NotFound();
            var stream = new MemoryStream();
            OfficialDocxWriter.Write(built.Document, stream);
            stream.Position = 0;
            return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", built.FileName);
        }
        catch (DomainRuleException e)
        {
            TempData["Message"] = e.Message;
            return Redirect(kind == EnforcementDocuments.Order ? $"/Enforcement/Orders/{id}" : $"/Enforcement/Inspections/{id}");
        }
    }
}
