namespace Fazhi.Core.Common;

/// <summary>China Standard Time (UTC+8, no daylight saving) and the date format users read: 2019年8月30日.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "中国标准时间", "中国标准时间");

    public static DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(utc.AddHours(8), DateTimeKind.Unspecified);
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8));

    /// <summary>The UTC instant at which a China date begins: filters typed as dates compare against stored UTC instants.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) => DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue).AddHours(-8), DateTimeKind.Utc);

    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
    public static string Format(DateTime utc) { var l = ToLocal(utc); return $"{l.Year}年{l.Month}月{l.Day}日 {l:HH:mm}"; }
}
