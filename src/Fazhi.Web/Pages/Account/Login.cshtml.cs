using System.ComponentModel.DataAnnotations;
using Fazhi.Core.Identity;
using Fazhi.Web.Authorization;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Account;

public sealed class LoginModel(SignInService check, SignInManager<AppUser> signIn, UserManager<AppUser> users, FazhiOptions options) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "请填写用户名。")]
        [StringLength(256, ErrorMessage = "用户名过长。")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请填写密码。")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    public sealed record DemoAccount(string UserName, string Role);

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public IReadOnlyList<DemoAccount> DemoAccounts { get; private set; } = [];

    public async Task OnGetAsync() => await LoadDemoAccountsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadDemoAccountsAsync();
            return Page();
        }
        var result = await check.CheckAsync(Input.UserName, Input.Password, "web", HttpContext.Connection.RemoteIpAddress?.ToString());
        if (result.User is null)
        {
            ModelState.AddModelError(string.Empty, result.Message);
            await LoadDemoAccountsAsync();
            return Page();
        }
        await signIn.SignInAsync(result.User, isPersistent: false);
        if (result.User.MustChangePassword) return RedirectToPage("/Account/ChangePassword");
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    async Task LoadDemoAccountsAsync()
    {
        if (!options.Demo) return;
        var demo = await users.Users.Where(u => u.IsDemo).OrderBy(u => u.UserName).ToListAsync();
        var list = new List<DemoAccount>();
        foreach (var u in demo)
            list.Add(new DemoAccount(u.UserName!, string.Join("、", (await users.GetRolesAsync(u)).Select(Roles.Label))));
        DemoAccounts = list;
    }
}
