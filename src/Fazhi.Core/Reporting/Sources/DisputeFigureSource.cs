using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reporting.Sources;

/// <summary>矛盾纠纷排查调处: <see cref="DisputeFigures"/> of the year and its breakdowns.</summary>
public sealed partial class DisputeFigureSource : IFigureSource
{
    public string Module => "disputes";
    public string Title => "矛盾纠纷排查调处";
    public int Order => 20;

    public async Task<FigureSet> ForYearAsync(FigureContext context, int year, CancellationToken ct = default)
    {
        var db = context.Db;
        var facts = await DisputeFigures.FactsAsync(db, year, ct);
        var rounds = await DisputeFigures.RoundsHeldAsync(db, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);
        var scope = db.CurrentUser.ScopePath;
        var villages = await db.Regions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.Village && (r.Path.StartsWith(scope) || scope.StartsWith(r.Path)))
            .ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        // Every breakdown splits the disputes found, so each must add up to them.
        return new FigureSet(Module, Title, DisputeFigures.Headline(facts, rounds),
            DisputeFigures.Breakdowns(facts, villages).Select(t => t with { TotalOf = "disputes.found" }).ToList());
    }
}
