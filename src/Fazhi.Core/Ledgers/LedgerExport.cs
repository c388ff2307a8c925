using Fazhi.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Fazhi.Core.Ledgers;

/// <summary>
/// The one way a register list becomes an .xlsx file (台账导出). Layout of the single sheet:
/// row 1 states the filters the list was exported with ("筛选条件：…"), row 2 holds the Chinese
/// headers, the rows follow. Rows are read one at a time from the source and written straight
/// to the output — an EF query is enumerated as it streams from the database (no ToList), so
/// 100,000 rows never live in memory together. Dates are written as text the way users read
/// them ("2019年8月30日", instants as "2019年8月30日 14:05" China time), the same in every export.
/// </summary>
public static class LedgerExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void WriteXlsx<T>(Stream output, IEnumerable<T> rows, IReadOnlyList<LedgerColumn<T>> columns,
        string sheetName, string filterDescription) where T : class
    {
        if (columns.Count == 0) throw new ArgumentException("A ledger needs at least one column.", nameof(columns));
        if (rows is IQueryable<T> { Provider: IAsyncQueryProvider } query) rows = query.AsNoTracking();

        var keys = Enumerable.Range(0, columns.Count).Select(ColumnName).ToArray();
        var configuration = new OpenXmlConfiguration
        {
            AutoFilter = false,
            TableStyles = TableStyles.None,
            FastMode = false,
            DynamicColumns = keys.Select((k, i) => new DynamicExcelColumn(k) { Width = columns[i].Width }).ToArray(),
        };
        MiniExcel.SaveAs(output, Sheet(rows, columns, keys, filterDescription), printHeader: false,
            sheetName: SafeSheetName(sheetName), excelType: ExcelType.XLSX, configuration: configuration);
    }

    static IEnumerable<IDictionary<string, object?>> Sheet<T>(IEnumerable<T> rows, IReadOnlyList<LedgerColumn<T>> columns,
        string[] keys, string filterDescription)
    {
        var title = NewRow(keys);
        title[keys[0]] = filterDescription;
        yield return title;

        var headers = NewRow(keys);
        for (var i = 0; i < columns.Count; i++) headers[keys[i]] = columns[i].Header;
        yield return headers;

        foreach (var row in rows)
        {
            var cells = NewRow(keys);
            for (var i = 0; i < columns.Count; i++) cells[keys[i]] = Cell(columns[i].Value(row));
            yield return cells;
        }
    }

    static Dictionary<string, object?> NewRow(string[] keys)
    {
        var row = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
        foreach (var k in keys) row[k] = null;
        return row;
    }

    /// <summary>How a value is shown in a cell; one rule for every ledger.</summary>
    public static object? Cell(object? value) => value switch
    {
        null => null,
        DateOnly d => ChinaTime.Format(d),
        DateTime t => ChinaTime.Format(t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : t),
        bool b => b ? "是" : "否",
        Enum e => e.ToString(),
        string s => s,
        _ => value,
    };

    /// <summary>A, B, …, Z, AA, AB …</summary>
    static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    /// <summary>Excel allows 31 characters and none of []:*?/\ in a sheet name.</summary>
    public static string SafeSheetName(string name)
    {
        var safe = new string((name ?? "").Where(c => !"[]:*?/\\".Contains(c)).ToArray()).Trim('\'', ' ');
        if (safe.Length == 0) safe = "台账";
        return safe.Length > 31 ? safe[..31] : safe;
    }
}
