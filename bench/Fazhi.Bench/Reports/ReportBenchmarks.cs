using BenchmarkDotNet.Attributes;

namespace Fazhi.Bench.Reports;

/// <summary>
/// A town-year of 50,000 records compiled into the annual report's .docx, against the baseline of the hand-written SQL
/// that computes the headline figures its text uses, on SQLite and (with FAZHI_BENCH_PG set) PostgreSQL. The ratio is
/// per provider. Setup checks that both ways give the same figures.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    ReportRun run = null!;

    [ParamsSource(nameof(Providers))]
    public BenchProvider Provider { get; set; }

    [Params(50_000)]
    public int Records { get; set; }

    public static IEnumerable<BenchProvider> Providers()
    {
        var providers = ReportBenchDatabase.Available();
        if (!providers.Contains(BenchProvider.PostgreSQL)) Console.WriteLine(ReportBenchDatabase.SkipMessage);
        return providers;
    }

    [GlobalSetup]
    public void Setup()
    {
        run = ReportRun.OpenAsync(Provider, Records, Console.Out).GetAwaiter().GetResult();
        var figures = run.VerifyAsync().GetAwaiter().GetResult();
        Console.WriteLine($"[{Provider}] the compiled report and the raw SQL agree on {figures} figures.");
    }

    [Benchmark(Baseline = true, Description = "raw SQL of the text's figures")]
    public async Task<int> RawSql() => (await run.RawSqlAsync()).Count;

    [Benchmark(Description = "compile report to .docx")]
    public async Task<long> Compile() => (await run.CompileAsync()).Bytes;
}
