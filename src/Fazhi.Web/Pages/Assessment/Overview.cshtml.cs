using Fazhi.Core.Assessment;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Ledgers;
using Fazhi.Web.Ledgers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Assessment;

/// <summary>The district's view of a sheet: every town side by side with where its assessment stands, its totals and grade.</summary>
public sealed class OverviewModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    public IndicatorSheet Sheet { get; private set; } = null!;
    public IReadOnlyList<OverviewRow> Rows { get; private set; } = [];
    public bool IsDistrictActor { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await AssessmentQueries.SheetAsync(db, id, ct) is not { } sheet) return NotFound();
        // Only readers whose scope covers the district compare its towns; a town's people see their own assessment only.
        if (await AssessmentQueries.OverviewAsync(db, sheet, ct) is not { } rows) return NotFound();
        Sheet = sheet;
        Rows = rows;
        IsDistrictActor = AssessmentAccess.IsDistrictActor(user, sheet.DistrictPath);
        return Page();
    }

    /// <summary>The same comparison as .xlsx: every town of the district with its standing, totals and grade.</summary>
    public async Task<IActionResult> OnGetExportAsync(long id, CancellationToken ct)
    {
        if (await AssessmentQueries.SheetAsync(db, id, ct) is not { } sheet) return NotFound();
        if (await AssessmentQueries.OverviewAsync(db, sheet, ct) is not { } rows) return NotFound();
        return LedgerFile.Xlsx(rows, Columns, "各乡镇考核情况", $"考核表：{sheet.Name}", clock);
    }

    /// <summary>Points as numbers (tenths shown as 95.5), an estimated grade marked as such.</summary>
    public static readonly IReadOnlyList<LedgerColumn<OverviewRow>> Columns =
    [
        new("乡镇", r => r.TownName, 14),
        new("状态", r => r.Status, 10),
        new("自评得分", r => r.SelfTotal / 10m, 10),
        new("区评得分", r => r.DistrictTotal / 10m, 10),
        new("等次", r => r.Grade is null ? null : AssessmentForms.GradeText(r.Grade) + (r.GradeIsFinal ? "" : "（估算）"), 12),
    ];
}
