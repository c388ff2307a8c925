using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Fazhi.Core.Common;
using Fazhi.Core.Documents;
using static Fazhi.Core.Tests.Documents.DocumentReadBack;

namespace Fazhi.Core.Tests.Documents;

public class OfficialDocxWriterTests
{
    internal static OfficialDocument SampleReport()
    {
        var doc = new OfficialDocument
        {
            DocumentNumber = "西联府〔2020〕3号",
            Title = "西联镇人民政府关于2019年度\n法治政府建设情况的报告",
            Addressee = "区委、区政府：",
            SigningOrgan = "韶关市武江区西联镇人民政府",
            Date = new DateOnly(2020, 1, 15),
            Attachments = ["2019年度矛盾纠纷排查调处情况统计表", "2019年度行政执法情况统计表"],
            CopyTo = "区委依法治区办，区司法局。",
            PrintingOrgan = "西联镇党政办公室",
        };
        doc.Paragraph("2019年，我镇在区委、区政府的正确领导下，深入学习贯彻习近平法治思想，全面推进依法行政，现将有关情况报告如下：")
            .Heading(1, "主要工作及成效")
            .Heading(2, "加强组织领导")
            .Paragraph("镇党委、镇政府主要负责人切实履行推进法治建设第一责任人职责，将法治建设纳入全镇发展总体规划。")
            .Heading(3, "健全工作机制")
            .Paragraph("成立以镇长为组长的法治政府建设工作领导小组，定期研究部署法治建设工作。")
            .Heading(2, "化解矛盾纠纷")
            .Paragraph("全年共排查矛盾纠纷情况如下表：")
            .Table(new TableBlock(["序号", "村（社区）", "排查数", "调处数", "调处成功率"],
                Enumerable.Range(1, 30).Select(i => (IReadOnlyList<string>)[i.ToString(), $"第{i}村民委员会", "12", "11", "91.7%"]).ToList())
            { ColumnWeights = [1, 3, 2, 2, 2] })
            .Heading(3, "多元调解")
            .Heading(1, "存在问题和下一步工作")
            .Heading(2, "存在问题")
            .Paragraph("一是法治宣传教育的针对性有待加强；二是基层执法力量仍然薄弱。")
            .Heading(3, "基层法治力量不足")
            .Heading(4, "执法人员偏少")
            .Heading(4, "培训不足")
            .Heading(2, "下一步工作")
            .Heading(3, "加强队伍建设")
            .Paragraph("特此报告。");
        return doc;
    }

    static MemoryStream Write(OfficialDocument doc)
    {
        var stream = new MemoryStream();
        OfficialDocxWriter.Write(doc, stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Package_PassesTheOpenXmlValidator()
    {
        using var stream = Write(SampleReport());
        using var doc = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Page_IsA4WithTheStandardMarginsAndGrid()
    {
        using var stream = Write(SampleReport());
        using var doc = WordprocessingDocument.Open(stream, false);
        var section = Section(doc);
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(2098, margin.Top!.Value);      // 37 mm
        Assert.Equal(1587u, margin.Left!.Value);    // 28 mm
        Assert.Equal(1474u, margin.Right!.Value);   // 26 mm
        Assert.Equal(1984, margin.Bottom!.Value);   // 35 mm
        Assert.Equal(8845u, 11906u - margin.Left.Value - margin.Right.Value);            // 156 mm
        Assert.Equal(12756, 16838 - margin.Top.Value - margin.Bottom.Value);              // 225 mm
        var grid = section.GetFirstChild<DocGrid>()!;
        Assert.Equal(DocGridValues.Lines, grid.Type!.Value);
        Assert.Equal(578, grid.LinePitch!.Value);
        Assert.Equal(-841, grid.CharacterSpace!.Value);
        Assert.True(22 * 578 <= 12756 && 23 * 578 > 12756);                              // 22 lines fit, not 23
        // 28 condensed 3号 characters (16 pt − 0.25 pt) fit the 156 mm line, 29 do not.
        Assert.True(28 * (320 - 5) <= 8845 && 29 * (320 - 5) > 8845);
    }

    [Fact]
    public void BodyText_Is3haoFangSongIndentedTwoCharactersOnExactLines()
    {
        using var stream = Write(SampleReport());
        using var doc = WordprocessingDocument.Open(stream, false);
        var paragraph = ParagraphWithText(doc, "特此报告。");
        var run = paragraph.Elements<Run>().Single();
        var fonts = run.RunProperties!.RunFonts!;
        Assert.Equal("仿宋_GB2312", fonts.Ascii!.Value);
        Assert.Equal("仿宋_GB2312", fonts.EastAsia!.Value);
        Assert.Equal("32", run.RunProperties.FontSize!.Val!.Value);
        Assert.Equal(-5, run.RunProperties.Spacing!.Val!.Value);
        var props = paragraph.ParagraphProperties!;
        Assert.Equal(200, props.Indentation!.FirstLineChars!.Value);
        Assert.Equal("640", props.Indentation.FirstLine!.Value);
        Assert.Equal(LineSpacingRuleValues.Exact, props.SpacingBetweenLines!.LineRule!.Value);
        Assert.Equal("578", props.SpacingBetweenLines.Line!.Value);
        Assert.Equal(JustificationValues.Both, props.Justification!.Val!.Value);

        var fontTable = doc.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        Assert.Equal("FangSong", fontTable["仿宋_GB2312"].AltName!.Val!.Value);
    }

    [Fact]
    public void Paragraphs_AreWrittenVerbatim()
    {
        var sample = SampleReport();
        var text = "  “依法行政”，（一）不是标题；…… ";
        sample.Blocks.Clear();
        sample.Paragraph(text);
        using var again = Write(sample);
        using var doc2 = WordprocessingDocument.Open(again, false);
        Assert.Contains(BodyParagraphs(doc2), p => p.InnerText == text);
    }

    [Fact]
    public void Title_Is2haoXiaoBiaoSongCentredWithABlankLineAfter()
    {
        using var stream = Write(SampleReport());
        using var doc = WordprocessingDocument.Open(stream, false);
        var paragraphs = BodyParagraphs(doc);
        var title = paragraphs.Single(p => p.InnerText == "西联镇人民政府关于2019年度法治政府建设情况的报告");
        Assert.Equal(2, title.Elements<Run>().Count());                     // wrapped where the author broke it
        Assert.Single(title.Descendants<Break>());
        var run = title.Elements<Run>().First();
        Assert.Equal("44", run.RunProperties!.FontSize!.Val!.Value);
        Assert.Equal("方正小标宋简体", run.RunProperties.RunFonts!.EastAsia!.Value);
        Assert.Equal(JustificationValues.Center, title.ParagraphProperties!.Justification!.Val!.Value);
        var next = paragraphs[paragraphs.IndexOf(title) + 1];
        Assert.Equal("", next.InnerText);
        var addressee = paragraphs[paragraphs.IndexOf(title) + 2];
        Assert.Equal("区委、区政府：", addressee.InnerText);
        Assert.Equal("0", addressee.ParagraphProperties!.Indentation!.FirstLine!.Value);
        Assert.Equal(0, addressee.ParagraphProperties.Indentation.FirstLineChars!.Value);
        Assert.Equal("西联府〔2020〕3号", paragraphs[0].InnerText);
    }

    [Fact]
    public void Headings_AreNumberedPerLevelAndRestartUnderEachParent()
    {
        using var stream = Write(SampleReport());
        using var doc = WordprocessingDocument.Open(stream, false);
        var headings = Headings(doc);
        Assert.Equal(
            ["一、", "（一）", "1.", "（二）", "1.", "二、", "（一）", "1.", "（1）", "（2）", "（二）", "1."],
            headings.Select(h => h.Number));
        Assert.Equal("一、主要工作及成效", headings[0].Text);
        Assert.Equal("（二）化解矛盾纠纷", headings[3].Text);
        Assert.All(headings, h => Assert.Equal(h.Level switch { 1 => "黑体", 2 => "楷体_GB2312", _ => "仿宋_GB2312" }, h.Font));
        var first = BodyParagraphs(doc).First(p => p.InnerText == "一、主要工作及成效");
        Assert.Equal("640", first.ParagraphProperties!.Indentation!.FirstLine!.Value);
        Assert.Equal("32", first.Elements<Run>().First().RunProperties!.FontSize!.Val!.Value);
    }

    [Theory]
    [InlineData(1, 1, "一、")]
    [InlineData(1, 10, "十、")]
    [InlineData(1, 11, "十一、")]
    [InlineData(1, 20, "二十、")]
    [InlineData(1, 23, "二十三、")]
    [InlineData(2, 2, "（二）")]
    [InlineData(3, 12, "12.")]
    [InlineData(4, 3, "（3）")]
    public void HeadingNumber_WritesChineseNumerals(int level, int n, string expected)
        => Assert.Equal(expected, OfficialDocxWriter.HeadingNumber(level, n));

    [Fact]
    public void Signature_DateIsWrittenInFullAndRightIndentedFourCharacters()
    {
        using var stream = Write(SampleReport());
        using var doc = WordprocessingDocument.Open(stream, false);
        var paragraphs = BodyParagraphs(doc);
        var date = ParagraphWithText(doc, "2020年1月15日");
        Assert.Equal(JustificationValues.Right, date.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("1280", date.ParagraphProperties.Indentation!.Right!.Value);
        var organ = paragraphs[paragraphs.IndexOf(date) - 1];
        Assert.Equal("韶关市武江区西联镇人民政府", organ.InnerText);
        Assert.Equal(JustificationValues.Right, organ.ParagraphProperties!.Justification!.Val!.Value);
        // Centred on the date: 13 characters over 2020年1月15日 (6½ characters wide) → 1280 − 6½ × 320 / 2.
        Assert.Equal("240", organ.ParagraphProperties.Indentation!.Right!.Value);

        var attachment = paragraphs.Single(p => p.InnerText.StartsWith("附件："));
        Assert.Equal("附件：1.2019年度矛盾纠纷排查调处情况统计表", attachment.InnerText);
        Assert.Equal("2.2019年度行政执法情况统计表", paragraphs[paragraphs.IndexOf(attachment) + 1].InnerText);
        Assert.Equal("", paragraphs[paragraphs.IndexOf(attachment) - 1].InnerText);   // one blank line below the body

        var colophon = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().Last();
        Assert.Equal("抄送：区委依法治区办，区司法局。", colophon.Elements<TableRow>().First().InnerText);
        Assert.Equal("西联镇党政办公室2020年1月15日印发", colophon.Elements<TableRow>().Last().InnerText);
        Assert.All(colophon.Descendants<Run>(), r => Assert.Equal("28", r.RunProperties!.FontSize!.Val!.Value));
    }

    [Fact]
    public void Table_HasSingleBordersAndABoldRepeatedHeaderRow()
    {
        using var stream = Write(SampleReport());
        using var doc = WordprocessingDocument.Open(stream, false);
        var table = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().First();
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(31, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Null(rows[1].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows[0].Descendants<Run>(), r => Assert.NotNull(r.RunProperties!.Bold));
        Assert.All(rows[1].Descendants<Run>(), r => Assert.Null(r.RunProperties!.Bold));
        Assert.All(table.Descendants<Run>(), r => Assert.Equal("仿宋_GB2312", r.RunProperties!.RunFonts!.EastAsia!.Value));
        var borders = table.GetFirstChild<TableProperties>()!.TableBorders!;
        Assert.All(borders.Elements<BorderType>(), b => Assert.Equal(BorderValues.Single, b.Val!.Value));
        Assert.Equal(6, borders.Elements<BorderType>().Count());
        Assert.Equal(8845, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!)));
    }

    [Fact]
    public void Footer_HasPageFieldBetweenEmDashes_OddRightEvenLeft()
    {
        using var stream = Write(SampleReport());
        using var doc = WordprocessingDocument.Open(stream, false);
        Assert.NotNull(doc.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
        var odd = FooterOf(doc, HeaderFooterValues.Default);
        var even = FooterOf(doc, HeaderFooterValues.Even);
        foreach (var footer in new[] { odd, even })
        {
            Assert.Contains("PAGE", footer.OuterXml);
            Assert.Contains(" PAGE ", footer.Descendants<FieldCode>().Single().Text);
            Assert.StartsWith("— ", footer.InnerText);
            Assert.EndsWith(" —", footer.InnerText);
            Assert.All(footer.Descendants<Run>(), r =>
            {
                Assert.Equal("宋体", r.RunProperties!.RunFonts!.Ascii!.Value);
                Assert.Equal("28", r.RunProperties.FontSize!.Val!.Value);
            });
        }
        var oddProps = odd.Elements<Paragraph>().Single().ParagraphProperties!;
        Assert.Equal(JustificationValues.Right, oddProps.Justification!.Val!.Value);
        Assert.Equal("280", oddProps.Indentation!.Right!.Value);
        var evenProps = even.Elements<Paragraph>().Single().ParagraphProperties!;
        Assert.Equal(JustificationValues.Left, evenProps.Justification!.Val!.Value);
        Assert.Equal("280", evenProps.Indentation!.Left!.Value);
    }

    [Fact]
    public void Write_RefusesAMalformedDocumentNumberAndBadHeadingLevel()
    {
        var bad = new OfficialDocument { DocumentNumber = "西联府〔20〕3号", Title = "通知", SigningOrgan = "西联镇人民政府", Date = new DateOnly(2020, 1, 15) };
        var e = Assert.Throws<DomainRuleException>(() => OfficialDocxWriter.Write(bad, new MemoryStream()));
        Assert.Contains("四位", e.Message);

        var level = new OfficialDocument { Title = "通知", SigningOrgan = "西联镇人民政府", Date = new DateOnly(2020, 1, 15) }.Heading(5, "过深");
        Assert.Contains("第一至第四层", Assert.Throws<DomainRuleException>(() => OfficialDocxWriter.Write(level, new MemoryStream())).Message);

        var ragged = new OfficialDocument { Title = "通知", SigningOrgan = "西联镇人民政府", Date = new DateOnly(2020, 1, 15) }
            .Table(new TableBlock(["甲", "乙"], [["1"]]));
        Assert.Contains("2个单元格", Assert.Throws<DomainRuleException>(() => OfficialDocxWriter.Write(ragged, new MemoryStream())).Message);

        var control = new OfficialDocument { Title = "通知", SigningOrgan = "西联镇人民政府", Date = new DateOnly(2020, 1, 15) }.Paragraph("甲\u0001乙");
        Assert.Contains("控制字符", Assert.Throws<DomainRuleException>(() => OfficialDocxWriter.Write(control, new MemoryStream())).Message);
    }
}

public class DocumentNumberTests
{
    [Theory]
    [InlineData("西联府〔2020〕3号")]
    [InlineData("武江西联〔2019〕12号")]
    [InlineData("西联府办〔2021〕105号")]
    public void Validate_AcceptsWellFormedNumbers(string number) => Assert.Null(DocumentNumber.Validate(number));

    [Theory]
    [InlineData("西联府〔20〕3号", "四位")]
    [InlineData("西联府〔2020〕03号", "前导零")]
    [InlineData("西联府[2020]3号", "六角括号")]
    [InlineData("西联府（2020）3号", "六角括号")]
    [InlineData("西联府〔2020〕第3号", "第")]
    [InlineData("西联府〔2020〕3", "号")]
    [InlineData("〔2020〕3号", "机关代字")]
    [InlineData("", "不能为空")]
    public void Validate_RefusesMalformedNumbersInChinese(string number, string expected)
    {
        var message = DocumentNumber.Validate(number);
        Assert.NotNull(message);
        Assert.Contains(expected, message);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
    }
}
