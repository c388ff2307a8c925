using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Education;

/// <summary>
/// The use cases of legal education and legal services: events, the staff roster with study sessions and exams,
/// consultations and legal-aid referrals, the legal advisor's log, 法律明白人, meetings and the leaders' duty records.
/// Each loads through the scoped context (out of scope = not found) and saves once, audited.
/// </summary>
public sealed class EducationCommands(AppDbContext db, TimeProvider clock)
{
    DateOnly Today => ChinaTime.Today(clock);

    public sealed record EventInput(long TownId, long? VillageId, EducationEvent.Details Details, IReadOnlyList<long> PartnerIds);

    public async Task<EducationEvent> RecordEventAsync(EventInput input, CancellationToken ct = default)
    {
        var place = await RecordPlace.ResolveAsync(db, input.TownId, input.VillageId, null, ct);
        await RequireOfficeAsync(input.Details.OrganiserOfficeId, place.TownId, ct);
        var e = EducationEvent.Record(place, input.Details, await PartnersAsync(input.PartnerIds, place.TownId, ct), Today);
        db.Add(e);
        await db.SaveChangesAsync(ct);
        return e;
    }

    public async Task EditEventAsync(long id, EventInput input, int version, CancellationToken ct = default)
    {
        var e = await db.Set<EducationEvent>().Include(x => x.Partners).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (e.Version != version) throw new DomainRuleException("该活动已被他人修改，请刷新后再试。");
        await RequireOfficeAsync(input.Details.OrganiserOfficeId, e.TownId, ct);
        e.Edit(await RecordPlace.ResolveAsync(db, e.TownId, input.VillageId, null, ct), input.Details, await PartnersAsync(input.PartnerIds, e.TownId, ct), Today);
        await db.SaveChangesAsync(ct);
    }

    public sealed record MemberInput(long TownId, string Name, long? OfficeId, string? Position, bool IsLeader, DateOnly JoinedOn, DateOnly? LeftOn = null);

    public async Task<StaffMember> AddMemberAsync(MemberInput input, CancellationToken ct = default)
    {
        var town = await TownAsync(input.TownId, ct);
        await RequireOfficeAsync(input.OfficeId, town.Id, ct);
        var m = StaffMember.Create(town.Id, town.Path, input.Name, input.OfficeId, input.Position, input.IsLeader, input.JoinedOn);
        if (input.LeftOn is { } left) m.Edit(m.Name, m.OfficeId, m.Position, m.IsLeader, m.JoinedOn, left);
        db.Add(m);
        await db.SaveChangesAsync(ct);
        return m;
    }

    public async Task EditMemberAsync(long id, MemberInput input, CancellationToken ct = default)
    {
        var m = await db.Set<StaffMember>().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        await RequireOfficeAsync(input.OfficeId, m.TownId, ct);
        m.Edit(input.Name, input.OfficeId, input.Position, input.IsLeader, input.JoinedOn, input.LeftOn);
        await db.SaveChangesAsync(ct);
    }

    public sealed record StudyInput(long TownId, DateOnly HeldOn, string Kind, string Topic, decimal Hours, string? Lecturer, IReadOnlyList<long> AttendeeIds);

    public async Task<StudySession> RecordStudyAsync(StudyInput input, CancellationToken ct = default)
    {
        var town = await TownAsync(input.TownId, ct);
        var s = StudySession.Record(town.Id, town.Path, input.HeldOn, input.Kind, input.Topic, input.Hours, input.Lecturer,
            await MembersAsync(town.Id, input.AttendeeIds, ct), Today);
        db.Add(s);
        await db.SaveChangesAsync(ct);
        return s;
    }

    public sealed record ExamInput(long TownId, DateOnly HeldOn, string Title, int PassMark, IReadOnlyList<(long MemberId, int Points)> Scores);

    public async Task<Exam> RecordExamAsync(ExamInput input, CancellationToken ct = default)
    {
        var town = await TownAsync(input.TownId, ct);
        var members = (await MembersAsync(town.Id, input.Scores.Select(s => s.MemberId).ToList(), ct)).ToDictionary(m => m.Id);
        var exam = Exam.Record(town.Id, town.Path, input.HeldOn, input.Title, input.PassMark,
            input.Scores.Select(s => new Exam.Score(members[s.MemberId], s.Points)).ToList(), Today);
        db.Add(exam);
        await db.SaveChangesAsync(ct);
        return exam;
    }

    public async Task<Consultation> RecordConsultationAsync(long townId, long? villageId, Consultation.Input input, CancellationToken ct = default)
    {
        var place = await RecordPlace.ResolveAsync(db, townId, villageId, null, ct);
        if (input.EventId is { } eid && !await db.Set<EducationEvent>().AnyAsync(e => e.Id == eid && e.TownId == townId, ct))
            throw new DomainRuleException("所选活动不存在。");
        var c = Consultation.Record(place, input, Today);
        db.Add(c);
        await db.SaveChangesAsync(ct);
        return c;
    }

    public Task ReferAsync(long id, DateOnly on, string? note, CancellationToken ct = default) =>
        ConsultationStepAsync(id, c => c.Refer(Past(on), note), ct);

    public Task ReferralDecidedAsync(long id, DateOnly on, bool accepted, string? reason, CancellationToken ct = default) =>
        ConsultationStepAsync(id, c => c.ReferralDecided(Past(on), accepted, reason), ct);

    public Task ReferralCompletedAsync(long id, DateOnly on, string result, CancellationToken ct = default) =>
        ConsultationStepAsync(id, c => c.ReferralCompleted(Past(on), result), ct);

    public async Task<LegalAdvisor> EngageAdvisorAsync(long townId, long? firmId, string lawyerName, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var town = await TownAsync(townId, ct);
        var firm = firmId is { } f ? await db.Set<PartnerOrganisation>().FirstOrDefaultAsync(p => p.Id == f && p.TownId == town.Id, ct)
            ?? throw new DomainRuleException("所选律师事务所不存在。") : null;
        var advisor = LegalAdvisor.Engage(town.Id, town.Path, firm?.Id, firm?.Name ?? "", lawyerName, from, to);
        db.Add(advisor);
        await db.SaveChangesAsync(ct);
        return advisor;
    }

    public async Task<AdvisorWork> LogAdvisorWorkAsync(long advisorId, DateOnly on, AdvisorWorkType type, string summary, decimal hours, CancellationToken ct = default)
    {
        var advisor = await db.Set<LegalAdvisor>().FirstOrDefaultAsync(a => a.Id == advisorId, ct) ?? throw new NotFoundException();
        var work = advisor.Log(on, type, summary, hours, Today);
        await db.SaveChangesAsync(ct);
        return work;
    }

    public async Task<LawSavvyPerson> AppointLawSavvyAsync(long townId, long villageId, string name, string? phone, DateOnly on, CancellationToken ct = default)
    {
        var person = LawSavvyPerson.Appoint(await RecordPlace.ResolveAsync(db, townId, villageId, null, ct), name, phone, Past(on));
        db.Add(person);
        await db.SaveChangesAsync(ct);
        return person;
    }

    /// <summary>A training of 法律明白人: an education event of the town, or one held elsewhere by title and date.</summary>
    public async Task RecordLawSavvyTrainingAsync(long personId, DateOnly on, string title, long? eventId, CancellationToken ct = default)
    {
        var person = await db.Set<LawSavvyPerson>().Include(p => p.Trainings).FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
        if (eventId is { } eid)
        {
            var e = await db.Set<EducationEvent>().FirstOrDefaultAsync(x => x.Id == eid && x.TownId == person.TownId, ct)
                ?? throw new DomainRuleException("所选活动不存在。");
            (on, title) = (e.HeldOn, e.Title);
        }
        person.Trained(Past(on), title, eventId);
        await db.SaveChangesAsync(ct);
    }

    public sealed record MeetingInput(long TownId, DateOnly HeldOn, MeetingKind Kind, string Title, string Chair, string Attendees, IReadOnlyList<Meeting.ItemInput> Items);

    public async Task<Meeting> RecordMeetingAsync(MeetingInput input, CancellationToken ct = default)
    {
        var town = await TownAsync(input.TownId, ct);
        var m = Meeting.Record(town.Id, town.Path, input.HeldOn, input.Kind, input.Title, input.Chair, input.Attendees, input.Items, Today);
        db.Add(m);
        await db.SaveChangesAsync(ct);
        return m;
    }

    public async Task<LeaderDuty> RecordLeaderDutyAsync(long memberId, DateOnly on, LeaderDutyKind kind, string summary, CancellationToken ct = default)
    {
        var leader = await db.Set<StaffMember>().FirstOrDefaultAsync(m => m.Id == memberId, ct) ?? throw new DomainRuleException("所选领导干部不存在。");
        var duty = LeaderDuty.Record(leader, on, kind, summary, Today);
        db.Add(duty);
        await db.SaveChangesAsync(ct);
        return duty;
    }

    async Task ConsultationStepAsync(long id, Action<Consultation> step, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        step(c);
        await db.SaveChangesAsync(ct);
    }

    DateOnly Past(DateOnly on) => on > Today ? throw new DomainRuleException("日期不能晚于今天。") : on;

    async Task<IReadOnlyList<StaffMember>> MembersAsync(long townId, IReadOnlyList<long> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        var members = await db.Set<StaffMember>().Where(m => m.TownId == townId && distinct.Contains(m.Id)).ToListAsync(ct);
        if (members.Count != distinct.Count) throw new DomainRuleException("所选人员不在本镇干部职工名册中。");
        return members;
    }

    Task<IReadOnlyList<(long Id, string Name)>> PartnersAsync(IReadOnlyList<long> ids, long townId, CancellationToken ct) =>
        TownRecords.PartnersAsync(db, ids, townId, ct);

    Task<Region> TownAsync(long townId, CancellationToken ct) => TownRecords.TownAsync(db, townId, "该项由乡镇登记。", ct);

    Task RequireOfficeAsync(long? officeId, long townId, CancellationToken ct) => TownRecords.RequireOfficeAsync(db, officeId, townId, ct);
}
