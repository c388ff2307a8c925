using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Attachments;

/// <summary>
/// A file (photo, scan, document) evidencing the work recorded in another record, its owner.
/// It carries its owner's scope path, so the global scope filter hides it from exactly the users
/// who cannot see the owner. The bytes live in the <see cref="AttachmentStore"/> under their SHA-256.
/// </summary>
public sealed class Attachment : IScopedRecord
{
    public const int MaxCaptionLength = 200;

    public long Id { get; private set; }
    /// <summary>Key of the owner's kind in the <see cref="AttachmentOwnerRegistry"/> ("office", "partner" …).</summary>
    public string OwnerType { get; private set; } = "";
    public long OwnerId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    /// <summary>Lower-case hex SHA-256 of the content, computed while the upload was streamed.</summary>
    public string Sha256 { get; private set; } = "";
    public string StorageKey { get; private set; } = "";
    public string? UploadedById { get; private set; }
    public string UploadedByName { get; private set; } = "";
    public DateTime UploadedAtUtc { get; private set; }
    public bool HasThumbnail { get; private set; }
    public string? Caption { get; private set; }

    private Attachment() { }

    public static Attachment Create(string ownerType, IAttachmentOwner owner, StoredFile file, string fileName,
        string? caption, ICurrentUser user, DateTime uploadedAtUtc)
    {
        caption = string.IsNullOrWhiteSpace(caption) ? null : caption.Trim();
        if (caption is { Length: > MaxCaptionLength }) throw new DomainRuleException($"附件说明不能超过{MaxCaptionLength}个字。");
        return new Attachment
        {
            OwnerType = ownerType,
            OwnerId = owner.Id,
            ScopePath = owner.ScopePath,
            FileName = fileName,
            ContentType = file.Type.ContentType,
            Size = file.Size,
            Sha256 = file.Sha256,
            StorageKey = file.StorageKey,
            UploadedById = user.UserId,
            UploadedByName = user.UserName,
            UploadedAtUtc = DateTime.SpecifyKind(uploadedAtUtc, DateTimeKind.Utc),
            HasThumbnail = file.HasThumbnail,
            Caption = caption,
        };
    }
}
