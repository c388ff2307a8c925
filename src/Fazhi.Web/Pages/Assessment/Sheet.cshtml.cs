using System.Globalization;
using Fazhi.Core.Assessment;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Assessment;

/// <summary>
/// One indicator sheet: its header and grade thresholds, its indicators in order. The district's supervisor edits a
/// draft here (header, removing indicators, publishing) and withdraws a published sheet no town has started on.
/// </summary>
public sealed class SheetModel(AppDbContext db, AssessmentCommands assessments, ICurrentUser user) : PageModel
{
    public sealed class HeaderInput
    {
        public string? Name { get; set; }
        public string? Year { get; set; }
        public string? Excellent { get; set; }
        public string? Good { get; set; }
        public string? Pass { get; set; }
    }

    [BindProperty] public HeaderInput Header { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public IndicatorSheet Sheet { get; private set; } = null!;
    public IReadOnlyDictionary<string, Figure> Figures { get; private set; } = new Dictionary<string, Figure>();
    public bool CanEdit { get; private set; }
    public bool IsDistrictActor { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Header = new HeaderInput
        {
            Name = Sheet.Name, Year = Sheet.Year.ToString(CultureInfo.InvariantCulture),
            Excellent = Sheet.ExcellentPercent.ToString(CultureInfo.InvariantCulture), Good = Sheet.GoodPercent.ToString(CultureInfo.InvariantCulture),
            Pass = Sheet.PassPercent.ToString(CultureInfo.InvariantCulture),
        };
        Version = Sheet.Version;
        return Page();
    }

    public Task<IActionResult> OnPostHeaderAsync(long id, CancellationToken ct) => ActAsync(id, "已保存考核表。", async () =>
        await assessments.EditSheetAsync(id, new AssessmentCommands.SheetInput(Header.Name,
            AssessmentForms.RequireInt(Header.Year, "考核年度", 2000, 2100), AssessmentForms.RequireInt(Header.Excellent, "优秀分数线", 1, 100),
            AssessmentForms.RequireInt(Header.Good, "良好分数线", 1, 100), AssessmentForms.RequireInt(Header.Pass, "合格分数线", 1, 100)), Version, ct));

    public Task<IActionResult> OnPostRemoveAsync(long id, long indicatorId, CancellationToken ct) =>
        ActAsync(id, "已删除指标。", () => assessments.RemoveIndicatorAsync(id, indicatorId, Version, ct));

    public Task<IActionResult> OnPostPublishAsync(long id, CancellationToken ct) =>
        ActAsync(id, "考核表已发布，各乡镇可以开始自评。", () => assessments.PublishAsync(id, Version, ct));

    public Task<IActionResult> OnPostWithdrawAsync(long id, CancellationToken ct) =>
        ActAsync(id, "考核表已撤回为草稿。", () => assessments.WithdrawAsync(id, Version, ct));

    async Task<IActionResult> ActAsync(long id, string done, Func<Task> action)
    {
        if (!await LoadAsync(id, HttpContext.RequestAborted)) return NotFound();
        if (!IsDistrictActor) return Forbid();
        try
        {
            await action();
            TempData["Message"] = done;
            return Redirect($"/Assessment/Sheets/{id}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await AssessmentQueries.SheetAsync(db, id, ct) is not { } sheet) return false;
        Sheet = sheet;
        IsDistrictActor = AssessmentAccess.IsDistrictActor(user, sheet.DistrictPath);
        CanEdit = IsDistrictActor && sheet.Status == SheetStatus.Draft;
        Figures = (await assessments.CatalogAsync(sheet.Year, ct)).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First());
        return true;
    }
}
