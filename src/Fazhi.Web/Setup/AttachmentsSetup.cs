using Fazhi.Core.Attachments;

namespace Fazhi.Web.Setup;

public static class AttachmentsSetup
{
    /// <summary>
    /// The attachment store (files in the data folder's "attachments" subfolder), the registry of
    /// record kinds that may carry attachments, and the upload use case. A module whose records
    /// take attachments registers them in <see cref="AttachmentOwnerRegistry.WithSharedRegisters"/>'s
    /// result here (one Register line).
    /// </summary>
    public static IServiceCollection AddFazhiAttachments(this IServiceCollection services)
    {
        services.AddSingleton(sp => new AttachmentStore(sp.GetRequiredService<FazhiOptions>().DataPath));
        services.AddSingleton(_ => AttachmentOwnerRegistry.WithSharedRegisters());
        services.AddScoped<UploadAttachment.Handler>();
        return services;
    }

    /// <summary>The largest request an upload may be: the 20 MB file plus room for the form around it,
    /// so a file just over the limit reaches the store and gets its Chinese message rather than a bare 413.</summary>
    public const long UploadRequestLimit = AttachmentStore.MaxBytes + 1024 * 1024;
}
