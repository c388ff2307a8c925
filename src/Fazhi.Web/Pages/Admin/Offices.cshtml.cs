using System.ComponentModel.DataAnnotations;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Admin;

public sealed class OfficesModel(AppDbContext db) : PageModel
{
    public sealed class InputModel
    {
        public long TownId { get; set; }
        [Required(ErrorMessage = "请填写科室名称。")]
        [StringLength(50, ErrorMessage = "科室名称不能超过50个字。")]
        public string Name { get; set; } = "";
        [StringLength(30, ErrorMessage = "电话不能超过30个字符。")]
        public string? Phone { get; set; }
        public bool IsActive { get; set; } = true;
    }

    [BindProperty(SupportsGet = true)] public long? Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<OfficeRow> Offices { get; private set; } = [];
    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var office = await OrganisationQueries.OfficeAsync(db, id, ct);
            if (office is null) return NotFound();
            Input = new InputModel { TownId = office.TownId, Name = office.Name, Phone = office.Phone, IsActive = office.IsActive };
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
                if (Id is { } id) await OrganisationCommands.UpdateOfficeAsync(db, id, Input.Name, Input.Phone, Input.IsActive, ct);
                else await OrganisationCommands.CreateOfficeAsync(db, Input.TownId, Input.Name, Input.Phone, ct);
                TempData["Message"] = $"已保存科室“{Input.Name.Trim()}”。";
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
        Offices = await OrganisationQueries.OfficesAsync(db, ct);
        Towns = await RegionQueries.TownsAsync(db, ct);
    }
}
