using Fazhi.Core.Data;
using Fazhi.Core.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Offices;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public OfficeRow Office { get; private set; } = null!;

    /// <summary>Out of scope and missing look the same: 404.</summary>
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var office = await OrganisationQueries.OfficeAsync(db, id, ct);
        if (office is null) return NotFound();
        Office = office;
        return Page();
    }
}
