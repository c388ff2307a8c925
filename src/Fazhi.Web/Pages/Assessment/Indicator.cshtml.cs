using System.Globalization;
using Fazhi.Core.Assessment;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Assessment;

/// <summary>
/// Adding or editing one indicator of a draft sheet: its place, category and text, its points, and how it is scored —
/// by hand (with or without evidence required) or automatically from one of the figures the registers compute.
/// </summary>
public sealed class IndicatorModel(AppDbContext db, AssessmentCommands assessments, ICurrentUser user) : PageModel
{
    public sealed class InputModel
    {
        public string? Order { get; set; }
        public string? Category { get; set; }
        public string? Text { get; set; }
        public string? Points { get; set; }
        public IndicatorRule Rule { get; set; } = IndicatorRule.Manual;
        public string? FigureKey { get; set; }
        public Comparison Comparison { get; set; } = Comparison.AtLeast;
        public string? Threshold { get; set; }
        public bool FullWhenNoData { get; set; }
        public bool EvidenceRequired { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public IndicatorSheet Sheet { get; private set; } = null!;
    public long? IndicatorId { get; private set; }
    /// <summary>The figures by module, for the choice of an automatic indicator's figure.</summary>
    public IReadOnlyList<(string Title, IReadOnlyList<Figure> Figures)> Modules { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, long? indicatorId, CancellationToken ct)
    {
        if (await LoadAsync(id, indicatorId, ct) is { } refused) return refused;
        Version = Sheet.Version;
        if (indicatorId is { } iid)
        {
            var i = Sheet.Indicators.First(x => x.Id == iid);
            Input = new InputModel
            {
                Order = i.Order.ToString(CultureInfo.InvariantCulture), Category = i.Category, Text = i.Text, Points = Tenths.Format(i.PointsTenths),
                Rule = i.Rule, FigureKey = i.FigureKey, Comparison = i.Comparison, Threshold = i.ThresholdTenths is { } t ? Tenths.Format(t) : null,
                FullWhenNoData = i.FullWhenNoData, EvidenceRequired = i.EvidenceRequired,
            };
        }
        else
        {
            Input.Order = (Sheet.Indicators.Count == 0 ? 1 : Sheet.Indicators.Max(x => x.Order) + 1).ToString(CultureInfo.InvariantCulture);
            Input.Category = Sheet.Ordered.LastOrDefault()?.Category;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, long? indicatorId, CancellationToken ct)
    {
        if (await LoadAsync(id, indicatorId, ct) is { } refused) return refused;
        try
        {
            var input = new AssessmentCommands.IndicatorInput(AssessmentForms.RequireInt(Input.Order, "序号", 1, 999), Input.Category, Input.Text, Input.Points,
                Input.Rule, Input.FigureKey, Input.Comparison, Input.Threshold, Input.FullWhenNoData, Input.EvidenceRequired);
            if (indicatorId is { } iid) await assessments.EditIndicatorAsync(id, iid, input, Version, ct);
            else await assessments.AddIndicatorAsync(id, input, Version, ct);
            TempData["Message"] = indicatorId is null ? "已添加指标。" : "已保存指标。";
            return Redirect($"/Assessment/Sheets/{id}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    async Task<IActionResult?> LoadAsync(long id, long? indicatorId, CancellationToken ct)
    {
        if (await AssessmentQueries.SheetAsync(db, id, ct) is not { } sheet) return NotFound();
        if (indicatorId is { } iid && sheet.Indicators.All(i => i.Id != iid)) return NotFound();
        if (!AssessmentAccess.IsDistrictActor(user, sheet.DistrictPath)) return Forbid();
        Sheet = sheet;
        IndicatorId = indicatorId;
        var figures = await assessments.CatalogAsync(sheet.Year, ct);
        Modules = FigureCatalog.Sources
            .Select(s => (s.Title, (IReadOnlyList<Figure>)figures.Where(f => f.Key.StartsWith(s.Module + ".", StringComparison.Ordinal)).ToList()))
            .Where(m => m.Item2.Count > 0).ToList();
        return null;
    }
}
