using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Ledgers;
using Fazhi.Core.Regions;
using Fazhi.Core.Reports;
using Fazhi.Web.Ledgers;
using Fazhi.Web.Pages.Education;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Reports;

/// <summary>
/// The annual reports of the user's scope by year and town, with where each stands and its publication deadline; writers
/// start a town's report of a year from one of its district's templates.
/// </summary>
public sealed class IndexModel(AppDbContext db, ReportCommands reports, ICurrentUser user, TimeProvider clock) : PageModel
{
    public sealed record Row(long Id, int Year, string Town, string Title, ReportStatus Status, DateOnly Due, DateOnly? SubmittedOn,
        DateOnly? ApprovedOn, DateOnly? PublishedOn, string TemplateName);

    public sealed record TemplateChoice(long Id, string Name, bool IsDefault);

    /// <summary>The start form; the year is text so a bad one gets a Chinese message.</summary>
    public sealed class StartForm
    {
        public long? TownId { get; set; }
        public string? Year { get; set; }
        public long? TemplateId { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public long? Town { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;
    [BindProperty] public StartForm Start { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<RegionRow> WritableTowns { get; private set; } = [];
    /// <summary>The templates offered, grouped by district name (a scope may span districts).</summary>
    public IReadOnlyList<(string District, IReadOnlyList<TemplateChoice> Templates)> Templates { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool CanStart => !user.IsReadOnly && WritableTowns.Count > 0;
    public bool Refused { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Start.Year ??= (Today.Year - 1).ToString(CultureInfo.InvariantCulture);
        Start.TownId ??= WritableTowns.FirstOrDefault()?.Id;
        Start.TemplateId ??= Templates.FirstOrDefault().Templates?.FirstOrDefault(t => t.IsDefault)?.Id;
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        ModelState.Clear();
        try
        {
            var townId = Start.TownId ?? throw new DomainRuleException("请选择乡镇。");
            if (!int.TryParse(Start.Year?.Trim().TrimEnd('年'), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                throw new DomainRuleException(string.IsNullOrWhiteSpace(Start.Year) ? "请填写报告年度，如2025。" : $"报告年度“{Start.Year}”无效，请填写四位数年份，如2025。");
            var templateId = Start.TemplateId ?? throw new DomainRuleException("请选择报告模板。");
            var report = await reports.StartAsync(townId, year, templateId, ct);
            TempData["Message"] = $"已开始起草“{report.Title}”。";
            return Redirect($"/Reports/{report.Id}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            Refused = true;
            await LoadAsync(ct);
            return Page();
        }
    }

    /// <summary>
    /// The list as .xlsx, every page of it with the same filters: how each town's report stands against its publication
    /// deadline, for the district to follow up.
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        Today = ChinaTime.Today(clock);
        Towns = await RegionQueries.TownsAsync(db, ct);
        var rows = await RowsAsync(Filtered(), int.MaxValue, ct);
        var applied = new[] { Year is { } y ? $"{y}年度" : null, Towns.FirstOrDefault(t => t.Id == Town)?.Name }.OfType<string>().ToList();
        return LedgerFile.Xlsx(rows, Columns(Today), "年度报告", "筛选条件：" + (applied.Count == 0 ? "全部" : string.Join("；", applied)), clock);
    }

    public static IReadOnlyList<LedgerColumn<Row>> Columns(DateOnly today) =>
    [
        new("年度", r => r.Year, 8),
        new("乡镇", r => r.Town, 14),
        new("标题", r => r.Title, 40),
        new("报告模板", r => r.TemplateName, 24),
        new("状态", r => ReportPages.Label(r.Status), 10),
        new("报送审核", r => r.SubmittedOn, 14),
        new("审核通过", r => r.ApprovedOn, 14),
        new("公开期限", r => r.Due, 14),
        new("公开日期", r => r.PublishedOn, 14),
        new("公开情况", r => Publication(r, today), 14),
    ];

    /// <summary>按期公开 / 逾期公开 / 未公开（已逾期） / 未公开.</summary>
    public static string Publication(Row r, DateOnly today) => r.PublishedOn is { } on
        ? on <= r.Due ? "按期公开" : "逾期公开"
        : r.Due < today ? "未公开（已逾期）" : "未公开";

    IQueryable<AnnualReport> Filtered()
    {
        var query = db.Set<AnnualReport>().AsNoTracking();
        if (Year is { } y) query = query.Where(r => r.Year == y);
        if (Town is { } t) query = query.Where(r => r.TownId == t);
        return query;
    }

    async Task<IReadOnlyList<Row>> RowsAsync(IQueryable<AnnualReport> query, int take, CancellationToken ct, int skip = 0)
    {
        var names = Towns.ToDictionary(t => t.Id, t => t.Name);
        var rows = await query.OrderByDescending(r => r.Year).ThenBy(r => r.TownId).Skip(skip).Take(take)
            .Select(r => new { r.Id, r.Year, r.TownId, r.Title, r.Status, r.SubmittedOn, r.ApprovedOn, r.PublishedOn, r.TemplateName })
            .ToListAsync(ct);
        return rows.Select(r => new Row(r.Id, r.Year, names.GetValueOrDefault(r.TownId, ""), r.Title, r.Status, AnnualReport.PublicationDueFor(r.Year),
            r.SubmittedOn, r.ApprovedOn, r.PublishedOn, r.TemplateName)).ToList();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Today = ChinaTime.Today(clock);
        Towns = await RegionQueries.TownsAsync(db, ct);
        var query = Filtered();
        Paging = Paging.Of(PageNo, await query.CountAsync(ct), LinkTo);
        Rows = await RowsAsync(query, Paging.Size, ct, Paging.Skip);

        if (user.IsReadOnly) return;
        WritableTowns = await ReportPages.WritableTownsAsync(db, ct);
        var groups = new List<(string, IReadOnlyList<TemplateChoice>)>();
        foreach (var districtId in WritableTowns.Select(w => w.ParentId).Distinct())
        {
            var district = await db.Regions.FirstOrDefaultAsync(r => r.Id == districtId, ct);
            if (district is null) continue;
            var templates = await ReportTemplates.OfDistrictAsync(db, district, ct);
            groups.Add((district.Name, templates.Select(x => new TemplateChoice(x.Id, x.Name, x.IsDefault)).ToList()));
        }
        Templates = groups;
    }

    public string ExportLink => "/Reports?" + string.Join("&", new[]
    {
        "handler=Export", Year is { } y ? $"year={y}" : null, Town is { } t ? $"town={t}" : null,
    }.Where(p => p is not null));

    public string LinkTo(int page) => "/Reports?" + string.Join("&", new[]
    {
        Year is { } y ? $"year={y}" : null, Town is { } t ? $"town={t}" : null, $"pageNo={page}",
    }.Where(p => p is not null));
}
