using System.Reflection;
using System.Text.Json;
using Fazhi.Core.Common;

namespace Fazhi.Core.Calendar;

/// <summary>A day as the calendar uses it, whatever its storage.</summary>
public sealed record CalendarDay(DateOnly Date, string Name, bool IsOffDay);

/// <summary>One year in the holiday-cn format: {"year", "papers": [...], "days": [{"name", "date", "isOffDay"}]}.</summary>
public sealed record HolidayArrangement(int Year, IReadOnlyList<string> Papers, IReadOnlyList<CalendarDay> Days);

/// <summary>Reads holiday-cn JSON: the shipped files (embedded in this assembly) and administrators' uploads.</summary>
public static class HolidayArrangementFile
{
    const string ResourcePrefix = "Fazhi.Core.Calendar.HolidayData.";

    /// <summary>Parses a file; a malformed file throws a DomainRuleException that says what is wrong.</summary>
    public static HolidayArrangement Parse(string json)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json); }
        catch (JsonException) { throw new DomainRuleException("文件不是有效的JSON格式，请上传 holiday-cn 格式的年度文件。"); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("year", out var yearEl) || !yearEl.TryGetInt32(out var year))
                throw new DomainRuleException("文件缺少“year”（年份）字段。");
            if (year < HolidayYear.MinYear || year > HolidayYear.MaxYear)
                throw new DomainRuleException($"文件中的年份{year}不在{HolidayYear.MinYear}年至{HolidayYear.MaxYear}年之间。");
            var papers = new List<string>();
            if (root.TryGetProperty("papers", out var papersEl) && papersEl.ValueKind == JsonValueKind.Array)
                papers.AddRange(papersEl.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()!));
            if (!root.TryGetProperty("days", out var daysEl) || daysEl.ValueKind != JsonValueKind.Array)
                throw new DomainRuleException("文件缺少“days”（日期列表）字段。");
            var days = new List<CalendarDay>();
            var n = 0;
            foreach (var d in daysEl.EnumerateArray())
            {
                n++;
                if (d.ValueKind != JsonValueKind.Object
                    || !d.TryGetProperty("date", out var dateEl) || dateEl.ValueKind != JsonValueKind.String
                    || !DateOnly.TryParseExact(dateEl.GetString(), "yyyy-MM-dd", out var date))
                    throw new DomainRuleException($"第{n}个日期条目缺少有效的“date”（格式应为2019-10-01）。");
                if (!d.TryGetProperty("isOffDay", out var offEl) || offEl.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    throw new DomainRuleException($"第{n}个日期条目（{dateEl.GetString()}）缺少“isOffDay”（true 或 false）。");
                var name = d.TryGetProperty("name", out var nameEl) && nameEl.ValueKind == JsonValueKind.String ? nameEl.GetString()! : "";
                days.Add(new CalendarDay(date, name, offEl.GetBoolean()));
            }
            return new HolidayArrangement(year, papers, days);
        }
    }

    /// <summary>The years shipped with the platform (holiday-cn, MIT licence, see HolidayData/SOURCE.md).</summary>
    public static IReadOnlyList<HolidayArrangement> Shipped() => ShippedCache.Value;

    static readonly Lazy<IReadOnlyList<HolidayArrangement>> ShippedCache = new(() =>
    {
        var assembly = typeof(HolidayArrangementFile).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Parse(Read(assembly, n)))
            .ToList();
    });

    static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
