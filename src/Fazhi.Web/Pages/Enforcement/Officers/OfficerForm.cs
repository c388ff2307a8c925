using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement.Officers;

/// <summary>An officer's own fields, on the add form and on the officer's page.</summary>
public sealed class OfficerForm
{
    public string? Name { get; set; }
    public long? OfficeId { get; set; }
    public string? Position { get; set; }
    public bool LegallyQualified { get; set; }
    public string? QualificationNumber { get; set; }
    public bool Active { get; set; } = true;

    public RegisterCommands.OfficerInput ToInput(long townId) =>
        new(townId, Name ?? "", OfficeId, Position, LegallyQualified, QualificationNumber, Active);

    public static OfficerForm Of(EnforcementOfficer o) => new()
    {
        Name = o.Name, OfficeId = o.OfficeId, Position = o.Position, LegallyQualified = o.LegallyQualified, QualificationNumber = o.QualificationNumber,
        Active = o.Active,
    };

    public static void AddError(ModelStateDictionary modelState, string prefix, string message) =>
        RegisterUi.AddDomainError(modelState, message, (prefix + ".QualificationNumber", "法律职业资格"), (prefix + ".Position", "职务"),
            (prefix + ".OfficeId", "科室"), (prefix + ".Name", "姓名"));

    /// <summary>The town's active offices, and the officer's own even when it was since closed.</summary>
    public static async Task<IReadOnlyList<(long Id, string Name)>> OfficesAsync(AppDbContext db, long townId, long? current, CancellationToken ct) =>
        (await db.Offices.AsNoTracking().Where(o => o.TownId == townId && (o.IsActive || o.Id == current)).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();
}

/// <summary>A certificate (行政执法证) typed on the officer's page; dates as text so a bad one gets a Chinese message.</summary>
public sealed class CertificateForm
{
    public string? Number { get; set; }
    public string? IssuedBy { get; set; }
    public string? Area { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }

    public static void AddError(ModelStateDictionary modelState, string message) =>
        RegisterUi.AddDomainError(modelState, message, ("Certificate.ValidTo", "截止日期"), ("Certificate.Number", "执法证号"),
            ("Certificate.IssuedBy", "发证机关"), ("Certificate.Area", "执法区域"));
}
