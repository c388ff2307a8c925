using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reporting;

public sealed record EventFact(long Id, DateOnly On, string Kind, IReadOnlyList<string> Sectors, IReadOnlyList<string> Channels, int? Attendance,
    AttendanceKind AttendanceKind, int? Materials);

/// <summary>A study session or an exam as the figures see it: who was expected (the roster that day) and who came, sat or passed.</summary>
public sealed record StudyFact(long Id, DateOnly On, int Tenths, IReadOnlyList<long> Attendees, int Roster);

public sealed record ExamFact(long Id, DateOnly On, int Sat, int Passed, int Roster);

public sealed record ConsultationFact(DateOnly On, string Category, ReferralStatus? Referral);

/// <summary>
/// Attendance summed over events, keeping how it was reported: exact counts, "余" counts (each a lower bound) and
/// "近" counts (each a little under). The lower bound is exact + 余; with any "近" the sum is only approximate.
/// </summary>
public sealed record AttendanceSum(long Exact, long AtLeast, long Nearly)
{
    public long Total => Exact + AtLeast + Nearly;
    public long LowerBound => Exact + AtLeast;

    /// <summary>Whether an attendance reported this way counts in <see cref="LowerBound"/>: exact and "余" counts do, "近" counts do not.</summary>
    public static bool InLowerBound(AttendanceKind kind) => kind is AttendanceKind.Exact or AttendanceKind.AtLeast;

    public string Display => (AtLeast, Nearly) switch
    {
        (0, 0) => $"{Total}人次",
        (_, 0) => $"{Total}余人次",
        _ => $"约{Total}人次",
    };
}

public sealed record EducationReport(int Year, IReadOnlyList<Figure> Headline, AttendanceSum Attendance, IReadOnlyList<Breakdown> Breakdowns,
    IReadOnlyList<(string Name, decimal Hours)> HoursPerPerson)
{
    public Figure this[string key] => Headline.First(f => f.Key == key);
}

/// <summary>
/// The legal-education and legal-services figures of a year, defined once: the page, the API, the exports and the
/// annual report read these. Everything counts by its date (held, consulted, met).
/// </summary>
public static class EducationFigures
{
    public static async Task<EducationReport> ForYearAsync(AppDbContext db, int year, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var events = (await Events(db, from, to)
                .Select(e => new { e.Id, e.HeldOn, e.Kind, e.SectorList, e.ChannelList, e.Attendance, e.AttendanceKind, e.Materials }).ToListAsync(ct))
            .Select(e => new EventFact(e.Id, e.HeldOn, e.Kind, e.SectorList.Split(EducationEvent.Separator, StringSplitOptions.RemoveEmptyEntries),
                e.ChannelList.Split(EducationEvent.Separator, StringSplitOptions.RemoveEmptyEntries), e.Attendance, e.AttendanceKind, e.Materials)).ToList();
        var roster = await db.Set<StaffMember>().AsNoTracking().ToListAsync(ct);
        // Projected: the sessions, and who attended as (session, person) pairs in one flat query; how many sat and passed
        // an exam is counted by the database.
        var sessionsInYear = Sessions(db, from, to);
        var attendance = (await db.Set<StudyAttendee>().AsNoTracking()
                .Where(a => sessionsInYear.Any(s => s.Id == a.SessionId))
                .OrderBy(a => a.Id).Select(a => new { a.SessionId, a.StaffMemberId }).ToListAsync(ct))
            .ToLookup(a => a.SessionId, a => a.StaffMemberId);
        var sessions = (await sessionsInYear.Select(s => new { s.Id, s.HeldOn, s.Tenths, s.TownId }).ToListAsync(ct))
            .Select(s => new StudyFact(s.Id, s.HeldOn, s.Tenths, attendance[s.Id].ToList(), RosterOn(roster, s.TownId, s.HeldOn).Count()))
            .ToList();
        var exams = (await Exams(db, from, to)
                .Select(e => new { e.Id, e.HeldOn, e.TownId, Sat = e.Results.Count(), Passed = e.Results.Count(r => r.Passed) }).ToListAsync(ct))
            .Select(e => new ExamFact(e.Id, e.HeldOn, e.Sat, e.Passed, RosterOn(roster, e.TownId, e.HeldOn).Count()))
            .ToList();
        var consultations = await Consultations(db, from, to).Select(c => new ConsultationFact(c.On, c.Category, c.Referral)).ToListAsync(ct);
        var work = await AdvisorWorks(db, from, to).Select(w => w.Type).ToListAsync(ct);
        var meetings = await Meetings(db, from, to).Select(m => new { m.Kind, RuleOfLaw = m.Items.Any(i => i.RuleOfLaw) }).ToListAsync(ct);
        var duties = await Duties(db, from, to).Select(d => d.Kind).ToListAsync(ct);
        var trained = await LawSavvyTrained(db, from, to).CountAsync(ct);
        var names = roster.ToDictionary(m => m.Id, m => m.Name);
        return Compute(year, events, sessions, exams, consultations, work, meetings.Select(m => (m.Kind, m.RuleOfLaw)).ToList(), duties, trained, names);
    }

    public static EducationReport Compute(int year, IReadOnlyList<EventFact> events, IReadOnlyList<StudyFact> sessions, IReadOnlyList<ExamFact> exams,
        IReadOnlyList<ConsultationFact> consultations, IReadOnlyList<AdvisorWorkType> work, IReadOnlyList<(MeetingKind Kind, bool RuleOfLaw)> meetings,
        IReadOnlyList<LeaderDutyKind> duties, int lawSavvyTrained, IReadOnlyDictionary<long, string> staffNames)
    {
        // Kept apart by how each was reported; AttendanceSum.InLowerBound says which parts the lower bound adds.
        var attendance = new AttendanceSum(
            events.Where(e => e.AttendanceKind == AttendanceKind.Exact).Sum(e => (long)(e.Attendance ?? 0)),
            events.Where(e => e.AttendanceKind == AttendanceKind.AtLeast).Sum(e => (long)(e.Attendance ?? 0)),
            events.Where(e => e.AttendanceKind == AttendanceKind.Nearly).Sum(e => (long)(e.Attendance ?? 0)));
        var hours = sessions.SelectMany(s => s.Attendees.Select(a => (a, s.Tenths))).GroupBy(x => x.a)
            .Select(g => (Name: staffNames.GetValueOrDefault(g.Key, "（已删除）"), Hours: g.Sum(x => x.Tenths) / 10m))
            .OrderByDescending(x => x.Hours).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
        var general = events.Where(e => !EventKinds.IsIntegrity(e.Kind)).ToList();
        var integrity = events.Where(e => EventKinds.IsIntegrity(e.Kind)).ToList();
        var referred = consultations.Where(c => c.Referral is not null).ToList();
        var headline = new List<Figure>
        {
            new("education.events", "开展普法宣传教育活动", "本年度登记的普法活动场次（不含廉政教育）", general.Count),
            new("education.attendance-lower-bound", "参加活动人次（下限）", "各场活动参加人数之和：确数与“余”数相加；“近”数不计入下限", attendance.LowerBound),
            new("education.materials", "发放宣传资料", "各场活动发放资料份数之和", events.Sum(e => (long)(e.Materials ?? 0))),
            new("education.consultations", "接受法律咨询", "本年度登记的法律咨询人次", consultations.Count),
            new("education.referrals", "转法律援助", "咨询中登记为特殊案例、转法律援助中心的件数", referred.Count),
            new("education.referrals-accepted", "法律援助中心受理", "转介后已受理（含援助完毕）的件数", referred.Count(c => ReferralAccepted(c.Referral))),
            new("education.referrals-done", "援助完毕", "法律援助已办结的件数", referred.Count(c => c.Referral == ReferralStatus.Done)),
            new("education.study-sessions", "干部集中学法", "本年度干部学法（中心组学法、集体学法、培训）的次数", sessions.Count),
            new("education.study-hours", "学法总学时", "各次学法学时之和", sessions.Sum(s => s.Tenths), 10, FigureUnit.Hours),
            new("education.study-attendance-rate", "学法参学率", "各次实到人数之和 ÷ 各次应到人数（当日在册干部职工）之和",
                sessions.Sum(s => s.Attendees.Count), sessions.Sum(s => s.Roster)),
            new("education.hours-per-person", "人均学法学时", "各人参加学法的学时之和 ÷ 参加学法的人数", hours.Sum(h => (long)(h.Hours * 10)), hours.Count * 10L, FigureUnit.Hours),
            new("education.exams", "学法考试", "本年度学法考试次数", exams.Count),
            new("education.exam-participation-rate", "考试参考率", "参加考试人数 ÷ 应考人数（考试当日在册干部职工）", exams.Sum(e => e.Sat), exams.Sum(e => e.Roster)),
            new("education.exam-pass-rate", "考试合格率", "合格人数 ÷ 参加考试人数", exams.Sum(e => e.Passed), exams.Sum(e => e.Sat)),
            new("education.advisor-work", "法律顾问服务", "法律顾问工作日志条数（出具意见、审查文件、值班咨询、讲座、调解、诉讼）", work.Count),
            new("education.law-savvy-trained", "法律明白人参加培训", "本年度参加过培训的法律明白人人数", lawSavvyTrained),
            new("education.meetings", "召开会议", "法治建设领导小组会议、专题会议、党政联席会议次数", meetings.Count),
            new("education.meetings-rule-of-law", "研究法治议题的会议", "有议题标记为法治建设议题的会议次数", meetings.Count(m => m.RuleOfLaw)),
            new("education.leader-duty-reports", "主要负责人述法", "党政主要负责人述法次数", duties.Count(d => d == LeaderDutyKind.DutyReport)),
            new("education.integrity-events", "廉政教育活动", "廉政教育、警示教育、教育基地参观、案例剖析会、四风专项整治场次", integrity.Count),
            new("education.integrity-base-visits", "参观廉政教育基地", "廉政教育基地参观次数", integrity.Count(e => e.Kind == EventKinds.IntegrityBaseVisit)),
        };
        var breakdowns = new List<Breakdown>
        {
            Breakdown.Of("活动按类型", events, e => e.Kind, k => k, EventKinds.All),
            new("活动按覆盖领域（法律六进）", Sectors.All.Select(s => (s, general.Count(e => e.Sectors.Contains(s)))).ToList()),
            new("活动按宣传形式", Channels.All.Select(c => (c, general.Count(e => e.Channels.Contains(c)))).ToList()),
            Breakdown.Of("活动按月份", events, e => e.On.Month, m => $"{m}月", Enumerable.Range(1, 12)),
            Breakdown.Of("咨询按类别", consultations, c => c.Category, c => c, ConsultationCategories.All),
            Breakdown.Of("法律援助转介按状态", referred, c => c.Referral!.Value, EducationLabels.Of, Enum.GetValues<ReferralStatus>()),
            Breakdown.Of("法律顾问服务按类型", work, w => w, EducationLabels.Of, Enum.GetValues<AdvisorWorkType>()),
            Breakdown.Of("会议按类型", meetings, m => m.Kind, EducationLabels.Of, Enum.GetValues<MeetingKind>()),
        };
        return new EducationReport(year, headline, attendance, breakdowns, hours);
    }

    // The records each figure counts, by their dates: the figures and the records behind them read these.
    public static IQueryable<EducationEvent> Events(AppDbContext db, DateOnly from, DateOnly to) =>
        db.Set<EducationEvent>().AsNoTracking().Where(e => e.HeldOn >= from && e.HeldOn <= to);

    public static IQueryable<StudySession> Sessions(AppDbContext db, DateOnly from, DateOnly to) =>
        db.Set<StudySession>().AsNoTracking().Where(s => s.HeldOn >= from && s.HeldOn <= to);

    public static IQueryable<Exam> Exams(AppDbContext db, DateOnly from, DateOnly to) =>
        db.Set<Exam>().AsNoTracking().Where(e => e.HeldOn >= from && e.HeldOn <= to);

    public static IQueryable<Consultation> Consultations(AppDbContext db, DateOnly from, DateOnly to) =>
        db.Set<Consultation>().AsNoTracking().Where(c => c.On >= from && c.On <= to);

    public static IQueryable<AdvisorWork> AdvisorWorks(AppDbContext db, DateOnly from, DateOnly to) =>
        db.Set<AdvisorWork>().AsNoTracking().Where(w => w.On >= from && w.On <= to);

    public static IQueryable<Meeting> Meetings(AppDbContext db, DateOnly from, DateOnly to) =>
        db.Set<Meeting>().AsNoTracking().Where(m => m.HeldOn >= from && m.HeldOn <= to);

    public static IQueryable<LeaderDuty> Duties(AppDbContext db, DateOnly from, DateOnly to) =>
        db.Set<LeaderDuty>().AsNoTracking().Where(d => d.On >= from && d.On <= to);

    /// <summary>The 法律明白人 who attended a training in the period.</summary>
    public static IQueryable<LawSavvyPerson> LawSavvyTrained(AppDbContext db, DateOnly from, DateOnly to) =>
        db.Set<LawSavvyPerson>().AsNoTracking().Where(p => p.Trainings.Any(t => t.On >= from && t.On <= to));

    /// <summary>Who is expected at a session or exam of the town on that day: the members on its roster that day.</summary>
    public static IEnumerable<StaffMember> RosterOn(IEnumerable<StaffMember> roster, long townId, DateOnly day) =>
        roster.Where(m => m.TownId == townId && m.OnRosterOn(day));

    /// <summary>A referral the legal-aid centre accepted (including one already done).</summary>
    public static bool ReferralAccepted(ReferralStatus? status) => status is ReferralStatus.Accepted or ReferralStatus.Done;
}
