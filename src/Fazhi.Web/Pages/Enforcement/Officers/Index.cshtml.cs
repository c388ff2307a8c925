using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Enforcement.Officers;

/// <summary>
/// The roster of enforcement officers with each one's current certificate; certificates expiring within 30 days or
/// no longer valid stand out, so the town renews them before an inspection is refused for want of two certified officers.
/// </summary>
public sealed class IndexModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool ShowInactive { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;

    public IReadOnlyList<OfficerRow> Rows { get; private set; } = [];
    public IReadOnlyList<string> Warnings { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public DateOnly Today { get; private set; }
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = ChinaTime.Today(clock);
        var all = await EnforcementQueries.OfficersAsync(db, Today, ct);
        Warnings = EnforcementQueries.CertificateWarnings(all, Today);
        var shown = all.Where(o => ShowInactive || o.Active).ToList();
        Total = shown.Count;
        PageCount = Math.Max(1, (Total + RegisterUi.PageSize - 1) / RegisterUi.PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Rows = shown.Skip((PageNo - 1) * RegisterUi.PageSize).Take(RegisterUi.PageSize).ToList();
        CanWrite = !user.IsReadOnly && await RegisterUi.HoldsTownAsync(db, ct);
    }

    public string LinkTo(int page) =>
        $"/Enforcement/Officers?pageNo={page.ToString(CultureInfo.InvariantCulture)}" + (ShowInactive ? "&showInactive=true" : "");
}
