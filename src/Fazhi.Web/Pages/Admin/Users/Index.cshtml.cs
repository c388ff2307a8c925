using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Fazhi.Core.Ledgers;
using Fazhi.Web.Ledgers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Admin.Users;

public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    const int PageSize = 50;

    public static readonly LedgerColumn<Row>[] Columns =
    [
        new("用户名", r => r.UserName, 18),
        new("姓名", r => r.DisplayName, 20),
        new("角色", r => string.Join("、", r.Roles.Select(Roles.Label)), 20),
        new("管辖范围", r => r.ScopeName, 14),
        new("业务模块", r => string.Join("、", r.Modules.Select(Modules.Label)), 40),
        new("状态", r => !r.IsActive ? "已停用" : r.Locked ? "已锁定" : "正常", 8),
    ];
    public sealed record Row(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, string ScopeName,
        IReadOnlyList<string> Modules, bool IsActive, bool Locked, bool IsDemo);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNo { get; set; } = 1;
    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public IReadOnlyList<Row> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = Filtered();
        Total = await query.CountAsync(ct);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        Users = await RowsAsync(query.Skip((PageNo - 1) * PageSize).Take(PageSize), ct);
    }

    /// <summary>导出Excel: every account the filter selects; a town has tens of accounts, so they are read as one list.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = await RowsAsync(Filtered(), ct);
        var filter = string.Join("；", new[]
        {
            string.IsNullOrWhiteSpace(Q) ? null : $"用户名或姓名包含“{Q.Trim()}”",
            string.IsNullOrWhiteSpace(Role) ? null : $"角色：{Roles.Label(Role)}",
        }.Where(x => x is not null));
        return LedgerFile.Xlsx(rows, Columns, "用户名单", "筛选条件：" + (filter.Length == 0 ? "全部" : filter), clock);
    }

    IQueryable<AppUser> Filtered()
    {
        var scope = db.CurrentUser.ScopePath;
        var query = db.Users.AsNoTracking().Where(u => u.ScopePath.StartsWith(scope));
        if (!string.IsNullOrWhiteSpace(Q)) query = query.Where(u => u.UserName!.Contains(Q) || u.DisplayName.Contains(Q));
        if (!string.IsNullOrWhiteSpace(Role))
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Role)));
        return query.OrderBy(u => u.ScopePath).ThenBy(u => u.UserName);
    }

    async Task<IReadOnlyList<Row>> RowsAsync(IQueryable<AppUser> query, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var page = await query
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.ModuleList, u.IsActive, u.LockoutEnd, u.IsDemo,
                Scope = db.Regions.Where(r => r.Id == u.ScopeRegionId).Select(r => r.Name).FirstOrDefault(),
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToList(),
            }).ToListAsync(ct);
        return page.Select(u => new Row(u.Id, u.UserName!, u.DisplayName, u.Roles.Select(r => r!).ToList(), u.Scope ?? "全系统",
            u.ModuleList.Split(',', StringSplitOptions.RemoveEmptyEntries), u.IsActive, u.LockoutEnd > now, u.IsDemo)).ToList();
    }
}
