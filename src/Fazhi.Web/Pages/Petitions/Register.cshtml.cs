using System.ComponentModel.DataAnnotations;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Petitions;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Petitions;

[Authorize(Policy = Policies.Writer)]
public sealed class RegisterModel(AppDbContext db, PetitionCommands petitions, TimeProvider clock) : PageModel
{
    public const int PetitionerRows = 5;

    public sealed class PetitionerInput
    {
        public string? Name { get; set; }
        public string? IdNumber { get; set; }
        public string? Phone { get; set; }
        public string? Address { get; set; }
        public bool IsRepresentative { get; set; }
    }

    public sealed class InputModel
    {
        public long TownId { get; set; }
        public long? VillageId { get; set; }
        [Required(ErrorMessage = "请填写收到日期。")]
        public DateOnly? ReceivedOn { get; set; }
        public PetitionChannel Channel { get; set; }
        public PetitionClass Class { get; set; } = PetitionClass.Claim;
        public string Category { get; set; } = PetitionCategories.All[0];
        [Range(1, 10000, ErrorMessage = "信访人数应为1至10000之间的整数。")]
        public int PeopleCount { get; set; } = 1;
        [Required(ErrorMessage = "请填写信访请求。")]
        [StringLength(2000, ErrorMessage = "信访请求不能超过2000字。")]
        public string Request { get; set; } = "";
        [StringLength(4000, ErrorMessage = "事实不能超过4000字。")]
        public string? Facts { get; set; }
        [StringLength(4000, ErrorMessage = "理由不能超过4000字。")]
        public string? Reasons { get; set; }
        public List<PetitionerInput> Petitioners { get; set; } = [];
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<RegionRow> Villages { get; private set; } = [];
    /// <summary>A village cadre registers for their own village only.</summary>
    public bool VillageOnly { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.ReceivedOn = ChinaTime.Today(clock);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid) return Page();
        var people = Input.Petitioners.Where(p => !string.IsNullOrWhiteSpace(p.Name))
            .Select(p => new PetitionCommands.PetitionerInput(PetitionerKind.Person, p.Name!, p.IdNumber, p.Phone, p.Address, Input.VillageId, p.IsRepresentative))
            .ToList();
        try
        {
            var petition = await petitions.RegisterAsync(new PetitionCommands.RegisterInput(Input.TownId, Input.VillageId, Input.Channel, Input.Class,
                Input.Category, Input.ReceivedOn!.Value, Input.Request, Input.Facts ?? "", Input.Reasons ?? "", Input.PeopleCount, people), ct);
            TempData["Message"] = $"已登记信访事项 {petition.Number}。";
            return Redirect($"/Petitions/{petition.Id}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    async Task LoadAsync(CancellationToken ct)
    {
        while (Input.Petitioners.Count < PetitionerRows) Input.Petitioners.Add(new PetitionerInput());
        Towns = await RegionQueries.TownsAsync(db, ct);
        var regions = await RegionQueries.InScopeAsync(db, ct);
        Villages = regions.Where(r => r.Level == RegionLevel.Village).ToList();
        VillageOnly = Towns.Count > 0 && !regions.Any(r => r.Level == RegionLevel.Town);
        if (Input.TownId == 0 && Towns.Count > 0) Input.TownId = Towns[0].Id;
    }
}
