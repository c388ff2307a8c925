using Fazhi.Core.Reports;

namespace Fazhi.Core.Tests.Reports;

public class ReportOutputNameTests
{
    [Theory]
    [InlineData("一、2019年法治政府建设工作开展情况", "一、2019年法治政府建设工作开展情况")]
    [InlineData("信访事项 XL/2019:001 \"征地\"", "信访事项 XL_2019_001 _征地_")]
    [InlineData("  ..隐藏. ", "隐藏")]
    [InlineData("a\u0001b<c>d|e?f*g\\h", "a_b_c_d_e_f_g_h")]
    [InlineData("", "未命名")]
    public void SafeName_KeepsChineseAndReplacesWhatFileSystemsRefuse(string name, string expected) =>
        Assert.Equal(expected, EvidencePackage.SafeName(name, 60));

    [Fact]
    public void SafeName_ShortensLongNamesKeepingTheExtension()
    {
        var name = EvidencePackage.SafeName(new string('证', 150) + ".jpg", 100);
        Assert.Equal(100, name.Length);
        Assert.EndsWith("证.jpg", name);
    }

    [Theory]
    [InlineData("docx", ReportFormat.Docx)]
    [InlineData("PDF", ReportFormat.Pdf)]
    [InlineData(" zip ", ReportFormat.Zip)]
    [InlineData("xls", null)]
    [InlineData(null, null)]
    public void ParseFormat_ReadsTheCommandLinesFormats(string? text, ReportFormat? expected) => Assert.Equal(expected, ReportOutput.ParseFormat(text));
}
