using System.Diagnostics;

namespace Fazhi.Bench;

/// <summary>
/// BenchmarkDotNet's "Allocated" is the total of all allocations, which is about the same for both
/// ways: each row is allocated once either way. What streaming saves is how much is alive at the
/// same time. This mode samples the heap size after each garbage collection (the live data)
/// during one export of each kind, in one process, and prints the peak of each and their ratio.
/// </summary>
public static class PeakMemory
{
    public static void Run(int rows)
    {
        Console.WriteLine($"Preparing a SQLite sign-in log of {rows:N0} rows …");
        using var database = new BenchDatabase(rows);
        Measure("warm-up", database, SignInLedger.Streaming);
        var baseline = Measure("materialise list, then write", database, SignInLedger.Materialised);
        var streaming = Measure("streaming export", database, SignInLedger.Streaming);
        Console.WriteLine($"peak live heap ratio (streaming / baseline): {(double)streaming.Peak / baseline.Peak:0.00}");
        Console.WriteLine($"time ratio (streaming / baseline):      {streaming.Time.TotalMilliseconds / baseline.Time.TotalMilliseconds:0.00}");
    }

    sealed record Result(long Peak, TimeSpan Time);

    static Result Measure(string name, BenchDatabase database, Action<Fazhi.Core.Data.AppDbContext, Stream> export)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetGCMemoryInfo().HeapSizeBytes;
        long peak = before;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.IsSet)
            {
                // The heap size right after the latest collection: what was alive then, garbage excluded.
                var now = GC.GetGCMemoryInfo().HeapSizeBytes;
                if (now > Interlocked.Read(ref peak)) Interlocked.Exchange(ref peak, now);
                Thread.Sleep(2);
            }
        }) { IsBackground = true };
        sampler.Start();
        var watch = Stopwatch.StartNew();
        using (var db = database.Open())
        using (var output = SignInLedger.TempFile())
            export(db, output);
        watch.Stop();
        done.Set();
        sampler.Join();
        var result = new Result(peak - before, watch.Elapsed);
        if (name != "warm-up")
            Console.WriteLine($"{name,-30} peak live heap above start: {result.Peak / 1024.0 / 1024.0,8:0.0} MB   time: {result.Time.TotalMilliseconds,8:0} ms");
        return result;
    }
}
