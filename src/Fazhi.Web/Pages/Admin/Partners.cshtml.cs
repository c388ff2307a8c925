using System.ComponentModel.DataAnnotations;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Admin;

public sealed class PartnersModel(AppDbContext db) : PageModel
{
    public sealed class InputModel
    {
        public long TownId { get; set; }
        [Required(ErrorMessage = "请填写单位名称。")]
        [StringLength(100, ErrorMessage = "单位名称不能超过100个字。")]
        public string Name { get; set; } = "";
        public PartnerKind Kind { get; set; }
        [StringLength(100, ErrorMessage = "联系方式不能超过100个字符。")]
        public string? Contact { get; set; }
    }

    [BindProperty(SupportsGet = true)] public long? Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<PartnerRow> Partners { get; private set; } = [];
    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var partner = await OrganisationQueries.PartnerAsync(db, id, ct);
            if (partner is null) return NotFound();
            Input = new InputModel { TownId = partner.TownId, Name = partner.Name, Kind = partner.Kind, Contact = partner.Contact };
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                if (Id is { } id) await OrganisationCommands.UpdatePartnerAsync(db, id, Input.Name, Input.Kind, Input.Contact, ct);
                else await OrganisationCommands.CreatePartnerAsync(db, Input.TownId, Input.Name, Input.Kind, Input.Contact, ct);
                TempData["Message"] = $"已保存合作单位“{Input.Name.Trim()}”。";
                return RedirectToPage();
            }
            catch (DomainRuleException e) { ModelState.AddModelError(string.Empty, e.Message); }
            catch (NotFoundException) { return NotFound(); }
        }
        await LoadAsync(ct);
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Partners = await OrganisationQueries.PartnersAsync(db, ct);
        Towns = await RegionQueries.TownsAsync(db, ct);
    }
}
