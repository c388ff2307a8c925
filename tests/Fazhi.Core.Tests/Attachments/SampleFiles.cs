using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Fazhi.Core.Tests.Attachments;

/// <summary>Real, minimal files of each kind, built in memory.</summary>
internal static class SampleFiles
{
    public static byte[] Image(int width, int height, Action<Image<Rgba32>, Stream> save)
    {
        using var image = new Image<Rgba32>(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                image[x, y] = new Rgba32((byte)(x * 255 / width), (byte)(y * 255 / height), 90);
        using var stream = new MemoryStream();
        save(image, stream);
        return stream.ToArray();
    }

    public static byte[] Png(int width = 40, int height = 30) => Image(width, height, (i, s) => i.SaveAsPng(s));
    public static byte[] Jpeg(int width = 40, int height = 30) => Image(width, height, (i, s) => i.SaveAsJpeg(s));
    public static byte[] Gif(int width = 40, int height = 30) => Image(width, height, (i, s) => i.SaveAsGif(s));
    public static byte[] WebP(int width = 40, int height = 30) => Image(width, height, (i, s) => i.SaveAsWebp(s));

    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>An Office Open XML package with the given parts (each holding a tiny XML document).</summary>
    public static byte[] Zip(params string[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var part in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(part).Open());
                writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><x/>");
            }
        return stream.ToArray();
    }

    public static byte[] Docx() => Zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    public static byte[] Xlsx() => Zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");

    /// <summary>
    /// An OLE compound file: a 512-byte header with the CFB signature, then one directory sector
    /// holding the root entry and a stream entry with the given name ("WordDocument", "Workbook").
    /// </summary>
    public static byte[] CompoundFile(string streamName)
    {
        var file = new byte[512 * 2];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(file, 0);
        BitConverter.GetBytes((ushort)0x003E).CopyTo(file, 0x18); // minor version
        BitConverter.GetBytes((ushort)0x0003).CopyTo(file, 0x1A); // major version 3
        BitConverter.GetBytes((ushort)0xFFFE).CopyTo(file, 0x1C); // little-endian
        BitConverter.GetBytes((ushort)9).CopyTo(file, 0x1E);      // 512-byte sectors
        BitConverter.GetBytes(0).CopyTo(file, 0x30);              // directory starts at sector 0
        WriteEntry(file, 512, "Root Entry", 5);
        WriteEntry(file, 512 + 128, streamName, 2);
        return file;
    }

    static void WriteEntry(byte[] file, int offset, string name, byte type)
    {
        var bytes = Encoding.Unicode.GetBytes(name + "\0");
        bytes.CopyTo(file, offset);
        BitConverter.GetBytes((ushort)bytes.Length).CopyTo(file, offset + 0x40);
        file[offset + 0x42] = type;
    }

    public static byte[] Exe()
    {
        var file = new byte[256];
        file[0] = (byte)'M';
        file[1] = (byte)'Z';
        Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.").CopyTo(file, 78);
        return file;
    }

    public static byte[] Text() => Encoding.UTF8.GetBytes("会议纪要：本次会议讨论了普法宣传工作。\n");
}
