using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using MiniExcelLibs;

namespace Fazhi.Core.Ledgers;

/// <summary>The outcome of importing a ledger: how many rows were registered, or every problem found (none registered).</summary>
public sealed record ImportResult(int Imported, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
    public static ImportResult Failed(params string[] errors) => new(0, errors);
}

/// <summary>
/// The common part of importing a ledger kept in Excel (台账): read the rows under the template's Chinese headers,
/// read cells, and register every checked row in one transaction — all rows or none. Each module checks its own
/// columns and rules between the two.
/// </summary>
public static class LedgerImport
{
    public const int MaxRows = 5000;

    static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyy年M月d日"];

    /// <summary>The data rows (header = row 1), or the reason the file cannot be imported at all.</summary>
    public static (List<IDictionary<string, object?>> Rows, ImportResult? Refused) Read(Stream xlsx, IReadOnlyList<string> headers)
    {
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Take(MaxRows + 1).ToList();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or NotSupportedException
                                      or ArgumentException or System.Xml.XmlException)
        {
            return ([], ImportResult.Failed("无法读取该文件，请上传由模板填写的 .xlsx 文件。"));
        }
        if (rows.Count == 0) return (rows, ImportResult.Failed("文件中没有数据行。"));
        if (rows.Count > MaxRows) return (rows, ImportResult.Failed($"一次最多导入{MaxRows}行，请分批导入。"));
        var missing = headers.Where(h => !rows[0].ContainsKey(h)).ToList();
        if (missing.Count > 0) return (rows, ImportResult.Failed($"表头缺少：{string.Join("、", missing)}。请使用下载的模板。"));
        return (rows, null);
    }

    public static string Text(IDictionary<string, object?> row, string header) =>
        Convert.ToString(row[header], CultureInfo.InvariantCulture)?.Trim() ?? "";

    public static string? TextOrNull(IDictionary<string, object?> row, string header) => Text(row, header) is { Length: > 0 } s ? s : null;

    public static bool IsBlank(IDictionary<string, object?> row, IEnumerable<string> headers) => headers.All(h => Text(row, h).Length == 0);

    /// <summary>A date cell: an Excel date, or text such as 2019-03-05, 2019/3/5 or 2019年3月5日.</summary>
    public static bool TryDate(IDictionary<string, object?> row, string header, out DateOnly date)
    {
        if (row[header] is DateTime dt)
        {
            date = DateOnly.FromDateTime(dt);
            return true;
        }
        return DateOnly.TryParseExact(Text(row, header), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>All or nothing: one transaction around every registration; a rule broken by any row rolls all back.</summary>
    public static async Task<ImportResult> RegisterAllAsync<T>(AppDbContext db, IReadOnlyList<(int Row, T Input)> inputs, Func<T, Task> register,
        CancellationToken ct)
    {
        if (inputs.Count == 0) return ImportResult.Failed("文件中没有数据行。");
        var errors = new List<string>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (rowNo, input) in inputs)
        {
            try { await register(input); }
            catch (DomainRuleException e)
            {
                errors.Add($"第{rowNo}行：{e.Message}");
                break;
            }
        }
        if (errors.Count > 0)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new ImportResult(0, errors);
        }
        await tx.CommitAsync(ct);
        return new ImportResult(inputs.Count, []);
    }
}
