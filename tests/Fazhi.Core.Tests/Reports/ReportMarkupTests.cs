using Fazhi.Core.Reporting;
using Fazhi.Core.Reports;

namespace Fazhi.Core.Tests.Reports;

public class ReportMarkupTests
{
    static Figure Count(long n) => new("education.attendance-lower-bound", "参加人次", "各活动人数之和", n);

    [Theory]
    [InlineData(123, "余", "120余")]
    [InlineData(1234, "余", "1200余")]
    [InlineData(120, "余", "120余")]
    [InlineData(487, "近", "近490")]
    [InlineData(1100, "近", "近1100")]
    [InlineData(23456, "万余", "2万余")]
    [InlineData(2345, "万余", "2300余")]
    [InlineData(3, "中文", "三")]
    [InlineData(15, "中文", "十五")]
    [InlineData(7, "余", "7")]
    [InlineData(20, null, "20")]
    public void ACount_IsPhrasedByItsFormat(long value, string? format, string expected) =>
        Assert.Equal(expected, ReportMarkup.Phrase(Count(value), format));

    [Fact]
    public void ARatio_KeepsItsDisplay_AndADashOnAZeroDenominator_WhateverTheFormat()
    {
        var rate = new Figure("petitions.handling-rate", "办理率", "办结 ÷ 受理", 20, 20);
        Assert.Equal("100%", ReportMarkup.Phrase(rate, null));
        Assert.Equal("100%", ReportMarkup.Phrase(rate, "余"));
        Assert.NotNull(ReportMarkup.FormatProblem(rate, "余"));
        Assert.Equal("—", ReportMarkup.Phrase(rate with { Numerator = 0, Denominator = 0 }, null));
    }

    [Fact]
    public void AnUnknownFormat_IsAProblemNamingTheFormats()
    {
        var problem = ReportMarkup.FormatProblem(Count(5), "约");
        Assert.NotNull(problem);
        Assert.Contains("余、近、万余、中文", problem);
        Assert.Null(ReportMarkup.FormatProblem(Count(5), "近"));
    }

    [Fact]
    public void Lines_AreHeadingsBlocksAndParagraphs_BlankLinesDropped()
    {
        var lines = ReportMarkup.Lines("## 加强普法\r\n\r\n[[events]]\n本年度接待{petitions.received}件。\n### 小节\n[[不是块]] 文字").ToList();
        Assert.Equal(
            [(2, "加强普法", null), (0, "[[events]]", "events"), (0, "本年度接待{petitions.received}件。", null), (3, "小节", null), (0, "[[不是块]] 文字", null)],
            lines.Select(l => (l.HeadingLevel, l.Text, l.Block)));
    }

    [Fact]
    public void Segments_CutTextAroundFields_WithTheirFormats()
    {
        var segments = ReportMarkup.Segments("接待{petitions.received}件，参加{education.attendance-lower-bound|余}人次，{不是字段}");
        Assert.Equal(
            [("接待", null, null), ("{petitions.received}", "petitions.received", null), ("件，参加", null, null),
                ("{education.attendance-lower-bound|余}", "education.attendance-lower-bound", "余"), ("人次，{不是字段}", null, null)],
            segments.Select(s => (s.Text, s.Key, s.Format)));
    }
}
