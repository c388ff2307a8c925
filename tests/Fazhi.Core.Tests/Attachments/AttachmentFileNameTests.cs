using Fazhi.Core.Attachments;

namespace Fazhi.Core.Tests.Attachments;

public class AttachmentFileNameTests
{
    [Fact]
    public void Sanitise_PdfNameWithPngContent_TakesTheDetectedExtension() =>
        Assert.Equal("现场照片.png", AttachmentFileName.Sanitise("现场照片.pdf", FileTypeSniffer.Png));

    [Fact]
    public void Sanitise_MatchingExtension_IsKept() =>
        Assert.Equal("调解协议书.docx", AttachmentFileName.Sanitise("调解协议书.docx", FileTypeSniffer.Docx));

    [Fact]
    public void Sanitise_JpegExtension_IsAcceptedForJpeg() =>
        Assert.Equal("photo.jpeg", AttachmentFileName.Sanitise("photo.JPEG", FileTypeSniffer.Jpeg));

    [Fact]
    public void Sanitise_PathAndForbiddenCharacters_AreRemoved() =>
        Assert.Equal("passwd.pdf", AttachmentFileName.Sanitise("..\\..//etc/pass<w>d.pdf", FileTypeSniffer.Pdf));

    [Fact]
    public void Sanitise_ControlAndBidiCharacters_AreRemoved() =>
        Assert.Equal("invoicefdp.exe.pdf", AttachmentFileName.Sanitise("invoice\u202Efdp.exe\r\n.pdf", FileTypeSniffer.Pdf));

    [Fact]
    public void Sanitise_NoName_GivesDefaultName() =>
        Assert.Equal("附件.xlsx", AttachmentFileName.Sanitise("  ", FileTypeSniffer.Xlsx));

    [Fact]
    public void Sanitise_LongName_IsCutKeepingTheExtension()
    {
        var name = AttachmentFileName.Sanitise(new string('案', 300) + ".pdf", FileTypeSniffer.Pdf);
        Assert.Equal(AttachmentFileName.MaxLength, name.Length);
        Assert.EndsWith(".pdf", name);
    }
}
