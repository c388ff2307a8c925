using System.Text.RegularExpressions;
using Fazhi.Core.Attachments;
using Fazhi.Core.Data;
using Fazhi.Core.Reporting;
using Fazhi.Core.Reports;
using Fazhi.Web.Pages.Education;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Reports;

/// <summary>
/// A figure of a report: its label, current value, formula with its numbers, what it covers (the town and year), and
/// the records behind it — for a ratio the records of its denominator, each marked whether its numerator counts it —
/// each linking to the record's page. A key no module defines answers 404.
/// </summary>
public sealed partial class FigureModel(AppDbContext db, ReportCommands reports, AttachmentOwnerRegistry owners) : PageModel
{
    public sealed record RecordRow(FigureRecord Record, string? Link);

    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;

    public AnnualReport Report { get; private set; } = null!;
    public string TownName { get; private set; } = "";
    public Figure Figure { get; private set; } = null!;
    public string ModuleTitle { get; private set; } = "";
    public string? Accepted { get; private set; }
    /// <summary>Null when the module cannot list the records of this figure yet.</summary>
    public IReadOnlyList<RecordRow>? Records { get; private set; }
    public int Total { get; private set; }
    public int Counted { get; private set; }
    public Paging Paging { get; private set; } = null!;
    /// <summary>The sections whose text uses the figure.</summary>
    public IReadOnlyList<string> UsedIn { get; private set; } = [];

    public bool IsRatio => Figure.Denominator is not null;

    /// <summary>Which date puts a record in the year: as the formula says it ("按登记日期计"), else each record's date as listed.</summary>
    public string CountedBy => CountedByPattern().Match(Figure.Formula) is { Success: true } m ? m.Value : "按各记录的日期计（见下表“日期”列）";

    [GeneratedRegex("按[^，。；、（）]{1,12}?日期(?:计|归入统计期间)")]
    private static partial Regex CountedByPattern();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Key) || FigureCatalog.SourceOf(Key) is not { } source) return NotFound();
        if (await ReportPages.LoadAsync(db, id, ct) is not { } report) return NotFound();
        Report = report;
        // The figure is the report's town's, whoever reads it (a district supervisor sees more than one town).
        await using var town = db.NarrowedTo(report.ScopePath);
        var context = await reports.FigureContextAsync(ct) with { Db = town };
        var set = await source.ForYearAsync(context, report.Year, ct);
        if (set.Figures.FirstOrDefault(f => f.Key == Key) is not { } figure) return NotFound();
        Figure = figure;
        ModuleTitle = set.Title;
        TownName = await ReportPages.TownNameAsync(db, report.TownId, ct);
        Accepted = report.Checks.FirstOrDefault(c => c.Key == Key)?.Display;
        UsedIn = report.Sections.OrderBy(s => s.Order).Select(s => (s.Heading, s.Body)).Prepend(("开头段落", report.Preamble))
            .Where(s => ReportMarkup.Fields(s.Item2).Any(f => f.Key == Key)).Select(s => s.Item1).ToList();

        var records = await source.RecordsAsync(context, report.Year, Key, ct);
        Total = records?.Count ?? 0;
        Counted = records?.Count(r => r.Counted) ?? 0;
        Paging = Paging.Of(PageNo, Total, p => $"/Reports/{id}/Figure?key={Uri.EscapeDataString(Key)}&pageNo={p}");
        Records = records?.Skip(Paging.Skip).Take(Paging.Size).Select(r => new RecordRow(r, RecordLinks.Of(r, owners))).ToList();
        return Page();
    }
}
