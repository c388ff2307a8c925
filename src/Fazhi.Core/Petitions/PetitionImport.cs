using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
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
    public const int MaxRows = 5000;

    public sealed record Result(int Imported, IReadOnlyList<string> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

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

    public async Task<Result> ImportAsync(Stream xlsx, long townId, CancellationToken ct = default)
    {
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Take(MaxRows + 1).ToList();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or NotSupportedException
                                      or ArgumentException or System.Xml.XmlException)
        {
            return new Result(0, ["无法读取该文件，请上传由模板填写的 .xlsx 文件。"]);
        }
        if (rows.Count == 0) return new Result(0, ["文件中没有数据行。"]);
        if (rows.Count > MaxRows) return new Result(0, [$"一次最多导入{MaxRows}行，请分批导入。"]);
        var missing = Headers.Where(h => !rows[0].ContainsKey(h)).ToList();
        if (missing.Count > 0) return new Result(0, [$"表头缺少：{string.Join("、", missing)}。请使用下载的模板。"]);

        var villages = await db.Regions.AsNoTracking().Where(r => r.ParentId == townId && r.Level == RegionLevel.Village)
            .ToDictionaryAsync(r => r.Name, r => r.Id, ct);
        var inputs = new List<(int Row, PetitionCommands.RegisterInput Input)>();
        var errors = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rowNo = i + 2; // the header is row 1
            var r = rows[i];
            string Text(string h) => Convert.ToString(r[h], CultureInfo.InvariantCulture)?.Trim() ?? "";
            if (Headers.All(h => Text(h).Length == 0)) continue;
            var problems = new List<string>();
            DateOnly received = default;
            if (r["收到日期"] is DateTime dt) received = DateOnly.FromDateTime(dt);
            else if (!DateOnly.TryParseExact(Text("收到日期"), ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out received))
                problems.Add($"收到日期“{Text("收到日期")}”无效");
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
                [new PetitionCommands.PetitionerInput(PetitionerKind.Person, Text("信访人"), NullIfEmpty(Text("公民身份号码")), NullIfEmpty(Text("联系电话")), null, village, false)])));
        }
        if (errors.Count > 0) return new Result(0, errors);
        if (inputs.Count == 0) return new Result(0, ["文件中没有数据行。"]);

        // All or nothing: one transaction around every registration; a rule broken by any row rolls all back.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (rowNo, input) in inputs)
        {
            try { await petitions.RegisterAsync(input, ct); }
            catch (DomainRuleException e) { errors.Add($"第{rowNo}行：{e.Message}"); }
            if (errors.Count >= 50) break;
        }
        if (errors.Count > 0)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new Result(0, errors);
        }
        await tx.CommitAsync(ct);
        return new Result(inputs.Count, []);
    }

    static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
