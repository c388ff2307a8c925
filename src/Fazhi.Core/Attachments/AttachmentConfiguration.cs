using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Core.Attachments;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("Attachments");
        b.Property(x => x.OwnerType).HasMaxLength(30);
        b.Property(x => x.ScopePath).HasMaxLength(200);
        b.Property(x => x.FileName).HasMaxLength(AttachmentFileName.MaxLength);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64).IsFixedLength();
        b.Property(x => x.StorageKey).HasMaxLength(100);
        b.Property(x => x.UploadedById).HasMaxLength(450);
        b.Property(x => x.UploadedByName).HasMaxLength(256);
        b.Property(x => x.Caption).HasMaxLength(Attachment.MaxCaptionLength);
        b.HasIndex(x => new { x.OwnerType, x.OwnerId });
        b.HasIndex(x => x.Sha256);
    }
}
