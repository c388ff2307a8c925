using Fazhi.Core.Calendar;
using Fazhi.Core.Data;

namespace Fazhi.Core.Reporting;

/// <summary>
/// A module's figures of a year as the annual report reads them: its headline figures (keys "module.name") and its
/// breakdown tables, and for each figure the records behind it. A module that adds figures adds one source; the
/// <see cref="FigureCatalog"/> finds it, so the report extends by itself.
/// </summary>
public interface IFigureSource
{
    /// <summary>The key prefix of the module's figures, e.g. "petitions".</summary>
    string Module { get; }

    /// <summary>The module's name as a report heading reads it, e.g. 信访.</summary>
    string Title { get; }

    /// <summary>Where the module stands in the appendix and the evidence package.</summary>
    int Order { get; }

    Task<FigureSet> ForYearAsync(FigureContext context, int year, CancellationToken ct = default);

    /// <summary>
    /// The records behind a figure of the year, in the reader's scope: for a count the records counted; for a ratio
    /// the records of its denominator, each marked whether it counts in the numerator. Null for a key not of this module.
    /// </summary>
    Task<IReadOnlyList<FigureRecord>?> RecordsAsync(FigureContext context, int year, string key, CancellationToken ct = default);
}

/// <summary>
/// What figures are computed with: the reader's scoped context, the working-day calendar and today (for what is overdue).
/// A context also keeps what has been computed with it (<see cref="OnceAsync{T}"/>), so that the figures and the report
/// blocks that read the same module result load its records once; a copy made with <c>with</c> starts afresh.
/// </summary>
public sealed record FigureContext(AppDbContext Db, WorkCalendar Calendar, DateOnly Today)
{
    readonly Dictionary<string, object> computed = [];

    private FigureContext(FigureContext original)
    {
        (Db, Calendar, Today) = (original.Db, original.Calendar, original.Today);
        computed = [];
    }

    /// <summary>The result of <paramref name="compute"/> for <paramref name="key"/>, computed on the first call only.</summary>
    public async Task<T> OnceAsync<T>(string key, Func<Task<T>> compute) where T : notnull
    {
        if (computed.TryGetValue(key, out var known)) return (T)known;
        var result = await compute();
        computed[key] = result;
        return result;
    }

    // Equal when computing with the same context, calendar and day, whatever has been computed so far.
    public bool Equals(FigureContext? other) =>
        other is not null && ReferenceEquals(Db, other.Db) && ReferenceEquals(Calendar, other.Calendar) && Today == other.Today;

    public override int GetHashCode() => HashCode.Combine(Db, Calendar, Today);
}

/// <summary>A module's figures and breakdown tables of a year.</summary>
public sealed record FigureSet(string Module, string Title, IReadOnlyList<Figure> Figures, IReadOnlyList<Breakdown> Tables);

/// <summary>
/// A record behind a figure: its kind (the attachment-owner kind, e.g. "petition", so its evidence can be found), id,
/// date and a line naming it; <see cref="Counted"/> is false for a record of a ratio's denominator that its numerator
/// does not count.
/// </summary>
public sealed record FigureRecord(string Kind, long Id, DateOnly On, string Title, bool Counted = true);

/// <summary>Every module's figure source, found in this assembly and ordered.</summary>
public static class FigureCatalog
{
    public static readonly IReadOnlyList<IFigureSource> Sources = typeof(IFigureSource).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFigureSource).IsAssignableFrom(t))
        .Select(t => (IFigureSource)Activator.CreateInstance(t)!)
        .OrderBy(s => s.Order).ToList();

    /// <summary>Every module's figures of the year, in order.</summary>
    public static async Task<IReadOnlyList<FigureSet>> ForYearAsync(FigureContext context, int year, CancellationToken ct = default)
    {
        var sets = new List<FigureSet>();
        foreach (var source in Sources) sets.Add(await source.ForYearAsync(context, year, ct));
        return sets;
    }

    public static IFigureSource? SourceOf(string key) => Sources.FirstOrDefault(s => key.StartsWith(s.Module + ".", StringComparison.Ordinal));

    /// <summary>The records behind a figure; null when no module defines the key.</summary>
    public static Task<IReadOnlyList<FigureRecord>?> RecordsAsync(FigureContext context, int year, string key, CancellationToken ct = default) =>
        SourceOf(key) is { } source ? source.RecordsAsync(context, year, key, ct) : Task.FromResult<IReadOnlyList<FigureRecord>?>(null);
}
