using Fazhi.Core.Data;

namespace Fazhi.Core.Attachments;

/// <summary>A record that may carry attachments; they inherit its scope path.</summary>
public interface IAttachmentOwner : IScopedRecord
{
    long Id { get; }
}
