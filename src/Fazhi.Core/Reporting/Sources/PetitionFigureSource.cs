namespace Fazhi.Core.Reporting.Sources;

/// <summary>信访: <see cref="PetitionFigures"/> with the 按期办结率 and the breakdowns of <see cref="PetitionBreakdowns"/>.</summary>
public sealed partial class PetitionFigureSource : IFigureSource
{
    public string Module => "petitions";
    public string Title => "信访";
    public int Order => 10;

    public async Task<FigureSet> ForYearAsync(FigureContext context, int year, CancellationToken ct = default)
    {
        var figures = await PetitionFigures.OfYearAsync(context.Db, year, ct);
        var (tables, onTime) = await PetitionBreakdowns.OfYearAsync(context.Db, context.Calendar, year, context.Today, ct);
        // Every breakdown splits the petitions received, so each must add up to them.
        return new FigureSet(Module, Title, [.. figures, onTime.Rate], tables.Select(t => t with { TotalOf = "petitions.received" }).ToList());
    }
}
