using System.Globalization;
using BenchmarkDotNet.Running;
using Fazhi.Bench;
using Fazhi.Bench.Reports;

// `dotnet run -c Release --project bench/Fazhi.Bench -- peak [rows]` measures peak heap in one process;
// `-- report [records] [runs]` checks and profiles the annual report benchmark in one process;
// `-- report-dump [records] [file prefix]` writes the compiled report as text, to compare before and after a change;
// anything else goes to BenchmarkDotNet (e.g. `--filter * --job short`).
static int Arg(string[] args, int index, int fallback) =>
    args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

if (args is ["peak", ..])
{
    PeakMemory.Run(Arg(args, 1, 100_000));
    return;
}
if (args is ["report", ..])
{
    await ReportProfile.RunAsync(Arg(args, 1, 50_000), Arg(args, 2, 7));
    return;
}
if (args is ["report-dump", ..])
{
    await ReportProfile.DumpAsync(Arg(args, 1, 50_000), args.Length > 2 ? args[2] : "report-dump");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(LedgerExportBenchmarks).Assembly).Run(args);
