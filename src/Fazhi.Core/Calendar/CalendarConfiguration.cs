using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Core.Calendar;

internal sealed class HolidayYearConfiguration : IEntityTypeConfiguration<HolidayYear>
{
    public void Configure(EntityTypeBuilder<HolidayYear> b)
    {
        b.ToTable("HolidayYears");
        b.HasIndex(x => x.Year).IsUnique();
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Papers).HasMaxLength(2000);
        b.HasMany(x => x.Days).WithOne().HasForeignKey(x => x.HolidayYearId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Days).HasField("days").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class HolidayDayConfiguration : IEntityTypeConfiguration<HolidayDay>
{
    public void Configure(EntityTypeBuilder<HolidayDay> b)
    {
        b.ToTable("HolidayDays");
        b.Property(x => x.Name).HasMaxLength(50);
        b.HasIndex(x => new { x.HolidayYearId, x.Date }).IsUnique();
        b.HasIndex(x => x.Date);
    }
}

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> b)
    {
        b.ToTable("Deadlines");
        b.Property(x => x.OwnerType).HasMaxLength(50);
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.AssigneeUserId).HasMaxLength(450);
        b.Property(x => x.RuleName).HasMaxLength(100);
        b.Property(x => x.LegalBasis).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.OwnerType, x.OwnerId });
        b.HasIndex(x => new { x.Status, x.DueDate });
        b.HasIndex(x => x.AssigneeUserId);
        b.HasOne<Identity.AppUser>().WithMany().HasForeignKey(x => x.AssigneeUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
