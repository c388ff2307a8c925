using Fazhi.Core.Data;
using Fazhi.Core.Ledgers;
using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Core.Petitions;

/// <summary>
/// Imports a petition ledger kept in Excel (台账): one row a petition, Chinese headers as in the template.
/// Every row is checked first and every problem is reported with its row number; only when no row has a
/// problem are all rows registered, in one transaction, through the same use case as the form.
/// </summary>
public sealed class PetitionImport(AppDbContext db, PetitionCommands petitions)
{
    public static readonly string[] Headers = ["收到日期", "信访形式", "分类", "类别", "村（社区）", "信访人", "联系电话", "公民身份号码", "人数", "信访请求", "事实", "理由"];
    /// <summary>The template: the header row and one example row.</summary>
    public static void WriteTemplate(Stream output)
    {
        var example = new Dictionary<string, object?>
        {
            ["收到日期"] = "2019-03-05", ["信访形式"] = "来访", ["分类"] = "申诉求决类", ["类别"] = "农村农业", ["村（社区）"] = "阳山村",
            ["信访人"] = "张三", ["联系电话"] = "13812345678", ["公民身份号码"] = "", ["人数"] = 1, ["信访请求"] = "请求协调承包地边界", ["事实"] = "", ["理由"] = "",
        };
        MiniExcel.SaveAs(output, new[] { example }, sheetName: "信访台账");
    }

    public async Task<ImportResult> ImportAsync(Stream xlsx, long townId, CancellationToken ct = default)
    {
        var (rows, refused) = LedgerImport.Read(xlsx, Headers);
        if (refused is not null) return refused;

        var villages = await db.Regions.AsNoTracking().Where(r => r.ParentId == townId && r.Level == RegionLevel.Village)
            .ToDictionaryAsync(r => r.Name, r => r.Id, ct);
        var inputs = new List<(int Row, PetitionCommands.RegisterInput Input)>();
        var errors = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rowNo = i + 2; // the header is row 1
            var r = rows[i];
            string Text(string h) => LedgerImport.Text(r, h);
            if (LedgerImport.IsBlank(r, Headers)) continue;
            var problems = new List<string>();
            if (!LedgerImport.TryDate(r, "收到日期", out var received)) problems.Add($"收到日期“{Text("收到日期")}”无效");
            var channel = Enum.GetValues<PetitionChannel>().Cast<PetitionChannel?>().FirstOrDefault(c => PetitionLabels.Of(c!.Value) == Text("信访形式"));
            if (channel is null) problems.Add($"信访形式“{Text("信访形式")}”不在列表中");
            var @class = Enum.GetValues<PetitionClass>().Cast<PetitionClass?>().FirstOrDefault(c => PetitionLabels.Of(c!.Value) == Text("分类"));
            if (@class is null) problems.Add($"分类“{Text("分类")}”不在列表中");
            long? village = null;
            if (Text("村（社区）") is { Length: > 0 } v)
            {
                if (villages.TryGetValue(v, out var id)) village = id;
                else problems.Add($"村（社区）“{v}”不属于本镇");
            }
            var people = 1;
            if (Text("人数") is { Length: > 0 } n && !int.TryParse(n, out people)) problems.Add($"人数“{n}”不是整数");
            if (problems.Count > 0)
            {
                errors.Add($"第{rowNo}行：{string.Join("；", problems)}。");
                continue;
            }
            inputs.Add((rowNo, new PetitionCommands.RegisterInput(townId, village, channel!.Value, @class!.Value, Text("类别"), received,
                Text("信访请求"), Text("事实"), Text("理由"), people,
                [new PetitionCommands.PetitionerInput(PetitionerKind.Person, Text("信访人"), LedgerImport.TextOrNull(r, "公民身份号码"), LedgerImport.TextOrNull(r, "联系电话"), null, village, false)])));
        }
        if (errors.Count > 0) return new ImportResult(0, errors);
        return await LedgerImport.RegisterAllAsync(db, inputs, input => petitions.RegisterAsync(input, ct), ct);
    }
}
