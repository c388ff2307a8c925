using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Public;

/// <summary>
/// 行政处罚决定公示: the penalty decisions a town has published. Read through a context of its own acting as
/// <see cref="PublicReader"/> (read-only), and only through <see cref="PublicPenalties"/>, whose projection carries no ID
/// number, address or unpublished case.
/// </summary>
public sealed class PenaltiesModel(DbContextOptions<AppDbContext> options, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public long? TownId { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;

    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public RegionRow? Town { get; private set; }
    public IReadOnlyList<PublishedPenalty> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await using var db = new AppDbContext(options, PublicReader.Instance, clock);
        Towns = await PublicPenalties.TownsAsync(db, ct);
        Town = Towns.FirstOrDefault(t => t.Id == TownId) ?? Towns.FirstOrDefault();
        if (Town is null) return;
        TownId = Town.Id;
        PageNo = Math.Max(1, PageNo);
        (Rows, Total) = await PublicPenalties.ListAsync(db, Town.Id, Year, PageNo, ChinaTime.Today(clock), ct);
        PageCount = Math.Max(1, (Total + PublicPenalties.PageSize - 1) / PublicPenalties.PageSize);
    }

    public string LinkTo(int page) => QueryHelpers.AddQueryString("/Public/Penalties", new Dictionary<string, string?>
    {
        ["townId"] = TownId?.ToString(CultureInfo.InvariantCulture), ["year"] = Year?.ToString(CultureInfo.InvariantCulture),
        ["pageNo"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(kv => kv.Value is not null));

    /// <summary>罚款 5000元; another penalty by its kind alone.</summary>
    public static string PenaltyText(PublishedPenalty p) =>
        p.FineFen is { } fen ? $"{p.PenaltyKind}（罚款{(fen / 100m).ToString("#,0.##", CultureInfo.InvariantCulture)}元）" : p.PenaltyKind;
}
