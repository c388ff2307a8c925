using Fazhi.Core.Regions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Fazhi.Core.Common;
using Fazhi.Core.Disputes;
using Fazhi.Core.Documents;

namespace Fazhi.Core.Tests.Disputes;

public class DisputeDocumentsTests
{
    static readonly DateOnly Today = new(2019, 12, 31);
    static readonly Dispute.Actor Clerk = new("clerk", new DateTime(2019, 3, 1, 2, 0, 0, DateTimeKind.Utc));

    /// <summary>A dispute of 2019 between two neighbours, mediated by the town's committee over two sessions.</summary>
    internal static Dispute Mediated(string number = "2019-007")
    {
        var parties = new List<DisputeParty>
        {
            DisputeParty.Create(PartyKind.Person, "李国强", "440203199001011231", "13812345678", "西联镇阳山村一组18号", Today),
            DisputeParty.Create(PartyKind.Person, "王秀英", "11010519491231002X", "13900001111", "西联镇阳山村一组20号", Today),
        };
        var d = Dispute.Register(new RecordPlace(1, 2, null, "/1/2/"), number, "邻里", DisputeSource.Screening, new DateOnly(2019, 3, 1),
            "两户因排水沟堵塞发生争执", parties, 2, 300_000, RiskLevel.Low, null, null, Today, Clerk);
        d.StartMediation(MediationKind.People, new DateOnly(2019, 3, 4), 5, null, null, "陈静、刘芳");
        d.RecordSession(new DateOnly(2019, 3, 5), "阳山村委会", "陈静、刘芳", "李国强、王秀英", "双方陈述排水沟堵塞经过。\n李国强称王家堆放杂物堵塞水沟。");
        d.RecordSession(new DateOnly(2019, 3, 12), "西联镇司法所", "陈静", "李国强、王秀英、村民小组长", "经释法说理，双方同意共同疏通水沟。");
        return d;
    }

    internal static Dispute Agreed()
    {
        var d = Mediated();
        d.RecordSuccess(new DateOnly(2019, 3, 12), AgreementForm.Written, "王秀英在排水沟旁堆放杂物致水沟堵塞，李国强家受淹，王秀英负主要责任。",
            "一、王秀英于三日内清除堆放的杂物；\n二、王秀英赔偿李国强损失人民币3000元。", new DateOnly(2019, 3, 20), new DateOnly(2019, 3, 13), null);
        return d;
    }

    static (WordprocessingDocument Doc, string Text) Open(OfficialDocument document)
    {
        var stream = new MemoryStream();
        OfficialDocxWriter.Write(document, stream);
        stream.Position = 0;
        var doc = WordprocessingDocument.Open(stream, false);
        return (doc, doc.MainDocumentPart!.Document!.Body!.InnerText);
    }

    static void AssertValid(WordprocessingDocument doc)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Description)));
    }

    [Fact]
    public void Agreement_IsAValidDocx_WithPartiesFactsTermsDeadlineEffectAndSignatureLines()
    {
        var (doc, text) = Open(DisputeDocuments.AgreementOf(Agreed(), "西联镇", "西联镇人民调解委员会", personalDataInFull: true));
        using (doc) AssertValid(doc);
        Assert.Contains("西联人调〔2019〕7号", text);
        Assert.Contains("人民调解协议书", text);
        Assert.Contains("当事人一：李国强，男，1990年1月1日出生，公民身份号码440203199001011231，住址：西联镇阳山村一组18号，联系电话：13812345678。", text);
        Assert.Contains("当事人二：王秀英，女", text);
        Assert.Contains("王秀英负主要责任", text);
        Assert.Contains("王秀英赔偿李国强损失人民币3000元", text);
        Assert.Contains("于2019年3月20日前履行完毕", text);
        Assert.Contains("第二十九条", text);
        Assert.Contains("具有法律约束力", text);
        Assert.Contains("三十日内共同向人民法院申请司法确认", text);
        Assert.Contains("本协议一式三份", text);
        Assert.Contains("当事人一：李国强", text);
        Assert.Contains("人民调解员（签名）：陈静", text);
        Assert.Contains("西联镇人民调解委员会（印章）", text);
        Assert.Contains("2019年3月13日", text); // the day it was signed and took effect
    }

    [Fact]
    public void Agreement_ForAUserWhoMayNotSeePersonalData_MasksIdNumbersPhonesAndAddresses()
    {
        var (doc, text) = Open(DisputeDocuments.AgreementOf(Agreed(), "西联镇", "西联镇人民调解委员会", personalDataInFull: false));
        doc.Dispose();
        Assert.Contains("李国强，男，公民身份号码4402**********1231", text);
        Assert.Contains("138****5678", text);
        Assert.DoesNotContain("13812345678", text);
        Assert.DoesNotContain("440203199001011231", text);
        Assert.DoesNotContain("1990年1月1日出生", text);
        Assert.DoesNotContain("一组18号", text);
    }

    [Fact]
    public void Agreement_OnlyForASucceededWrittenPeoplesMediation()
    {
        var open = Mediated();
        Assert.Contains("只有调解成功", Assert.Throws<DomainRuleException>(() => DisputeDocuments.AgreementOf(open, "西联镇", "委员会", true)).Message);
        var oral = Mediated();
        oral.RecordSuccess(new DateOnly(2019, 3, 12), AgreementForm.Oral, null, "双方口头约定共同疏通水沟", null, null, null);
        Assert.Contains("口头协议", Assert.Throws<DomainRuleException>(() => DisputeDocuments.AgreementOf(oral, "西联镇", "委员会", true)).Message);
    }

    [Fact]
    public void Record_HasOneSectionPerSession_WithTimePlaceMediatorsAttendeesAndMinutes()
    {
        var (doc, text) = Open(DisputeDocuments.RecordOf(Agreed(), "西联镇人民调解委员会", personalDataInFull: false));
        using (doc) AssertValid(doc);
        Assert.Contains("人民调解笔录", text);
        Assert.Contains("纠纷编号：2019-007", text);
        Assert.Contains("纠纷情况：两户因排水沟堵塞发生争执", text);
        Assert.Contains("（一）2019年3月5日调解时间：2019年3月5日地点：阳山村委会", text);
        Assert.Contains("（二）2019年3月12日调解时间：2019年3月12日地点：西联镇司法所", text);
        Assert.Contains("参加人员：李国强、王秀英、村民小组长", text);
        Assert.Contains("李国强称王家堆放杂物堵塞水沟。", text);
        Assert.Contains("调解成功，达成书面协议", text);
        Assert.Contains("当事人二：王秀英，女，公民身份号码1101**********002X", text);
        Assert.Contains("记录人（签名）", text);
        Assert.Contains("西联镇人民调解委员会", text);
    }

    [Fact]
    public void Record_WithoutSessions_IsRefusedInChinese()
    {
        var parties = new List<DisputeParty> { DisputeParty.Create(PartyKind.Person, "甲", null, null, null, Today) };
        var d = Dispute.Register(new RecordPlace(1, null, null, "/1/"), "2019-001", "其他", DisputeSource.WalkIn, new DateOnly(2019, 5, 1),
            "情况", parties, 1, null, RiskLevel.Low, null, null, Today, Clerk);
        Assert.Contains("尚未开始调解", Assert.Throws<DomainRuleException>(() => DisputeDocuments.RecordOf(d, null, true)).Message);
        d.StartMediation(MediationKind.Administrative, new DateOnly(2019, 5, 2), null, 3, null, null);
        Assert.Contains("尚未记录调解过程", Assert.Throws<DomainRuleException>(() => DisputeDocuments.RecordOf(d, "西联镇人民政府司法所", true)).Message);
    }

    [Theory]
    [InlineData("2019-007", "西联镇", "西联人调〔2019〕7号")]
    [InlineData("2020-112", "新华街道", "新华人调〔2020〕112号")]
    [InlineData("X-1", "西联镇", null)]
    public void AgreementNumber_FollowsTheRegisterNumber_WithoutLeadingZeros(string number, string town, string? expected)
    {
        var d = Mediated(number);
        Assert.Equal(expected, DisputeDocuments.AgreementNumber(d, town));
        if (expected is not null) Assert.Null(DocumentNumber.Validate(expected));
    }
}
