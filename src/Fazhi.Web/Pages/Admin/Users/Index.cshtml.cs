using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Admin.Users;

public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    const int PageSize = 50;
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
        var scope = db.CurrentUser.ScopePath;
        var query = db.Users.AsNoTracking().Where(u => u.ScopePath.StartsWith(scope));
        if (!string.IsNullOrWhiteSpace(Q)) query = query.Where(u => u.UserName!.Contains(Q) || u.DisplayName.Contains(Q));
        if (!string.IsNullOrWhiteSpace(Role))
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Role)));
        Total = await query.CountAsync(ct);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        var now = clock.GetUtcNow();
        var page = await query.OrderBy(u => u.ScopePath).ThenBy(u => u.UserName).Skip((PageNo - 1) * PageSize).Take(PageSize)
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.ModuleList, u.IsActive, u.LockoutEnd, u.IsDemo,
                Scope = db.Regions.Where(r => r.Id == u.ScopeRegionId).Select(r => r.Name).FirstOrDefault(),
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToList(),
            }).ToListAsync(ct);
        Users = page.Select(u => new Row(u.Id, u.UserName!, u.DisplayName, u.Roles.Select(r => r!).ToList(), u.Scope ?? "全系统",
            u.ModuleList.Split(',', StringSplitOptions.RemoveEmptyEntries), u.IsActive, u.LockoutEnd > now, u.IsDemo)).ToList();
    }
}
