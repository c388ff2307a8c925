using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Assessment;

/// <summary>A sheet in a list, with how many towns of the reader's scope have started on it.</summary>
public sealed record SheetListItem(long Id, int Year, string Name, SheetStatus Status, DateOnly? PublishedOn, int Indicators, long TotalPoints,
    int Assessments, long? MyAssessmentId, string? MyStatus);

/// <summary>One indicator of an assessment: the town's score, its evidence and, when the reader may see it, the district's score.</summary>
public sealed record AssessmentLine(int Number, Indicator Indicator, AssessmentScore Score, int Attachments, ReviewScore? District);

/// <summary>A town's assessment as a page shows it.</summary>
public sealed record AssessmentView(TownAssessment Assessment, IndicatorSheet Sheet, Region Town, DistrictReview? Review, IReadOnlyList<AssessmentLine> Lines)
{
    public long SelfTotal => Lines.Sum(l => l.Score.SelfTenths ?? 0);
    public bool IsFinal => Review?.Status == ReviewStatus.Final;

    /// <summary>The district's total once it has graded, the town's own total before.</summary>
    public long Total => IsFinal ? Review!.TotalTenths!.Value : SelfTotal;
    public Grade? Grade => IsFinal ? Review!.Grade : Sheet.GradeOf(SelfTotal);
    public string StatusLabel => AssessmentQueries.StatusLabel(Assessment.Status, Review?.Status);
}

/// <summary>A town of the district in the overview: where its assessment stands, its totals and grade.</summary>
public sealed record OverviewRow(long TownId, string TownName, long? AssessmentId, string Status, long? SelfTotal, long? DistrictTotal, Grade? Grade, bool GradeIsFinal);

public static class AssessmentQueries
{
    public static string StatusLabel(AssessmentStatus? status, ReviewStatus? review) => (status, review) switch
    {
        (null, _) => "未开始",
        (AssessmentStatus.SelfScoring, _) => "自评中",
        (_, ReviewStatus.Final) => "已评定",
        (_, ReviewStatus.Scoring) => "评分中",
        _ => "已提交，待评分",
    };

    public static string StatusLabel(SheetStatus status) => status == SheetStatus.Published ? "已发布" : "草稿";

    /// <summary>The district the reader works in: their own district, or the district of their town; null above a district.</summary>
    public static async Task<Region?> DistrictOfReaderAsync(AppDbContext db, CancellationToken ct = default) =>
        AssessmentAccess.DistrictIdOf(db.CurrentUser.ScopePath) is { } id
            ? await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.Level == RegionLevel.District, ct)
            : null;

    /// <summary>The town the reader works in (null for a district reader, or a village cadre's town).</summary>
    public static async Task<Region?> TownOfReaderAsync(AppDbContext db, CancellationToken ct = default) =>
        await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Path == db.CurrentUser.ScopePath && r.Level == RegionLevel.Town, ct);

    /// <summary>The sheets of a district the reader may see, newest year first.</summary>
    public static async Task<IReadOnlyList<SheetListItem>> SheetsAsync(AppDbContext db, Region district, long? townId, CancellationToken ct = default)
    {
        var sheets = await db.Set<IndicatorSheet>().AsNoTracking().Include(s => s.Indicators).Where(s => s.DistrictId == district.Id)
            .OrderByDescending(s => s.Year).ThenBy(s => s.Name).ToListAsync(ct);
        sheets = sheets.Where(s => AssessmentAccess.MaySee(db.CurrentUser, s)).ToList();
        var ids = sheets.Select(s => s.Id).ToList();
        var assessments = await db.Set<TownAssessment>().AsNoTracking().Where(a => ids.Contains(a.SheetId))
            .Select(a => new { a.Id, a.SheetId, a.TownId, a.Status }).ToListAsync(ct);
        var assessmentIds = assessments.Select(a => a.Id).ToList();
        var reviews = await db.Set<DistrictReview>().AsNoTracking().Where(r => assessmentIds.Contains(r.AssessmentId))
            .ToDictionaryAsync(r => r.AssessmentId, r => r.Status, ct);
        return sheets.Select(s =>
        {
            var mine = townId is null ? null : assessments.FirstOrDefault(a => a.SheetId == s.Id && a.TownId == townId);
            return new SheetListItem(s.Id, s.Year, s.Name, s.Status, s.PublishedOn, s.Indicators.Count, s.TotalPoints,
                assessments.Count(a => a.SheetId == s.Id), mine?.Id,
                townId is null ? null : StatusLabel(mine?.Status, mine is null ? null : reviews.GetValueOrDefault(mine.Id)));
        }).ToList();
    }

    /// <summary>A sheet with its indicators, if the reader may see it.</summary>
    public static async Task<IndicatorSheet?> SheetAsync(AppDbContext db, long id, CancellationToken ct = default)
    {
        var sheet = await db.Set<IndicatorSheet>().AsNoTracking().Include(s => s.Indicators).FirstOrDefaultAsync(s => s.Id == id, ct);
        return sheet is not null && AssessmentAccess.MaySee(db.CurrentUser, sheet) ? sheet : null;
    }

    /// <summary>
    /// An assessment in the reader's scope with its lines. The district's scores are shown to the district while it
    /// scores, and to the town once the grade is fixed.
    /// </summary>
    public static async Task<AssessmentView?> AssessmentAsync(AppDbContext db, long id, CancellationToken ct = default)
    {
        var assessment = await db.Set<TownAssessment>().AsNoTracking().Include(a => a.Scores).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (assessment is null) return null;
        var sheet = await db.Set<IndicatorSheet>().AsNoTracking().Include(s => s.Indicators).FirstAsync(s => s.Id == assessment.SheetId, ct);
        var town = await db.Regions.AsNoTracking().FirstAsync(r => r.Id == assessment.TownId, ct);
        var review = await db.Set<DistrictReview>().AsNoTracking().Include(r => r.Scores).FirstOrDefaultAsync(r => r.AssessmentId == assessment.Id, ct);
        if (review is not null && review.Status != ReviewStatus.Final && !AssessmentAccess.IsDistrictActor(db.CurrentUser, sheet.DistrictPath)) review = null;
        var scoreIds = assessment.Scores.Select(s => s.Id).ToList();
        var counts = await db.Set<Attachment>().AsNoTracking().Where(a => a.OwnerType == AssessmentScore.OwnerType && scoreIds.Contains(a.OwnerId))
            .GroupBy(a => a.OwnerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var lines = sheet.Ordered.Select((indicator, n) =>
        {
            var score = assessment.ScoreOf(indicator.Id);
            return new AssessmentLine(n + 1, indicator, score, counts.GetValueOrDefault(score.Id), review?.Scores.FirstOrDefault(s => s.IndicatorId == indicator.Id));
        }).ToList();
        return new AssessmentView(assessment, sheet, town, review, lines);
    }

    /// <summary>Every town of the sheet's district, side by side; only for readers whose scope covers the district.</summary>
    public static async Task<IReadOnlyList<OverviewRow>?> OverviewAsync(AppDbContext db, IndicatorSheet sheet, CancellationToken ct = default)
    {
        if (!sheet.DistrictPath.StartsWith(db.CurrentUser.ScopePath, StringComparison.Ordinal)) return null;
        var towns = await db.Regions.AsNoTracking().Where(r => r.ParentId == sheet.DistrictId && r.Level == RegionLevel.Town)
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Code).Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        var assessments = await db.Set<TownAssessment>().AsNoTracking().Include(a => a.Scores).Where(a => a.SheetId == sheet.Id).ToListAsync(ct);
        var ids = assessments.Select(a => a.Id).ToList();
        var reviews = await db.Set<DistrictReview>().AsNoTracking().Include(r => r.Scores).Where(r => ids.Contains(r.AssessmentId))
            .ToDictionaryAsync(r => r.AssessmentId, ct);
        return towns.Select(t =>
        {
            var a = assessments.FirstOrDefault(x => x.TownId == t.Id);
            if (a is null) return new OverviewRow(t.Id, t.Name, null, StatusLabel(null, null), null, null, null, false);
            var review = reviews.GetValueOrDefault(a.Id);
            var final = review?.Status == ReviewStatus.Final;
            var self = a.SelfTotal;
            return new OverviewRow(t.Id, t.Name, a.Id, StatusLabel(a.Status, review?.Status), self, review is null ? null : final ? review.TotalTenths : review.Total,
                final ? review!.Grade : sheet.GradeOf(self), final);
        }).ToList();
    }
}
