using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Officers;

/// <summary>
/// One officer: their details to correct, their certificates (行政执法证) over the years, a new certificate, and
/// suspending, revoking or reinstating one. Whether two certified officers are present is decided when an inspection
/// or case step is recorded (OfficerRule); this page only keeps the roster true.
/// </summary>
public sealed class DetailsModel(AppDbContext db, RegisterCommands commands, ICurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty] public OfficerForm Officer { get; set; } = new();
    [BindProperty] public CertificateForm Certificate { get; set; } = new();

    public EnforcementOfficer Record { get; private set; } = null!;
    public string? OfficeName { get; private set; }
    public IReadOnlyList<(long Id, string Name)> Offices { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool CanWrite => !user.IsReadOnly;
    /// <summary>The form that was posted and refused ("officer", "certificate" or "status"): its message shows next to it.</summary>
    public string? Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Officer = OfficerForm.Of(Record);
        ResetCertificate();
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(long id, CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        ResetCertificate();
        return await SaveAsync(id, "officer", () => commands.EditOfficerAsync(id, Officer.ToInput(Record.TownId), ct),
            m => OfficerForm.AddError(ModelState, nameof(Officer), m), "已保存。");
    }

    public async Task<IActionResult> OnPostCertificateAsync(long id, CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        Officer = OfficerForm.Of(Record);
        var from = RegisterUi.ParseDate(Certificate.ValidFrom, ModelState, "Certificate.ValidFrom", "有效期起始日期");
        var to = RegisterUi.ParseDate(Certificate.ValidTo, ModelState, "Certificate.ValidTo", "有效期截止日期");
        return await SaveAsync(id, "certificate", () => commands.AddCertificateAsync(id,
                new RegisterCommands.CertificateInput(Certificate.Number ?? "", Certificate.IssuedBy ?? "", Certificate.Area ?? "", from!.Value, to!.Value), ct),
            m => CertificateForm.AddError(ModelState, m), $"已登记执法证{Certificate.Number?.Trim()}。");
    }

    public async Task<IActionResult> OnPostStatusAsync(long id, long certificateId, CertificateStatus status, CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        Officer = OfficerForm.Of(Record);
        ResetCertificate();
        var number = Record.Certificates.FirstOrDefault(c => c.Id == certificateId)?.Number;
        var done = status switch { CertificateStatus.Suspended => "暂扣", CertificateStatus.Revoked => "注销", _ => "恢复" };
        return await SaveAsync(id, "status", () => commands.SetCertificateStatusAsync(id, certificateId, status, ct),
            m => ModelState.AddModelError(string.Empty, m), $"已{done}执法证{number}。");
    }

    async Task<IActionResult> SaveAsync(long id, string form, Func<Task> save, Action<string> refuse, string message)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await save();
                TempData["Message"] = message;
                return Redirect($"/Enforcement/Officers/{id}");
            }
            catch (NotFoundException) { return NotFound(); }
            catch (DomainRuleException e) { refuse(e.Message); }
        }
        Refused = form;
        return Page();
    }

    void ResetCertificate() => Certificate = new CertificateForm { Area = Record.Certificates.OrderByDescending(c => c.ValidTo).FirstOrDefault()?.Area };

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var officer = await db.Set<EnforcementOfficer>().AsNoTracking().Include(o => o.Certificates).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (officer is null) return false;
        Record = officer;
        Today = ChinaTime.Today(clock);
        Offices = await OfficerForm.OfficesAsync(db, officer.TownId, officer.OfficeId, ct);
        OfficeName = officer.OfficeId is { } o ? Offices.FirstOrDefault(x => x.Id == o).Name : null;
        return true;
    }
}
