using BenchmarkDotNet.Attributes;

namespace Fazhi.Bench;

/// <summary>
/// Exporting 100,000 sign-in records from a real SQLite file to .xlsx: the streaming export the
/// platform uses against a baseline that materialises the list first. Ratios are relative to the baseline.
/// </summary>
[MemoryDiagnoser]
public class LedgerExportBenchmarks
{
    BenchDatabase database = null!;

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => database = new BenchDatabase(Rows);

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    [Benchmark(Baseline = true, Description = "materialise list, then write")]
    public long Materialised()
    {
        using var db = database.Open();
        using var output = SignInLedger.TempFile();
        SignInLedger.Materialised(db, output);
        return output.Length;
    }

    [Benchmark(Description = "streaming export")]
    public long Streaming()
    {
        using var db = database.Open();
        using var output = SignInLedger.TempFile();
        SignInLedger.Streaming(db, output);
        return output.Length;
    }
}
