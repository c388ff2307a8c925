using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Documents;
using Fazhi.Core.Reporting;
using Fazhi.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Bench.Reports;

/// <summary>The two things measured, shared by the BenchmarkDotNet cases and the profile mode.</summary>
public sealed class ReportRun(ReportBenchDatabase database, WorkCalendar calendar)
{
    public ReportBenchDatabase Database => database;

    public static async Task<ReportRun> OpenAsync(BenchProvider provider, int records, TextWriter? log = null)
    {
        var database = await ReportBenchDatabase.OpenAsync(provider, records, log);
        await using var db = database.NewContext();
        // The platform keeps one calendar for the process (CalendarProvider is a singleton): loaded once here too.
        return new ReportRun(database, await new CalendarProvider().GetAsync(db));
    }

    static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    /// <summary>
    /// What the platform does to hand the clerk the .docx: a fresh context as the system user, the report with its
    /// sections and accepted figures, <see cref="ReportCompiler.CompileAsync"/>, the official document, the .docx.
    /// </summary>
    public async Task<(CompiledReport Report, long Bytes)> CompileAsync()
    {
        await using var db = database.NewContext();
        var report = await db.Set<AnnualReport>().AsNoTracking().Include(r => r.Sections).Include(r => r.Checks).SingleAsync(r => r.Id == database.ReportId);
        var compiled = await ReportCompiler.CompileAsync(new FigureContext(db, calendar, Today), report);
        using var output = new MemoryStream();
        OfficialDocxWriter.Write(compiled.ToDocument(Today), output);
        return (compiled, output.Length);
    }

    /// <summary>The baseline: the text's headline figures by hand-written SQL on a fresh (pooled) connection.</summary>
    public async Task<Dictionary<string, (long Numerator, long? Denominator)>> RawSqlAsync()
    {
        await using var connection = database.NewConnection();
        await connection.OpenAsync();
        return await RawFigureQueries.ReadAsync(connection, database.TownPath, ReportBenchDatabase.Year);
    }

    /// <summary>
    /// Both ways must give the same figures, and the raw SQL must cover every field the report's text uses; otherwise
    /// the ratio would compare different work. Returns the number of figures compared.
    /// </summary>
    public async Task<int> VerifyAsync()
    {
        var (compiled, bytes) = await CompileAsync();
        var raw = await RawSqlAsync();
        var problems = new List<string>();
        foreach (var field in compiled.Fields.Where(f => !raw.ContainsKey(f.Key)))
            problems.Add($"the raw SQL does not compute {field.Key}, which the report's text uses");
        foreach (var (key, (numerator, denominator)) in raw)
        {
            var figure = compiled.Figure(key);
            if (figure is null) problems.Add($"{key}: not a figure of the compiled report");
            else if (figure.Numerator != numerator || figure.Denominator != denominator)
                problems.Add($"{key}: compiled {figure.Numerator}/{figure.Denominator?.ToString() ?? "-"}, raw SQL {numerator}/{denominator?.ToString() ?? "-"}");
        }
        if (bytes < 10_000) problems.Add($"the .docx has only {bytes} bytes");
        if (problems.Count > 0)
            throw new InvalidOperationException($"[{database.Provider}] the compiled report and the raw SQL disagree:\n  " + string.Join("\n  ", problems));
        return raw.Count;
    }
}
