using Fazhi.Core.Common;
using Fazhi.Core.Documents;
using Fazhi.Core.Education;
using Fazhi.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reports;

/// <summary>
/// The generated blocks a section may hold ("[[name]]" on a line of its own), written from the records of the year:
/// <list type="bullet">
/// <item>events — the year's legal-education events of the reportable kinds, dated, with place, speakers, partners,
/// attendance as reported (余/近 kept) and the consultations and legal-aid registrations taken at them;</item>
/// <item>campaigns — each enforcement campaign with its inspections and the entities rectified or closed;</item>
/// <item>problems, plans — this report's action items, each a heading （一）…;</item>
/// <item>progress — how the items raised in last year's report stand;</item>
/// <item>table:module — a module's figures as a table; table:module:标题 — one of its breakdowns.</item>
/// </list>
/// </summary>
public sealed class ReportBlocks(FigureContext context, AnnualReport report, IReadOnlyList<FigureSet> sets)
{
    public static readonly IReadOnlyList<string> Names = ["events", "campaigns", "problems", "plans", "progress", "table:模块", "table:模块:分类"];

    /// <summary>The kinds of event a report recounts one by one; the rest are counted by the figures.</summary>
    public static readonly IReadOnlyList<string> RecountedKinds =
        [EventKinds.LegalReport, EventKinds.ConstitutionDay, EventKinds.CivilCodeMonth, EventKinds.Publicity, EventKinds.Lecture];

    public async Task<IReadOnlyList<ReportBlock>?> WriteAsync(string name, CancellationToken ct)
    {
        var parts = name.Split(':');
        return parts[0] switch
        {
            "events" => await EventsAsync(ct),
            "campaigns" => await CampaignsAsync(ct),
            "problems" => await ItemsAsync(ActionKind.Problem, ct),
            "plans" => await ItemsAsync(ActionKind.Plan, ct),
            "progress" => await ProgressAsync(ct),
            "table" when parts.Length == 2 => ModuleTable(parts[1]),
            "table" when parts.Length == 3 => BreakdownTable(parts[1], parts[2]),
            _ => null,
        };
    }

    async Task<IReadOnlyList<ReportBlock>> EventsAsync(CancellationToken ct)
    {
        var (from, to) = (new DateOnly(report.Year, 1, 1), new DateOnly(report.Year, 12, 31));
        var db = context.Db;
        // Projected: only what the sentences say; the partners in the order they were added.
        var recounted = db.Set<EducationEvent>().AsNoTracking().Where(e => e.HeldOn >= from && e.HeldOn <= to && RecountedKinds.Contains(e.Kind));
        var events = await recounted.OrderBy(e => e.HeldOn).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.HeldOn, e.Kind, e.Title, e.Venue, e.Speakers, e.Attendance, e.AttendanceKind, Partners = e.Partners.OrderBy(p => p.Id).Select(p => p.Name).ToList() })
            .ToListAsync(ct);
        if (events.Count == 0) return [new ReportParagraph($"{report.Year}年未登记法制报告会、普法宣传等活动。")];
        // The consultations taken at each of these events, counted by the database (the events as a subquery, not a list of ids).
        var answeredAt = await db.Set<Consultation>().AsNoTracking().Where(c => c.EventId != null && recounted.Any(e => e.Id == c.EventId))
            .GroupBy(c => c.EventId!.Value).Select(g => new { EventId = g.Key, Count = g.Count(), Referred = g.Count(c => c.Referral != null) })
            .ToDictionaryAsync(g => g.EventId, ct);
        // A report recounts its highlights, not hundreds of events: the headline kinds first, then events held with partners,
        // then by date; the rest are counted in one sentence.
        var told = events.OrderBy(e => e.Kind is EventKinds.LegalReport or EventKinds.ConstitutionDay or EventKinds.CivilCodeMonth ? 0 : e.Partners.Count > 0 ? 1 : 2)
            .ThenBy(e => e.HeldOn).ThenBy(e => e.Id).Take(MaxRecounted).OrderBy(e => e.HeldOn).ThenBy(e => e.Id).ToList();
        var sentences = told.Select(e =>
        {
            var (count, referredCount) = answeredAt.TryGetValue(e.Id, out var at) ? (at.Count, at.Referred) : (0, 0);
            var partners = e.Partners.Count > 0 ? $"联合{string.Join("、", e.Partners)}" : "";
            var speakers = string.IsNullOrWhiteSpace(e.Speakers) ? "" : $"，由{e.Speakers}主讲";
            var attendance = e.Attendance is null ? "" : $"，参加{EducationLabels.Attendance(e.Attendance, e.AttendanceKind)}";
            var answered = count > 0 ? $"，现场解答法律咨询{count}人次" : "";
            var referred = referredCount > 0 ? $"，登记法律援助{referredCount}件" : "";
            return $"{e.HeldOn.Month}月{e.HeldOn.Day}日，{partners}在{e.Venue}开展{e.Title}{speakers}{attendance}{answered}{referred}";
        });
        var rest = events.Count - told.Count;
        return [new ReportParagraph(string.Join("；", sentences) + "。" + (rest > 0 ? $"此外，还开展其他普法宣传活动{rest}场次。" : ""))];
    }

    /// <summary>How many events the [[events]] paragraph recounts one by one.</summary>
    public const int MaxRecounted = 12;

    async Task<IReadOnlyList<ReportBlock>> CampaignsAsync(CancellationToken ct)
    {
        var enforcement = await Reporting.Sources.EnforcementFigureSource.ReportAsync(context, report.Year, ct);
        if (enforcement.Campaigns.Count == 0) return [new ReportParagraph($"{report.Year}年未登记专项整治。")];
        var sentences = enforcement.Campaigns.Select(c =>
        {
            var result = c.EntitiesRectifiedOrClosed > 0 ? $"，整改取缔{c.EntitiesRectifiedOrClosed}家" : "";
            var checks = c.Inspections > 0 ? $"，检查{c.Inspections}次" : "";
            var hazards = c.HazardsFound > 0 ? $"，发现隐患和问题{c.HazardsFound}项、已整改{c.HazardsRectified}项" : "";
            return $"开展{c.Name}{(c.Joint ? "（联合执法）" : "")}{checks}{hazards}{result}";
        });
        return [new ReportParagraph(string.Join("；", sentences) + "。")];
    }

    async Task<IReadOnlyList<ReportBlock>> ItemsAsync(ActionKind kind, CancellationToken ct)
    {
        var items = await context.Db.Set<ActionItem>().AsNoTracking().Where(i => i.TownId == report.TownId && i.Year == report.Year && i.Kind == kind)
            .OrderBy(i => i.Order).ThenBy(i => i.Id).Select(i => i.Text).ToListAsync(ct);
        return items.Select(t => (ReportBlock)new ReportHeading(2, t)).ToList();
    }

    async Task<IReadOnlyList<ReportBlock>> ProgressAsync(CancellationToken ct)
    {
        var items = await context.Db.Set<ActionItem>().AsNoTracking().Where(i => i.TownId == report.TownId && i.Year == report.Year - 1)
            .OrderBy(i => i.Kind).ThenBy(i => i.Order).ThenBy(i => i.Id).ToListAsync(ct);
        if (items.Count == 0) return [new ReportParagraph($"{report.Year - 1}年度报告未提出需跟踪的问题和工作计划。")];
        int Count(ActionStatus s) => items.Count(i => i.Status == s);
        var summary = $"{report.Year - 1}年度报告提出存在的问题{items.Count(i => i.Kind == ActionKind.Problem)}项、下一步工作计划{items.Count(i => i.Kind == ActionKind.Plan)}项，"
                      + $"已完成{Count(ActionStatus.Done)}项，推进中{Count(ActionStatus.InProgress)}项，未开始{Count(ActionStatus.Open)}项"
                      + (Count(ActionStatus.Dropped) > 0 ? $"，调整{Count(ActionStatus.Dropped)}项" : "") + "。";
        var lines = items.Select(i => new ReportParagraph(i.Status switch
        {
            ActionStatus.Done => $"{i.Headline}：已于{ChinaTime.Format(i.DoneOn!.Value)}完成。{i.Progress}",
            ActionStatus.InProgress => $"{i.Headline}：推进中，{i.Progress}",
            ActionStatus.Dropped => $"{i.Headline}：已调整，{i.Progress}",
            _ => $"{i.Headline}：尚未开始。",
        }));
        return [new ReportParagraph(summary), .. lines];
    }

    IReadOnlyList<ReportBlock>? ModuleTable(string module) =>
        sets.FirstOrDefault(s => s.Module == module) is { } set ? [new ReportTable(FiguresTable(set))] : null;

    /// <summary>A module's figures as a table: 指标, 数值, 计算口径 (the formula with its numbers).</summary>
    public static TableBlock FiguresTable(FigureSet set) =>
        new(["指标", "数值", "计算口径"], set.Figures.Select(f => (IReadOnlyList<string>)[f.Label, f.Display, f.Explained]).ToList()) { ColumnWeights = [3, 2, 6] };

    IReadOnlyList<ReportBlock>? BreakdownTable(string module, string title) =>
        sets.FirstOrDefault(s => s.Module == module)?.Tables.FirstOrDefault(t => t.Title == title) is { } b
            ? [new ReportTable(new TableBlock([b.Title.Replace("按", ""), "数量"],
                [.. b.Rows.Select(r => (IReadOnlyList<string>)[r.Label, $"{r.Count}"]), ["合计", $"{b.Rows.Sum(r => r.Count)}"]]) { ColumnWeights = [3, 1] })]
            : null;
}
