using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Identity;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Reporting;
using Fazhi.Core.Staff;
using Fazhi.Web.Authorization;
using Fazhi.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Api;

/// <summary>
/// /api/v1/education: legal education and legal services (events, cadre study sessions and exams, consultations and their
/// legal-aid referrals, meetings, the staff roster, the legal advisor's work) behind the same use cases, rules and scope as
/// the pages. Lists read the registers' projections (<see cref="EducationQueries"/>), 100 rows a page; the figures are
/// <see cref="EducationFigures"/>'s, defined once.
/// </summary>
public static class EducationApi
{
    public const int PageSize = 100;

    public sealed record PartnerDto(long PartnerId, string Name);

    public sealed record EventListDto(long Id, DateOnly HeldOn, string Title, string Kind, bool Integrity, IReadOnlyList<string> Sectors,
        IReadOnlyList<string> Channels, string? VillageName, string Venue, string? Speakers, int? Attendance, AttendanceKind AttendanceKind,
        string AttendanceText, int? Materials, string Partners);

    public sealed record EventDto(long Id, long TownId, long? VillageId, string? VillageName, DateOnly HeldOn, string Title, string Kind, bool Integrity,
        IReadOnlyList<string> Sectors, IReadOnlyList<string> Channels, string Venue, long? OrganiserOfficeId, string? OrganiserOffice, string? Speakers,
        int? Attendance, AttendanceKind AttendanceKind, string AttendanceText, int? Materials, string? Summary, IReadOnlyList<PartnerDto> Partners,
        int Consultations);

    public sealed record StudyListDto(long Id, DateOnly HeldOn, string Kind, string Topic, decimal Hours, string? Lecturer, int Attendees);

    public sealed record AttendeeDto(long StaffMemberId, string Name);

    /// <summary><c>Expected</c>: the members on the town's roster that day, against whom attendance is counted.</summary>
    public sealed record StudyDto(long Id, long TownId, DateOnly HeldOn, string Kind, string Topic, decimal Hours, string? Lecturer, int Expected,
        IReadOnlyList<AttendeeDto> Attendees);

    public sealed record ResultDto(long StaffMemberId, string Name, int Points, bool Passed);

    public sealed record ExamDto(long Id, long TownId, DateOnly HeldOn, string Title, int PassMark, int Expected, int Sat, int Passed,
        IReadOnlyList<ResultDto> Results);

    public sealed record ConsultationDto(long Id, long TownId, long? VillageId, string? VillageName, DateOnly On, ConsultationChannel Channel, long? EventId,
        string? PersonName, string? Phone, string Category, string Question, string Answer, string AnsweredBy, string? FollowUp, ReferralStatus? Referral,
        DateOnly? ReferredOn, DateOnly? ReferralDecidedOn, DateOnly? ReferralDoneOn, string? ReferralResult);

    public sealed record AgendaItemDto(string Topic, bool RuleOfLaw, string? Decision);

    public sealed record MeetingDto(long Id, long TownId, DateOnly HeldOn, MeetingKind Kind, string Title, string Chair, string Attendees, bool OnRuleOfLaw,
        IReadOnlyList<AgendaItemDto> Items);

    public sealed record MemberDto(long Id, long TownId, string Name, long? OfficeId, string? Office, string? Position, bool IsLeader, DateOnly JoinedOn,
        DateOnly? LeftOn, bool OnRosterToday);

    public sealed record WorkDto(long Id, DateOnly On, AdvisorWorkType Type, string Summary, decimal Hours);

    public sealed record AdvisorDto(long Id, long TownId, long? FirmId, string FirmName, string LawyerName, DateOnly ContractFrom, DateOnly ContractTo,
        bool UnderContractToday, IReadOnlyList<WorkDto> Work);

    /// <summary><c>Value</c>: the count, or for a ratio the rate (0.957) or the hours; null where the denominator is 0 ("—").</summary>
    public sealed record FigureDto(string Key, string Label, string Formula, string Explained, long? Numerator, long? Denominator, FigureUnit Unit,
        double? Value, string Display);

    /// <summary>Attendance kept as reported: exact counts, "余" counts (lower bounds), "近" counts (a little under).</summary>
    public sealed record AttendanceDto(long Exact, long AtLeast, long Nearly, long Total, long LowerBound, string Display);

    public sealed record BreakdownRowDto(string Label, int Count);

    public sealed record BreakdownDto(string Title, IReadOnlyList<BreakdownRowDto> Rows);

    public sealed record HoursDto(string Name, decimal Hours);

    public sealed record FiguresDto(int Year, IReadOnlyList<FigureDto> Headline, AttendanceDto Attendance, IReadOnlyList<BreakdownDto> Breakdowns,
        IReadOnlyList<HoursDto> HoursPerPerson);

    public sealed record EventRequest(long TownId, long? VillageId, DateOnly? HeldOn, string? Title, string? Kind, IReadOnlyList<string>? Sectors,
        IReadOnlyList<string>? Channels, string? Venue, long? OrganiserOfficeId, string? Speakers, int? Attendance, AttendanceKind? AttendanceKind,
        int? Materials, string? Summary, IReadOnlyList<long>? PartnerIds);

    public sealed record StudyRequest(long TownId, DateOnly? HeldOn, string? Kind, string? Topic, decimal? Hours, string? Lecturer,
        IReadOnlyList<long>? AttendeeIds);

    public sealed record ScoreRequest(long MemberId, int Points);

    public sealed record ExamRequest(long TownId, DateOnly? HeldOn, string? Title, int? PassMark, IReadOnlyList<ScoreRequest>? Scores);

    public sealed record ConsultationRequest(long TownId, long? VillageId, DateOnly? On, ConsultationChannel? Channel, long? EventId, string? PersonName,
        string? Phone, string? Category, string? Question, string? Answer, string? AnsweredBy, string? FollowUp);

    public sealed record MeetingRequest(long TownId, DateOnly? HeldOn, MeetingKind? Kind, string? Title, string? Chair, string? Attendees,
        IReadOnlyList<Meeting.ItemInput>? Items);

    /// <summary>One request shape for every referral step; each step reads the fields it needs.</summary>
    public sealed record ReferralStepRequest(string Step, DateOnly? On = null, string? Note = null, string? Reason = null, string? Result = null);

    public const string ReferralSteps = "refer（转法律援助）、accept（法律援助中心受理）、refuse（不予援助，须 reason）、complete（援助完毕，须 result）";

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/education").RequireAuthorization(ModuleAccess.Policy(Modules.Education));

        // ---- events (普法活动、廉政教育)
        g.MapGet("/events", async (AppDbContext db, int? year, string? kind, string? sector, string? channel, long? villageId, bool? integrity, string? q,
                int? page, CancellationToken ct) =>
            (await Page(EducationQueries.Events(db, new EventFilter(Year(year), kind, sector, channel, villageId, integrity, q)), page).ToListAsync(ct))
                .Select(EventListOf).ToList())
            .WithSummary("普法活动列表（含廉政教育，integrity=true 仅廉政教育；每页100条）");
        g.MapGet("/events/{id:long}", async (long id, AppDbContext db, CancellationToken ct) =>
            await EventAsync(db, id, ct) is { } e ? Results.Ok(e) : Results.NotFound())
            .WithSummary("普法活动详情");
        g.MapPost("/events", async (EventRequest r, EducationCommands commands, AppDbContext db, CancellationToken ct) =>
        {
            var details = new EducationEvent.Details(r.HeldOn ?? throw Missing("活动日期 heldOn"), r.Title ?? "", r.Kind ?? "", r.Sectors ?? [], r.Channels ?? [],
                r.Venue ?? "", r.OrganiserOfficeId, r.Speakers, r.Attendance, r.AttendanceKind ?? AttendanceKind.Exact, r.Materials, r.Summary);
            var e = await commands.RecordEventAsync(new EducationCommands.EventInput(r.TownId, r.VillageId, details, r.PartnerIds ?? []), ct);
            return Results.Created($"/api/v1/education/events/{e.Id}", await EventAsync(db, e.Id, ct));
        }).RequireAuthorization(Policies.Writer).WithSummary("登记普法活动（attendanceKind：Exact 确数、AtLeast “余”、Nearly “近”）");

        // ---- cadre study sessions and exams
        g.MapGet("/studies", async (AppDbContext db, int? year, int? page, CancellationToken ct) =>
            (await Page(EducationQueries.Studies(db, Year(year)), page).ToListAsync(ct))
                .Select(s => new StudyListDto(s.Id, s.HeldOn, s.Kind, s.Topic, s.Tenths / 10m, s.Lecturer, s.Attendees)).ToList())
            .WithSummary("干部学法列表（每页100条）");
        g.MapGet("/studies/{id:long}", async (long id, AppDbContext db, CancellationToken ct) =>
            await StudyAsync(db, id, ct) is { } s ? Results.Ok(s) : Results.NotFound())
            .WithSummary("干部学法详情：参加人员及当日在册应到人数");
        g.MapPost("/studies", async (StudyRequest r, EducationCommands commands, AppDbContext db, CancellationToken ct) =>
        {
            var s = await commands.RecordStudyAsync(new EducationCommands.StudyInput(r.TownId, r.HeldOn ?? throw Missing("学习日期 heldOn"), r.Kind ?? "",
                r.Topic ?? "", r.Hours ?? throw Missing("学时 hours"), r.Lecturer, r.AttendeeIds ?? []), ct);
            return Results.Created($"/api/v1/education/studies/{s.Id}", await StudyAsync(db, s.Id, ct));
        }).RequireAuthorization(Policies.Writer).WithSummary("登记干部学法（参加人员 attendeeIds 取自干部职工名册）");
        g.MapGet("/exams", async (AppDbContext db, int? year, int? page, CancellationToken ct) =>
            await Page(EducationQueries.Exams(db, Year(year)), page).ToListAsync(ct))
            .WithSummary("学法考试列表（每页100条）");
        g.MapGet("/exams/{id:long}", async (long id, AppDbContext db, CancellationToken ct) =>
            await ExamAsync(db, id, ct) is { } e ? Results.Ok(e) : Results.NotFound())
            .WithSummary("学法考试详情：成绩及当日在册应考人数");
        g.MapPost("/exams", async (ExamRequest r, EducationCommands commands, AppDbContext db, CancellationToken ct) =>
        {
            var exam = await commands.RecordExamAsync(new EducationCommands.ExamInput(r.TownId, r.HeldOn ?? throw Missing("考试日期 heldOn"), r.Title ?? "",
                r.PassMark ?? throw Missing("合格分数 passMark"), (r.Scores ?? []).Select(s => (s.MemberId, s.Points)).ToList()), ct);
            return Results.Created($"/api/v1/education/exams/{exam.Id}", await ExamAsync(db, exam.Id, ct));
        }).RequireAuthorization(Policies.Writer).WithSummary("登记学法考试成绩（scores：memberId 取自干部职工名册，points 0–100）");

        // ---- consultations and legal-aid referrals
        g.MapGet("/consultations", async (AppDbContext db, int? year, string? category, ReferralStatus? referral, bool? referred, int? page,
                CancellationToken ct) =>
            await Page(EducationQueries.Consultations(db, new ConsultationFilter(Year(year), category, referral, referred)), page).ToListAsync(ct))
            .WithSummary("法律咨询列表（每页100条）");
        g.MapGet("/consultations/{id:long}", async (long id, AppDbContext db, ICurrentUser user, CancellationToken ct) =>
            await ConsultationAsync(db, id, user, ct) is { } c ? Results.Ok(c) : Results.NotFound())
            .WithSummary("法律咨询详情（咨询人电话按角色脱敏）");
        g.MapPost("/consultations", async (ConsultationRequest r, EducationCommands commands, AppDbContext db, ICurrentUser user, CancellationToken ct) =>
        {
            var c = await commands.RecordConsultationAsync(r.TownId, r.VillageId, new Consultation.Input(r.On ?? throw Missing("咨询日期 on"),
                r.Channel ?? throw Missing("咨询方式 channel"), r.EventId, r.PersonName, r.Phone, r.Category ?? "", r.Question ?? "", r.Answer ?? "",
                r.AnsweredBy ?? "", r.FollowUp), ct);
            return Results.Created($"/api/v1/education/consultations/{c.Id}", await ConsultationAsync(db, c.Id, user, ct));
        }).RequireAuthorization(Policies.Writer).WithSummary("登记法律咨询（eventId：在普法活动现场接受的咨询）");
        g.MapPost("/consultations/{id:long}/steps", async (long id, ReferralStepRequest s, EducationCommands c, AppDbContext db, ICurrentUser user,
            CancellationToken ct) =>
        {
            var on = s.On ?? throw Missing("日期 on");
            await (s.Step switch
            {
                "refer" => c.ReferAsync(id, on, s.Note, ct),
                "accept" => c.ReferralDecidedAsync(id, on, true, null, ct),
                "refuse" => c.ReferralDecidedAsync(id, on, false, s.Reason, ct),
                "complete" => c.ReferralCompletedAsync(id, on, s.Result ?? "", ct),
                _ => throw new DomainRuleException($"未知的转介步骤：{s.Step}。可用的步骤：{ReferralSteps}。"),
            });
            return Results.Ok(await ConsultationAsync(db, id, user, ct));
        }).RequireAuthorization(Policies.Writer).WithSummary("法律援助转介步骤：" + ReferralSteps);
        g.MapGet("/referrals", async (AppDbContext db, int? year, ReferralStatus? status, int? page, CancellationToken ct) =>
            await Page(EducationQueries.Consultations(db, new ConsultationFilter(Year(year), Referral: status, Referred: true)), page).ToListAsync(ct))
            .WithSummary("转法律援助的咨询（特殊案例）列表（每页100条）");
        g.MapGet("/referrals/{id:long}", async (long id, AppDbContext db, ICurrentUser user, CancellationToken ct) =>
            await ConsultationAsync(db, id, user, ct) is { Referral: not null } c ? Results.Ok(c) : Results.NotFound())
            .WithSummary("法律援助转介详情（未转介的咨询为404）");

        // ---- meetings
        g.MapGet("/meetings", async (AppDbContext db, int? year, int? page, CancellationToken ct) =>
            await Page(EducationQueries.Meetings(db, Year(year)), page).ToListAsync(ct))
            .WithSummary("会议列表（法治建设领导小组会议、专题会议、党政联席会议；每页100条）");
        g.MapGet("/meetings/{id:long}", async (long id, AppDbContext db, CancellationToken ct) =>
            await MeetingAsync(db, id, ct) is { } m ? Results.Ok(m) : Results.NotFound())
            .WithSummary("会议详情：议题、是否法治议题、议定事项");
        g.MapPost("/meetings", async (MeetingRequest r, EducationCommands commands, AppDbContext db, CancellationToken ct) =>
        {
            var m = await commands.RecordMeetingAsync(new EducationCommands.MeetingInput(r.TownId, r.HeldOn ?? throw Missing("会议日期 heldOn"),
                r.Kind ?? throw Missing("会议类型 kind"), r.Title ?? "", r.Chair ?? "", r.Attendees ?? "", r.Items ?? []), ct);
            return Results.Created($"/api/v1/education/meetings/{m.Id}", await MeetingAsync(db, m.Id, ct));
        }).RequireAuthorization(Policies.Writer).WithSummary("登记会议（items：topic、ruleOfLaw 是否法治议题、decision 议定事项）");

        // ---- the staff roster
        g.MapGet("/roster", async (AppDbContext db, TimeProvider clock, bool? current, string? q, int? page, CancellationToken ct) =>
        {
            var today = ChinaTime.Today(clock);
            var offices = await OfficeNamesAsync(db, ct);
            return (await EducationQueries.RosterAsync(db, ct))
                .Where(m => current is null || m.OnRosterOn(today) == current)
                .Where(m => string.IsNullOrWhiteSpace(q) || m.Name.Contains(q.Trim(), StringComparison.Ordinal))
                .Skip(Skip(page)).Take(PageSize).Select(m => MemberOf(m, offices, today)).ToList();
        }).WithSummary("干部职工名册（current=true 仅今日在册；每页100条）");
        g.MapGet("/roster/{id:long}", async (long id, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            await db.Set<StaffMember>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is { } m
                ? Results.Ok(MemberOf(m, await OfficeNamesAsync(db, ct), ChinaTime.Today(clock))) : Results.NotFound())
            .WithSummary("干部职工名册中的一人");

        // ---- the legal advisor and its work log
        g.MapGet("/advisors", async (AppDbContext db, TimeProvider clock, int? year, int? page, CancellationToken ct) =>
        {
            var today = ChinaTime.Today(clock);
            return (await EducationQueries.AdvisorsAsync(db, ct))
                .Where(a => year is not { } y || (a.ContractFrom.Year <= y && a.ContractTo.Year >= y))
                .Skip(Skip(page)).Take(PageSize).Select(a => AdvisorOf(a, today, year)).ToList();
        }).WithSummary("法律顾问及其工作日志（year：合同期覆盖该年的顾问及该年的工作；每页100条）");
        g.MapGet("/advisors/{id:long}", async (long id, AppDbContext db, TimeProvider clock, int? year, CancellationToken ct) =>
            (await EducationQueries.AdvisorsAsync(db, ct)).FirstOrDefault(a => a.Id == id) is { } a
                ? Results.Ok(AdvisorOf(a, ChinaTime.Today(clock), year)) : Results.NotFound())
            .WithSummary("法律顾问及其工作日志（year：仅该年的工作）");

        // ---- figures, defined once in Reporting
        g.MapGet("/figures/{year:int}", async (int year, AppDbContext db, CancellationToken ct) =>
        {
            var report = await EducationFigures.ForYearAsync(db, Year(year)!.Value, ct);
            var a = report.Attendance;
            return new FiguresDto(report.Year,
                report.Headline.Select(f => new FigureDto(f.Key, f.Label, f.Formula, f.Explained, f.Numerator, f.Denominator, f.Unit,
                    f.Denominator is null ? f.Numerator : f.Rate, f.Display)).ToList(),
                new AttendanceDto(a.Exact, a.AtLeast, a.Nearly, a.Total, a.LowerBound, a.Display),
                report.Breakdowns.Select(b => new BreakdownDto(b.Title, b.Rows.Select(r => new BreakdownRowDto(r.Label, r.Count)).ToList())).ToList(),
                report.HoursPerPerson.Select(h => new HoursDto(h.Name, h.Hours)).ToList());
        }).WithSummary("普法与法律服务统计：主要指标及口径、参加活动人次（确数、余数、近数、下限）、分类统计、每人学法学时");
    }

    static IQueryable<T> Page<T>(IQueryable<T> query, int? page) => query.Skip(Skip(page)).Take(PageSize);

    /// <summary>Rows before the page; a page number beyond any register is clamped rather than overflowing.</summary>
    static int Skip(int? page) => (Math.Clamp(page ?? 1, 1, 100_000) - 1) * PageSize;

    static DomainRuleException Missing(string what) => new($"请提供{what}。");

    /// <summary>A year a register can hold; anything else is a bad request, not a failed date computation.</summary>
    static int? Year(int? year) => year is { } y && (y < MinYear || y > MaxYear) ? throw new DomainRuleException($"年份须在{MinYear}至{MaxYear}之间。") : year;

    const int MinYear = 1949, MaxYear = 2100;

    static IReadOnlyList<string> Split(string list) => list.Split(EducationEvent.Separator, StringSplitOptions.RemoveEmptyEntries);

    static EventListDto EventListOf(EventRow e) => new(e.Id, e.HeldOn, e.Title, e.Kind, EventKinds.IsIntegrity(e.Kind), Split(e.SectorList),
        Split(e.ChannelList), e.VillageName, e.Venue, e.Speakers, e.Attendance, e.AttendanceKind, e.AttendanceText, e.Materials, e.Partners);

    static async Task<EventDto?> EventAsync(AppDbContext db, long id, CancellationToken ct)
    {
        var e = await EducationQueries.EventAsync(db, id, ct);
        if (e is null) return null;
        var village = e.VillageId is { } v ? await db.Regions.AsNoTracking().Where(r => r.Id == v).Select(r => r.Name).FirstOrDefaultAsync(ct) : null;
        var office = e.OrganiserOfficeId is { } o
            ? await db.Set<Office>().AsNoTracking().Where(x => x.Id == o).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var consultations = await db.Set<Consultation>().CountAsync(c => c.EventId == id, ct);
        return new EventDto(e.Id, e.TownId, e.VillageId, village, e.HeldOn, e.Title, e.Kind, EventKinds.IsIntegrity(e.Kind), e.SectorsReached, e.ChannelsUsed,
            e.Venue, e.OrganiserOfficeId, office, e.Speakers, e.Attendance, e.AttendanceKind, e.AttendanceText, e.Materials, e.Summary,
            e.Partners.OrderBy(p => p.Id).Select(p => new PartnerDto(p.PartnerId, p.Name)).ToList(), consultations);
    }

    /// <summary>The members of the town on its roster that day: whom a session or an exam expected.</summary>
    static async Task<int> ExpectedAsync(AppDbContext db, long townId, DateOnly day, CancellationToken ct) =>
        (await db.Set<StaffMember>().AsNoTracking().Where(m => m.TownId == townId).ToListAsync(ct)).Count(m => m.OnRosterOn(day));

    static async Task<StudyDto?> StudyAsync(AppDbContext db, long id, CancellationToken ct)
    {
        var s = await EducationQueries.StudyAsync(db, id, ct);
        if (s is null) return null;
        return new StudyDto(s.Id, s.TownId, s.HeldOn, s.Kind, s.Topic, s.Hours, s.Lecturer, await ExpectedAsync(db, s.TownId, s.HeldOn, ct),
            s.Attendees.OrderBy(a => a.Id).Select(a => new AttendeeDto(a.StaffMemberId, a.Name)).ToList());
    }

    static async Task<ExamDto?> ExamAsync(AppDbContext db, long id, CancellationToken ct)
    {
        var e = await EducationQueries.ExamAsync(db, id, ct);
        if (e is null) return null;
        return new ExamDto(e.Id, e.TownId, e.HeldOn, e.Title, e.PassMark, await ExpectedAsync(db, e.TownId, e.HeldOn, ct), e.Results.Count,
            e.Results.Count(r => r.Passed), e.Results.OrderBy(r => r.Id).Select(r => new ResultDto(r.StaffMemberId, r.Name, r.Points, r.Passed)).ToList());
    }

    /// <summary>The person's phone masked for roles that may not see it in full, as on the pages.</summary>
    static async Task<ConsultationDto?> ConsultationAsync(AppDbContext db, long id, ICurrentUser user, CancellationToken ct)
    {
        var c = await EducationQueries.ConsultationAsync(db, id, ct);
        if (c is null) return null;
        var village = c.VillageId is { } v ? await db.Regions.AsNoTracking().Where(r => r.Id == v).Select(r => r.Name).FirstOrDefaultAsync(ct) : null;
        return new ConsultationDto(c.Id, c.TownId, c.VillageId, village, c.On, c.Channel, c.EventId, c.PersonName, PersonalDataAccess.Phone(user, c.Phone),
            c.Category, c.Question, c.Answer, c.AnsweredBy, c.FollowUp, c.Referral, c.ReferredOn, c.ReferralDecidedOn, c.ReferralDoneOn, c.ReferralResult);
    }

    static async Task<MeetingDto?> MeetingAsync(AppDbContext db, long id, CancellationToken ct)
    {
        var m = await EducationQueries.MeetingAsync(db, id, ct);
        if (m is null) return null;
        return new MeetingDto(m.Id, m.TownId, m.HeldOn, m.Kind, m.Title, m.Chair, m.Attendees, m.OnRuleOfLaw,
            m.Items.OrderBy(i => i.Id).Select(i => new AgendaItemDto(i.Topic, i.RuleOfLaw, i.Decision)).ToList());
    }

    static Task<Dictionary<long, string>> OfficeNamesAsync(AppDbContext db, CancellationToken ct) =>
        db.Set<Office>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);

    static MemberDto MemberOf(StaffMember m, IReadOnlyDictionary<long, string> offices, DateOnly today) => new(m.Id, m.TownId, m.Name, m.OfficeId,
        m.OfficeId is { } o ? offices.GetValueOrDefault(o) : null, m.Position, m.IsLeader, m.JoinedOn, m.LeftOn, m.OnRosterOn(today));

    static AdvisorDto AdvisorOf(LegalAdvisor a, DateOnly today, int? year) => new(a.Id, a.TownId, a.FirmId, a.FirmName, a.LawyerName, a.ContractFrom,
        a.ContractTo, a.UnderContractOn(today),
        a.Work.Where(w => year is not { } y || w.On.Year == y).OrderByDescending(w => w.On).ThenByDescending(w => w.Id)
            .Select(w => new WorkDto(w.Id, w.On, w.Type, w.Summary, w.Tenths / 10m)).ToList());
}
