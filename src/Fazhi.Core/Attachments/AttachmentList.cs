using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Attachments;

public sealed record AttachmentListItem(long Id, string FileName, string ContentType, long Size, string Sha256,
    string UploadedByName, DateTime UploadedAtUtc, bool HasThumbnail, string? Caption)
{
    /// <summary>"532 KB", "3.4 MB".</summary>
    public string SizeText => Size switch
    {
        < 1024 => $"{Size} B",
        < 1024 * 1024 => $"{Math.Ceiling(Size / 1024.0):0} KB",
        _ => $"{Size / 1024.0 / 1024.0:0.0} MB",
    };
}

/// <summary>The attachments of one owner the user may see, newest first.</summary>
public static class AttachmentList
{
    public static Task<List<AttachmentListItem>> ForOwnerAsync(AppDbContext db, string ownerType, long ownerId, CancellationToken ct = default) =>
        db.Set<Attachment>().AsNoTracking()
            .Where(a => a.OwnerType == ownerType && a.OwnerId == ownerId)
            .OrderByDescending(a => a.UploadedAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new AttachmentListItem(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedByName,
                a.UploadedAtUtc, a.HasThumbnail, a.Caption))
            .ToListAsync(ct);

    /// <summary>One attachment if the user may see it (its scope path is the owner's), else null.</summary>
    public static Task<Attachment?> FindAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        db.Set<Attachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
}
