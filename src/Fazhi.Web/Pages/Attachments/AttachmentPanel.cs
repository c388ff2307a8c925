using Fazhi.Core.Attachments;

namespace Fazhi.Web.Pages.Attachments;

/// <summary>What the _Attachments partial shows: an owner's attachments and, for writers, the upload form.</summary>
public sealed record AttachmentPanel(string OwnerType, long OwnerId, IReadOnlyList<AttachmentListItem> Items,
    bool CanUpload, string? ReturnUrl = null, string? Caption = null);
