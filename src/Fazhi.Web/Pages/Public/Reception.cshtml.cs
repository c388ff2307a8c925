using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Petitions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Public;

/// <summary>
/// The published reception schedule (《信访工作条例》第十八条: reception times and places are made public).
/// Public, so it reads past the scope filter on purpose and shows only what a notice board would: town,
/// date, kind, leader and place of planned receptions in the coming two months.
/// </summary>
public sealed class ReceptionModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(string Town, DateOnly Date, ReceptionKind Kind, string Leader, string Place);

    public IReadOnlyList<Row> Days { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var until = today.AddMonths(2);
        Days = await db.Set<ReceptionDay>().IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Status == ReceptionStatus.Planned && d.Date >= today && d.Date <= until)
            .OrderBy(d => d.Date)
            .Select(d => new Row(db.Regions.Where(r => r.Id == d.TownId).Select(r => r.Name).First(), d.Date, d.Kind, d.LeaderName, d.Place))
            .Take(200).ToListAsync(ct);
    }
}
