using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Reports;

/// <summary>
/// The action items of a report — its 存在的问题 and 下一步工作计划 — raised and edited while the report is drafted, and
/// tracked (status, progress, date done, evidence) for as long as they run; the items of last year's report are
/// tracked here too, since this year's report tells how they stand.
/// </summary>
public sealed class ItemsModel(AppDbContext db, ReportCommands reports, ICurrentUser user, TimeProvider clock) : PageModel
{
    public sealed record ItemView(ActionItem Item, string? Office, int Evidence);

    public sealed class ItemForm
    {
        public ActionKind? Kind { get; set; }
        public string? Text { get; set; }
        public long? OfficeId { get; set; }
        public string? DueOn { get; set; }
    }

    public sealed class TrackForm
    {
        public ActionStatus? Status { get; set; }
        public string? Progress { get; set; }
        public string? DoneOn { get; set; }
    }

    [BindProperty] public ItemForm Item { get; set; } = new();
    [BindProperty] public TrackForm Track { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public AnnualReport Report { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<ItemView> Items { get; private set; } = [];
    public IReadOnlyList<ItemView> LastYear { get; private set; } = [];
    public long? LastYearReportId { get; private set; }
    public IReadOnlyList<(long Id, string Name)> Offices { get; private set; } = [];
    public bool CanWrite => !user.IsReadOnly;
    public bool CanEdit => CanWrite && Report.IsEditable;
    /// <summary>The form that was posted and refused ("Raise", "Edit12", "Track12"): it opens again with what was typed and why.</summary>
    public string? Posted { get; private set; }
    public string? StepError { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostRaiseAsync(long id, CancellationToken ct) => StepAsync(id, "Raise", null, async () =>
    {
        RequireEditable();
        var item = await reports.RaiseItemAsync(id, Input(), ct);
        return item.Id;
    }, "已添加。", ct);

    public Task<IActionResult> OnPostEditAsync(long id, long itemId, CancellationToken ct) => StepAsync(id, $"Edit{itemId}", itemId, async () =>
    {
        RequireEditable();
        await reports.EditItemAsync(itemId, Input(), Version, ct);
        return itemId;
    }, "已保存。", ct);

    public Task<IActionResult> OnPostTrackAsync(long id, long itemId, CancellationToken ct) => StepAsync(id, $"Track{itemId}", itemId, async () =>
    {
        await reports.TrackItemAsync(itemId, Track.Status ?? throw new DomainRuleException("请选择完成情况。"), Track.Progress,
            ReportPages.ParseDate(Track.DoneOn, "完成日期"), Version, ct);
        return itemId;
    }, "进展已保存。", ct);

    ReportCommands.ItemInput Input() => new(Item.Kind ?? throw new DomainRuleException("请选择问题或计划。"), Item.Text ?? "", Item.OfficeId,
        ReportPages.ParseDate(Item.DueOn, "完成期限"));

    void RequireEditable()
    {
        if (!Report.IsEditable) throw new DomainRuleException("报告已报送审核，不能增改问题和计划；如需修改请由领导退回。进展情况仍可随时跟踪。");
    }

    /// <summary>One step: the item must be this report's (or, to track, last year's); refused steps keep what was typed; done ones redirect (PRG).</summary>
    async Task<IActionResult> StepAsync(long id, string handler, long? itemId, Func<Task<long>> step, string done, CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (itemId is { } iid && !Items.Concat(handler.StartsWith("Track", StringComparison.Ordinal) ? LastYear : []).Any(i => i.Item.Id == iid))
            return NotFound();
        try
        {
            var saved = await step();
            TempData["Message"] = done;
            return Redirect($"/Reports/{id}/Items#item-{saved}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            Posted = handler;
            StepError = e.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await db.Set<AnnualReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } report) return false;
        Report = report;
        Today = ChinaTime.Today(clock);
        var offices = await ReportPages.OfficeNamesAsync(db, report.TownId, ct);
        Offices = (await db.Offices.AsNoTracking().Where(o => o.TownId == report.TownId && o.IsActive).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();
        var items = await db.Set<ActionItem>().AsNoTracking()
            .Where(i => i.TownId == report.TownId && (i.Year == report.Year || i.Year == report.Year - 1))
            .OrderBy(i => i.Kind).ThenBy(i => i.Order).ThenBy(i => i.Id).ToListAsync(ct);
        var ids = items.Select(i => i.Id).ToList();
        var evidence = await db.Set<Attachment>().AsNoTracking().Where(a => a.OwnerType == ReportPages.ItemOwnerType && ids.Contains(a.OwnerId))
            .GroupBy(a => a.OwnerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        ItemView View(ActionItem i) => new(i, i.OfficeId is { } o ? offices.GetValueOrDefault(o) : null, evidence.GetValueOrDefault(i.Id));
        Items = items.Where(i => i.Year == report.Year).Select(View).ToList();
        LastYear = items.Where(i => i.Year == report.Year - 1).Select(View).ToList();
        LastYearReportId = await db.Set<AnnualReport>().Where(r => r.TownId == report.TownId && r.Year == report.Year - 1)
            .Select(r => (long?)r.Id).FirstOrDefaultAsync(ct);
        return true;
    }

    /// <summary>What an item's form field shows: what was typed when that form was refused, else the item's own value.</summary>
    public string? Typed(string handler, string? typed, string? current) => Posted == handler ? typed : current;
}
