namespace Fazhi.Core.Reporting.Sources;

/// <summary>普法与法律服务: <see cref="EducationFigures"/> of the year and its breakdowns.</summary>
public sealed partial class EducationFigureSource : IFigureSource
{
    public string Module => "education";
    public string Title => "普法与法律服务";
    public int Order => 40;

    public async Task<FigureSet> ForYearAsync(FigureContext context, int year, CancellationToken ct = default)
    {
        var report = await EducationFigures.ForYearAsync(context.Db, year, ct);
        return new FigureSet(Module, Title, report.Headline, report.Breakdowns);
    }
}
