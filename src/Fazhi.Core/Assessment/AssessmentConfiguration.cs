using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Core.Assessment;

internal sealed class IndicatorSheetConfiguration : IEntityTypeConfiguration<IndicatorSheet>
{
    public void Configure(EntityTypeBuilder<IndicatorSheet> b)
    {
        b.ToTable("IndicatorSheets");
        b.Property(x => x.DistrictPath).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.DistrictId, x.Year, x.Name }).IsUnique();
        b.HasIndex(x => x.DistrictPath);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.DistrictId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Indicators).WithOne().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.TotalPoints);
        b.Ignore(x => x.Ordered);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        b.ToTable("Indicators");
        b.Property(x => x.Category).HasMaxLength(50);
        b.Property(x => x.Text).HasMaxLength(500);
        b.Property(x => x.Rule).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.FigureKey).HasMaxLength(80);
        b.Property(x => x.Comparison).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class TownAssessmentConfiguration : IEntityTypeConfiguration<TownAssessment>
{
    public void Configure(EntityTypeBuilder<TownAssessment> b)
    {
        b.ToTable("TownAssessments");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.SubmittedBy).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.TownId, x.SheetId }).IsUnique();
        b.HasIndex(x => x.SheetId);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IndicatorSheet>().WithMany().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Scores).WithOne().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsEditable);
        b.Ignore(x => x.SelfTotal);
    }
}

internal sealed class AssessmentScoreConfiguration : IEntityTypeConfiguration<AssessmentScore>
{
    public void Configure(EntityTypeBuilder<AssessmentScore> b)
    {
        b.ToTable("AssessmentScores");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.EvidenceKeys).HasMaxLength(500);
        b.Property(x => x.FigureValue).HasMaxLength(50);
        b.Property(x => x.FigureFormula).HasMaxLength(500);
        b.Property(x => x.AutoReason).HasMaxLength(300);
        b.HasIndex(x => new { x.AssessmentId, x.IndicatorId }).IsUnique();
        b.HasOne<Indicator>().WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.EvidenceKeyList);
    }
}

internal sealed class DistrictReviewConfiguration : IEntityTypeConfiguration<DistrictReview>
{
    public void Configure(EntityTypeBuilder<DistrictReview> b)
    {
        b.ToTable("DistrictReviews");
        b.Property(x => x.DistrictPath).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Comment).HasMaxLength(1000);
        b.Property(x => x.Grade).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.FinalisedBy).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.AssessmentId).IsUnique();
        b.HasIndex(x => x.SheetId);
        b.HasOne<TownAssessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IndicatorSheet>().WithMany().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Scores).WithOne().HasForeignKey(x => x.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.Total);
    }
}

internal sealed class ReviewScoreConfiguration : IEntityTypeConfiguration<ReviewScore>
{
    public void Configure(EntityTypeBuilder<ReviewScore> b)
    {
        b.ToTable("ReviewScores");
        b.Property(x => x.Comment).HasMaxLength(500);
        b.HasIndex(x => new { x.ReviewId, x.IndicatorId }).IsUnique();
        b.HasOne<Indicator>().WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
