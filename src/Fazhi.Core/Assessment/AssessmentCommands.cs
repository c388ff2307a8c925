using Fazhi.Core.Attachments;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Fazhi.Core.Regions;
using Fazhi.Core.Reporting;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Assessment;

/// <summary>
/// The use cases of 自评与考核: a district supervisor keeps the district's indicator sheets and publishes them; a town
/// opens its assessment of a published sheet, scores itself with notes and evidence and submits; the district scores
/// each indicator and fixes the grade. Town records load through the scoped context (out of scope = not found) and are
/// written by the town; the district's records (sheets, reviews) are checked against the district here. Each call
/// saves once, audited.
/// </summary>
public sealed class AssessmentCommands(AppDbContext db, DbContextOptions<AppDbContext> options, CalendarProvider calendars, TimeProvider clock)
{
    DateOnly Today => ChinaTime.Today(clock);
    ICurrentUser User => db.CurrentUser;

    /// <summary>The command line and the demo loader act as the system user: whole database, no account.</summary>
    bool IsSystem => User is { UserId: null, ScopePath: "" };

    // ---------------------------------------------------------------- the district's sheets

    public async Task<IndicatorSheet> CreateSheetAsync(long districtId, int year, string? name, CancellationToken ct = default)
    {
        var district = await db.Regions.FirstOrDefaultAsync(r => r.Id == districtId && r.Level == RegionLevel.District, ct)
                       ?? throw new DomainRuleException("请选择区县。");
        RequireDistrict(district.Path, "只有本区的督查人员可以制定考核表。");
        var sheet = IndicatorSheet.Create(district.Id, district.Path, year, name, Today);
        await RequireUniqueAsync(sheet.DistrictId, sheet.Year, sheet.Name, null, ct);
        db.Add(sheet);
        await db.SaveChangesAsync(ct);
        return sheet;
    }

    public sealed record SheetInput(string? Name, int Year, int Excellent, int Good, int Pass);

    public async Task EditSheetAsync(long id, SheetInput input, int version, CancellationToken ct = default)
    {
        var sheet = await SheetForEditAsync(id, version, ct);
        sheet.Edit(input.Name, input.Year, input.Excellent, input.Good, input.Pass, Today);
        await RequireUniqueAsync(sheet.DistrictId, sheet.Year, sheet.Name, sheet.Id, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An indicator as typed: points and threshold as text ("10", "95", "2.5").</summary>
    public sealed record IndicatorInput(int? Order, string? Category, string? Text, string? Points, IndicatorRule Rule, string? FigureKey,
        Comparison Comparison, string? Threshold, bool FullWhenNoData, bool EvidenceRequired);

    public async Task<Indicator> AddIndicatorAsync(long sheetId, IndicatorInput input, int version, CancellationToken ct = default)
    {
        var sheet = await SheetForEditAsync(sheetId, version, ct);
        var indicator = sheet.AddIndicator(await DefinitionAsync(sheet, input, ct));
        await db.SaveChangesAsync(ct);
        return indicator;
    }

    public async Task EditIndicatorAsync(long sheetId, long indicatorId, IndicatorInput input, int version, CancellationToken ct = default)
    {
        var sheet = await SheetForEditAsync(sheetId, version, ct);
        sheet.EditIndicator(indicatorId, await DefinitionAsync(sheet, input, ct));
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveIndicatorAsync(long sheetId, long indicatorId, int version, CancellationToken ct = default)
    {
        var sheet = await SheetForEditAsync(sheetId, version, ct);
        sheet.RemoveIndicator(indicatorId);
        await db.SaveChangesAsync(ct);
    }

    public async Task PublishAsync(long sheetId, int version, CancellationToken ct = default)
    {
        var sheet = await SheetForEditAsync(sheetId, version, ct);
        sheet.Publish(Today);
        await db.SaveChangesAsync(ct);
    }

    public async Task WithdrawAsync(long sheetId, int version, CancellationToken ct = default)
    {
        var sheet = await SheetForEditAsync(sheetId, version, ct);
        // Counted over every town of the district, whatever the supervisor's own scope shows.
        var started = await db.Set<TownAssessment>().IgnoreQueryFilters().AnyAsync(a => a.SheetId == sheet.Id, ct);
        sheet.Withdraw(started);
        await db.SaveChangesAsync(ct);
    }

    async Task<IndicatorDefinition> DefinitionAsync(IndicatorSheet sheet, IndicatorInput input, CancellationToken ct)
    {
        var points = Tenths.Parse(input.Points, "分值") ?? throw new DomainRuleException("请填写分值。");
        long? threshold = null;
        string? key = null;
        if (input.Rule == IndicatorRule.Automatic)
        {
            key = input.FigureKey?.Trim();
            if (string.IsNullOrEmpty(key)) throw new DomainRuleException("自动计分的指标请选择统计数据。");
            if (FigureCatalog.SourceOf(key) is null || !(await CatalogAsync(sheet.Year, ct)).Any(f => f.Key == key))
                throw new DomainRuleException($"没有统计数据“{key}”，请从列表中选择。");
            threshold = Tenths.Parse(input.Threshold, "达标值") ?? throw new DomainRuleException("自动计分的指标请填写达标值。");
        }
        return new IndicatorDefinition(input.Order, input.Category, input.Text, points, input.Rule, key, input.Comparison, threshold,
            input.FullWhenNoData, input.EvidenceRequired);
    }

    async Task RequireUniqueAsync(long districtId, int year, string name, long? except, CancellationToken ct)
    {
        if (await db.Set<IndicatorSheet>().AnyAsync(s => s.DistrictId == districtId && s.Year == year && s.Name == name && s.Id != except, ct))
            throw new DomainRuleException($"{year}年度已有名为“{name}”的考核表。");
    }

    async Task<IndicatorSheet> SheetForEditAsync(long id, int version, CancellationToken ct)
    {
        var sheet = await SheetAsync(id, ct);
        RequireDistrict(sheet.DistrictPath, "只有本区的督查人员可以修改考核表。");
        if (sheet.Version != version) throw new DomainRuleException("该考核表已被他人修改，请刷新后再试。");
        return sheet;
    }

    /// <summary>A sheet the user may see: the district's own people see every sheet, its towns the published ones.</summary>
    async Task<IndicatorSheet> SheetAsync(long id, CancellationToken ct)
    {
        var sheet = await db.Set<IndicatorSheet>().Include(s => s.Indicators).FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException();
        if (!AssessmentAccess.MaySee(User, sheet)) throw new NotFoundException();
        return sheet;
    }

    void RequireDistrict(string districtPath, string message)
    {
        if (!AssessmentAccess.IsDistrictActor(User, districtPath)) throw new DomainRuleException(message);
    }

    // ---------------------------------------------------------------- the town's self-assessment

    public async Task<TownAssessment> OpenAsync(long townId, long sheetId, CancellationToken ct = default)
    {
        var town = await TownRecords.TownAsync(db, townId, "只能为本人负责的乡镇填写自评。", ct);
        RequireTownWriter();
        var sheet = await SheetAsync(sheetId, ct);
        if (town.ParentId != sheet.DistrictId) throw new DomainRuleException("只能按本区的考核表自评。");
        if (await db.Set<TownAssessment>().AnyAsync(a => a.TownId == town.Id && a.SheetId == sheet.Id, ct))
            throw new DomainRuleException($"{town.Name}已开始按该考核表自评。");
        var assessment = TownAssessment.Open(town.Id, town.Path, sheet);
        await ApplyFiguresAsync(assessment, sheet, town, ct);
        db.Add(assessment);
        await db.SaveChangesAsync(ct);
        return assessment;
    }

    /// <summary>What the town says of one indicator: its score (manual indicators only) as text, its note and the figures linked as evidence.</summary>
    public sealed record SelfScoreInput(string? Score, string? Note, IReadOnlyList<string>? EvidenceKeys);

    public async Task ScoreSelfAsync(long assessmentId, long indicatorId, SelfScoreInput input, int version, CancellationToken ct = default)
    {
        var (assessment, sheet, town) = await AssessmentForTownAsync(assessmentId, version, ct);
        var indicator = sheet.Indicators.FirstOrDefault(i => i.Id == indicatorId) ?? throw new NotFoundException();
        var figures = await TownFiguresAsync(town, sheet.Year, ct);
        var keys = input.EvidenceKeys ?? [];
        var unknown = keys.FirstOrDefault(k => !string.IsNullOrWhiteSpace(k) && !figures.ContainsKey(k.Trim()));
        if (unknown is not null) throw new DomainRuleException($"没有统计数据“{unknown}”，请从列表中选择。");
        assessment.ScoreSelf(indicator, Tenths.Parse(input.Score, "自评得分"), input.Note, keys);
        Apply(assessment, sheet, figures);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Recomputes the automatic indicators from the town's figures as they stand.</summary>
    public async Task RefreshAsync(long assessmentId, int version, CancellationToken ct = default)
    {
        var (assessment, sheet, town) = await AssessmentForTownAsync(assessmentId, version, ct);
        await ApplyFiguresAsync(assessment, sheet, town, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task SubmitAsync(long assessmentId, int version, CancellationToken ct = default)
    {
        var (assessment, sheet, town) = await AssessmentForTownAsync(assessmentId, version, ct);
        // The automatic scores are frozen as the figures stand at submission.
        await ApplyFiguresAsync(assessment, sheet, town, ct);
        var ids = assessment.Scores.Select(s => s.Id).ToList();
        var counts = await db.Set<Attachment>().Where(a => a.OwnerType == AssessmentScore.OwnerType && ids.Contains(a.OwnerId))
            .GroupBy(a => a.OwnerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        assessment.Submit(sheet, counts, Today, User.UserName);
        await db.SaveChangesAsync(ct);
    }

    async Task<(TownAssessment, IndicatorSheet, Region)> AssessmentForTownAsync(long id, int version, CancellationToken ct)
    {
        var assessment = await db.Set<TownAssessment>().Include(a => a.Scores).FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException();
        var town = await TownRecords.TownAsync(db, assessment.TownId, "只能为本人负责的乡镇填写自评。", ct);
        RequireTownWriter();
        if (assessment.Version != version) throw new DomainRuleException("该自评已被他人修改，请刷新后再试。");
        var sheet = await db.Set<IndicatorSheet>().Include(s => s.Indicators).FirstAsync(s => s.Id == assessment.SheetId, ct);
        return (assessment, sheet, town);
    }

    void RequireTownWriter()
    {
        if (User.IsReadOnly) throw new DomainRuleException("您的账号为只读账号，不能修改数据。");
        if (!IsSystem && !User.IsInRole(Roles.Coordinator) && !User.IsInRole(Roles.Leader) && !User.IsInRole(Roles.Admin))
            throw new DomainRuleException("只有法治办（司法所）或镇领导可以填写自评。");
    }

    async Task ApplyFiguresAsync(TownAssessment assessment, IndicatorSheet sheet, Region town, CancellationToken ct) =>
        Apply(assessment, sheet, await TownFiguresAsync(town, sheet.Year, ct));

    static void Apply(TownAssessment assessment, IndicatorSheet sheet, IReadOnlyDictionary<string, Figure> figures)
    {
        foreach (var indicator in sheet.Indicators.Where(i => i.Rule == IndicatorRule.Automatic))
            assessment.Apply(indicator, AutoScoring.Evaluate(indicator, figures.GetValueOrDefault(indicator.FigureKey!)));
    }

    // ---------------------------------------------------------------- the district's scoring

    /// <summary>A district score as typed for one indicator.</summary>
    public sealed record DistrictScoreInput(long IndicatorId, string? Score, string? Comment);

    /// <summary>
    /// Saves the district's scores and comment of a submitted assessment; with <paramref name="finalise"/> it also fixes the
    /// total and the grade (every indicator must then be scored). <paramref name="version"/> is the review's, null before the first save.
    /// </summary>
    public async Task<DistrictReview> ScoreAsync(long assessmentId, IReadOnlyList<DistrictScoreInput> scores, string? comment, int? version,
        bool finalise = false, CancellationToken ct = default)
    {
        var (assessment, sheet) = await AssessmentForDistrictAsync(assessmentId, ct);
        var review = await db.Set<DistrictReview>().Include(r => r.Scores).FirstOrDefaultAsync(r => r.AssessmentId == assessment.Id, ct);
        if (review is null)
        {
            review = DistrictReview.Start(assessment, sheet);
            db.Add(review);
        }
        else if (review.Version != version) throw new DomainRuleException("该考核评分已被他人修改，请刷新后再试。");
        var parsed = scores.Select(s => (s.IndicatorId, Tenths.Parse(s.Score, "评分"), s.Comment)).ToList();
        review.Score(sheet, parsed, comment);
        if (finalise) review.Finalise(sheet, Today, User.UserName);
        await db.SaveChangesAsync(ct);
        return review;
    }

    public async Task ReopenAsync(long assessmentId, int version, CancellationToken ct = default)
    {
        var (assessment, _) = await AssessmentForDistrictAsync(assessmentId, ct);
        var review = await db.Set<DistrictReview>().FirstOrDefaultAsync(r => r.AssessmentId == assessment.Id, ct) ?? throw new NotFoundException();
        if (review.Version != version) throw new DomainRuleException("该考核评分已被他人修改，请刷新后再试。");
        review.Reopen();
        await db.SaveChangesAsync(ct);
    }

    async Task<(TownAssessment, IndicatorSheet)> AssessmentForDistrictAsync(long id, CancellationToken ct)
    {
        var assessment = await db.Set<TownAssessment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException();
        var sheet = await db.Set<IndicatorSheet>().Include(s => s.Indicators).FirstAsync(s => s.Id == assessment.SheetId, ct);
        RequireDistrict(sheet.DistrictPath, "只有区级督查人员可以考核评分。");
        return (assessment, sheet);
    }

    // ---------------------------------------------------------------- figures

    /// <summary>
    /// The town's figures of the year by key. The figure sources count what the context sees, so a reader whose scope is
    /// wider than the town (the district, the system) reads through a second context narrowed to the town — read-only,
    /// and never wider than the reader's own scope.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Figure>> TownFiguresAsync(Region town, int year, CancellationToken ct = default)
    {
        if (!town.Path.StartsWith(User.ScopePath, StringComparison.Ordinal)) throw new NotFoundException();
        if (townFigures.TryGetValue((town.Id, year), out var known)) return known;
        var calendar = await calendars.GetAsync(db, ct);
        IReadOnlyDictionary<string, Figure> figures;
        if (User.ScopePath == town.Path) figures = Index(await FigureCatalog.ForYearAsync(new FigureContext(db, calendar, Today), year, ct));
        else
        {
            await using var narrowed = new AppDbContext(options, new TownReader(User, town.Path), clock);
            figures = Index(await FigureCatalog.ForYearAsync(new FigureContext(narrowed, calendar, Today), year, ct));
        }
        return townFigures[(town.Id, year)] = figures;
    }

    /// <summary>Every figure a sheet may use (keys, labels, units), as counted in the reader's scope.</summary>
    public async Task<IReadOnlyList<Figure>> CatalogAsync(int year, CancellationToken ct = default)
    {
        if (catalogs.TryGetValue(year, out var known)) return known;
        var sets = await FigureCatalog.ForYearAsync(new FigureContext(db, await calendars.GetAsync(db, ct), Today), year, ct);
        return catalogs[year] = sets.SelectMany(s => s.Figures).ToList();
    }

    // Computed once per instance: the commands live for one request (or one demo load), during which the registers do
    // not change under them — scoring an assessment changes no figure.
    readonly Dictionary<(long Town, int Year), IReadOnlyDictionary<string, Figure>> townFigures = [];
    readonly Dictionary<int, IReadOnlyList<Figure>> catalogs = [];

    static Dictionary<string, Figure> Index(IReadOnlyList<FigureSet> sets) =>
        sets.SelectMany(s => s.Figures).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First());

    /// <summary>The reader, narrowed to one town and unable to write.</summary>
    sealed class TownReader(ICurrentUser actor, string townPath) : ICurrentUser
    {
        public string? UserId => actor.UserId;
        public string UserName => actor.UserName;
        public string ScopePath => townPath;
        public bool IsReadOnly => true;
        public bool IsInRole(string role) => actor.IsInRole(role);
    }
}

/// <summary>Who may see and act on the district's assessment records.</summary>
public static class AssessmentAccess
{
    /// <summary>A supervisor (or administrator) whose scope covers the district, or the system user.</summary>
    public static bool IsDistrictActor(ICurrentUser user, string districtPath) =>
        user is { UserId: null, ScopePath: "" }
        || (user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin)) && districtPath.StartsWith(user.ScopePath, StringComparison.Ordinal);

    /// <summary>The district's own people (and those above) see every sheet; the people of its towns the published ones.</summary>
    public static bool MaySee(ICurrentUser user, IndicatorSheet sheet) =>
        sheet.DistrictPath.StartsWith(user.ScopePath, StringComparison.Ordinal)
        || sheet.Status == SheetStatus.Published && user.ScopePath.StartsWith(sheet.DistrictPath, StringComparison.Ordinal);

    /// <summary>The district of a scope path ("/1/2/3/4/" → 3): the third node from the province, or null above a district.</summary>
    public static long? DistrictIdOf(string scopePath)
    {
        var ids = scopePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return ids.Length >= (int)RegionLevel.District && long.TryParse(ids[(int)RegionLevel.District - 1], out var id) ? id : null;
    }
}
