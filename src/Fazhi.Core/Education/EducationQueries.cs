using Fazhi.Core.Data;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Education;

public sealed record EventFilter(int? Year = null, string? Kind = null, string? Sector = null, string? Channel = null, long? VillageId = null,
    bool? Integrity = null, string? Text = null);

public sealed record EventRow(long Id, DateOnly HeldOn, string Title, string Kind, string SectorList, string ChannelList, string? VillageName, string Venue,
    string? Speakers, int? Attendance, AttendanceKind AttendanceKind, int? Materials, string Partners)
{
    public string AttendanceText => EducationLabels.Attendance(Attendance, AttendanceKind);
}

public sealed record StudyRow(long Id, DateOnly HeldOn, string Kind, string Topic, int Tenths, string? Lecturer, int Attendees);

public sealed record ExamRow(long Id, DateOnly HeldOn, string Title, int PassMark, int Sat, int Passed);

public sealed record ConsultationFilter(int? Year = null, string? Category = null, ReferralStatus? Referral = null, bool? Referred = null);

public sealed record ConsultationRow(long Id, DateOnly On, ConsultationChannel Channel, string? VillageName, string? PersonName, string Category,
    string Question, string AnsweredBy, ReferralStatus? Referral);

public sealed record MeetingRow(long Id, DateOnly HeldOn, MeetingKind Kind, string Title, string Chair, int Items, int RuleOfLawItems);

/// <summary>The lists of the education registers: scoped by the global filter; each projection is the whitelist shown and exported.</summary>
public static class EducationQueries
{
    static (DateOnly, DateOnly) YearOf(int y) => (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));

    public static IQueryable<EventRow> Events(AppDbContext db, EventFilter f)
    {
        var q = db.Set<EducationEvent>().AsNoTracking();
        if (f.Year is { } y)
        {
            var (from, to) = YearOf(y);
            q = q.Where(e => e.HeldOn >= from && e.HeldOn <= to);
        }
        if (!string.IsNullOrWhiteSpace(f.Kind)) q = q.Where(e => e.Kind == f.Kind);
        // The lists hold whole words separated by commas; match a whole word.
        if (!string.IsNullOrWhiteSpace(f.Sector)) q = q.Where(e => ("," + e.SectorList + ",").Contains("," + f.Sector + ","));
        if (!string.IsNullOrWhiteSpace(f.Channel)) q = q.Where(e => ("," + e.ChannelList + ",").Contains("," + f.Channel + ","));
        if (f.VillageId is { } v) q = q.Where(e => e.VillageId == v);
        if (f.Integrity is { } integrity)
        {
            var kinds = EventKinds.IntegrityKinds.ToList();
            q = integrity ? q.Where(e => kinds.Contains(e.Kind)) : q.Where(e => !kinds.Contains(e.Kind));
        }
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var t = f.Text.Trim();
            q = q.Where(e => e.Title.Contains(t) || e.Venue.Contains(t) || (e.Speakers != null && e.Speakers.Contains(t)));
        }
        return q.OrderByDescending(e => e.HeldOn).ThenByDescending(e => e.Id).Select(e => new EventRow(e.Id, e.HeldOn, e.Title, e.Kind, e.SectorList,
            e.ChannelList, db.Regions.Where(r => r.Id == e.VillageId).Select(r => r.Name).FirstOrDefault(), e.Venue, e.Speakers, e.Attendance,
            e.AttendanceKind, e.Materials, string.Join("、", e.Partners.OrderBy(p => p.Id).Select(p => p.Name))));
    }

    public static IQueryable<StudyRow> Studies(AppDbContext db, int? year = null)
    {
        var q = db.Set<StudySession>().AsNoTracking();
        if (year is { } y)
        {
            var (from, to) = YearOf(y);
            q = q.Where(s => s.HeldOn >= from && s.HeldOn <= to);
        }
        return q.OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id)
            .Select(s => new StudyRow(s.Id, s.HeldOn, s.Kind, s.Topic, s.Tenths, s.Lecturer, s.Attendees.Count()));
    }

    public static IQueryable<ExamRow> Exams(AppDbContext db, int? year = null)
    {
        var q = db.Set<Exam>().AsNoTracking();
        if (year is { } y)
        {
            var (from, to) = YearOf(y);
            q = q.Where(e => e.HeldOn >= from && e.HeldOn <= to);
        }
        return q.OrderByDescending(e => e.HeldOn).ThenByDescending(e => e.Id)
            .Select(e => new ExamRow(e.Id, e.HeldOn, e.Title, e.PassMark, e.Results.Count(), e.Results.Count(r => r.Passed)));
    }

    public static IQueryable<ConsultationRow> Consultations(AppDbContext db, ConsultationFilter f)
    {
        var q = db.Set<Consultation>().AsNoTracking();
        if (f.Year is { } y)
        {
            var (from, to) = YearOf(y);
            q = q.Where(c => c.On >= from && c.On <= to);
        }
        if (!string.IsNullOrWhiteSpace(f.Category)) q = q.Where(c => c.Category == f.Category);
        if (f.Referral is { } r) q = q.Where(c => c.Referral == r);
        if (f.Referred is { } referred) q = referred ? q.Where(c => c.Referral != null) : q.Where(c => c.Referral == null);
        return q.OrderByDescending(c => c.On).ThenByDescending(c => c.Id).Select(c => new ConsultationRow(c.Id, c.On, c.Channel,
            db.Regions.Where(x => x.Id == c.VillageId).Select(x => x.Name).FirstOrDefault(), c.PersonName, c.Category, c.Question, c.AnsweredBy, c.Referral));
    }

    public static IQueryable<MeetingRow> Meetings(AppDbContext db, int? year = null)
    {
        var q = db.Set<Meeting>().AsNoTracking();
        if (year is { } y)
        {
            var (from, to) = YearOf(y);
            q = q.Where(m => m.HeldOn >= from && m.HeldOn <= to);
        }
        return q.OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id)
            .Select(m => new MeetingRow(m.Id, m.HeldOn, m.Kind, m.Title, m.Chair, m.Items.Count(), m.Items.Count(i => i.RuleOfLaw)));
    }

    /// <summary>The roster of the user's town, current members first.</summary>
    public static Task<List<StaffMember>> RosterAsync(AppDbContext db, CancellationToken ct = default) =>
        db.Set<StaffMember>().AsNoTracking().OrderBy(m => m.LeftOn != null).ThenByDescending(m => m.IsLeader).ThenBy(m => m.Id).ToListAsync(ct);

    public static Task<EducationEvent?> EventAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        db.Set<EducationEvent>().AsNoTracking().Include(e => e.Partners).FirstOrDefaultAsync(e => e.Id == id, ct);

    public static Task<StudySession?> StudyAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        db.Set<StudySession>().AsNoTracking().Include(s => s.Attendees).FirstOrDefaultAsync(s => s.Id == id, ct);

    public static Task<Exam?> ExamAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        db.Set<Exam>().AsNoTracking().Include(e => e.Results).FirstOrDefaultAsync(e => e.Id == id, ct);

    public static Task<Consultation?> ConsultationAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        db.Set<Consultation>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    public static Task<Meeting?> MeetingAsync(AppDbContext db, long id, CancellationToken ct = default) =>
        db.Set<Meeting>().AsNoTracking().Include(m => m.Items).FirstOrDefaultAsync(m => m.Id == id, ct);

    public static Task<List<LegalAdvisor>> AdvisorsAsync(AppDbContext db, CancellationToken ct = default) =>
        db.Set<LegalAdvisor>().AsNoTracking().Include(a => a.Work).OrderByDescending(a => a.ContractFrom).ToListAsync(ct);

    public static Task<List<LawSavvyPerson>> LawSavvyAsync(AppDbContext db, CancellationToken ct = default) =>
        db.Set<LawSavvyPerson>().AsNoTracking().Include(p => p.Trainings).OrderBy(p => p.VillageId).ThenBy(p => p.Id).ToListAsync(ct);

    public static Task<List<LeaderDuty>> LeaderDutiesAsync(AppDbContext db, int year, CancellationToken ct = default)
    {
        var (from, to) = YearOf(year);
        return db.Set<LeaderDuty>().AsNoTracking().Where(d => d.On >= from && d.On <= to).OrderBy(d => d.On).ToListAsync(ct);
    }
}
