using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Disputes;

/// <summary>What a cadre fills in later: the group, the description, people and amount, and further parties.</summary>
[Authorize(Policy = Policies.Writer)]
public sealed class EditModel(AppDbContext db, DisputeCommands disputes) : PageModel
{
    public sealed class DetailsInput
    {
        public long? GroupId { get; set; }
        public string? Description { get; set; }
        public string? PeopleCount { get; set; }
        public string? Amount { get; set; }
    }

    public sealed class PartyInput
    {
        public PartyKind Kind { get; set; } = PartyKind.Person;
        public string? Name { get; set; }
        public string? IdNumber { get; set; }
        public string? Phone { get; set; }
        public string? Address { get; set; }
    }

    [BindProperty] public DetailsInput Details { get; set; } = new();
    [BindProperty] public PartyInput Party { get; set; } = new();
    public Dispute Dispute { get; private set; } = null!;
    public IReadOnlyList<RegionRow> Groups { get; private set; } = [];
    public IReadOnlyList<string> PartyNames { get; private set; } = [];
    /// <summary>Which form was refused ("details" or "party"): its message is shown next to it.</summary>
    public string? Refused { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ResetDetails();
        return Page();
    }

    public async Task<IActionResult> OnPostDetailsAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var amount = RegisterModel.ParseYuan(Details.Amount, ModelState, "Details.Amount");
        if (!int.TryParse((Details.PeopleCount ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var people) || people is < 1 or > 10000)
            ModelState.AddModelError("Details.PeopleCount", $"涉及人数“{Details.PeopleCount}”无效，请填写1至10000之间的整数。");
        return await SaveAsync(id, "details", () => disputes.UpdateDetailsAsync(id, Details.GroupId, Details.Description ?? "", people, amount, ct), ct);
    }

    public async Task<IActionResult> OnPostPartyAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ResetDetails();
        return await SaveAsync(id, "party", () => disputes.AddPartyAsync(id,
            new DisputeCommands.PartyInput(Party.Kind, Party.Name ?? "", Party.IdNumber, Party.Phone, Party.Address), ct), ct);
    }

    async Task<IActionResult> SaveAsync(long id, string form, Func<Task> save, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await save();
                TempData["Message"] = form == "party" ? $"已增加当事人{Party.Name?.Trim()}。" : "已保存。";
                return Redirect($"/Disputes/{id}");
            }
            catch (NotFoundException) { return NotFound(); }
            catch (DomainRuleException e)
            {
                Error = e.Message;
            }
        }
        Refused = form;
        return Page();
    }

    /// <summary>The details form as the record stands (on first view, and beside a posted party form).</summary>
    void ResetDetails()
    {
        Details = new DetailsInput
        {
            GroupId = Dispute.GroupId, Description = Dispute.Description, PeopleCount = Dispute.PeopleCount.ToString(CultureInfo.InvariantCulture),
            Amount = Dispute.AmountFen is { } fen ? (fen / 100m).ToString("0.##", CultureInfo.InvariantCulture) : null,
        };
    }

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var d = await DisputeQueries.DetailsAsync(db, id, ct);
        if (d is null) return false;
        Dispute = d;
        PartyNames = d.Parties.OrderBy(p => p.Id).Select(p => p.Name).ToList();
        Groups = d.VillageId is { } v
            ? await db.Regions.AsNoTracking().Where(r => r.ParentId == v && r.Level == RegionLevel.Group).OrderBy(r => r.SortOrder).ThenBy(r => r.Name)
                .Select(r => new RegionRow(r.Id, r.ParentId, r.Level, r.Kind, r.Name, r.Code, r.Path, r.IsDemo)).ToListAsync(ct)
            : [];
        return true;
    }
}
