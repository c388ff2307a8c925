using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Reporting;
using Fazhi.Web.Ledgers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Enforcement;

/// <summary>
/// The enforcement registers as .xlsx: /Enforcement/Export/{entities|inspections|orders|cases|campaigns}?year=, with the
/// list's other filters (status, kind, type, outcome, risk, campaignId, entityId, villageId, q) where the register has them,
/// so a list page can link "导出Excel" to exactly what it shows. Scope is the user's, as on the lists. Row 1 of the sheet
/// names the filters applied. /Enforcement/Export/figures?year= is the year's figures workbook (<see cref="EnforcementFiguresWorkbook"/>).
/// </summary>
public sealed class ExportModel(AppDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    public const string Figures = "figures";

    readonly List<string> applied = [];

    public async Task<IActionResult> OnGetAsync(string register, int? year, string? status, string? kind, string? type, string? outcome, string? risk,
        long? campaignId, long? entityId, long? villageId, string? q, CancellationToken ct)
    {
        if (register == Figures) return await FiguresAsync(year, ct);
        if (EnforcementLedgers.NameOf(register) is not { } name) return NotFound();
        switch (register)
        {
            case EnforcementLedgers.Entities:
            {
                // A register of parties, not of a year's work: the year does not narrow it.
                var filter = new EntityFilter(Text(q), Village(villageId), Parse<EntityKind>(kind, k => $"类别：{EnforcementLabels.Of(k)}"),
                    Parse<RiskClass>(risk, r => $"风险等级：{EnforcementLabels.Of(r)}"), Parse<EntityStatus>(status, s => $"状态：{EnforcementLabels.Of(s)}"));
                return LedgerFile.Xlsx(EnforcementQueries.Entities(db, filter), EnforcementLedgers.EntityColumns(PersonalDataAccess.MaySeeInFull(user)), name,
                    Description(), clock);
            }
            case EnforcementLedgers.Inspections:
            {
                var filter = new InspectionFilter(Year(year), Parse<InspectionKind>(kind, k => $"类别：{EnforcementLabels.Of(k)}"), Campaign(campaignId),
                    Entity(entityId), Village(villageId), Parse<InspectionOutcome>(outcome, o => $"结果：{EnforcementLabels.Of(o)}"), Text(q));
                return LedgerFile.Xlsx(EnforcementQueries.Inspections(db, filter), EnforcementLedgers.InspectionColumns, name, Description(), clock);
            }
            case EnforcementLedgers.Orders:
            {
                var filter = new OrderFilter(Year(year), Parse<OrderStatus>(status, s => $"状态：{EnforcementLabels.Of(s)}"), Campaign(campaignId), Entity(entityId));
                return LedgerFile.Xlsx(EnforcementQueries.Orders(db, filter), EnforcementLedgers.OrderColumns, name, Description(), clock);
            }
            case EnforcementLedgers.Cases:
            {
                var filter = new CaseFilter(Year(year), Parse<CaseType>(type, t => $"类型：{EnforcementLabels.Of(t)}"),
                    Parse<CaseStatus>(status, s => $"状态：{EnforcementLabels.Of(s)}"), Entity(entityId));
                return LedgerFile.Xlsx(EnforcementQueries.Cases(db, filter), EnforcementLedgers.CaseColumns, name, Description(), clock);
            }
            default:
                return LedgerFile.Xlsx(EnforcementQueries.Campaigns(db, Year(year)), EnforcementLedgers.CampaignColumns, name, Description(), clock);
        }
    }

    /// <summary>The figures of the user's scope, headed by its name: the town's, a village cadre's village, a supervisor's district.</summary>
    async Task<IActionResult> FiguresAsync(int? year, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var y = year is >= 2000 and <= 2100 ? year.Value : today.Year;
        var report = await EnforcementFigures.ForYearAsync(db, y, ct);
        var unit = await db.Regions.AsNoTracking().Where(r => r.Path == user.ScopePath).Select(r => r.Name).FirstOrDefaultAsync(ct) ?? "";
        var stream = new MemoryStream();
        EnforcementFiguresWorkbook.Write(stream, unit, report, today);
        stream.Position = 0;
        return File(stream, FiguresWorkbook.ContentType, $"{unit}行政执法工作统计-{y}年.xlsx");
    }

    string Description() => "筛选条件：" + (applied.Count == 0 ? "全部" : string.Join("；", applied));

    int? Year(int? year)
    {
        if (year is { } y) applied.Add($"{y}年");
        return year;
    }

    string? Text(string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return null;
        applied.Add($"包含“{q.Trim()}”");
        return q;
    }

    long? Village(long? id) => Named(id, "村（社区）", x => db.Regions.Where(r => r.Id == x).Select(r => r.Name).FirstOrDefault());
    long? Campaign(long? id) => Named(id, "专项整治", x => db.Set<Campaign>().Where(c => c.Id == x).Select(c => c.Name).FirstOrDefault());
    long? Entity(long? id) => Named(id, "监管对象", x => db.Set<RegulatedEntity>().Where(e => e.Id == x).Select(e => e.Name).FirstOrDefault());

    long? Named(long? id, string what, Func<long, string?> name)
    {
        if (id is { } x) applied.Add($"{what}：{name(x) ?? x.ToString(CultureInfo.InvariantCulture)}");
        return id;
    }

    T? Parse<T>(string? value, Func<T, string> label) where T : struct, Enum
    {
        if (!Enum.TryParse<T>(value, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)) return null;
        applied.Add(label(parsed));
        return parsed;
    }
}
