namespace Fazhi.Core.Reporting.Sources;

public sealed partial class EducationFigureSource
{
    public Task<IReadOnlyList<FigureRecord>?> RecordsAsync(FigureContext context, int year, string key, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<FigureRecord>?>(null);
}
