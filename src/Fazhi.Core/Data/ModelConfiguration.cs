using Fazhi.Core.Identity;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Core.Data;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Code).HasMaxLength(12);
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => x.Path);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> b)
    {
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TownId, x.Name }).IsUnique();
    }
}

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<PartnerOrganisation>
{
    public void Configure(EntityTypeBuilder<PartnerOrganisation> b)
    {
        b.ToTable("PartnerOrganisations");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Contact).HasMaxLength(100);
        b.Property(x => x.ContactPhone).HasMaxLength(20); // plain length; widened for the ciphertext by PersonalDataConventions
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(50);
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.ModuleList).HasMaxLength(200);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.ScopeRegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Office>().WithMany().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.ScopePath);
    }
}

internal sealed class SignInRecordConfiguration : IEntityTypeConfiguration<SignInRecord>
{
    public void Configure(EntityTypeBuilder<SignInRecord> b)
    {
        b.ToTable("SignInLog");
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.Property(x => x.Channel).HasMaxLength(20);
        b.Property(x => x.Outcome).HasMaxLength(50);
        b.HasIndex(x => x.AtUtc);
    }
}
