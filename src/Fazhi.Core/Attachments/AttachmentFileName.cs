namespace Fazhi.Core.Attachments;

/// <summary>Makes an uploaded file name safe to store and to send back in a Content-Disposition header.</summary>
public static class AttachmentFileName
{
    public const int MaxLength = 100;
    const string Fallback = "附件";
    static readonly char[] Forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>
    /// Keeps the last path segment only, drops control and path characters, and gives the file the
    /// extension of its detected type when the typed one contradicts the content (a PNG named
    /// "x.pdf" is stored as "x.png"), so the reader's software opens it as what it is.
    /// </summary>
    public static string Sanitise(string? original, DetectedFileType type)
    {
        var name = original ?? "";
        var slash = name.LastIndexOfAny(['/', '\\']);
        if (slash >= 0) name = name[(slash + 1)..];
        name = new string(name.Where(c => !char.IsControl(c) && !Forbidden.Contains(c)
                                          && c is not ('\u200B' or '\u200E' or '\u200F' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\uFEFF')).ToArray());
        name = name.Trim().Trim('.').Trim();

        var extension = Path.GetExtension(name);
        var stem = extension.Length > 0 ? name[..^extension.Length].TrimEnd().TrimEnd('.') : name;
        if (!type.AcceptsExtension(extension)) extension = type.Extension;
        extension = extension.ToLowerInvariant();
        if (stem.Length == 0) stem = Fallback;
        if (stem.Length + extension.Length > MaxLength)
        {
            stem = stem[..(MaxLength - extension.Length)];
            if (char.IsHighSurrogate(stem[^1])) stem = stem[..^1];
        }
        return stem + extension;
    }
}
