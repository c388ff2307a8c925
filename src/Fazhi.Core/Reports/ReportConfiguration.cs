using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Core.Reports;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> b)
    {
        b.ToTable("AnnualReports");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.TemplateName).HasMaxLength(50);
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Addressee).HasMaxLength(50);
        b.Property(x => x.Preamble).HasMaxLength(2000);
        b.Property(x => x.SigningOrgan).HasMaxLength(50);
        b.Property(x => x.DocumentNumber).HasMaxLength(30);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ReviewComment).HasMaxLength(1000);
        b.Property(x => x.PublishedFileKey).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.TownId, x.Year }).IsUnique();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Sections).WithOne().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Checks).WithOne().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsEditable);
        b.Ignore(x => x.PublicationDue);
    }
}

internal sealed class ReportSectionConfiguration : IEntityTypeConfiguration<ReportSection>
{
    public void Configure(EntityTypeBuilder<ReportSection> b)
    {
        b.ToTable("ReportSections");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Heading).HasMaxLength(100);
        b.Property(x => x.Body).HasMaxLength(ReportSection.MaxBody);
    }
}

internal sealed class ReportFigureCheckConfiguration : IEntityTypeConfiguration<ReportFigureCheck>
{
    public void Configure(EntityTypeBuilder<ReportFigureCheck> b)
    {
        b.ToTable("ReportFigureChecks");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Key).HasMaxLength(80);
        b.Property(x => x.Display).HasMaxLength(50);
        b.Property(x => x.CheckedBy).HasMaxLength(100);
        b.HasIndex(x => new { x.ReportId, x.Key }).IsUnique();
    }
}

internal sealed class ReportTemplateConfiguration : IEntityTypeConfiguration<ReportTemplate>
{
    public void Configure(EntityTypeBuilder<ReportTemplate> b)
    {
        b.ToTable("ReportTemplates");
        b.Property(x => x.DistrictPath).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.DistrictId, x.Name }).IsUnique();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.DistrictId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Sections).WithOne().HasForeignKey(x => x.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TemplateSectionConfiguration : IEntityTypeConfiguration<TemplateSection>
{
    public void Configure(EntityTypeBuilder<TemplateSection> b)
    {
        b.ToTable("TemplateSections");
        b.Property(x => x.Heading).HasMaxLength(100);
        b.Property(x => x.Body).HasMaxLength(ReportSection.MaxBody);
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> b)
    {
        b.ToTable("ActionItems");
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.Text).HasMaxLength(500);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Progress).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.TownId, x.Year });
        b.Ignore(x => x.Headline);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Office>().WithMany().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Restrict);
    }
}
