using System.Globalization;
using Fazhi.Core.Assessment;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Assessment;

/// <summary>
/// The indicator sheets of the reader's district: the district's supervisors see every sheet and start new ones; a
/// town sees the published sheets with where its own assessment stands, and opens it.
/// </summary>
public sealed class IndexModel(AppDbContext db, AssessmentCommands assessments, ICurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;

    public sealed class NewSheetInput
    {
        public string? Year { get; set; }
        public string? Name { get; set; }
    }

    [BindProperty] public NewSheetInput NewSheet { get; set; } = new();

    public Region? District { get; private set; }
    public Region? Town { get; private set; }
    public bool IsDistrictActor { get; private set; }
    public bool IsTownWriter { get; private set; }
    public IReadOnlyList<SheetListItem> Rows { get; private set; } = [];
    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync(CancellationToken ct)
    {
        NewSheet.Year = (ChinaTime.Today(clock).Year - 1).ToString(CultureInfo.InvariantCulture);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (District is null || !IsDistrictActor) return Forbid();
        try
        {
            var year = AssessmentForms.RequireInt(NewSheet.Year, "考核年度", 2000, 2100);
            var sheet = await assessments.CreateSheetAsync(District.Id, year, NewSheet.Name, ct);
            TempData["Message"] = $"已新建考核表“{sheet.Name}”，请添加指标。";
            return Redirect($"/Assessment/Sheets/{sheet.Id}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostOpenAsync(long sheetId, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Town is null || !IsTownWriter) return Forbid();
        try
        {
            var assessment = await assessments.OpenAsync(Town.Id, sheetId, ct);
            TempData["Message"] = "已开始自评；自动计分的指标已按本镇数据计算。";
            return Redirect($"/Assessment/{assessment.Id}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    async Task LoadAsync(CancellationToken ct)
    {
        District = await AssessmentQueries.DistrictOfReaderAsync(db, ct);
        Town = await AssessmentQueries.TownOfReaderAsync(db, ct);
        if (District is null) return;
        IsDistrictActor = AssessmentAccess.IsDistrictActor(user, District.Path);
        IsTownWriter = Town is not null && AssessmentForms.IsTownWriter(user);
        var all = await AssessmentQueries.SheetsAsync(db, District, Town?.Id, ct);
        PageCount = Math.Max(1, (all.Count + AssessmentForms.PageSize - 1) / AssessmentForms.PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Rows = all.Skip((PageNo - 1) * AssessmentForms.PageSize).Take(AssessmentForms.PageSize).ToList();
    }
}
