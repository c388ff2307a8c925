using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Core.Petitions;

internal sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> b)
    {
        b.ToTable("Petitions");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Category).HasMaxLength(20);
        b.Property(x => x.Request).HasMaxLength(2000);
        b.Property(x => x.Facts).HasMaxLength(4000);
        b.Property(x => x.Reasons).HasMaxLength(4000);
        b.Property(x => x.DecisionNote).HasMaxLength(500);
        b.Property(x => x.ExtensionReason).HasMaxLength(500);
        b.Property(x => x.ExtensionApprovedBy).HasMaxLength(50);
        b.Property(x => x.LegalBasis).HasMaxLength(1000);
        b.Property(x => x.ResponsibleLeaderId).HasMaxLength(450);
        foreach (var p in new[] { nameof(Petition.Channel), nameof(Petition.Class), nameof(Petition.Status), nameof(Petition.Decision),
                     nameof(Petition.Opinion), nameof(Petition.Satisfaction), nameof(Petition.ReviewOpinion), nameof(Petition.ReReviewOpinion), nameof(Petition.Level) })
            b.Property(p).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.TownId, x.Number }).IsUnique();
        b.HasIndex(x => x.ReceivedOn);
        b.Property(x => x.ReceiptCode).HasMaxLength(ReceiptCodes.Length);
        b.Property(x => x.TrackingHash).HasMaxLength(64);
        b.HasIndex(x => x.ReceiptCode).IsUnique();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Petitioners).WithOne().HasForeignKey(x => x.PetitionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Petitioners).AutoInclude(false);
        b.HasOne<Petition>().WithMany().HasForeignKey(x => x.RepeatOfId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReceptionDay>().WithMany().HasForeignKey(x => x.ReceptionDayId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PetitionerConfiguration : IEntityTypeConfiguration<Petitioner>
{
    public void Configure(EntityTypeBuilder<Petitioner> b)
    {
        b.ToTable("Petitioners");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(100);
        // Room for the encrypted form of the personal fields.
        b.Property(x => x.IdNumber).HasMaxLength(200);
        b.Property(x => x.Phone).HasMaxLength(200);
        b.Property(x => x.Address).HasMaxLength(600);
        b.Property(x => x.IdNumberHash).HasMaxLength(64);
        b.Property(x => x.NamePhoneHash).HasMaxLength(64);
        b.HasIndex(x => x.IdNumberHash);
        b.HasIndex(x => x.NamePhoneHash);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.VillageId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReceptionDayConfiguration : IEntityTypeConfiguration<ReceptionDay>
{
    public void Configure(EntityTypeBuilder<ReceptionDay> b)
    {
        b.ToTable("ReceptionDays");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.LeaderName).HasMaxLength(50);
        b.Property(x => x.LeaderUserId).HasMaxLength(450);
        b.Property(x => x.Place).HasMaxLength(100);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.PeopleList).HasMaxLength(2000);
        b.HasIndex(x => new { x.TownId, x.Date });
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
    }
}
