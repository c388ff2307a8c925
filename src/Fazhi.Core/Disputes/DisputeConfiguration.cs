using Fazhi.Core.Petitions;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Core.Disputes;

internal sealed class DisputeConfiguration : IEntityTypeConfiguration<Dispute>
{
    public void Configure(EntityTypeBuilder<Dispute> b)
    {
        b.ToTable("Disputes");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Category).HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.RiskReason).HasMaxLength(500);
        b.Property(x => x.CourtName).HasMaxLength(100);
        b.Property(x => x.MediatorNames).HasMaxLength(200);
        b.Property(x => x.AgreementFacts).HasMaxLength(4000);
        b.Property(x => x.AgreementTerms).HasMaxLength(4000);
        b.Property(x => x.OutcomeNote).HasMaxLength(1000);
        b.Property(x => x.PerformanceNote).HasMaxLength(1000);
        b.Property(x => x.ConfirmationCourt).HasMaxLength(100);
        b.Property(x => x.ConfirmationCaseNumber).HasMaxLength(50);
        b.Property(x => x.CriminalNote).HasMaxLength(2000);
        foreach (var p in new[] { nameof(Dispute.Source), nameof(Dispute.Risk), nameof(Dispute.Level), nameof(Dispute.Status), nameof(Dispute.MediationKind),
                     nameof(Dispute.AgreementForm), nameof(Dispute.FailureRoute), nameof(Dispute.Performance), nameof(Dispute.ConfirmationResult) })
            b.Property(p).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.TownId, x.Number }).IsUnique();
        b.HasIndex(x => x.ReportedOn);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ScreeningRound>().WithMany().HasForeignKey(x => x.ScreeningRoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Petition>().WithMany().HasForeignKey(x => x.FromPetitionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Petition>().WithMany().HasForeignKey(x => x.ToPetitionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MediationCommittee>().WithMany().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Office>().WithMany().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Parties).WithOne().HasForeignKey(x => x.DisputeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Moves).WithOne().HasForeignKey(x => x.DisputeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Orders).WithOne().HasForeignKey(x => x.DisputeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Sessions).WithOne().HasForeignKey(x => x.DisputeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DisputePartyConfiguration : IEntityTypeConfiguration<DisputeParty>
{
    public void Configure(EntityTypeBuilder<DisputeParty> b)
    {
        b.ToTable("DisputeParties");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(100);
        // Plain lengths; PersonalDataConventions widens them for the ciphertext.
        b.Property(x => x.IdNumber).HasMaxLength(20);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.Address).HasMaxLength(200);
    }
}

internal sealed class DisputeMoveConfiguration : IEntityTypeConfiguration<DisputeMove>
{
    public void Configure(EntityTypeBuilder<DisputeMove> b)
    {
        b.ToTable("DisputeMoves");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.FromLevel).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ToLevel).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.ByName).HasMaxLength(256);
    }
}

internal sealed class SupervisionOrderConfiguration : IEntityTypeConfiguration<SupervisionOrder>
{
    public void Configure(EntityTypeBuilder<SupervisionOrder> b)
    {
        b.ToTable("DisputeSupervisionOrders");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Requirement).HasMaxLength(1000);
        b.Property(x => x.IssuedBy).HasMaxLength(256);
        b.Property(x => x.Answer).HasMaxLength(1000);
        b.HasIndex(x => x.DueOn);
    }
}

internal sealed class MediationSessionConfiguration : IEntityTypeConfiguration<MediationSession>
{
    public void Configure(EntityTypeBuilder<MediationSession> b)
    {
        b.ToTable("MediationSessions");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Place).HasMaxLength(100);
        b.Property(x => x.Mediators).HasMaxLength(200);
        b.Property(x => x.Attendees).HasMaxLength(500);
        b.Property(x => x.Minutes).HasMaxLength(8000);
    }
}

internal sealed class MediationCommitteeConfiguration : IEntityTypeConfiguration<MediationCommittee>
{
    public void Configure(EntityTypeBuilder<MediationCommittee> b)
    {
        b.ToTable("MediationCommittees");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.Active);
        b.HasIndex(x => new { x.TownId, x.Name }).IsUnique();
    }
}

internal sealed class MediatorConfiguration : IEntityTypeConfiguration<Mediator>
{
    public void Configure(EntityTypeBuilder<Mediator> b)
    {
        b.ToTable("Mediators");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Sex).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Phone).HasMaxLength(20);
    }
}

internal sealed class ScreeningRoundConfiguration : IEntityTypeConfiguration<ScreeningRound>
{
    public void Configure(EntityTypeBuilder<ScreeningRound> b)
    {
        b.ToTable("ScreeningRounds");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Place).HasMaxLength(100);
        b.Property(x => x.Participants).HasMaxLength(500);
        b.Property(x => x.AreaCovered).HasMaxLength(500);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.PlannedOn);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
