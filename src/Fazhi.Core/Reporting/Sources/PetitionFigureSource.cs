namespace Fazhi.Core.Reporting.Sources;

/// <summary>信访: <see cref="PetitionFigures"/> with the 按期办结率 and the breakdowns of <see cref="PetitionBreakdowns"/>.</summary>
public sealed partial class PetitionFigureSource : IFigureSource
{
    public string Module => "petitions";
    public string Title => "信访";
    public int Order => 10;

    public async Task<FigureSet> ForYearAsync(FigureContext context, int year, CancellationToken ct = default)
    {
        // One load of the year's petitions serves the figures, the breakdowns and the 按期 buckets.
        var petitions = await PetitionFigures.FactsAsync(context.Db, year, ct);
        var figures = PetitionFigures.Headline(petitions, await PetitionFigures.ReceptionsHeldAsync(context.Db, year, ct));
        var villages = await PetitionBreakdowns.VillagesAsync(context.Db, petitions, ct);
        var (tables, onTime) = PetitionBreakdowns.Of(petitions, villages, context.Calendar, context.Today);
        // Every breakdown splits the petitions received, so each must add up to them.
        return new FigureSet(Module, Title, [.. figures, onTime.Rate], tables.Select(t => t with { TotalOf = "petitions.received" }).ToList());
    }
}
