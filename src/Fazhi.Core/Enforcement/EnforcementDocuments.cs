using System.Text.RegularExpressions;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Documents;
using Fazhi.Core.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// The written documents of an inspection, in the official layout of the shared writer (GB/T 9704-2012): the
/// 责令整改通知书 an inspection issues with its order, and the 现场检查笔录 (the text record of the full-process
/// record, 《行政处罚法》第四十七条). A natural person's address and every contact phone are personal data: a user who
/// may not see them in full (<see cref="PersonalDataAccess.MaySeeInFull"/>) gets them masked.
/// </summary>
public static partial class EnforcementDocuments
{
    public const string Order = "order";
    public const string InspectionRecord = "inspection";

    /// <summary>A document ready to write, with the file name it is served under.</summary>
    public sealed record Built(OfficialDocument Document, string FileName);

    /// <summary>Where the inspection took place: the town acting (the organ), its district (复议机关), the campaign if any.</summary>
    public sealed record Setting(string TownName, string? DistrictName, string? CampaignName, string? CampaignKind);

    /// <summary>
    /// Builds the document of the given kind for an order or inspection in the user's scope; null when the record is missing
    /// or out of scope, or the kind is unknown.
    /// </summary>
    public static async Task<Built?> BuildAsync(AppDbContext db, string kind, long id, bool personalDataInFull, CancellationToken ct = default)
    {
        switch (kind)
        {
            case Order:
            {
                var order = await EnforcementQueries.OrderAsync(db, id, ct);
                if (order is null) return null;
                var inspection = await EnforcementQueries.InspectionAsync(db, order.InspectionId, ct) ?? throw new NotFoundException();
                var (entity, setting) = await ContextAsync(db, inspection, ct);
                return new Built(OrderNotice(order, inspection, entity, setting, personalDataInFull), $"责令整改通知书-{order.Number}.docx");
            }
            case InspectionRecord:
            {
                var inspection = await EnforcementQueries.InspectionAsync(db, id, ct);
                if (inspection is null) return null;
                var orderId = inspection.FollowsOrderId;
                var order = orderId is { } o
                    ? await db.Set<RectificationOrder>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == o, ct)
                    : await db.Set<RectificationOrder>().AsNoTracking().FirstOrDefaultAsync(x => x.InspectionId == id, ct);
                var (entity, setting) = await ContextAsync(db, inspection, ct);
                return new Built(RecordOf(inspection, entity, order, setting, personalDataInFull),
                    $"{TitleOf(inspection.Kind)}-{inspection.InspectedOn:yyyyMMdd}-{inspection.Id}.docx");
            }
            default:
                return null;
        }
    }

    /// <summary>
    /// The entity, town, district and campaign of an in-scope inspection. The campaign is the town's and the entity may be
    /// registered at the town: they are read past the scope filter, as they are printed on a record the user may see.
    /// </summary>
    static async Task<(RegulatedEntity?, Setting)> ContextAsync(AppDbContext db, Inspection inspection, CancellationToken ct)
    {
        var entity = inspection.EntityId is { } e
            ? await db.Set<RegulatedEntity>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(x => x.Id == e, ct)
            : null;
        var town = await db.Regions.AsNoTracking().Where(r => r.Id == inspection.TownId).Select(r => new { r.Name, r.ParentId }).FirstAsync(ct);
        var district = town.ParentId is { } p ? await db.Regions.AsNoTracking().Where(r => r.Id == p).Select(r => r.Name).FirstOrDefaultAsync(ct) : null;
        var campaign = inspection.CampaignId is { } c
            ? await db.Set<Campaign>().IgnoreQueryFilters().AsNoTracking().Where(x => x.Id == c).Select(x => new { x.Name, x.Kind }).FirstOrDefaultAsync(ct)
            : null;
        return (entity, new Setting(town.Name, district, campaign?.Name, campaign?.Kind));
    }

    /// <summary>
    /// 责令整改通知书: the number, the party, the facts found at the inspection with its date and officers, the items to put
    /// right and the deadline, the legal basis, what follows if the items are not put right, the remedies (复议 within 60 days,
    /// 《行政复议法》第二十条; 诉讼 within 6 months, 《行政诉讼法》第四十六条), the organ and date, and signature lines.
    /// </summary>
    public static OfficialDocument OrderNotice(RectificationOrder order, Inspection inspection, RegulatedEntity? entity, Setting setting, bool personalDataInFull)
    {
        var you = You(entity);
        var doc = new OfficialDocument
        {
            DocumentNumber = OrderNumber(order, setting.TownName),
            Title = "责令整改通知书",
            Addressee = $"{entity?.Name ?? order.Subject}：",
            SigningOrgan = $"{setting.TownName}人民政府（印章）",
            Date = order.IssuedOn,
        };
        if (entity is not null) doc.Paragraph(PartyLine(entity, personalDataInFull));

        var campaign = setting.CampaignName is null ? "" : $"在“{setting.CampaignName}”专项整治中，";
        doc.Paragraph($"{ChinaTime.Format(inspection.InspectedOn)}，{campaign}本机关执法人员{OfficersText(inspection)}依法对{you}"
                      + $"{(entity is null ? $"（{order.Subject}）" : $"（{PlaceOf(entity, personalDataInFull)}）")}进行了现场检查，发现存在下列问题：");
        var open = inspection.Findings.Where(f => !f.CorrectedOnSpot).OrderBy(f => f.Id).ToList();
        for (var i = 0; i < open.Count; i++) doc.Paragraph($"{i + 1}. {open[i].Description}（{FindingLabel(open[i])}）。");

        doc.Paragraph($"依据{BasisOf(setting.CampaignKind, open)}的规定，现责令{you}对下列事项进行整改：");
        foreach (var line in Lines(order.Items)) doc.Paragraph(line);
        doc.Paragraph($"请于{ChinaTime.Format(order.DueOn)}前整改完毕，并将整改情况书面报告本机关。本机关将在整改期限届满后组织复查。");
        doc.Paragraph("逾期不整改或者整改不合格的，本机关将依法立案查处；拒不整改、情节严重的，依法予以取缔关停。");
        doc.Paragraph($"{you}如不服本通知，可以自收到本通知书之日起六十日内向{(setting.DistrictName is { } d ? $"{d}人民政府" : "上一级人民政府")}申请行政复议，"
                      + "或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。");

        doc.Paragraph("执法人员（签名）：" + Signatures(inspection));
        doc.Paragraph($"当事人（签收）：{Blank}{Blank}年　月　日");
        return doc;
    }

    /// <summary>
    /// 现场检查笔录 (现场巡查笔录, 现场复查笔录): date, place and party, the officers with the certificates they showed (亮证,
    /// 《行政处罚法》第五十五条), what was inspected, the findings with their severity, the outcome, and signature lines for
    /// the officers and the party.
    /// </summary>
    public static OfficialDocument RecordOf(Inspection inspection, RegulatedEntity? entity, RectificationOrder? order, Setting setting, bool personalDataInFull)
    {
        var doc = new OfficialDocument
        {
            Title = TitleOf(inspection.Kind),
            SigningOrgan = $"{setting.TownName}人民政府",
            Date = inspection.InspectedOn,
        };
        doc.Paragraph($"检查时间：{ChinaTime.Format(inspection.InspectedOn)}");
        doc.Paragraph($"检查地点：{(entity is null ? inspection.Subject : PlaceOf(entity, personalDataInFull))}");
        if (inspection.Route is not null) doc.Paragraph($"巡查路线：{inspection.Route}");
        if (entity is not null) doc.Paragraph(PartyLine(entity, personalDataInFull));
        doc.Paragraph($"检查类别：{EnforcementLabels.Of(inspection.Kind)}{(setting.CampaignName is null ? "" : $"（{setting.CampaignName}）")}");
        doc.Paragraph($"执法人员及执法证号：{OfficersText(inspection)}");
        doc.Paragraph($"记录人：{inspection.RecordedBy}");
        doc.Paragraph("执法人员已向被检查人出示行政执法证件，表明身份，告知检查的依据以及被检查人享有的陈述、申辩等权利和配合检查的义务（《中华人民共和国行政处罚法》第五十五条）。");

        doc.Heading(1, "检查情况");
        if (inspection.Kind == InspectionKind.ReInspection && order is not null)
            doc.Paragraph($"对{ChinaTime.Format(order.IssuedOn)}下达的责令整改通知（{OrderNumber(order, setting.TownName) ?? order.Number}）的整改情况进行复查。");
        foreach (var line in Lines(inspection.Summary)) doc.Paragraph(line);

        doc.Heading(1, "发现的问题");
        var findings = inspection.Findings.OrderBy(f => f.Id).ToList();
        if (findings.Count == 0) doc.Paragraph("未发现问题。");
        else
            doc.Table(new TableBlock(["序号", "类别", "程度", "问题描述", "处理情况"],
                findings.Select((f, i) => (IReadOnlyList<string>)
                [
                    (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), EnforcementLabels.Of(f.Type), EnforcementLabels.Of(f.Severity),
                    f.Description, f.CorrectedOnSpot ? "已当场整改" : "责令限期整改",
                ]).ToList()) { ColumnWeights = [2, 4, 3, 12, 5] });

        doc.Heading(1, "处理结果");
        doc.Paragraph(OutcomeText(inspection, entity, order, setting));

        doc.Paragraph("以上笔录经被检查人阅看（或者已向其宣读），确认无误。");
        doc.Paragraph("执法人员（签名）：" + Signatures(inspection));
        doc.Paragraph($"被检查人（签名）：{Blank}{Blank}年　月　日");
        doc.Paragraph($"记录人（签名）：{Blank}");
        return doc;
    }

    static string OutcomeText(Inspection inspection, RegulatedEntity? entity, RectificationOrder? order, Setting setting)
    {
        if (inspection.Kind == InspectionKind.ReInspection)
            return inspection.Outcome == InspectionOutcome.NoProblem ? "经复查，整改事项已整改完毕。" : "经复查，整改事项未整改到位，依法另行处理。";
        return inspection.Outcome switch
        {
            InspectionOutcome.NoProblem => inspection.Findings.Count == 0 ? "未发现问题。" : "发现的问题已当场整改完毕。",
            InspectionOutcome.Rectification => order is null
                ? "责令限期整改。"
                : $"当场下达责令整改通知书（{OrderNumber(order, setting.TownName) ?? order.Number}），责令于{ChinaTime.Format(order.DueOn)}前整改完毕。",
            InspectionOutcome.Closure => $"依法对{entity?.Name ?? inspection.Subject}予以取缔关停。",
            _ => "发现的违法行为依法立案查处。",
        };
    }

    /// <summary>
    /// The legal basis printed on the order: a township orders illegal construction stopped and corrected within a
    /// deadline (《城乡规划法》第六十五条, domain-reference §6.3); an accident hazard found on inspection is ordered removed
    /// (《安全生产法》第六十五条第一款第三项, the township inspecting under 第九条第二款); a violation is ordered corrected
    /// within a deadline when it is dealt with (《行政处罚法》第二十八条第一款).
    /// </summary>
    public static string BasisOf(string? campaignKind, IReadOnlyCollection<InspectionFinding> findings)
    {
        if (campaignKind == CampaignKinds.IllegalBuilding) return "《中华人民共和国城乡规划法》第六十五条";
        var laws = new List<string>();
        if (findings.Count == 0 || findings.Any(f => f.Type == FindingType.Hazard)) laws.Add("《中华人民共和国安全生产法》第九条、第六十五条");
        if (findings.Any(f => f.Type == FindingType.Violation)) laws.Add("《中华人民共和国行政处罚法》第二十八条");
        return string.Join("和", laws);
    }

    /// <summary>
    /// The order's number, e.g. 西联责改〔2026〕1号: the town's short name, "责改", the year and the serial of the register
    /// number (2026-001) without leading zeros (GB/T 9704-2012 7.2.4); null when the register number has another shape.
    /// </summary>
    public static string? OrderNumber(RectificationOrder order, string townName)
    {
        var m = RegisterNumberShape().Match(order.Number);
        if (!m.Success) return null;
        var serial = int.Parse(m.Groups["serial"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (serial == 0) return null;
        var number = $"{ShortName(townName)}责改〔{m.Groups["year"].Value}〕{serial}号";
        return DocumentNumber.Validate(number) is null ? number : null;
    }

    public static string TitleOf(InspectionKind kind) => kind switch
    {
        InspectionKind.Patrol => "现场巡查笔录",
        InspectionKind.ReInspection => "现场复查笔录",
        _ => "现场检查笔录",
    };

    /// <summary>西联镇 → 西联; 新华街道 → 新华; a name of one character before the suffix keeps it.</summary>
    static string ShortName(string townName)
    {
        foreach (var suffix in new[] { "街道办事处", "街道", "镇", "乡" })
            if (townName.EndsWith(suffix, StringComparison.Ordinal) && townName.Length - suffix.Length >= 2) return townName[..^suffix.Length];
        return townName;
    }

    static string You(RegulatedEntity? entity) => entity switch
    {
        null => "你（单位）",
        { Kind: EntityKind.Individual } => "你",
        _ => "你单位",
    };

    /// <summary>被检查单位（人） with its code, address, contact and phone; a person's address and any phone masked unless in full.</summary>
    static string PartyLine(RegulatedEntity e, bool inFull)
    {
        var parts = new List<string> { $"{(e.Kind == EntityKind.Individual ? "被检查人" : "被检查单位")}：{e.Name}" };
        if (e.CreditCode is not null) parts.Add($"统一社会信用代码：{e.CreditCode}");
        parts.Add($"{(e.Kind == EntityKind.Individual ? "住址" : "地址")}：{PlaceOf(e, inFull)}");
        if (e.ContactName is not null) parts.Add($"联系人：{e.ContactName}");
        if (e.ContactPhone is not null) parts.Add($"联系电话：{(inFull ? e.ContactPhone : Masking.Phone(e.ContactPhone))}");
        return string.Join("；", parts) + "。";
    }

    static string PlaceOf(RegulatedEntity e, bool inFull) => e.Kind == EntityKind.Individual && !inFull ? Masking.Address(e.Address) ?? "" : e.Address;

    /// <summary>张明（执法证号：44…）、李华（执法证号：44…）; someone without a valid certificate that day assisted.</summary>
    static string OfficersText(Inspection inspection) => string.Join("、", inspection.Officers.OrderBy(o => o.Id).Select(o =>
        o.CertificateNumber.Length > 0 ? $"{o.Name}（执法证号：{o.CertificateNumber}）" : $"{o.Name}（协助检查人员）"));

    /// <summary>Each officer's printed name with room to sign beside it.</summary>
    static string Signatures(Inspection inspection) =>
        string.Concat(inspection.Officers.OrderBy(o => o.Id).Select(o => o.Name + Blank)).TrimEnd('　') is { Length: > 0 } s ? s : Blank;

    static string FindingLabel(InspectionFinding f) => $"{EnforcementLabels.Of(f.Severity)}{EnforcementLabels.Of(f.Type)}";

    /// <summary>Eight full-width spaces: room for a handwritten signature.</summary>
    const string Blank = "　　　　　　　　";

    static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^(?<year>\d{4})-(?<serial>\d{1,6})$")]
    private static partial Regex RegisterNumberShape();
}
