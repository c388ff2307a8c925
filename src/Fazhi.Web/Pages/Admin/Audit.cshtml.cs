using Fazhi.Core.Audit;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Ledgers;
using Fazhi.Web.Ledgers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Admin;

/// <summary>审计日志: the audit events, newest first, with filters, and a check of the whole chain.</summary>
public sealed class AuditModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public static readonly LedgerColumn<AuditEventRow>[] Columns =
    [
        new("序号", r => r.Seq, 8),
        new("时间", r => r.AtUtc, 20),
        new("操作人", r => r.UserName, 16),
        new("对象", r => AuditLabels.Entity(r.Entity), 14),
        new("编号", r => r.EntityId, 12),
        new("操作", r => AuditEvent.ActionLabel(r.Action), 8),
        new("变更内容", r => string.Join("；", r.ChangeList.Select(c => $"{AuditLabels.Field(c.Field)}：{c.Before ?? "（空）"} → {c.After ?? "（空）"}")), 60),
    ];

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public AuditAction? Action { get; set; }
    [BindProperty(SupportsGet = true, Name = "id")] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public AuditEventPage Events { get; private set; } = new([], 1, AuditEventList.DefaultPageSize, 0);
    public IReadOnlyList<string> Entities { get; private set; } = [];

    [TempData] public string? VerifyMessage { get; set; }
    [TempData] public bool VerifyIntact { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        foreach (var key in new[] { nameof(From), nameof(To) })
            if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                entry.Errors.Clear();
                ModelState.AddModelError(key, "请按“年-月-日”填写日期。");
            }
        if (ModelState.TryGetValue(nameof(Action), out var a) && a.Errors.Count > 0)
        {
            a.Errors.Clear();
            ModelState.AddModelError(nameof(Action), "请选择有效的操作类型。");
        }
        if (From is { } f && To is { } t && f > t)
            ModelState.AddModelError(nameof(To), "结束日期不能早于开始日期。");

        Entities = await AuditEventList.EntitiesAsync(db, ct);
        Events = await AuditEventList.QueryAsync(db, CurrentFilter(), PageNumber, AuditEventList.DefaultPageSize, ct);
    }

    /// <summary>导出Excel: exactly the events the filter shows, streamed.</summary>
    public IActionResult OnGetExport()
    {
        var filter = CurrentFilter();
        var described = string.Join("；", new[]
        {
            From is { } f ? $"自{ChinaTime.Format(f)}" : null, To is { } t ? $"至{ChinaTime.Format(t)}" : null,
            string.IsNullOrWhiteSpace(UserName) ? null : $"操作人包含“{UserName.Trim()}”",
            string.IsNullOrWhiteSpace(Entity) ? null : $"对象：{AuditLabels.Entity(Entity)}",
            Action is { } a ? $"操作：{AuditEvent.ActionLabel(a)}" : null,
            string.IsNullOrWhiteSpace(EntityId) ? null : $"编号：{EntityId.Trim()}",
        }.Where(x => x is not null));
        return LedgerFile.Xlsx(AuditEventList.Rows(db, filter), Columns, "审计日志", "筛选条件：" + (described.Length == 0 ? "全部" : described), clock);
    }

    /// <summary>
    /// The filter of the query string, limited to the admin's scope: a town's administrator sees the events
    /// of records in their town; only an administrator of the whole system sees all (roles, other towns).
    /// </summary>
    AuditFilter CurrentFilter()
    {
        var scope = db.CurrentUser.ScopePath is "" or "/" ? null : db.CurrentUser.ScopePath;
        return ModelState.IsValid
            ? new AuditFilter(From, To, UserName, Entity, Action, EntityId, scope)
            : new AuditFilter(UserName: UserName, Entity: Entity, EntityId: EntityId, ScopePath: scope);
    }

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        var result = await new AuditChainVerifier(db).VerifyAsync(ct);
        VerifyIntact = result.Intact;
        VerifyMessage = result.Intact
            ? $"审计链完整：共 {result.Count} 条事件，未发现篡改。"
            : $"审计链在第 {result.BrokenAt} 条事件处断裂：{result.ReasonZh}";
        return RedirectToPage(RouteFor(PageNumber));
    }

    /// <summary>The current filters as route values, for the pager and the redirect after checking.</summary>
    public object RouteFor(int page) => new
    {
        from = From?.ToString("yyyy-MM-dd"),
        to = To?.ToString("yyyy-MM-dd"),
        user = UserName,
        entity = Entity,
        action = Action?.ToString(),
        id = EntityId,
        p = page == 1 ? (int?)null : page,
    };
}
