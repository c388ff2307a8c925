using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reporting.Sources;

/// <summary>
/// The events, study sessions, exams, consultations, advisor work, 法律明白人, meetings and duty records behind each
/// education figure, read through <see cref="EducationFigures"/>' own record sets and rules.
/// </summary>
public sealed partial class EducationFigureSource
{
    public async Task<IReadOnlyList<FigureRecord>?> RecordsAsync(FigureContext context, int year, string key, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var db = context.Db;
        return key switch
        {
            "education.events" => await EventsAsync(db, from, to, e => !EventKinds.IsIntegrity(e.Kind), _ => true, _ => "", ct),
            // Sums: every event of the year, counted where it adds something.
            "education.attendance-lower-bound" => await EventsAsync(db, from, to, _ => true,
                e => AttendanceSum.InLowerBound(e.AttendanceKind) && e.Attendance > 0, e => " " + EducationLabels.Attendance(e.Attendance, e.AttendanceKind), ct),
            "education.materials" => await EventsAsync(db, from, to, _ => true, e => e.Materials > 0, e => e.Materials > 0 ? $" 发放资料{e.Materials}份" : "", ct),
            "education.integrity-events" => await EventsAsync(db, from, to, e => EventKinds.IsIntegrity(e.Kind), _ => true, _ => "", ct),
            "education.integrity-base-visits" => await EventsAsync(db, from, to,
                e => EventKinds.IsIntegrity(e.Kind) && e.Kind == EventKinds.IntegrityBaseVisit, _ => true, _ => "", ct),
            "education.consultations" => await ConsultationsAsync(db, from, to, _ => true, ct),
            "education.referrals" => await ConsultationsAsync(db, from, to, r => r is not null, ct),
            "education.referrals-accepted" => await ConsultationsAsync(db, from, to, r => r is not null && EducationFigures.ReferralAccepted(r), ct),
            "education.referrals-done" => await ConsultationsAsync(db, from, to, r => r == ReferralStatus.Done, ct),
            "education.study-sessions" => await SessionsAsync(db, from, to, hours: false, ct),
            "education.study-hours" => await SessionsAsync(db, from, to, hours: true, ct),
            "education.study-attendance-rate" => await StudyAttendanceAsync(db, from, to, ct),
            "education.hours-per-person" => await HoursPerPersonAsync(db, from, to, ct),
            "education.exams" => (await EducationFigures.Exams(db, from, to).OrderBy(e => e.HeldOn).ThenBy(e => e.Id)
                    .Select(e => new { e.Id, e.HeldOn, e.Title }).ToListAsync(ct))
                .Select(e => new FigureRecord("exam", e.Id, e.HeldOn, e.Title)).ToList(),
            "education.exam-participation-rate" => await ExamRosterAsync(db, from, to, ct),
            "education.exam-pass-rate" => (await EducationFigures.Exams(db, from, to).OrderBy(e => e.HeldOn).ThenBy(e => e.Id)
                    .SelectMany(e => e.Results, (e, r) => new { e.Id, e.HeldOn, e.Title, ResultId = r.Id, r.Name, r.Points, r.Passed }).ToListAsync(ct))
                .OrderBy(r => r.HeldOn).ThenBy(r => r.Id).ThenBy(r => r.ResultId)
                .Select(r => new FigureRecord("exam", r.Id, r.HeldOn, $"{r.Title} {r.Name} {r.Points}分", r.Passed)).ToList(),
            "education.advisor-work" => (await EducationFigures.AdvisorWorks(db, from, to).OrderBy(w => w.On).ThenBy(w => w.Id)
                    .Select(w => new { w.Id, w.On, w.Type, w.Summary }).ToListAsync(ct))
                .Select(w => new FigureRecord("advisor-work", w.Id, w.On, $"{EducationLabels.Of(w.Type)}：{Short(w.Summary)}")).ToList(),
            "education.law-savvy-trained" => await LawSavvyAsync(db, from, to, ct),
            "education.meetings" => await MeetingsAsync(db, from, to, ruleOfLawOnly: false, ct),
            "education.meetings-rule-of-law" => await MeetingsAsync(db, from, to, ruleOfLawOnly: true, ct),
            "education.leader-duty-reports" => (await EducationFigures.Duties(db, from, to).Where(d => d.Kind == LeaderDutyKind.DutyReport)
                    .OrderBy(d => d.On).ThenBy(d => d.Id).Select(d => new { d.Id, d.On, d.LeaderName, d.Kind, d.Summary }).ToListAsync(ct))
                .Select(d => new FigureRecord("leader-duty", d.Id, d.On, $"{d.LeaderName}{EducationLabels.Of(d.Kind)}：{Short(d.Summary)}")).ToList(),
            _ => null,
        };
    }

    static string Short(string text) => text.Length <= 30 ? text : text[..30] + "…";

    sealed record EventRow(long Id, DateOnly HeldOn, string Title, string Kind, int? Attendance, AttendanceKind AttendanceKind, int? Materials);

    static async Task<IReadOnlyList<FigureRecord>> EventsAsync(AppDbContext db, DateOnly from, DateOnly to, Func<EventRow, bool> of,
        Func<EventRow, bool> counted, Func<EventRow, string> amount, CancellationToken ct) =>
        (await EducationFigures.Events(db, from, to).OrderBy(e => e.HeldOn).ThenBy(e => e.Id)
            .Select(e => new EventRow(e.Id, e.HeldOn, e.Title, e.Kind, e.Attendance, e.AttendanceKind, e.Materials)).ToListAsync(ct))
        .Where(of).Select(e => new FigureRecord("education-event", e.Id, e.HeldOn, $"{e.Title}（{e.Kind}）{amount(e)}", counted(e))).ToList();

    static async Task<IReadOnlyList<FigureRecord>> ConsultationsAsync(AppDbContext db, DateOnly from, DateOnly to, Func<ReferralStatus?, bool> of,
        CancellationToken ct) =>
        (await EducationFigures.Consultations(db, from, to).OrderBy(c => c.On).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.On, c.Category, c.Channel, c.Referral }).ToListAsync(ct))
        .Where(c => of(c.Referral))
        .Select(c => new FigureRecord("consultation", c.Id, c.On,
            $"法律咨询 {c.Category}（{EducationLabels.Of(c.Channel)}）{(c.Referral is { } r ? $" 转法律援助：{EducationLabels.Of(r)}" : "")}")).ToList();

    static async Task<IReadOnlyList<FigureRecord>> SessionsAsync(AppDbContext db, DateOnly from, DateOnly to, bool hours, CancellationToken ct) =>
        (await EducationFigures.Sessions(db, from, to).OrderBy(s => s.HeldOn).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.HeldOn, s.Kind, s.Topic, s.Tenths }).ToListAsync(ct))
        .Select(s => new FigureRecord("study-session", s.Id, s.HeldOn, $"{s.Kind} {Short(s.Topic)}{(hours ? $" {s.Tenths / 10m:0.#}学时" : "")}",
            !hours || s.Tenths > 0)).ToList();

    /// <summary>For each session, everyone on the town's roster that day (its 应到), counted when they attended (实到).</summary>
    static async Task<IReadOnlyList<FigureRecord>> StudyAttendanceAsync(AppDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var roster = await db.Set<StaffMember>().AsNoTracking().ToListAsync(ct);
        var sessions = await EducationFigures.Sessions(db, from, to).Include(s => s.Attendees).OrderBy(s => s.HeldOn).ThenBy(s => s.Id).ToListAsync(ct);
        return sessions.SelectMany(s =>
        {
            var came = s.Attendees.Select(a => a.StaffMemberId).ToHashSet();
            return EducationFigures.RosterOn(roster, s.TownId, s.HeldOn).OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Id)
                .Select(m => new FigureRecord("study-session", s.Id, s.HeldOn, $"{s.Kind} {Short(s.Topic)} {m.Name}{(came.Contains(m.Id) ? "" : "（未参加）")}",
                    came.Contains(m.Id)));
        }).ToList();
    }

    /// <summary>Everyone who attended a session of the year, with their hours, dated by their first session.</summary>
    static async Task<IReadOnlyList<FigureRecord>> HoursPerPersonAsync(AppDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var names = await db.Set<StaffMember>().AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var sessions = await EducationFigures.Sessions(db, from, to).Include(s => s.Attendees).ToListAsync(ct);
        return sessions.SelectMany(s => s.Attendees.Select(a => (a.StaffMemberId, s.HeldOn, s.Tenths))).GroupBy(x => x.StaffMemberId)
            .Select(g => new FigureRecord("staff-member", g.Key, g.Min(x => x.HeldOn),
                $"{names.GetValueOrDefault(g.Key, "（已删除）")} {g.Sum(x => x.Tenths) / 10m:0.#}学时（{g.Count()}次）"))
            .OrderBy(r => r.On).ThenBy(r => r.Id).ToList();
    }

    /// <summary>For each exam, everyone on the town's roster that day (应考), counted when they sat it.</summary>
    static async Task<IReadOnlyList<FigureRecord>> ExamRosterAsync(AppDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var roster = await db.Set<StaffMember>().AsNoTracking().ToListAsync(ct);
        var exams = await EducationFigures.Exams(db, from, to).Include(e => e.Results).OrderBy(e => e.HeldOn).ThenBy(e => e.Id).ToListAsync(ct);
        return exams.SelectMany(e =>
        {
            var sat = e.Results.Select(r => r.StaffMemberId).ToHashSet();
            return EducationFigures.RosterOn(roster, e.TownId, e.HeldOn).OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Id)
                .Select(m => new FigureRecord("exam", e.Id, e.HeldOn, $"{e.Title} {m.Name}{(sat.Contains(m.Id) ? "" : "（未参加）")}", sat.Contains(m.Id)));
        }).ToList();
    }

    /// <summary>Each 法律明白人 trained in the year, once, dated by their first training of the year.</summary>
    static async Task<IReadOnlyList<FigureRecord>> LawSavvyAsync(AppDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var people = await EducationFigures.LawSavvyTrained(db, from, to)
            .Select(p => new { p.Id, p.Name, p.VillageId, Trainings = p.Trainings.Where(t => t.On >= from && t.On <= to).Select(t => t.On).ToList() })
            .ToListAsync(ct);
        var villageIds = people.Select(p => p.VillageId).Distinct().ToList();
        var villages = await db.Regions.AsNoTracking().Where(r => villageIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        return people.Select(p => new FigureRecord("law-savvy-person", p.Id, p.Trainings.Min(),
                $"{p.Name}（{villages.GetValueOrDefault(p.VillageId, "村")}）参加培训{p.Trainings.Count}次"))
            .OrderBy(r => r.On).ThenBy(r => r.Id).ToList();
    }

    static async Task<IReadOnlyList<FigureRecord>> MeetingsAsync(AppDbContext db, DateOnly from, DateOnly to, bool ruleOfLawOnly, CancellationToken ct) =>
        (await EducationFigures.Meetings(db, from, to).OrderBy(m => m.HeldOn).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.HeldOn, m.Kind, m.Title, RuleOfLaw = m.Items.Any(i => i.RuleOfLaw) }).ToListAsync(ct))
        .Where(m => !ruleOfLawOnly || m.RuleOfLaw)
        .Select(m => new FigureRecord("meeting", m.Id, m.HeldOn, $"{m.Title}（{EducationLabels.Of(m.Kind)}）")).ToList();
}
