using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages;

/// <summary>The home page: what the signed-in user must do soon or is late with, from the deadline service.</summary>
public sealed class IndexModel(DeadlineService deadlines, ICurrentUser user, TimeProvider clock) : PageModel
{
    const int WithinDays = 7;

    public string Today { get; private set; } = "";
    public IReadOnlyList<DueDeadline> Mine { get; private set; } = [];
    public IReadOnlyList<DueDeadline> InScope { get; private set; } = [];
    /// <summary>Those who oversee a town or district also see everything due in it.</summary>
    public bool ShowScope { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = ChinaTime.Format(ChinaTime.Today(clock));
        if (user.UserId is { } id) Mine = await deadlines.ListDueAsync(WithinDays, id, ct: ct);
        ShowScope = user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Leader) || user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);
        if (ShowScope) InScope = await deadlines.ListDueAsync(WithinDays, ct: ct);
    }
}
