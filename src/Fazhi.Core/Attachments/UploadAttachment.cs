using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Attachments;

/// <summary>Attaches an uploaded file to a record the user may see and change.</summary>
public static class UploadAttachment
{
    public sealed record Command(string OwnerType, long OwnerId, string? FileName, string? Caption, Stream Content);

    /// <summary>Null when the owner does not exist or is out of the user's scope (the caller answers 404).</summary>
    public sealed class Handler(AppDbContext db, AttachmentStore store, AttachmentOwnerRegistry owners)
    {
        public async Task<Attachment?> HandleAsync(Command command, CancellationToken ct = default)
        {
            var owner = await owners.FindAsync(db, command.OwnerType, command.OwnerId, ct);
            if (owner is null) return null;
            if (db.CurrentUser.IsReadOnly) throw new DomainRuleException("您的账号为只读账号，不能上传附件。");
            if (command.Caption is { Length: > Attachment.MaxCaptionLength })
                throw new DomainRuleException($"附件说明不能超过{Attachment.MaxCaptionLength}个字。");

            var file = await store.SaveAsync(command.Content, ct);
            var name = AttachmentFileName.Sanitise(command.FileName, file.Type);
            var attachment = Attachment.Create(owner.Type, owner.Owner, file, name, command.Caption, db.CurrentUser,
                db.Clock.GetUtcNow().UtcDateTime);
            db.Set<Attachment>().Add(attachment);
            await db.SaveChangesAsync(ct);
            return attachment;
        }
    }
}
