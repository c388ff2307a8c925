using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Cases;

/// <summary>The penalty cases (行政处罚案件台账): the 90-day decision clock of open cases and the publicity of decided ones.</summary>
public sealed class IndexModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public CaseType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public CaseStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;

    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public IReadOnlyList<CaseRow> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool CanFile { get; private set; }
    public int ExportYear => Year ?? Today.Year;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = ChinaTime.Today(clock);
        CanFile = !user.IsReadOnly && (await RegionQueries.InScopeAsync(db, ct)).Any(r => r.Level == RegionLevel.Town);
        var query = EnforcementQueries.Cases(db, new CaseFilter(Year, Type, Status));
        Total = await query.CountAsync(ct);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Rows = await query.Skip((PageNo - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    /// <summary>The publicity badge of a decided case: 待公示 (with its days), 公示超期, 已公示, 逾期公示 (国办发〔2018〕118号: 7 working days).</summary>
    public (string Text, string Css)? Publicity(CaseRow r)
    {
        if (r.DecidedOn is null || r.PublicityDueOn is not { } due) return null;
        if (r.PublishedOn is { } p) return p <= due ? ("已公示", "text-bg-success") : ("逾期公示", "text-bg-warning");
        if (r.Status == CaseStatus.Dropped) return null;
        return Today > due ? ("公示超期", "text-bg-danger") : ($"待公示（{WorkForms.Left(due, Today)}）", "text-bg-warning");
    }

    public string LinkTo(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["year"] = Year?.ToString(CultureInfo.InvariantCulture), ["type"] = Type?.ToString(), ["status"] = Status?.ToString(),
            ["pageNo"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/Enforcement/Cases", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
