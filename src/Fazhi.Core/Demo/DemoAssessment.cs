using Fazhi.Core.Assessment;
using Fazhi.Core.Calendar;
using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Demo;

/// <summary>
/// 武江区's 2019 indicator sheet for its towns (ten indicators, 100 points; the automatic ones read the registers'
/// figures), and 西联镇's self-assessment against it, submitted and graded 优秀 by the district — the seed report says
/// the town was rated 优秀等次. The indicators and thresholds are demo data: a district's real sheet is its own
/// (domain reference §4.1: how districts grade is UNCONFIRMED local practice).
/// </summary>
public static class DemoAssessment
{
    public const string SheetName = "武江区2019年度镇（街）法治政府建设考核";

    static AssessmentCommands.IndicatorInput Auto(string category, string text, string points, string key, Comparison comparison, string threshold,
        bool fullWhenNoData = false) =>
        new(null, category, text, points, IndicatorRule.Automatic, key, comparison, threshold, fullWhenNoData, false);

    static AssessmentCommands.IndicatorInput Manual(string category, string text, string points, bool evidence) =>
        new(null, category, text, points, IndicatorRule.Manual, null, Comparison.AtLeast, null, false, evidence);

    static readonly AssessmentCommands.IndicatorInput[] Indicators =
    [
        Manual("组织领导", "党政主要负责人履行推进法治建设第一责任人职责，年度内专题研究法治建设工作", "10", evidence: true),
        Auto("组织领导", "召开会议研究法治建设议题不少于2次", "5", "education.meetings-rule-of-law", Comparison.AtLeast, "2"),
        Manual("依法决策", "法律顾问制度落实，重大行政决策、重大合同经法律顾问审查", "10", evidence: true),
        Manual("政务公开", "政务公开栏及时更新，办事流程公开", "10", evidence: false),
        Auto("行政执法", "重大执法决定法制审核率达到100%（无重大执法决定的不扣分）", "10", "enforcement.legal-review-rate", Comparison.AtLeast, "100",
            fullWhenNoData: true),
        Auto("行政执法", "开展执法检查（巡查）不少于12次", "10", "enforcement.inspections", Comparison.AtLeast, "12"),
        Auto("信访工作", "信访事项办理率达到95%", "15", "petitions.handling-rate", Comparison.AtLeast, "95"),
        Auto("矛盾纠纷化解", "矛盾纠纷调处成功率达到90%", "10", "disputes.success-rate", Comparison.AtLeast, "90"),
        Auto("普法宣传", "开展普法宣传教育活动不少于8场次", "10", "education.events", Comparison.AtLeast, "8"),
        Auto("干部学法", "干部学法考试合格率达到90%", "10", "education.exam-pass-rate", Comparison.AtLeast, "90"),
    ];

    /// <summary>The town's own word on the manual indicators: score, note, linked figures.</summary>
    static readonly Dictionary<string, (string Score, string Note, string[] Keys)> SelfScores = new()
    {
        ["组织领导"] = ("10", "镇党委、镇政府主要负责人任法治建设领导小组组长，全年召开法治建设专题会议，主要负责人年终述法。", ["education.meetings-rule-of-law", "education.leader-duty-reports"]),
        ["依法决策"] = ("10", "聘请周和律师事务所张剑波律师为镇法律顾问，重大行政决策、重大合同均经法律顾问审查。", ["education.advisor-work"]),
        ["政务公开"] = ("9", "镇政务公开栏按季度更新，部门办事流程已公开；村务公开栏由各村按月更新。", []),
    };

    /// <summary>Where the district's score differs from the town's own, and why.</summary>
    static readonly Dictionary<string, (string Score, string Comment)> DistrictScores = new()
    {
        ["政务公开"] = ("8", "公开栏更新及时，但个别办事流程未标注办理时限。"),
    };

    /// <summary>The district publishes its sheet and the town submits in January 2020; the district grades in February.</summary>
    static readonly DateTimeOffset Submitted = new(2020, 1, 20, 9, 0, 0, TimeSpan.FromHours(8)), Graded = new(2020, 2, 28, 9, 0, 0, TimeSpan.FromHours(8));

    public static async Task LoadAsync(AppDbContext db, DbContextOptions<AppDbContext> options, CalendarProvider calendars, CancellationToken ct = default)
    {
        var assessments = new AssessmentCommands(db, options, calendars, new At(Submitted));
        var town = await db.Regions.SingleAsync(r => r.Code == "440203100000", ct);
        var sheet = await assessments.CreateSheetAsync(town.ParentId!.Value, 2019, SheetName, ct);
        foreach (var input in Indicators) await assessments.AddIndicatorAsync(sheet.Id, input, sheet.Version, ct);
        await assessments.PublishAsync(sheet.Id, sheet.Version, ct);

        var assessment = await assessments.OpenAsync(town.Id, sheet.Id, ct);
        foreach (var indicator in sheet.Ordered.Where(i => i.Rule == IndicatorRule.Manual))
        {
            var (score, note, keys) = SelfScores[indicator.Category];
            await assessments.ScoreSelfAsync(assessment.Id, indicator.Id, new AssessmentCommands.SelfScoreInput(score, note, keys), assessment.Version, ct);
        }
        await assessments.SubmitAsync(assessment.Id, assessment.Version, ct);

        var district = sheet.Ordered.Select(i =>
        {
            var own = assessment.ScoreOf(i.Id).SelfTenths;
            return DistrictScores.TryGetValue(i.Category, out var d) && i.Rule == IndicatorRule.Manual
                ? new AssessmentCommands.DistrictScoreInput(i.Id, d.Score, d.Comment)
                : new AssessmentCommands.DistrictScoreInput(i.Id, own is null ? null : Tenths.Format(own.Value), null);
        }).ToList();
        await new AssessmentCommands(db, options, calendars, new At(Graded)).ScoreAsync(assessment.Id, district, "该镇法治政府建设各项工作落实到位，台账规范，佐证材料齐全，评为优秀等次。", null, finalise: true, ct);
    }

    /// <summary>The demo's own dates for the dates the use cases record.</summary>
    sealed class At(DateTimeOffset instant) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => instant.ToUniversalTime();
    }
}
