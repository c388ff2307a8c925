using Fazhi.Core.Audit;
using Fazhi.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Admin;

/// <summary>审计日志: the audit events, newest first, with filters, and a check of the whole chain.</summary>
public sealed class AuditModel(AppDbContext db) : PageModel
{
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
        var filter = ModelState.IsValid
            ? new AuditFilter(From, To, UserName, Entity, Action, EntityId)
            : new AuditFilter(UserName: UserName, Entity: Entity, EntityId: EntityId);
        Events = await AuditEventList.QueryAsync(db, filter, PageNumber, AuditEventList.DefaultPageSize, ct);
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
