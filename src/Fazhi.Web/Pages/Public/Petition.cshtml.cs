using System.ComponentModel.DataAnnotations;
using Fazhi.Core.Common;
using Fazhi.Core.Petitions;
using Fazhi.Core.Regions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Fazhi.Web.Pages.Public;

/// <summary>网上信访: the public submits a petition; the receipt code follows on the next page.</summary>
[EnableRateLimiting(PublicSetup.SubmitPolicy)]
public sealed class PetitionModel(PublicPetitions petitions) : PageModel
{
    public sealed class InputModel
    {
        public long TownId { get; set; }
        public long? VillageId { get; set; }
        public PetitionClass Class { get; set; } = PetitionClass.Claim;
        public string Category { get; set; } = PetitionCategories.All[^1];
        [Required(ErrorMessage = "请填写您的姓名。")]
        [StringLength(100, ErrorMessage = "姓名不能超过100个字。")]
        public string? Name { get; set; }
        [Required(ErrorMessage = "请填写联系电话。")]
        public string? Phone { get; set; }
        public string? IdNumber { get; set; }
        [StringLength(200, ErrorMessage = "住址不能超过200个字。")]
        public string? Address { get; set; }
        [Required(ErrorMessage = "请填写您的请求。")]
        [StringLength(2000, ErrorMessage = "请求不能超过2000字。")]
        public string? Request { get; set; }
        [StringLength(4000, ErrorMessage = "事实不能超过4000字。")]
        public string? Facts { get; set; }
        [StringLength(4000, ErrorMessage = "理由不能超过4000字。")]
        public string? Reasons { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<RegionRow> Towns { get; private set; } = [];
    public IReadOnlyList<(long Id, string Label)> Villages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid) return Page();
        try
        {
            var code = await petitions.SubmitAsync(new PublicPetitions.SubmitInput(Input.TownId, Input.VillageId, Input.Class, Input.Category,
                Input.Request!, Input.Facts, Input.Reasons, Input.Name!, Input.IdNumber, Input.Phone, Input.Address), ct);
            return RedirectToPage("/Public/Receipt", new { code });
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Towns = await petitions.TownsAsync(ct);
        var towns = Towns.ToDictionary(t => t.Id, t => t.Name);
        Villages = (await petitions.VillagesAsync(ct))
            .Select(v => (v.Id, v.ParentId is { } p && towns.TryGetValue(p, out var town) && Towns.Count > 1 ? $"{town} · {v.Name}" : v.Name)).ToList();
        if (Input.TownId == 0 && Towns.Count > 0) Input.TownId = Towns[0].Id;
    }
}
