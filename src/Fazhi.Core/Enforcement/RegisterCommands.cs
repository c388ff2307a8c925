using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// The standing registers of enforcement: regulated entities, officers with their certificates, and campaigns.
/// Each loads through the scoped context (out of scope = not found) and saves once, audited.
/// </summary>
public sealed class RegisterCommands(AppDbContext db)
{
    public sealed record EntityInput(long TownId, long? VillageId, string Name, string? CreditCode, EntityKind Kind, string? Industry, string Address,
        string? ContactName, string? ContactPhone, RiskClass Risk)
    {
        internal RegulatedEntity.Details Details => new(Name, CreditCode, Kind, Industry, Address, ContactName, ContactPhone, Risk);
    }

    public async Task<RegulatedEntity> RegisterEntityAsync(EntityInput input, CancellationToken ct = default)
    {
        var place = await RecordPlace.ResolveAsync(db, input.TownId, input.VillageId, null, ct);
        var entity = RegulatedEntity.Register(place, input.Details);
        await RequireUniqueCodeAsync(entity, ct);
        db.Add(entity);
        await db.SaveChangesAsync(ct);
        return entity;
    }

    public async Task EditEntityAsync(long id, EntityInput input, int version, CancellationToken ct = default)
    {
        var entity = await db.Set<RegulatedEntity>().FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException();
        if (entity.Version != version) throw new DomainRuleException("该监管对象已被他人修改，请刷新后再试。");
        entity.Edit(await RecordPlace.ResolveAsync(db, entity.TownId, input.VillageId, null, ct), input.Details);
        await RequireUniqueCodeAsync(entity, ct);
        await db.SaveChangesAsync(ct);
    }

    async Task RequireUniqueCodeAsync(RegulatedEntity entity, CancellationToken ct)
    {
        if (entity.CreditCode is not { } code) return;
        // Across the whole town: a code names one party, whoever registered it.
        var other = await db.Set<RegulatedEntity>().IgnoreQueryFilters()
            .Where(e => e.TownId == entity.TownId && e.CreditCode == code && e.Id != entity.Id).Select(e => e.Name).FirstOrDefaultAsync(ct);
        if (other is not null) throw new DomainRuleException($"统一社会信用代码{code}已登记为“{other}”。");
    }

    public sealed record OfficerInput(long TownId, string Name, long? OfficeId, string? Position, bool LegallyQualified, string? QualificationNumber, bool Active = true);

    public async Task<EnforcementOfficer> AddOfficerAsync(OfficerInput input, CancellationToken ct = default)
    {
        var town = await TownAsync(input.TownId, ct);
        await RequireOfficeAsync(input.OfficeId, town.Id, ct);
        var officer = EnforcementOfficer.Create(town.Id, town.Path, input.Name, input.OfficeId, input.Position, input.LegallyQualified, input.QualificationNumber);
        db.Add(officer);
        await db.SaveChangesAsync(ct);
        return officer;
    }

    public async Task EditOfficerAsync(long id, OfficerInput input, CancellationToken ct = default)
    {
        var officer = await OfficerAsync(id, ct);
        await RequireOfficeAsync(input.OfficeId, officer.TownId, ct);
        officer.Edit(input.Name, input.OfficeId, input.Position, input.LegallyQualified, input.QualificationNumber, input.Active);
        await db.SaveChangesAsync(ct);
    }

    public sealed record CertificateInput(string Number, string IssuedBy, string Area, DateOnly ValidFrom, DateOnly ValidTo);

    public async Task<EnforcementCertificate> AddCertificateAsync(long officerId, CertificateInput input, CancellationToken ct = default)
    {
        var officer = await OfficerAsync(officerId, ct);
        var number = (input.Number ?? "").Trim();
        if (number.Length > 0 && await db.Set<EnforcementCertificate>().IgnoreQueryFilters().AnyAsync(c => c.Number == number && c.OfficerId != officerId, ct))
            throw new DomainRuleException($"执法证号{number}已登记给其他执法人员。");
        var cert = officer.AddCertificate(number, input.IssuedBy, input.Area, input.ValidFrom, input.ValidTo);
        await db.SaveChangesAsync(ct);
        return cert;
    }

    public async Task SetCertificateStatusAsync(long officerId, long certificateId, CertificateStatus status, CancellationToken ct = default)
    {
        var officer = await OfficerAsync(officerId, ct);
        var cert = officer.Certificates.FirstOrDefault(c => c.Id == certificateId) ?? throw new NotFoundException();
        switch (status)
        {
            case CertificateStatus.Suspended: cert.Suspend(); break;
            case CertificateStatus.Revoked: cert.Revoke(); break;
            default: cert.Reinstate(); break;
        }
        await db.SaveChangesAsync(ct);
    }

    public sealed record CampaignInput(long TownId, string Name, string Kind, DateOnly StartsOn, DateOnly EndsOn, long? LeadOfficeId, string? Targets,
        string? Summary, IReadOnlyList<long> PartnerIds)
    {
        internal Campaign.Details Details => new(Name, Kind, StartsOn, EndsOn, LeadOfficeId, Targets, Summary);
    }

    public async Task<Campaign> CreateCampaignAsync(CampaignInput input, CancellationToken ct = default)
    {
        var town = await TownAsync(input.TownId, ct);
        await RequireOfficeAsync(input.LeadOfficeId, town.Id, ct);
        var campaign = Campaign.Create(town.Id, town.Path, input.Details, await PartnersAsync(input.PartnerIds, town.Id, ct));
        db.Add(campaign);
        await db.SaveChangesAsync(ct);
        return campaign;
    }

    public async Task EditCampaignAsync(long id, CampaignInput input, CancellationToken ct = default)
    {
        var campaign = await db.Set<Campaign>().Include(c => c.Partners).FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();
        await RequireOfficeAsync(input.LeadOfficeId, campaign.TownId, ct);
        var inspected = await db.Set<Inspection>().Where(i => i.CampaignId == id).Select(i => (DateOnly?)i.InspectedOn).ToListAsync(ct);
        if (inspected.Any(d => d < input.StartsOn || d > input.EndsOn))
            throw new DomainRuleException("已有检查记录的日期不在新的期间内，请先核对这些检查记录。");
        campaign.Edit(input.Details, await PartnersAsync(input.PartnerIds, campaign.TownId, ct));
        await db.SaveChangesAsync(ct);
    }

    Task<IReadOnlyList<(long Id, string Name)>> PartnersAsync(IReadOnlyList<long> ids, long townId, CancellationToken ct) =>
        TownRecords.PartnersAsync(db, ids, townId, ct);

    Task<Region> TownAsync(long townId, CancellationToken ct) => TownRecords.TownAsync(db, townId, "执法人员和专项整治由乡镇登记。", ct);

    Task RequireOfficeAsync(long? officeId, long townId, CancellationToken ct) => TownRecords.RequireOfficeAsync(db, officeId, townId, ct);

    async Task<EnforcementOfficer> OfficerAsync(long id, CancellationToken ct) =>
        await db.Set<EnforcementOfficer>().Include(o => o.Certificates).FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException();
}
