using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Reporting;
using Fazhi.Web.Ledgers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Education;

/// <summary>
/// The education registers as .xlsx: /Education/Export/{events|studies|exams|consultations|meetings}?year=, with the list's
/// other filters where the register has them (events: kind, sector, channel, villageId, integrity, q; consultations: category,
/// referral, referred), so a list page can link "导出Excel" to exactly what it shows. Scope is the user's, as on the lists.
/// Row 1 of the sheet names the filters applied. /Education/Export/figures?year= is the year's figures workbook
/// (<see cref="EducationFiguresWorkbook"/>).
/// </summary>
public sealed class ExportModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    public const string Figures = "figures";

    readonly List<string> applied = [];

    public async Task<IActionResult> OnGetAsync(string register, int? year, string? kind, string? sector, string? channel, long? villageId, bool? integrity,
        string? q, string? category, string? referral, bool? referred, CancellationToken ct)
    {
        if (register == Figures) return await FiguresAsync(year, ct);
        if (EducationLedgers.NameOf(register) is not { } name) return NotFound();
        switch (register)
        {
            case EducationLedgers.Events:
            {
                var filter = new EventFilter(Year(year), Listed(kind, EventKinds.All, "活动类型"), Listed(sector, Sectors.All, "覆盖领域"),
                    Listed(channel, Channels.All, "宣传形式"), Village(villageId), Integrity(integrity), Text(q));
                return LedgerFile.Xlsx(EducationQueries.Events(db, filter), EducationLedgers.EventColumns, name, Description(), clock);
            }
            case EducationLedgers.Studies:
                return LedgerFile.Xlsx(EducationQueries.Studies(db, Year(year)), EducationLedgers.StudyColumns, name, Description(), clock);
            case EducationLedgers.Exams:
                return LedgerFile.Xlsx(EducationQueries.Exams(db, Year(year)), EducationLedgers.ExamColumns, name, Description(), clock);
            case EducationLedgers.Consultations:
            {
                var filter = new ConsultationFilter(Year(year), Listed(category, ConsultationCategories.All, "类别"),
                    Parse<ReferralStatus>(referral, s => $"转介状态：{EducationLabels.Of(s)}"), Referred(referred));
                return LedgerFile.Xlsx(EducationQueries.Consultations(db, filter), EducationLedgers.ConsultationColumns, name, Description(), clock);
            }
            default:
                return LedgerFile.Xlsx(EducationQueries.Meetings(db, Year(year)), EducationLedgers.MeetingColumns, name, Description(), clock);
        }
    }

    /// <summary>The figures of the user's scope, headed by its name: the town's, or a supervisor's district.</summary>
    async Task<IActionResult> FiguresAsync(int? year, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var y = year is >= 2000 and <= 2100 ? year.Value : today.Year;
        var report = await EducationFigures.ForYearAsync(db, y, ct);
        var unit = await db.Regions.AsNoTracking().Where(r => r.Path == user.ScopePath).Select(r => r.Name).FirstOrDefaultAsync(ct) ?? "";
        var stream = new MemoryStream();
        EducationFiguresWorkbook.Write(stream, unit, report, today);
        stream.Position = 0;
        return File(stream, FiguresWorkbook.ContentType, $"{unit}普法与法律服务工作统计-{y}年.xlsx");
    }

    string Description() => "筛选条件：" + (applied.Count == 0 ? "全部" : string.Join("；", applied));

    int? Year(int? year)
    {
        if (year is < 1949 or > 2100) throw new DomainRuleException("年份须在1949至2100之间。");
        if (year is { } y) applied.Add($"{y}年");
        return year;
    }

    string? Text(string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return null;
        applied.Add($"包含“{q.Trim()}”");
        return q;
    }

    /// <summary>A value of a maintained list; anything else does not filter (as the list page ignores it).</summary>
    string? Listed(string? value, IReadOnlyList<string> allowed, string what)
    {
        if (value is null || !allowed.Contains(value)) return null;
        applied.Add($"{what}：{value}");
        return value;
    }

    bool? Integrity(bool? integrity)
    {
        if (integrity is { } i) applied.Add(i ? "仅廉政教育" : "不含廉政教育");
        return integrity;
    }

    bool? Referred(bool? referred)
    {
        if (referred is { } r) applied.Add(r ? "已转法律援助" : "未转法律援助");
        return referred;
    }

    long? Village(long? id)
    {
        if (id is { } x)
            applied.Add("村（社区）：" + (db.Regions.Where(r => r.Id == x).Select(r => r.Name).FirstOrDefault() ?? x.ToString(CultureInfo.InvariantCulture)));
        return id;
    }

    T? Parse<T>(string? value, Func<T, string> label) where T : struct, Enum
    {
        if (!Enum.TryParse<T>(value, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)) return null;
        applied.Add(label(parsed));
        return parsed;
    }
}
