using System.ComponentModel.DataAnnotations;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Web.Pages.Admin;

public sealed class RegionsModel(AppDbContext db) : PageModel
{
    public sealed class InputModel
    {
        public RegionKind Kind { get; set; }
        [Required(ErrorMessage = "请填写名称。")]
        [StringLength(50, ErrorMessage = "名称不能超过50个字。")]
        public string Name { get; set; } = "";
        public string? Code { get; set; }
    }

    [BindProperty(SupportsGet = true)] public long? Id { get; set; }
    [BindProperty(SupportsGet = true)] public long? ParentId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<RegionRow> Regions { get; private set; } = [];
    public int MinDepth { get; private set; }
    public string? ParentName { get; private set; }
    public IReadOnlyList<RegionKind> ChildKinds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Id is { } id)
        {
            var r = Regions.FirstOrDefault(x => x.Id == id);
            if (r is null) return NotFound();
            Input = new InputModel { Kind = r.Kind, Name = r.Name, Code = r.Code };
        }
        else if (ParentId is not null && ParentName is null) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                if (Id is { } id) await RegionCommands.RenameAsync(db, id, Input.Name, Input.Code, ct);
                else await RegionCommands.CreateAsync(db, new RegionCommands.Create(ParentId, Input.Kind, Input.Name, Input.Code), ct);
                TempData["Message"] = $"已保存区划“{Input.Name.Trim()}”。";
                return RedirectToPage();
            }
            catch (DomainRuleException e) { ModelState.AddModelError(string.Empty, e.Message); }
        }
        await LoadAsync(ct);
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Regions = await RegionQueries.InScopeAsync(db, ct);
        MinDepth = Regions.Count == 0 ? 0 : Regions.Min(r => r.Depth);
        var parent = ParentId is { } pid ? Regions.FirstOrDefault(r => r.Id == pid) : null;
        ParentName = parent?.Name;
        ChildKinds = parent is null ? [] : Enum.GetValues<RegionKind>().Where(k => (int)RegionKindNames.LevelOf(k) == (int)parent.Level + 1).ToList();
    }
}
