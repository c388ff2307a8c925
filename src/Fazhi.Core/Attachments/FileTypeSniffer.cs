using System.IO.Compression;
using System.Text;

namespace Fazhi.Core.Attachments;

/// <summary>The kinds of file the platform accepts as attachments.</summary>
public enum AttachmentKind
{
    Jpeg,
    Png,
    Gif,
    WebP,
    Pdf,
    Docx,
    Xlsx,
    Doc,
    Xls,
    Mp4,
    Mov,
}

/// <summary>What a file really is, decided from its bytes.</summary>
public sealed record DetectedFileType(AttachmentKind Kind, string ContentType, string Extension, string Label)
{
    public bool IsImage => Kind is AttachmentKind.Jpeg or AttachmentKind.Png or AttachmentKind.Gif or AttachmentKind.WebP;

    /// <summary>Extensions a user may legitimately give this type (".jpeg" for a JPEG, …).</summary>
    public bool AcceptsExtension(string extension) =>
        string.Equals(extension, Extension, StringComparison.OrdinalIgnoreCase)
        || (Kind == AttachmentKind.Jpeg && (string.Equals(extension, ".jpeg", StringComparison.OrdinalIgnoreCase)
                                          || string.Equals(extension, ".jpe", StringComparison.OrdinalIgnoreCase)));
}

/// <summary>
/// Decides a file's type by its content (magic bytes, and for Office files the parts inside),
/// never by its name: a name is whatever the uploader typed, the bytes are what a reader's
/// software will open. Anything not recognised is refused.
/// </summary>
public static class FileTypeSniffer
{
    public const string Refusal = "不支持的文件类型：只能上传图片（JPG、PNG、GIF、WebP）、视频（MP4、MOV）、PDF、Word（.docx/.doc）或Excel（.xlsx/.xls）文件。";

    /// <summary>The file input's accept list, matching what <see cref="Detect(Stream)"/> recognises.</summary>
    public const string Accept = ".jpg,.jpeg,.png,.gif,.webp,.mp4,.mov,.pdf,.doc,.docx,.xls,.xlsx";

    public static readonly DetectedFileType Jpeg = new(AttachmentKind.Jpeg, "image/jpeg", ".jpg", "JPG图片");
    public static readonly DetectedFileType Png = new(AttachmentKind.Png, "image/png", ".png", "PNG图片");
    public static readonly DetectedFileType Gif = new(AttachmentKind.Gif, "image/gif", ".gif", "GIF图片");
    public static readonly DetectedFileType WebP = new(AttachmentKind.WebP, "image/webp", ".webp", "WebP图片");
    public static readonly DetectedFileType Pdf = new(AttachmentKind.Pdf, "application/pdf", ".pdf", "PDF文档");
    public static readonly DetectedFileType Docx = new(AttachmentKind.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word文档");
    public static readonly DetectedFileType Xlsx = new(AttachmentKind.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "Excel表格");
    public static readonly DetectedFileType Doc = new(AttachmentKind.Doc, "application/msword", ".doc", "Word 97-2003文档");
    public static readonly DetectedFileType Xls = new(AttachmentKind.Xls, "application/vnd.ms-excel", ".xls", "Excel 97-2003表格");
    public static readonly DetectedFileType Mp4 = new(AttachmentKind.Mp4, "video/mp4", ".mp4", "MP4视频");
    public static readonly DetectedFileType Mov = new(AttachmentKind.Mov, "video/quicktime", ".mov", "MOV视频");

    static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    static readonly byte[] CfbMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The detected type, or null when the content is none of the accepted kinds.</summary>
    public static DetectedFileType? Detect(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        return Detect(stream);
    }

    /// <summary>Reads from the start of a seekable stream; leaves it open.</summary>
    public static DetectedFileType? Detect(Stream stream)
    {
        if (!stream.CanSeek) throw new ArgumentException("The stream must be seekable.", nameof(stream));
        stream.Position = 0;
        Span<byte> head = stackalloc byte[16];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];

        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return Jpeg;
        if (head.StartsWith(PngMagic)) return Png;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return Gif;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return WebP;
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        if (head.StartsWith(ZipMagic)) return DetectOfficeOpenXml(stream);
        if (head.StartsWith(CfbMagic)) return DetectCompoundFile(stream);
        // ISO base media (ISO/IEC 14496-12): a box size, then "ftyp" and the major brand; QuickTime's brand is "qt  ".
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8)) return head[8..12].SequenceEqual("qt  "u8) ? Mov : Mp4;
        return null;
    }

    /// <summary>
    /// A .docx/.xlsx is a ZIP holding [Content_Types].xml and a word/ or xl/ folder. Only the
    /// central directory (entry names) is read, never an entry's content, so a ZIP bomb costs nothing.
    /// </summary>
    static DetectedFileType? DetectOfficeOpenXml(Stream stream)
    {
        stream.Position = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var hasContentTypes = false;
            var word = false;
            var excel = false;
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName;
                if (name == "[Content_Types].xml") hasContentTypes = true;
                else if (name.StartsWith("word/", StringComparison.Ordinal)) word = true;
                else if (name.StartsWith("xl/", StringComparison.Ordinal)) excel = true;
            }
            if (!hasContentTypes || word == excel) return null;
            return word ? Docx : Xlsx;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// Word and Excel 97-2003 files are OLE compound files (CFB, magic D0CF11E0A1B11AE1). Which one
    /// is told by the stream in the directory: "WordDocument" for Word, "Workbook"/"Book" for Excel.
    /// Directory entries are 128 bytes long and start on 128-byte boundaries of the file, so those
    /// boundaries are scanned for a stream entry (type 2) with one of these names.
    /// </summary>
    static DetectedFileType? DetectCompoundFile(Stream stream)
    {
        stream.Position = 512; // after the header sector
        var entry = new byte[128];
        while (stream.ReadAtLeast(entry, entry.Length, throwOnEndOfStream: false) == entry.Length)
        {
            var nameBytes = BitConverter.ToUInt16(entry, 0x40);
            if (nameBytes is < 4 or > 64 || nameBytes % 2 != 0 || entry[0x42] != 2) continue;
            var name = Encoding.Unicode.GetString(entry, 0, nameBytes - 2);
            if (name == "WordDocument") return Doc;
            if (name is "Workbook" or "Book") return Xls;
        }
        return null;
    }
}
