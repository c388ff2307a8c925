using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Orders;

/// <summary>The rectification orders (整改通知台账): their deadlines, and those overdue or awaiting escalation marked.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public OrderStatus? Status { get; set; }
    /// <summary>Only the open orders that need something done: past their deadline, or found not rectified.</summary>
    [BindProperty(SupportsGet = true)] public bool Attention { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;

    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public IReadOnlyList<OrderRow> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public int ExportYear => Year ?? Today.Year;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = ChinaTime.Today(clock);
        var query = EnforcementQueries.Orders(db, new OrderFilter(Year, Attention ? OrderStatus.Open : Status, NeedsActionOn: Attention ? Today : null));
        Paginate(await query.CountAsync(ct));
        Rows = await query.Skip((PageNo - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    void Paginate(int total)
    {
        Total = total;
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
    }

    public bool IsOverdue(OrderRow r) => r.Status == OrderStatus.Open && Today > r.DueOn;

    public string LinkTo(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["year"] = Year?.ToString(CultureInfo.InvariantCulture), ["status"] = Status?.ToString(), ["attention"] = Attention ? "true" : null,
            ["pageNo"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/Enforcement/Orders", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
