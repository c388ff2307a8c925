using BenchmarkDotNet.Running;
using Fazhi.Bench;

// `dotnet run -c Release --project bench/Fazhi.Bench -- peak [rows]` measures peak heap in one process;
// anything else goes to BenchmarkDotNet (e.g. `--filter * --job short`).
if (args is ["peak", ..])
{
    PeakMemory.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(LedgerExportBenchmarks).Assembly).Run(args);
