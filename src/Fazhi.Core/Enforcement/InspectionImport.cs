using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Ledgers;
using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// Imports an inspection ledger kept in Excel (执法检查台账): one row an inspection or patrol, Chinese headers as in the
/// template. The entity is matched to the town's register by its unified social credit code or its name, the campaign by
/// name, the officers by name among the town's officers — and the two-certified-officers rule (《行政处罚法》第四十二条)
/// applies on the row's date. Every row is checked first and every problem is reported with its row number; only when no
/// row has a problem are all rows recorded, in one transaction, through <see cref="InspectionCommands.RecordAsync"/>
/// (an outcome of 责令整改 issues its order with the row's deadline).
/// </summary>
public sealed class InspectionImport(AppDbContext db, InspectionCommands inspections, TimeProvider clock)
{
    public const string EntityHeader = "监管对象（名称或统一社会信用代码）";

    public static readonly string[] Headers =
    [
        "检查日期", "检查类别", "村（社区）", EntityHeader, "检查地点", "巡查路线", "专项整治", "执法人员", "检查情况", "发现问题", "检查结果", "整改期限",
    ];

    /// <summary>Columns a row must fill; the others may stay empty.</summary>
    static readonly string[] Required = ["检查日期", "执法人员", "检查情况"];

    /// <summary>How a finding may be marked in the 发现问题 cell, e.g. "重大隐患：配电箱无防护" or "一般违法：占道经营（当场整改）".</summary>
    public const string FindingsHelp = "每项问题一行（或用“；”分隔），可在前面标注程度和类别，如“重大隐患：”“较大违法：”“隐患：”（不标注为一般隐患），"
                                       + "当场整改的在末尾写“（当场整改）”";

    /// <summary>The template: the header row and two example rows.</summary>
    public static void WriteTemplate(Stream output)
    {
        var rows = new[]
        {
            new Dictionary<string, object?>
            {
                ["检查日期"] = "2026-03-10", ["检查类别"] = "检查", ["村（社区）"] = "", [EntityHeader] = "西联镇宏达五金厂", ["检查地点"] = "", ["巡查路线"] = "",
                ["专项整治"] = "", ["执法人员"] = "张明、李华", ["检查情况"] = "检查生产车间及仓库",
                ["发现问题"] = "较大隐患：消防通道堆放杂物\n一般隐患：灭火器过期（当场整改）", ["检查结果"] = "责令整改", ["整改期限"] = "2026-03-20",
            },
            new Dictionary<string, object?>
            {
                ["检查日期"] = "2026-03-11", ["检查类别"] = "巡查", ["村（社区）"] = "阳山村", [EntityHeader] = "", ["检查地点"] = "阳山村沿河片区",
                ["巡查路线"] = "村委会—河堤—养殖区", ["专项整治"] = "", ["执法人员"] = "张明、李华", ["检查情况"] = "沿河巡查", ["发现问题"] = "",
                ["检查结果"] = "未发现问题", ["整改期限"] = "",
            },
        };
        MiniExcel.SaveAs(output, rows, sheetName: "执法检查台账");
    }

    public async Task<ImportResult> ImportAsync(Stream xlsx, long townId, CancellationToken ct = default)
    {
        var (rows, refused) = LedgerImport.Read(xlsx, Headers);
        if (refused is not null) return refused;

        var town = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == townId && r.Level == RegionLevel.Town, ct);
        if (town is null) return ImportResult.Failed("请选择乡镇。");
        var villages = await db.Regions.AsNoTracking().Where(r => r.ParentId == townId && r.Level == RegionLevel.Village)
            .Select(r => new { r.Id, r.Name, r.Path }).ToListAsync(ct);
        // Read as the user sees them: a record out of scope cannot be named by a row either. Untracked: the rows' checks
        // below run the entities' own rules (a closure closes the copy) without touching what is saved.
        var entities = await db.Set<RegulatedEntity>().AsNoTracking().Where(e => e.TownId == townId).ToListAsync(ct);
        var campaigns = await db.Set<Campaign>().AsNoTracking().Where(c => c.TownId == townId).ToListAsync(ct);
        var officers = await db.Set<EnforcementOfficer>().AsNoTracking().Include(o => o.Certificates).Where(o => o.TownId == townId).ToListAsync(ct);
        var scope = db.CurrentUser.ScopePath;
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;

        var inputs = new List<(int Row, InspectionCommands.InspectionInput Input)>();
        var errors = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rowNo = i + 2; // the header is row 1
            var r = rows[i];
            string Text(string h) => LedgerImport.Text(r, h);
            if (LedgerImport.IsBlank(r, Headers)) continue;
            var problems = new List<string>();
            foreach (var h in Required.Where(h => Text(h).Length == 0)) problems.Add($"请填写{h}");

            if (!LedgerImport.TryDate(r, "检查日期", out var on) && Text("检查日期") is { Length: > 0 } dateText) problems.Add($"检查日期“{dateText}”无效");

            var kind = InspectionKind.Inspection;
            if (Text("检查类别") is { Length: > 0 } k)
            {
                if (k == EnforcementLabels.Of(InspectionKind.ReInspection)) problems.Add("复查请在整改通知中登记，不能导入");
                else if (k == EnforcementLabels.Of(InspectionKind.Patrol)) kind = InspectionKind.Patrol;
                else if (k != EnforcementLabels.Of(InspectionKind.Inspection)) problems.Add($"检查类别“{k}”应为检查或巡查");
            }

            RegulatedEntity? entity = null;
            if (Text(EntityHeader) is { Length: > 0 } named)
            {
                var code = PersonalData.CreditCode.Normalise(named);
                var matches = entities.Where(e => e.CreditCode == code || e.Name == named).ToList();
                if (matches.Count == 0) problems.Add($"监管对象“{named}”未在{town.Name}登记，请先登记监管对象，或清空该列改填检查地点");
                else if (matches.Count > 1) problems.Add($"监管对象“{named}”有{matches.Count}个同名记录，请改填统一社会信用代码");
                else entity = matches[0];
            }

            long? villageId = entity?.VillageId;
            var path = entity?.ScopePath ?? town.Path;
            if (Text("村（社区）") is { Length: > 0 } v)
            {
                var village = villages.FirstOrDefault(x => x.Name == v);
                if (village is null) problems.Add($"村（社区）“{v}”不属于{town.Name}");
                else if (entity is not null && entity.VillageId != village.Id) problems.Add($"监管对象“{entity.Name}”不在{v}登记");
                else
                {
                    villageId = village.Id;
                    path = village.Path;
                }
            }
            // Scope: a village's cadre imports only their village's inspections.
            if (!path.StartsWith(scope, StringComparison.Ordinal)) problems.Add("该检查不在您的管辖范围内");

            Campaign? campaign = null;
            if (Text("专项整治") is { Length: > 0 } c)
            {
                campaign = campaigns.FirstOrDefault(x => x.Name == c);
                if (campaign is null) problems.Add($"专项整治“{c}”不存在");
            }

            var chosen = new List<EnforcementOfficer>();
            foreach (var name in Text("执法人员").Split(['、', '，', ',', '；', ';', ' ', '　', '\n'],
                         StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct())
            {
                var same = officers.Where(o => o.Name == name).ToList();
                if (same.Count == 0) problems.Add($"执法人员“{name}”不是{town.Name}登记的执法人员");
                else if (same.Count(o => o.Active) > 1) problems.Add($"执法人员“{name}”有重名，请在执法人员名册中区分后再导入");
                else chosen.Add(same.FirstOrDefault(o => o.Active) ?? same[0]);
            }

            var findings = new List<Inspection.FindingInput>();
            foreach (var item in Text("发现问题").Split(['\n', '；', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                findings.Add(Finding(item));

            var outcome = findings.Count == 0 ? InspectionOutcome.NoProblem : (InspectionOutcome?)null;
            if (Text("检查结果") is { Length: > 0 } o)
            {
                outcome = Enum.GetValues<InspectionOutcome>().Cast<InspectionOutcome?>().FirstOrDefault(x => EnforcementLabels.Of(x!.Value) == o);
                if (outcome is null)
                    problems.Add($"检查结果“{o}”应为{string.Join("、", Enum.GetValues<InspectionOutcome>().Select(EnforcementLabels.Of))}之一");
            }
            else if (outcome is null) problems.Add("登记了发现问题的，请填写检查结果");

            InspectionCommands.OrderInput? order = null;
            if (Text("整改期限") is { Length: > 0 } dueText)
            {
                if (!LedgerImport.TryDate(r, "整改期限", out var due)) problems.Add($"整改期限“{dueText}”无效");
                else if (outcome == InspectionOutcome.Rectification) order = new InspectionCommands.OrderInput("", due);
            }
            if (outcome == InspectionOutcome.Rectification && order is null && Text("整改期限").Length == 0) problems.Add("检查结果为责令整改的，请填写整改期限");

            var input = new InspectionCommands.InspectionInput(townId, villageId, kind, on, campaign?.Id, entity?.Id, entity is null ? Text("检查地点") : null,
                LedgerImport.TextOrNull(r, "巡查路线"), Text("检查情况"), outcome ?? InspectionOutcome.NoProblem, chosen.Select(x => x.Id).ToList(), findings, order);
            if (problems.Count == 0)
            {
                // The register's own rules, checked now so that every row's problems are listed before anything is saved.
                try
                {
                    var place = new RecordPlace(townId, villageId, null, path);
                    var checkedInspection = Inspection.Record(place, new Inspection.Input(kind, on, input.Subject ?? "", input.Route, input.Summary, input.Outcome,
                        findings), campaign, entity, chosen, today, db.CurrentUser.UserName, now);
                    if (order is not null) RectificationOrder.Issue(checkedInspection, "", order.Items, order.DueOn, db.CurrentUser.UserName, now);
                }
                catch (DomainRuleException e)
                {
                    problems.Add(e.Message.TrimEnd('。'));
                }
            }
            if (problems.Count > 0)
            {
                errors.Add($"第{rowNo}行：{string.Join("；", problems)}。");
                continue;
            }
            inputs.Add((rowNo, input));
        }
        if (errors.Count > 0) return new ImportResult(0, errors);
        return await LedgerImport.RegisterAllAsync(db, inputs, input => inspections.RecordAsync(input, ct), ct);
    }

    /// <summary>"重大隐患：描述", "一般违法：描述（当场整改）", "描述" (一般隐患). An unknown mark before a colon is part of the description.</summary>
    public static Inspection.FindingInput Finding(string item)
    {
        var text = item.Trim();
        var corrected = false;
        foreach (var mark in new[] { "（当场整改）", "(当场整改)" })
            if (text.EndsWith(mark, StringComparison.Ordinal))
            {
                corrected = true;
                text = text[..^mark.Length].TrimEnd();
            }
        var type = FindingType.Hazard;
        var severity = FindingSeverity.Minor;
        var colon = text.IndexOfAny(['：', ':']);
        if (colon > 0 && Mark(text[..colon]) is var (t, s))
        {
            (type, severity) = (t, s);
            text = text[(colon + 1)..].Trim();
        }
        return new Inspection.FindingInput(type, severity, text, corrected);
    }

    static (FindingType, FindingSeverity)? Mark(string mark)
    {
        var severity = FindingSeverity.Minor;
        var rest = mark.Trim();
        foreach (var s in Enum.GetValues<FindingSeverity>())
            if (rest.StartsWith(EnforcementLabels.Of(s), StringComparison.Ordinal))
            {
                severity = s;
                rest = rest[EnforcementLabels.Of(s).Length..];
                break;
            }
        FindingType? type = rest switch
        {
            "隐患" or "安全隐患" => FindingType.Hazard,
            "违法" or "违法行为" => FindingType.Violation,
            "" when rest.Length < mark.Trim().Length => FindingType.Hazard,
            _ => null,
        };
        return type is { } t ? (t, severity) : null;
    }
}
