namespace Fazhi.Core.Reporting.Sources;

/// <summary>行政执法: <see cref="EnforcementFigures"/> of the year; each campaign's results stand in its own table.</summary>
public sealed partial class EnforcementFigureSource : IFigureSource
{
    public string Module => "enforcement";
    public string Title => "行政执法";
    public int Order => 30;

    public async Task<FigureSet> ForYearAsync(FigureContext context, int year, CancellationToken ct = default)
    {
        var report = await EnforcementFigures.ForYearAsync(context.Db, year, ct);
        return new FigureSet(Module, Title, report.Headline, report.Breakdowns);
    }
}
