using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Education.Meetings;

/// <summary>The meetings (法治建设领导小组会议、专题会议、党政联席会议) of a year, with how many agenda items were rule-of-law topics.</summary>
public sealed class IndexModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;

    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public IReadOnlyList<MeetingRow> Rows { get; private set; } = [];
    public bool CanRecord { get; private set; }
    public int ExportYear => ServiceForms.YearOr(Year, clock);

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanRecord = ServiceForms.MayWrite(user);
        var query = EducationQueries.Meetings(db, Year);
        Total = await query.CountAsync(ct);
        PageCount = Math.Max(1, (Total + ServiceForms.PageSize - 1) / ServiceForms.PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Rows = await query.Skip((PageNo - 1) * ServiceForms.PageSize).Take(ServiceForms.PageSize).ToListAsync(ct);
    }

    public string LinkTo(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["year"] = Year?.ToString(CultureInfo.InvariantCulture), ["pageNo"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/Education/Meetings", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
