using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Education.Consultations;

/// <summary>The consultation register (法律咨询台账): year, category and legal-aid referral filters, in pages.</summary>
public sealed class IndexModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public ReferralStatus? Referral { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Referred { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;

    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public IReadOnlyList<ConsultationRow> Rows { get; private set; } = [];
    public bool CanRecord { get; private set; }
    public int ExportYear => ServiceForms.YearOr(Year, clock);

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanRecord = ServiceForms.MayWrite(user);
        var category = ConsultationCategories.All.Contains(Category ?? "") ? Category : null;
        var query = EducationQueries.Consultations(db, new ConsultationFilter(Year, category, Referral, Referred));
        Total = await query.CountAsync(ct);
        PageCount = Math.Max(1, (Total + ServiceForms.PageSize - 1) / ServiceForms.PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Rows = await query.Skip((PageNo - 1) * ServiceForms.PageSize).Take(ServiceForms.PageSize).ToListAsync(ct);
    }

    public string LinkTo(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["year"] = Year?.ToString(CultureInfo.InvariantCulture), ["category"] = Category, ["referral"] = Referral?.ToString(),
            ["referred"] = Referred is { } r ? (r ? "true" : "false") : null, ["pageNo"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/Education/Consultations", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
