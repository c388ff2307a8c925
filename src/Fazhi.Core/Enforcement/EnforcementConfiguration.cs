using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Core.Enforcement;

internal static class EnforcementModel
{
    public static void Enum<T>(this EntityTypeBuilder<T> b, params string[] properties) where T : class
    {
        foreach (var p in properties) b.Property(p).HasConversion<string>().HasMaxLength(30);
    }

    public static void Place<T>(this EntityTypeBuilder<T> b, string town = "TownId", string? village = "VillageId") where T : class
    {
        b.Property<string>("ScopePath").HasMaxLength(200);
        b.HasOne<Region>().WithMany().HasForeignKey(town).OnDelete(DeleteBehavior.Restrict);
        if (village is not null) b.HasOne<Region>().WithMany().HasForeignKey(village).OnDelete(DeleteBehavior.Restrict);
    }

    public static void Child<T>(this EntityTypeBuilder<T> b, string table) where T : class
    {
        b.ToTable(table);
        b.Property<string>("ScopePath").HasMaxLength(200);
    }
}

internal sealed class RegulatedEntityConfiguration : IEntityTypeConfiguration<RegulatedEntity>
{
    public void Configure(EntityTypeBuilder<RegulatedEntity> b)
    {
        b.ToTable("RegulatedEntities");
        b.Place();
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.CreditCode).HasMaxLength(18);
        b.Property(x => x.Industry).HasMaxLength(50);
        b.Property(x => x.Address).HasMaxLength(200);
        b.Property(x => x.ContactName).HasMaxLength(50);
        b.Property(x => x.ContactPhone).HasMaxLength(20);
        b.Property(x => x.ClosedReason).HasMaxLength(500);
        b.Enum(nameof(RegulatedEntity.Kind), nameof(RegulatedEntity.Risk), nameof(RegulatedEntity.Status));
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.TownId, x.CreditCode }).IsUnique();
        b.HasIndex(x => new { x.TownId, x.Name });
    }
}

internal sealed class EnforcementOfficerConfiguration : IEntityTypeConfiguration<EnforcementOfficer>
{
    public void Configure(EntityTypeBuilder<EnforcementOfficer> b)
    {
        b.ToTable("EnforcementOfficers");
        b.Place(village: null);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Position).HasMaxLength(50);
        b.Property(x => x.QualificationNumber).HasMaxLength(30);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Office>().WithMany().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Certificates).WithOne().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EnforcementCertificateConfiguration : IEntityTypeConfiguration<EnforcementCertificate>
{
    public void Configure(EntityTypeBuilder<EnforcementCertificate> b)
    {
        b.Child("EnforcementCertificates");
        b.Property(x => x.Number).HasMaxLength(30);
        b.Property(x => x.HolderName).HasMaxLength(50);
        b.Property(x => x.IssuedBy).HasMaxLength(100);
        b.Property(x => x.Area).HasMaxLength(100);
        b.Enum(nameof(EnforcementCertificate.Status));
        b.HasIndex(x => x.Number).IsUnique();
    }
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.ToTable("EnforcementCampaigns");
        b.Place(village: null);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Kind).HasMaxLength(30);
        b.Property(x => x.Targets).HasMaxLength(1000);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsJoint);
        b.HasIndex(x => x.StartsOn);
        b.HasOne<Office>().WithMany().HasForeignKey(x => x.LeadOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Partners).WithOne().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CampaignPartnerConfiguration : IEntityTypeConfiguration<CampaignPartner>
{
    public void Configure(EntityTypeBuilder<CampaignPartner> b)
    {
        b.Child("EnforcementCampaignPartners");
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> b)
    {
        b.ToTable("Inspections");
        b.Place();
        b.Property(x => x.Subject).HasMaxLength(200);
        b.Property(x => x.Route).HasMaxLength(500);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.Property(x => x.RecordedBy).HasMaxLength(100);
        b.Enum(nameof(Inspection.Kind), nameof(Inspection.Outcome));
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.InspectedOn);
        b.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RegulatedEntity>().WithMany().HasForeignKey(x => x.EntityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RectificationOrder>().WithMany().HasForeignKey(x => x.FollowsOrderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PatrolTask>().WithMany().HasForeignKey(x => x.PatrolTaskId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Officers).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Findings).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InspectionOfficerConfiguration : IEntityTypeConfiguration<InspectionOfficer>
{
    public void Configure(EntityTypeBuilder<InspectionOfficer> b)
    {
        b.Child("InspectionOfficers");
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.CertificateNumber).HasMaxLength(30);
        b.HasOne<EnforcementOfficer>().WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InspectionFindingConfiguration : IEntityTypeConfiguration<InspectionFinding>
{
    public void Configure(EntityTypeBuilder<InspectionFinding> b)
    {
        b.Child("InspectionFindings");
        b.Property(x => x.Description).HasMaxLength(500);
        b.Enum(nameof(InspectionFinding.Type), nameof(InspectionFinding.Severity));
    }
}

internal sealed class RectificationOrderConfiguration : IEntityTypeConfiguration<RectificationOrder>
{
    public void Configure(EntityTypeBuilder<RectificationOrder> b)
    {
        b.ToTable("RectificationOrders");
        b.Place();
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Subject).HasMaxLength(200);
        b.Property(x => x.Items).HasMaxLength(4000);
        b.Enum(nameof(RectificationOrder.Status));
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.TownId, x.Number }).IsUnique();
        b.HasIndex(x => x.IssuedOn);
        b.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RegulatedEntity>().WithMany().HasForeignKey(x => x.EntityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EnforcementCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrderStepConfiguration : IEntityTypeConfiguration<OrderStep>
{
    public void Configure(EntityTypeBuilder<OrderStep> b)
    {
        b.Child("RectificationOrderSteps");
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.ByName).HasMaxLength(100);
        b.Enum(nameof(OrderStep.Kind));
        b.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EnforcementCaseConfiguration : IEntityTypeConfiguration<EnforcementCase>
{
    public void Configure(EntityTypeBuilder<EnforcementCase> b)
    {
        b.ToTable("EnforcementCases");
        b.Place();
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Cause).HasMaxLength(200);
        b.Property(x => x.PartyName).HasMaxLength(100);
        // Plain lengths; PersonalDataConventions widens them for the ciphertext.
        b.Property(x => x.PartyIdNumber).HasMaxLength(20);
        b.Property(x => x.PartyAddress).HasMaxLength(200);
        b.Property(x => x.Evidence).HasMaxLength(4000);
        b.Property(x => x.ReviewerName).HasMaxLength(50);
        b.Property(x => x.ReviewOpinion).HasMaxLength(2000);
        b.Property(x => x.DecisionNumber).HasMaxLength(50);
        b.Property(x => x.PenaltyKind).HasMaxLength(30);
        b.Property(x => x.Basis).HasMaxLength(1000);
        b.Property(x => x.DecisionSummary).HasMaxLength(2000);
        b.Property(x => x.DropReason).HasMaxLength(500);
        b.Enum(nameof(EnforcementCase.Type), nameof(EnforcementCase.Status));
        b.Ignore(x => x.PublishedOnTime);
        b.Ignore(x => x.AppealEndsOn);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.TownId, x.Number }).IsUnique();
        b.HasIndex(x => x.FiledOn);
        b.HasOne<RegulatedEntity>().WithMany().HasForeignKey(x => x.EntityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EnforcementOfficer>().WithMany().HasForeignKey(x => x.ReviewerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Officers).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseOfficerConfiguration : IEntityTypeConfiguration<CaseOfficer>
{
    public void Configure(EntityTypeBuilder<CaseOfficer> b)
    {
        b.Child("EnforcementCaseOfficers");
        b.Property(x => x.Name).HasMaxLength(50);
        b.HasOne<EnforcementOfficer>().WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseStepConfiguration : IEntityTypeConfiguration<CaseStep>
{
    public void Configure(EntityTypeBuilder<CaseStep> b)
    {
        b.Child("EnforcementCaseSteps");
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.Officers).HasMaxLength(200);
        b.Property(x => x.ByName).HasMaxLength(100);
        b.Enum(nameof(CaseStep.Kind));
    }
}

internal sealed class PatrolTaskConfiguration : IEntityTypeConfiguration<PatrolTask>
{
    public void Configure(EntityTypeBuilder<PatrolTask> b)
    {
        b.ToTable("PatrolTasks");
        b.Place();
        b.Property(x => x.ReportedBy).HasMaxLength(100);
        b.Property(x => x.Kind).HasMaxLength(30);
        b.Property(x => x.Place).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.DismissReason).HasMaxLength(500);
        b.Enum(nameof(PatrolTask.Status));
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Restrict);
    }
}
