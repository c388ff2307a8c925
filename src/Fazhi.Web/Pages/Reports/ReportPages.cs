using System.Globalization;
using System.Net;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Fazhi.Core.Reports;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Reports;

/// <summary>What the report pages share: labels and badges of the workflow and the action items, dates, and loading a report in scope.</summary>
public static class ReportPages
{
    public const string ReportOwnerType = "annual-report";
    public const string ItemOwnerType = "action-item";

    public static string Label(ReportStatus s) => s switch
    {
        ReportStatus.Draft => "起草中",
        ReportStatus.Submitted => "待审核",
        ReportStatus.Returned => "退回修改",
        ReportStatus.Approved => "审核通过",
        ReportStatus.Published => "已公开",
        _ => s.ToString(),
    };

    public static string Badge(ReportStatus s) => s switch
    {
        ReportStatus.Submitted => "text-bg-warning",
        ReportStatus.Returned => "text-bg-danger",
        ReportStatus.Approved => "text-bg-success",
        ReportStatus.Published => "text-bg-primary",
        _ => "text-bg-secondary",
    };

    public static string Label(ActionKind k) => k == ActionKind.Problem ? "存在的问题" : "工作计划";

    public static string Label(ActionStatus s) => s switch
    {
        ActionStatus.Open => "未开始",
        ActionStatus.InProgress => "推进中",
        ActionStatus.Done => "已完成",
        ActionStatus.Dropped => "已调整",
        _ => s.ToString(),
    };

    public static string Badge(ActionStatus s) => s switch
    {
        ActionStatus.InProgress => "text-bg-warning",
        ActionStatus.Done => "text-bg-success",
        ActionStatus.Dropped => "text-bg-light border",
        _ => "text-bg-secondary",
    };

    public static string Date(DateOnly? d) => d is { } x ? ChinaTime.Format(x) : "—";

    public static string Iso(DateOnly? d) => d is { } x ? x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    /// <summary>"剩余3天", "今天到期", "已超期2天".</summary>
    public static string Left(DateOnly due, DateOnly today) =>
        due < today ? $"已超期{today.DayNumber - due.DayNumber}天" : due == today ? "今天到期" : $"剩余{due.DayNumber - today.DayNumber}天";

    /// <summary>The publication deadline as a reader wants it: the date, and until published how long is left.</summary>
    public static string DeadlineNote(AnnualReport r, DateOnly today) =>
        r.Status == ReportStatus.Published ? $"已于{Date(r.PublishedOn)}公开" : Left(r.PublicationDue, today);

    /// <summary>A date typed as yyyy-MM-dd; blank is null; anything else a Chinese message.</summary>
    public static DateOnly? ParseDate(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new DomainRuleException($"{what}“{text}”无效，请按“年-月-日”填写。");
    }

    /// <summary>A report the user may see (the scope filter applies), with its sections and accepted figures; null when not found.</summary>
    public static Task<AnnualReport?> LoadAsync(AppDbContext db, long id, CancellationToken ct) =>
        db.Set<AnnualReport>().AsNoTracking().Include(r => r.Sections).Include(r => r.Checks).AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id, ct);

    public static async Task<string> TownNameAsync(AppDbContext db, long townId, CancellationToken ct) =>
        await db.Regions.AsNoTracking().Where(r => r.Id == townId).Select(r => r.Name).FirstOrDefaultAsync(ct) ?? "";

    /// <summary>The towns in the user's scope they may write reports for (a village cadre's scope lies below a town, so none).</summary>
    public static async Task<IReadOnlyList<RegionRow>> WritableTownsAsync(AppDbContext db, CancellationToken ct) =>
        (await RegionQueries.TownsAsync(db, ct)).Where(t => t.Path.StartsWith(db.CurrentUser.ScopePath, StringComparison.Ordinal)).ToList();

    /// <summary>The office names of a town, by id (inactive ones too: an item keeps the office it was given).</summary>
    public static async Task<IReadOnlyDictionary<long, string>> OfficeNamesAsync(AppDbContext db, long townId, CancellationToken ct) =>
        await db.Offices.AsNoTracking().Where(o => o.TownId == townId).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
}

/// <summary>What the _ReportBlocks partial renders: compiled blocks, each live figure a link to its figure page, moved ones marked.</summary>
public sealed record BlocksView(long ReportId, IReadOnlyList<ReportBlock> Blocks, IReadOnlySet<string> Moved)
{
    public string FigureLink(string key) => $"/Reports/{ReportId}/Figure?key={Uri.EscapeDataString(key)}";

    /// <summary>A paragraph's text with its figures as links, written without whitespace between them (Chinese has none).</summary>
    public IHtmlContent Paragraph(ReportParagraph paragraph)
    {
        var html = new HtmlContentBuilder();
        foreach (var s in paragraph.Segments)
        {
            if (s.Key is null)
            {
                html.Append(s.Text);
                continue;
            }
            var moved = Moved.Contains(s.Key);
            html.AppendHtml($"<a class=\"report-field{(moved ? " report-field-moved" : "")}\" href=\"{WebUtility.HtmlEncode(FigureLink(s.Key))}\" data-key=\"{WebUtility.HtmlEncode(s.Key)}\">");
            html.Append(s.Text);
            if (moved) html.AppendHtml("<span class=\"visually-hidden\">（数字已变动）</span>");
            html.AppendHtml("</a>");
        }
        return html;
    }
}

/// <summary>What the _ActionItem partial renders: one item with its forms; <see cref="OwnReport"/> false for last year's items (tracked only).</summary>
public sealed record ActionItemView(ItemsModel.ItemView View, ItemsModel Page, bool OwnReport);
