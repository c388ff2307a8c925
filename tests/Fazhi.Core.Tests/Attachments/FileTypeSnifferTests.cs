using Fazhi.Core.Attachments;

namespace Fazhi.Core.Tests.Attachments;

public class FileTypeSnifferTests
{
    static DetectedFileType? Detect(byte[] bytes) => FileTypeSniffer.Detect(new MemoryStream(bytes));

    [Fact]
    public void Detect_PngMadeByImageSharp_IsPng() => Assert.Equal(AttachmentKind.Png, Detect(SampleFiles.Png())?.Kind);

    [Fact]
    public void Detect_Jpeg_IsJpegWithJpgExtension()
    {
        var type = Detect(SampleFiles.Jpeg());
        Assert.Equal(AttachmentKind.Jpeg, type?.Kind);
        Assert.Equal("image/jpeg", type!.ContentType);
        Assert.Equal(".jpg", type.Extension);
    }

    [Fact]
    public void Detect_Gif_IsGif() => Assert.Equal(AttachmentKind.Gif, Detect(SampleFiles.Gif())?.Kind);

    [Fact]
    public void Detect_WebP_IsWebP() => Assert.Equal(AttachmentKind.WebP, Detect(SampleFiles.WebP())?.Kind);

    /// <summary>The first box of an ISO base media file: size, "ftyp", major brand, minor version, one compatible brand.</summary>
    static byte[] Ftyp(string brand) => [0, 0, 0, 20, .. "ftyp"u8, .. System.Text.Encoding.ASCII.GetBytes(brand), 0, 0, 2, 0, .. "isom"u8, 0, 0, 0, 8, .. "mdat"u8];

    [Theory]
    [InlineData("isom", AttachmentKind.Mp4, ".mp4")]
    [InlineData("mp42", AttachmentKind.Mp4, ".mp4")]
    [InlineData("qt  ", AttachmentKind.Mov, ".mov")]
    public void Detect_PhoneVideo_ByItsFtypBox(string brand, AttachmentKind kind, string extension)
    {
        var type = Detect(Ftyp(brand));
        Assert.Equal((kind, extension), (type?.Kind, type?.Extension));
        Assert.StartsWith("video/", type!.ContentType);
        Assert.False(type.IsImage);
    }

    [Fact]
    public void Detect_TheWordFtypElsewhere_IsNotAVideo() => Assert.Null(Detect([.. "ftyp"u8, .. "isom"u8, 0, 0, 0, 0, 0, 0, 0, 0]));

    [Fact]
    public void Detect_PdfHeader_IsPdf() => Assert.Equal(AttachmentKind.Pdf, Detect(SampleFiles.Pdf())?.Kind);

    [Fact]
    public void Detect_ZipWithContentTypesAndWordPart_IsDocx()
    {
        var type = Detect(SampleFiles.Docx());
        Assert.Equal(AttachmentKind.Docx, type?.Kind);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", type!.ContentType);
    }

    [Fact]
    public void Detect_ZipWithContentTypesAndExcelPart_IsXlsx() => Assert.Equal(AttachmentKind.Xlsx, Detect(SampleFiles.Xlsx())?.Kind);

    [Fact]
    public void Detect_PlainZipWithoutOfficeParts_IsRefused() => Assert.Null(Detect(SampleFiles.Zip("readme.txt", "bin/tool.exe")));

    [Fact]
    public void Detect_ZipWithWordPartButNoContentTypes_IsRefused() => Assert.Null(Detect(SampleFiles.Zip("word/document.xml")));

    [Fact]
    public void Detect_TruncatedZip_IsRefusedNotThrown() => Assert.Null(Detect(SampleFiles.Docx()[..40]));

    [Fact]
    public void Detect_CompoundFileWithWordDocumentStream_IsLegacyWord()
    {
        var type = Detect(SampleFiles.CompoundFile("WordDocument"));
        Assert.Equal(AttachmentKind.Doc, type?.Kind);
        Assert.Equal("application/msword", type!.ContentType);
    }

    [Fact]
    public void Detect_CompoundFileWithWorkbookStream_IsLegacyExcel() =>
        Assert.Equal(AttachmentKind.Xls, Detect(SampleFiles.CompoundFile("Workbook"))?.Kind);

    [Fact]
    public void Detect_CompoundFileOfAnotherKind_IsRefused() =>
        Assert.Null(Detect(SampleFiles.CompoundFile("PowerPoint Document")));

    [Fact]
    public void Detect_Executable_IsRefused() => Assert.Null(Detect(SampleFiles.Exe()));

    [Fact]
    public void Detect_PlainText_IsRefused() => Assert.Null(Detect(SampleFiles.Text()));

    [Fact]
    public void Detect_EmptyFile_IsRefused() => Assert.Null(Detect([]));

    [Fact]
    public void Refusal_IsChinese() => Assert.StartsWith("不支持的文件类型", FileTypeSniffer.Refusal);
}
