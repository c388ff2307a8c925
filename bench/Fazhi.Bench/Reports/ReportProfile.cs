using System.Diagnostics;
using Fazhi.Core.Common;
using Fazhi.Core.Documents;
using Fazhi.Core.Reporting;
using Fazhi.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Bench.Reports;

/// <summary>
/// `report` mode: in one process and without BenchmarkDotNet, per provider: builds (or reuses) the database, checks
/// that the compiled report and the raw SQL agree, then times the whole compile and the raw SQL and the compile's parts —
/// each module's figures, each generated block, the document and the .docx — to show where the time goes. Each is
/// given as the median wall-clock time of N runs after warm-up and as the CPU time per run (this process, plus on
/// PostgreSQL the server's processes when /proc shows them): on a shared machine the wall clock includes waiting for
/// a core, the CPU time much less so. A quick check and a profile, not the measurement of record.
/// </summary>
public static class ReportProfile
{
    public static async Task RunAsync(int records, int runs)
    {
        var providers = ReportBenchDatabase.Available();
        if (!providers.Contains(BenchProvider.PostgreSQL)) Console.WriteLine(ReportBenchDatabase.SkipMessage);
        foreach (var provider in providers)
        {
            var run = await ReportRun.OpenAsync(provider, records, Console.Out);
            Console.WriteLine($"[{provider}] the compiled report and the raw SQL agree on {await run.VerifyAsync()} figures.");
            var cpu = await CpuMeter.ForAsync(run.Database);
            for (var i = 0; i < 2; i++)
            {
                await run.CompileAsync();
                await run.RawSqlAsync();
            }
            var compile = await MeasureAsync(cpu, runs, () => run.CompileAsync());
            var raw = await MeasureAsync(cpu, runs, () => run.RawSqlAsync());
            Console.WriteLine($"[{provider}] {"",-32} {"wall (median)",14} {"CPU per run" + (cpu.SeesServer ? " (with server)" : ""),26}");
            Console.WriteLine($"[{provider}] {"compile to .docx",-32} {compile.Wall,11:0.0} ms {compile.Cpu,23:0.0} ms");
            Console.WriteLine($"[{provider}] {"raw SQL (baseline)",-32} {raw.Wall,11:0.0} ms {raw.Cpu,23:0.0} ms");
            Console.WriteLine($"[{provider}] {"ratio",-32} {compile.Wall / raw.Wall,14:0.00} {compile.Cpu / raw.Cpu,26:0.00}");
            foreach (var (part, time) in await PartsAsync(run, cpu, runs))
                Console.WriteLine($"[{provider}]   {part,-30} {time.Wall,11:0.0} ms {time.Cpu,23:0.0} ms");
        }
    }

    /// <summary>
    /// `report-dump` mode: the compiled report written out in full as text — every figure with its numbers, every
    /// breakdown row, every block, field and problem — one file per provider (the .docx is written from these alone). Run it before and
    /// after a change to the figures or the compiler and compare the files: a speed-up must not move a single number.
    /// </summary>
    public static async Task DumpAsync(int records, string prefix)
    {
        foreach (var provider in ReportBenchDatabase.Available())
        {
            var run = await ReportRun.OpenAsync(provider, records, Console.Out);
            var (compiled, _) = await run.CompileAsync();
            var text = new StringWriter();
            foreach (var set in compiled.Sets)
            {
                text.WriteLine($"# {set.Module} {set.Title}");
                foreach (var f in set.Figures) text.WriteLine($"{f.Key}|{f.Label}|{f.Formula}|{f.Numerator}|{f.Denominator}|{f.Unit}|{f.Display}");
                foreach (var t in set.Tables) text.WriteLine($"table {t.Title} ({t.TotalOf}): {string.Join("; ", t.Rows.Select(r => $"{r.Label}={r.Count}"))}");
            }
            foreach (var (heading, blocks) in compiled.Sections.Select(s => (s.Heading, s.Blocks)).Prepend(("开头", compiled.Preamble)))
            {
                text.WriteLine($"## {heading}");
                foreach (var block in blocks)
                    text.WriteLine(block switch
                    {
                        ReportParagraph p => $"p: {string.Concat(p.Segments.Select(s => s.Key is null ? s.Text : $"[{s.Key}={s.Text}]"))}",
                        ReportHeading h => $"h{h.Level}: {h.Text}",
                        ReportTable t => $"table: {string.Join(" / ", t.Table.Rows.Select(r => string.Join("|", r)))}",
                        _ => block.ToString(),
                    });
            }
            foreach (var f in compiled.Fields) text.WriteLine($"field {f.Key}: {f.Figure?.Display} accepted {f.Accepted} moved {f.Moved}");
            foreach (var p in compiled.Problems) text.WriteLine($"problem: {p}");
            var file = $"{prefix}-{provider}.txt";
            await File.WriteAllTextAsync(file, text.ToString());
            Console.WriteLine($"[{provider}] {file}");
        }
    }

    static async Task<(double Wall, double Cpu)> MeasureAsync<T>(CpuMeter cpu, int runs, Func<Task<T>> action)
    {
        var times = new List<double>();
        var cpuBefore = cpu.Now();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        var cpuMs = (cpu.Now() - cpuBefore).TotalMilliseconds / runs;
        times.Sort();
        return (times[times.Count / 2], cpuMs);
    }

    /// <summary>The compile's parts, each timed on its own (median of N), in the order the compiler runs them.</summary>
    static async Task<List<(string Part, (double Wall, double Cpu) Time)>> PartsAsync(ReportRun run, CpuMeter cpu, int runs)
    {
        var parts = new List<(string, (double, double))>();
        await using var db = run.Database.NewContext();
        var report = await db.Set<AnnualReport>().AsNoTracking().Include(r => r.Sections).Include(r => r.Checks).SingleAsync(r => r.Id == run.Database.ReportId);
        var calendar = await new Fazhi.Core.Calendar.CalendarProvider().GetAsync(db);
        var today = ChinaTime.Today(TimeProvider.System);
        // A fresh context for every run: a context keeps what it computed, and the compile starts with a new one.
        FigureContext Fresh() => new(db, calendar, today);
        foreach (var source in FigureCatalog.Sources)
            parts.Add(($"figures: {source.Module}", await MeasureAsync(cpu, runs, () => source.ForYearAsync(Fresh(), report.Year))));
        var names = report.Sections.Select(s => s.Body).Prepend(report.Preamble).SelectMany(ReportMarkup.Lines)
            .Select(l => l.Block).OfType<string>().Distinct().ToList();
        // A block runs after the figures, with their context: what it shares with them (the enforcement report) is not loaded again.
        var context = Fresh();
        var blocks = new ReportBlocks(context, report, await FigureCatalog.ForYearAsync(context, report.Year));
        foreach (var name in names)
            parts.Add(($"block: [[{name}]]", await MeasureAsync(cpu, runs, () => blocks.WriteAsync(name, CancellationToken.None))));
        var compiled = await ReportCompiler.CompileAsync(Fresh(), report);
        parts.Add(("document + .docx", await MeasureAsync(cpu, runs, () =>
        {
            using var output = new MemoryStream();
            OfficialDocxWriter.Write(compiled.ToDocument(today), output);
            return Task.FromResult(output.Length);
        })));
        return parts;
    }
}
