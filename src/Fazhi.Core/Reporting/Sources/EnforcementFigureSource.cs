namespace Fazhi.Core.Reporting.Sources;

/// <summary>行政执法: <see cref="EnforcementFigures"/> of the year; each campaign's results stand in its own table.</summary>
public sealed partial class EnforcementFigureSource : IFigureSource
{
    public string Module => "enforcement";
    public string Title => "行政执法";
    public int Order => 30;

    public async Task<FigureSet> ForYearAsync(FigureContext context, int year, CancellationToken ct = default)
    {
        var report = await ReportAsync(context, year, ct);
        return new FigureSet(Module, Title, report.Headline, report.Breakdowns);
    }

    /// <summary>
    /// The year's enforcement report, computed once per context: the annual report's figures and its [[campaigns]]
    /// block both read it, and it is the largest load of records a report makes.
    /// </summary>
    public static Task<EnforcementReport> ReportAsync(FigureContext context, int year, CancellationToken ct = default) =>
        context.OnceAsync($"enforcement:{year}", () => EnforcementFigures.ForYearAsync(context.Db, year, ct));
}
