using System.ComponentModel.DataAnnotations;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Admin.Users;

public sealed class EditModel(AppDbContext db, UserCommands commands) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "请填写用户名。")]
        [RegularExpression("^[A-Za-z0-9._@-]{2,50}$", ErrorMessage = "用户名为2至50位字母、数字或 ._@- 。")]
        public string UserName { get; set; } = "";
        [Required(ErrorMessage = "请填写姓名。")]
        [StringLength(50, ErrorMessage = "姓名不能超过50个字。")]
        public string DisplayName { get; set; } = "";
        public long? ScopeRegionId { get; set; }
        public long? OfficeId { get; set; }
        public List<string> Roles { get; set; } = [];
        public List<string> Modules { get; set; } = [];
        public bool IsActive { get; set; } = true;
    }

    [BindProperty(SupportsGet = true)] public string? Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public string? OneTimePassword { get; private set; }
    public IReadOnlyList<RegionRow> Regions { get; private set; } = [];
    public int MinDepth { get; private set; }
    public IReadOnlyList<OfficeRow> Offices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is not null)
        {
            AppUser user;
            try { user = await commands.FindInScopeAsync(Id, ct); }
            catch (NotFoundException) { return NotFound(); }
            Input = new InputModel
            {
                UserName = user.UserName!, DisplayName = user.DisplayName, ScopeRegionId = user.ScopeRegionId, OfficeId = user.OfficeId,
                Modules = [.. user.ModuleKeys], IsActive = user.IsActive,
                Roles = await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToListAsync(ct),
            };
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        if (!ModelState.IsValid) return Page();
        var input = new UserCommands.Input(Input.UserName, Input.DisplayName, Input.Roles, Input.ScopeRegionId, Input.OfficeId, Input.Modules);
        try
        {
            if (Id is null)
            {
                var (user, oneTime) = await commands.CreateAsync(input, null, ct);
                Id = user.Id;
                OneTimePassword = oneTime;
                return Page();
            }
            await commands.UpdateAsync(Id, input, Input.IsActive, ct);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
        catch (NotFoundException) { return NotFound(); }
        TempData["Message"] = $"已保存用户 {Input.UserName}。";
        return RedirectToPage("/Admin/Users/Index");
    }

    /// <summary>Resetting locks the user out of their current password, so it asks for a tick first.</summary>
    public async Task<IActionResult> OnPostResetPasswordAsync(bool confirmReset, CancellationToken ct)
    {
        if (Id is null) return NotFound();
        await LoadChoicesAsync(ct);
        ModelState.Clear();
        if (!confirmReset)
        {
            ModelState.AddModelError(string.Empty, "请先勾选“确认重置密码”，再点击重置。");
            return Page();
        }
        try { OneTimePassword = await commands.ResetPasswordAsync(Id, ct); }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e) { ModelState.AddModelError(string.Empty, e.Message); }
        return Page();
    }

    async Task LoadChoicesAsync(CancellationToken ct)
    {
        Regions = await RegionQueries.InScopeAsync(db, ct);
        MinDepth = Regions.Count == 0 ? 0 : Regions.Min(r => r.Depth);
        Offices = await OrganisationQueries.OfficesAsync(db, ct);
    }
}
