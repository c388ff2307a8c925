using Fazhi.Core.Common;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages;

public sealed class IndexModel(TimeProvider clock) : PageModel
{
    public string Today { get; private set; } = "";

    public void OnGet() => Today = ChinaTime.Format(ChinaTime.Today(clock));
}
