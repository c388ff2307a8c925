using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Fazhi.Core.Documents;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Regions;

namespace Fazhi.Core.Tests.Enforcement;

/// <summary>责令整改通知书 and 现场检查笔录 written as .docx and read back.</summary>
public class EnforcementDocumentsTests
{
    static readonly DateOnly Today = new(2026, 11, 29);
    static readonly RecordPlace Yangshan = new(1, 2, null, "/1/2/");
    static readonly EnforcementDocuments.Setting Setting = new("西联镇", "武江区", "安全生产大检查", CampaignKinds.WorkSafety);

    /// <summary>An officer as loaded from the database: ids differ, and the certificate is valid over 2025–2030.</summary>
    static EnforcementOfficer Officer(long id, string name, string certificate)
    {
        var officer = EnforcementOfficer.Create(1, "/1/", name, null, "执法队员", false, null);
        typeof(EnforcementOfficer).GetProperty(nameof(EnforcementOfficer.Id))!.SetValue(officer, id);
        officer.AddCertificate(certificate, "广东省人民政府", "西联镇", new DateOnly(2025, 1, 1), new DateOnly(2030, 12, 31));
        return officer;
    }

    static RegulatedEntity Entity(EntityKind kind = EntityKind.Business) => RegulatedEntity.Register(Yangshan, kind == EntityKind.Individual
        ? new RegulatedEntity.Details("王小明", null, kind, "餐饮", "阳山村一组18号", "王小明", "13812345678", RiskClass.General)
        : new RegulatedEntity.Details("西联镇宏达五金厂", "91440203MA4UJ8XK0K", kind, "金属制品", "西联镇工业大道8号", "李厂长", "13812345678", RiskClass.Significant));

    static (Inspection Inspection, RectificationOrder Order) Ordered(RegulatedEntity entity)
    {
        var inspection = Inspection.Record(Yangshan, new Inspection.Input(InspectionKind.Inspection, new DateOnly(2026, 3, 10), "", null,
                "检查生产车间、仓库及消防设施。\n询问了现场负责人。", InspectionOutcome.Rectification,
                [
                    new(FindingType.Hazard, FindingSeverity.Significant, "消防通道堆放杂物"),
                    new(FindingType.Violation, FindingSeverity.Minor, "未建立安全生产教育培训档案"),
                    new(FindingType.Hazard, FindingSeverity.Minor, "灭火器过期", CorrectedOnSpot: true),
                ]), null, entity, [Officer(1, "张明", "44020319001"), Officer(2, "李华", "44020319002")], Today, "李强（安监执法）",
            DateTime.UtcNow);
        var order = RectificationOrder.Issue(inspection, "2026-007", "", new DateOnly(2026, 3, 20), "李强（安监执法）", DateTime.UtcNow);
        return (inspection, order);
    }

    static string Write(OfficialDocument document)
    {
        var stream = new MemoryStream();
        OfficialDocxWriter.Write(document, stream);
        stream.Position = 0;
        using var doc = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Description)));
        var section = doc.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single();
        var margins = section.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageMargin>()!;
        Assert.Equal((OfficialDocxWriter.TopMargin, (uint)OfficialDocxWriter.LeftMargin), (margins.Top!.Value, margins.Left!.Value));
        return doc.MainDocumentPart.Document.Body.InnerText;
    }

    [Fact]
    public void OrderNotice_HasNumberPartyFactsItemsDeadlineBasisConsequencesRemediesOrganAndSignatures()
    {
        var entity = Entity();
        var (inspection, order) = Ordered(entity);
        var text = Write(EnforcementDocuments.OrderNotice(order, inspection, entity, Setting, personalDataInFull: true));
        Assert.Contains("西联责改〔2026〕7号", text);
        Assert.Contains("责令整改通知书", text);
        Assert.Contains("西联镇宏达五金厂：", text);
        Assert.Contains("被检查单位：西联镇宏达五金厂；统一社会信用代码：91440203MA4UJ8XK0K；地址：西联镇工业大道8号；联系人：李厂长；联系电话：13812345678。", text);
        Assert.Contains("2026年3月10日，在“安全生产大检查”专项整治中，本机关执法人员张明（执法证号：44020319001）、李华（执法证号：44020319002）"
                        + "依法对你单位（西联镇工业大道8号）进行了现场检查，发现存在下列问题：", text);
        Assert.Contains("1. 消防通道堆放杂物（较大安全隐患）。", text);
        Assert.Contains("2. 未建立安全生产教育培训档案（一般违法行为）。", text);
        Assert.DoesNotContain("灭火器过期", text); // corrected on the spot: not an item of the order
        Assert.Contains("依据《中华人民共和国安全生产法》第九条、第六十五条和《中华人民共和国行政处罚法》第二十八条的规定，现责令你单位对下列事项进行整改：", text);
        Assert.Contains("1. 消防通道堆放杂物2. 未建立安全生产教育培训档案", text);
        Assert.Contains("请于2026年3月20日前整改完毕", text);
        Assert.Contains("逾期不整改或者整改不合格的，本机关将依法立案查处", text);
        Assert.Contains("自收到本通知书之日起六十日内向武江区人民政府申请行政复议", text);
        Assert.Contains("六个月内依法向人民法院提起行政诉讼", text);
        Assert.Contains("执法人员（签名）：张明", text);
        Assert.Contains("当事人（签收）：", text);
        Assert.Contains("西联镇人民政府（印章）", text);
        Assert.EndsWith("2026年3月10日", text.TrimEnd());
    }

    [Fact]
    public void OrderNotice_ToAPerson_MasksTheAddressAndPhone_UnlessTheRoleMaySeeThemInFull()
    {
        var person = Entity(EntityKind.Individual);
        var (inspection, order) = Ordered(person);
        var masked = Write(EnforcementDocuments.OrderNotice(order, inspection, person, Setting, personalDataInFull: false));
        Assert.Contains("被检查人：王小明；住址：阳山村一组1…；联系人：王小明；联系电话：138****5678。", masked);
        Assert.Contains("依法对你（阳山村一组1…）进行了现场检查", masked);
        Assert.DoesNotContain("13812345678", masked);
        Assert.DoesNotContain("一组18号", masked);
        var full = Write(EnforcementDocuments.OrderNotice(order, inspection, person, Setting, personalDataInFull: true));
        Assert.Contains("住址：阳山村一组18号；联系人：王小明；联系电话：13812345678。", full);
    }

    [Fact]
    public void OrderNotice_InAnIllegalBuildingCampaign_CitesThePlanningLaw() =>
        Assert.Equal("《中华人民共和国城乡规划法》第六十五条", EnforcementDocuments.BasisOf(CampaignKinds.IllegalBuilding, []));

    [Fact]
    public void InspectionRecord_HasDatePlaceOfficersWithCertificatesFindingsWithSeverityOutcomeAndSignatureLines()
    {
        var entity = Entity();
        var (inspection, order) = Ordered(entity);
        var text = Write(EnforcementDocuments.RecordOf(inspection, entity, order, Setting, personalDataInFull: false));
        Assert.Contains("现场检查笔录", text);
        Assert.Contains("检查时间：2026年3月10日", text);
        Assert.Contains("检查地点：西联镇工业大道8号", text);
        Assert.Contains("被检查单位：西联镇宏达五金厂", text);
        Assert.Contains("联系电话：138****5678", text);
        Assert.Contains("检查类别：检查（安全生产大检查）", text);
        Assert.Contains("执法人员及执法证号：张明（执法证号：44020319001）、李华（执法证号：44020319002）", text);
        Assert.Contains("出示行政执法证件", text);
        Assert.Contains("第五十五条", text);
        Assert.Contains("检查生产车间、仓库及消防设施。询问了现场负责人。", text);
        Assert.Contains("序号类别程度问题描述处理情况", text);
        Assert.Contains("1安全隐患较大消防通道堆放杂物责令限期整改", text);
        Assert.Contains("2违法行为一般未建立安全生产教育培训档案责令限期整改", text);
        Assert.Contains("3安全隐患一般灭火器过期已当场整改", text);
        Assert.Contains("当场下达责令整改通知书（西联责改〔2026〕7号），责令于2026年3月20日前整改完毕。", text);
        Assert.Contains("执法人员（签名）：张明", text);
        Assert.Contains("被检查人（签名）：", text);
        Assert.Contains("记录人（签名）：", text);
        Assert.Contains("西联镇人民政府", text);
        Assert.DoesNotContain("13812345678", text);
    }

    [Fact]
    public void PatrolRecord_WithoutEntityOrFindings_ShowsTheRouteAndNoProblem()
    {
        var patrol = Inspection.Record(Yangshan, new Inspection.Input(InspectionKind.Patrol, new DateOnly(2026, 4, 2), "阳山村沿河片区", "村委会—河堤—养殖区",
                "沿河巡查，未见焚烧秸秆。", InspectionOutcome.NoProblem, []), null, null,
            [Officer(1, "张明", "44020319001"), Officer(2, "李华", "44020319002")], Today, "李强", DateTime.UtcNow);
        var text = Write(EnforcementDocuments.RecordOf(patrol, null, null, Setting with { CampaignName = null }, personalDataInFull: true));
        Assert.Contains("现场巡查笔录", text);
        Assert.Contains("检查地点：阳山村沿河片区", text);
        Assert.Contains("巡查路线：村委会—河堤—养殖区", text);
        Assert.Contains("检查类别：巡查执法人员", text);
        Assert.Contains("发现的问题未发现问题。", text);
        Assert.Contains("处理结果未发现问题。", text);
    }

    [Theory]
    [InlineData("2026-007", "西联镇", "西联责改〔2026〕7号")]
    [InlineData("2026-120", "新华街道", "新华责改〔2026〕120号")]
    [InlineData("X-1", "西联镇", null)]
    public void OrderNumber_FollowsTheRegisterNumber_WithoutLeadingZeros(string number, string town, string? expected)
    {
        var (inspection, _) = Ordered(Entity());
        var order = RectificationOrder.Issue(inspection, number, "整改", new DateOnly(2026, 3, 20), "李强", DateTime.UtcNow);
        Assert.Equal(expected, EnforcementDocuments.OrderNumber(order, town));
        if (expected is not null) Assert.Null(DocumentNumber.Validate(expected));
    }
}
