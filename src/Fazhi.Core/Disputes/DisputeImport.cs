using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Ledgers;
using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Core.Disputes;

/// <summary>
/// Imports a dispute ledger kept in Excel (矛盾纠纷排查台账): one row a dispute, Chinese headers as in the template.
/// Every row is checked first — the columns, then the same rules the register applies — and every problem is
/// reported with its row number; only when no row has a problem are all rows registered, in one transaction,
/// through <see cref="DisputeCommands.RegisterAsync(DisputeCommands.RegisterInput, CancellationToken)"/>.
/// </summary>
public sealed class DisputeImport(AppDbContext db, DisputeCommands disputes, TimeProvider clock)
{
    public static readonly string[] Headers =
    [
        "登记日期", "村（社区）", "村民小组", "类别", "来源", "风险等级", "风险理由", "当事人", "公民身份号码", "联系电话", "住址",
        "当事人2", "联系电话2", "涉及人数", "涉及金额（元）", "纠纷情况",
    ];

    /// <summary>Columns a row must fill; the others may stay empty.</summary>
    static readonly string[] Required = ["登记日期", "类别", "当事人", "纠纷情况"];

    /// <summary>The template: the header row and one example row.</summary>
    public static void WriteTemplate(Stream output)
    {
        var example = new Dictionary<string, object?>
        {
            ["登记日期"] = "2019-03-05", ["村（社区）"] = "阳山村", ["村民小组"] = "", ["类别"] = "邻里", ["来源"] = "排查发现", ["风险等级"] = "低风险",
            ["风险理由"] = "", ["当事人"] = "张三", ["公民身份号码"] = "", ["联系电话"] = "13812345678", ["住址"] = "", ["当事人2"] = "李四",
            ["联系电话2"] = "", ["涉及人数"] = 2, ["涉及金额（元）"] = "", ["纠纷情况"] = "两户因排水沟堵塞发生争执",
        };
        MiniExcel.SaveAs(output, new[] { example }, sheetName: "矛盾纠纷台账");
    }

    public async Task<ImportResult> ImportAsync(Stream xlsx, long townId, CancellationToken ct = default)
    {
        var (rows, refused) = LedgerImport.Read(xlsx, Headers);
        if (refused is not null) return refused;

        var town = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == townId && r.Level == RegionLevel.Town, ct);
        if (town is null) return ImportResult.Failed("请选择乡镇。");
        var villages = await db.Regions.AsNoTracking().Where(r => r.ParentId == townId && r.Level == RegionLevel.Village)
            .Select(r => new { r.Id, r.Name, r.Path }).ToListAsync(ct);
        var villageIds = villages.Select(v => v.Id).ToList();
        var groups = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Group && villageIds.Contains(r.ParentId!.Value))
            .Select(r => new { r.Id, r.Name, ParentId = r.ParentId!.Value }).ToListAsync(ct);
        var scope = db.CurrentUser.ScopePath;
        var today = ChinaTime.Today(clock);
        var checkActor = new Dispute.Actor(db.CurrentUser.UserName, clock.GetUtcNow().UtcDateTime);

        var inputs = new List<(int Row, DisputeCommands.RegisterInput Input)>();
        var errors = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rowNo = i + 2; // the header is row 1
            var r = rows[i];
            string Text(string h) => LedgerImport.Text(r, h);
            string? TextOrNull(string h) => LedgerImport.TextOrNull(r, h);
            if (LedgerImport.IsBlank(r, Headers)) continue;
            var problems = new List<string>();
            foreach (var h in Required.Where(h => Text(h).Length == 0)) problems.Add($"请填写{h}");

            if (!LedgerImport.TryDate(r, "登记日期", out var reported) && Text("登记日期") is { Length: > 0 } dateText)
                problems.Add($"登记日期“{dateText}”无效");

            long? villageId = null;
            var path = town.Path;
            if (Text("村（社区）") is { Length: > 0 } v)
            {
                var village = villages.FirstOrDefault(x => x.Name == v);
                if (village is null) problems.Add($"村（社区）“{v}”不属于{town.Name}");
                else
                {
                    villageId = village.Id;
                    path = village.Path;
                }
            }
            long? groupId = null;
            if (Text("村民小组") is { Length: > 0 } g)
            {
                if (villageId is null) problems.Add("填写村民小组时须同时填写村（社区）");
                else
                {
                    var villageName = Text("村（社区）");
                    var group = groups.FirstOrDefault(x => x.ParentId == villageId && (x.Name == g || x.Name == villageName + g));
                    if (group is null) problems.Add($"村民小组“{g}”不属于{villageName}");
                    else groupId = group.Id;
                }
            }
            // Scope: a village's cadre imports only their village's disputes.
            if (!path.StartsWith(scope, StringComparison.Ordinal)) problems.Add("该纠纷不在您的管辖范围内");

            var category = Text("类别");
            if (category.Length > 0 && !DisputeCategories.All.Contains(category))
                problems.Add($"类别“{category}”不在列表中（可填：{string.Join("、", DisputeCategories.All)}）");
            var source = DisputeSource.Screening;
            if (Text("来源") is { Length: > 0 } s)
            {
                var found = Enum.GetValues<DisputeSource>().Cast<DisputeSource?>().FirstOrDefault(x => DisputeLabels.Of(x!.Value) == s);
                if (found is null) problems.Add($"来源“{s}”不在列表中");
                else source = found.Value;
            }
            var risk = RiskLevel.Low;
            if (Text("风险等级") is { Length: > 0 } rk)
            {
                var found = Enum.GetValues<RiskLevel>().Cast<RiskLevel?>()
                    .FirstOrDefault(x => DisputeLabels.Of(x!.Value) == rk || DisputeLabels.Of(x.Value) == rk + "风险");
                if (found is null) problems.Add($"风险等级“{rk}”应为低风险、中风险或高风险");
                else risk = found.Value;
            }
            var people = 0;
            if (Text("涉及人数") is { Length: > 0 } n && (!int.TryParse(n, NumberStyles.Integer, CultureInfo.InvariantCulture, out people) || people < 1))
                problems.Add($"涉及人数“{n}”应为正整数");
            long? amountFen = null;
            if (Text("涉及金额（元）") is { Length: > 0 } a)
            {
                if (decimal.TryParse(a.Replace(",", "").Replace("，", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan)
                    && decimal.Round(yuan, 2) == yuan && yuan >= 0)
                    amountFen = (long)(yuan * 100);
                else problems.Add($"涉及金额“{a}”应为不小于0、最多两位小数的金额（元）");
            }

            var parties = new List<DisputeCommands.PartyInput>();
            if (Text("当事人") is { Length: > 0 } first)
                parties.Add(new(PartyKind.Person, first, TextOrNull("公民身份号码"), TextOrNull("联系电话"), TextOrNull("住址")));
            if (Text("当事人2") is { Length: > 0 } second)
                parties.Add(new(PartyKind.Person, second, null, TextOrNull("联系电话2"), null));

            if (problems.Count == 0)
            {
                // The register's own rules, checked now so that every row's problems are listed before anything is saved.
                try
                {
                    var checkedParties = parties.Select(p => DisputeParty.Create(p.Kind, p.Name, p.IdNumber, p.Phone, p.Address, today)).ToList();
                    Dispute.Register(new RecordPlace(townId, villageId, groupId, path), "", category, source, reported, Text("纠纷情况"), checkedParties,
                        people, amountFen, risk, Text("风险理由"), null, today, checkActor);
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
            inputs.Add((rowNo, new DisputeCommands.RegisterInput(townId, villageId, groupId, category, source, reported, Text("纠纷情况"), parties,
                people, amountFen, risk, TextOrNull("风险理由"))));
        }
        if (errors.Count > 0) return new ImportResult(0, errors);
        return await LedgerImport.RegisterAllAsync(db, inputs, input => disputes.RegisterAsync(input, ct), ct);
    }
}
