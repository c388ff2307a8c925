namespace Fazhi.Core.Reporting;

/// <summary>What a figure measures: a count, a rate (numerator ÷ denominator), an average in days, money in fen, or hours (a ratio: tenths ÷ 10, or hours per person).</summary>
public enum FigureUnit { Count, Days, Fen, Hours }

/// <summary>
/// A figure with its definition. With a denominator it is a ratio: a rate shown in per cent, or with
/// <see cref="FigureUnit.Days"/> an average in days; a ratio whose denominator is 0 has no value and shows "—".
/// </summary>
public sealed record Figure(string Key, string Label, string Formula, long? Numerator, long? Denominator = null, FigureUnit Unit = FigureUnit.Count)
{
    public bool IsRate => Denominator is not null && Unit == FigureUnit.Count;
    public double? Rate => Denominator is not null ? (Denominator > 0 ? (double)Numerator!.Value / Denominator!.Value : null) : null;
    public string Display => (Unit, Denominator) switch
    {
        (FigureUnit.Days, not null) => Rate is { } days ? $"{days:0.#}天" : "—",
        (FigureUnit.Hours, not null) => Rate is { } h ? $"{h:0.#}学时" : "—",
        (FigureUnit.Fen, _) => Yuan(Numerator ?? 0),
        (_, not null) => Rate is { } r ? $"{r * 100:0.#}%" : "—",
        _ => $"{Numerator}",
    };

    /// <summary>An amount in fen as a reader reads it: 1,234.5元.</summary>
    public static string Yuan(long fen) => $"{fen / 100m:#,0.##}元";

    /// <summary>The formula, with its numbers for a ratio: how a reader checks the value.</summary>
    public string Explained => Denominator is { } d ? $"{Formula}（{Numerator} ÷ {d}）" : Formula;
}

/// <summary>A count per group (channel, class, category, village or month), in display order.</summary>
public sealed record Breakdown(string Title, IReadOnlyList<(string Label, int Count)> Rows)
{
    /// <summary>The key of the figure this breakdown splits, when its rows must add up to it (checked by the annual report).</summary>
    public string? TotalOf { get; init; }

    /// <summary>Counts the facts per key, one row per key of <paramref name="order"/> (zero where none), labelled.</summary>
    public static Breakdown Of<TFact, TKey>(string title, IEnumerable<TFact> facts, Func<TFact, TKey> key, Func<TKey, string> label, IEnumerable<TKey> order)
        where TKey : notnull
    {
        var counts = facts.GroupBy(key).ToDictionary(g => g.Key, g => g.Count());
        return new Breakdown(title, order.Select(k => (label(k), counts.GetValueOrDefault(k))).ToList());
    }

    /// <summary>Villages by name, then the town itself (key 0) for records not tied to a village.</summary>
    public static IEnumerable<long> VillageOrder(IReadOnlyDictionary<long, string> villageNames) =>
        villageNames.OrderBy(v => v.Value, StringComparer.Ordinal).Select(v => v.Key).Append(0L);
}
