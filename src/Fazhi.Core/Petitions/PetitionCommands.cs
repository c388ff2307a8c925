using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Petitions;

/// <summary>
/// The use cases of the petition register. Each loads the petition through the scoped context (out of
/// scope = not found), applies one step of the procedure, brings the petition's reminders (shared
/// Deadline rows) in line with its new state, and saves once: the change, its deadlines and their audit
/// events commit together.
/// </summary>
public sealed class PetitionCommands(AppDbContext db, DeadlineService deadlines, CalendarProvider calendars, PersonalDataProtector protector, TimeProvider clock)
{
    /// <summary>A petition on the same subject by the same person counts as repeated while the earlier one is open or closed less than this long ago.</summary>
    public const int RepeatWindowDays = 365;

    public const string OwnerType = "petition";

    public sealed record PetitionerInput(PetitionerKind Kind, string Name, string? IdNumber, string? Phone, string? Address, long? VillageId, bool IsRepresentative);

    public sealed record RegisterInput(long TownId, long? VillageId, PetitionChannel Channel, PetitionClass Class, string Category,
        DateOnly ReceivedOn, string Request, string Facts, string Reasons, int PeopleCount, IReadOnlyList<PetitionerInput> Petitioners,
        long? ReceptionDayId = null);

    public async Task<Petition> RegisterAsync(RegisterInput input, CancellationToken ct = default)
    {
        var town = await db.Regions.FirstOrDefaultAsync(r => r.Id == input.TownId, ct) ?? throw new DomainRuleException("请选择乡镇。");
        var village = input.VillageId is { } vid ? await db.Regions.FirstOrDefaultAsync(r => r.Id == vid, ct) ?? throw new DomainRuleException("所选村（社区）不存在。") : null;
        var place = PetitionPlace.Of(town, village);
        if (!place.ScopePath.StartsWith(db.CurrentUser.ScopePath, StringComparison.Ordinal))
            throw new DomainRuleException("只能登记您管辖范围内的信访事项。");
        var today = ChinaTime.Today(clock);
        var petitioners = input.Petitioners.Select(p => Petitioner.Create(p.Kind, p.Name, p.IdNumber, p.Phone, p.Address, p.VillageId, p.IsRepresentative, today)).ToList();
        foreach (var p in petitioners) p.Fingerprint(protector);

        await using var tx = await db.BeginOwnTransactionAsync(ct);
        var petition = Petition.Register(place, await RegisterNumber.NextAsync(db.Set<Petition>().IgnoreQueryFilters().Where(p => p.TownId == town.Id).Select(p => p.Number), input.ReceivedOn.Year, ct), input.Channel, input.Class, input.Category,
            input.ReceivedOn, input.Request, input.Facts, input.Reasons, input.PeopleCount, petitioners, today);
        // 《信访工作条例》第三十六条: after re-review the same request is not accepted again, however long ago.
        if (await SameMatter(town.Id, input.Category, input.ReceivedOn, petitioners).Where(p => p.ReReviewAnsweredOn != null)
                .Select(p => p.Number).FirstOrDefaultAsync(ct) is { } finalNumber)
            throw new DomainRuleException($"该信访人就同类事项的信访（{finalNumber}）已经复核终结，同一请求不再受理（《信访工作条例》第三十六条）。");
        var since = input.ReceivedOn.AddDays(-RepeatWindowDays);
        if (await SameMatter(town.Id, input.Category, input.ReceivedOn, petitioners).Where(p => p.ClosedOn == null || p.ClosedOn >= since)
                .OrderByDescending(p => p.ReceivedOn).Select(p => new { p.Id, p.Status }).FirstOrDefaultAsync(ct) is { } earlier)
            petition.MarkRepeatOf(earlier.Id, earlier.Status is PetitionStatus.Accepted or PetitionStatus.Assigned);
        if (input.ReceptionDayId is { } dayId)
            petition.ReceivedAt(await db.Set<ReceptionDay>().FirstOrDefaultAsync(d => d.Id == dayId, ct) ?? throw new DomainRuleException("所选接访活动不存在。"));
        // Every new petition gets a receipt code, whatever the channel: a visitor or letter writer may follow the
        // matter online just as an online petitioner does (the clerk hands the code over with the receipt).
        // Tracking needs the last 4 digits of the first petitioner's phone; without a phone the code cannot be used.
        var code = ReceiptCodes.New();
        petition.IssueReceipt(code, petitioners.FirstOrDefault(p => p.Phone is not null)?.Phone is { } phone ? ReceiptCodes.TrackingHash(protector, code, phone) : null);
        db.Add(petition);
        await db.SaveChangesAsync(ct);
        await SyncDeadlinesAsync(petition, ct);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return petition;
    }

    public async Task<ReceptionDay> PlanReceptionAsync(long townId, ReceptionKind kind, DateOnly date, string leaderName, string? leaderUserId, string place,
        CancellationToken ct = default)
    {
        var town = await db.Regions.FirstOrDefaultAsync(r => r.Id == townId, ct);
        if (town is null || town.Level != Regions.RegionLevel.Town || !town.Path.StartsWith(db.CurrentUser.ScopePath, StringComparison.Ordinal))
            throw new DomainRuleException("请选择您管辖范围内的乡镇。");
        var day = ReceptionDay.Plan(town.Id, town.Path, kind, date, leaderName, leaderUserId, place);
        db.Add(day);
        await db.SaveChangesAsync(ct);
        return day;
    }

    public async Task RecordReceptionHeldAsync(long dayId, int peopleReceived, string? notes, CancellationToken ct = default, string? peopleList = null)
    {
        var day = await db.Set<ReceptionDay>().FirstOrDefaultAsync(d => d.Id == dayId, ct) ?? throw new NotFoundException();
        day.RecordHeld(peopleReceived, notes, ChinaTime.Today(clock), peopleList);
        await db.SaveChangesAsync(ct);
    }

    public async Task CancelReceptionAsync(long dayId, CancellationToken ct = default)
    {
        var day = await db.Set<ReceptionDay>().FirstOrDefaultAsync(d => d.Id == dayId, ct) ?? throw new NotFoundException();
        day.Cancel();
        await db.SaveChangesAsync(ct);
    }

    public Task DecideAsync(long id, AcceptanceDecision decision, DateOnly on, string? note, CancellationToken ct = default) =>
        StepAsync(id, (p, _) => p.Decide(decision, on, note), ct);

    public Task RecordNoticeAsync(long id, DateOnly on, CancellationToken ct = default) => StepAsync(id, (p, _) => p.RecordNotice(on), ct);

    public async Task AssignAsync(long id, long? officeId, string? leaderId, HandlingLevel level, CancellationToken ct = default)
    {
        if (officeId is { } o && !await db.Offices.AnyAsync(x => x.Id == o, ct)) throw new DomainRuleException("所选科室不存在或不在您的管辖范围内。");
        if (leaderId is { Length: > 0 } l && !await db.Users.AnyAsync(u => u.Id == l && db.CurrentUser.ScopePath.StartsWith(u.ScopePath), ct))
            throw new DomainRuleException("所选包案领导不存在。");
        await StepAsync(id, (p, _) => p.AssignHandling(officeId, leaderId, level), ct);
    }

    public Task ExtendAsync(long id, int days, string reason, string approvedBy, DateOnly decidedOn, DateOnly toldOn, CancellationToken ct = default) =>
        StepAsync(id, (p, cal) => p.Extend(days, reason, approvedBy, decidedOn, toldOn, cal), ct);

    public Task ReplyAsync(long id, DateOnly on, ReplyOpinion opinion, string legalBasis, CancellationToken ct = default) =>
        StepAsync(id, (p, _) => p.Reply(on, opinion, legalBasis), ct);

    public Task RateAsync(long id, Satisfaction satisfaction, CancellationToken ct = default) => StepAsync(id, (p, _) => p.Rate(satisfaction), ct);

    public Task RequestReviewAsync(long id, DateOnly on, CancellationToken ct = default) => StepAsync(id, (p, cal) => p.RequestReview(on, cal), ct);

    public Task AnswerReviewAsync(long id, DateOnly on, ReplyOpinion opinion, CancellationToken ct = default) =>
        StepAsync(id, (p, _) => p.AnswerReview(on, opinion), ct);

    public Task RequestReReviewAsync(long id, DateOnly on, CancellationToken ct = default) => StepAsync(id, (p, cal) => p.RequestReReview(on, cal), ct);

    public Task AnswerReReviewAsync(long id, DateOnly on, ReplyOpinion opinion, CancellationToken ct = default) =>
        StepAsync(id, (p, _) => p.AnswerReReview(on, opinion), ct);

    public Task CloseAsync(long id, DateOnly on, CancellationToken ct = default) => StepAsync(id, (p, _) => p.Close(on), ct);

    public Task ArchiveAsync(long id, DateOnly on, CancellationToken ct = default) => StepAsync(id, (p, _) => p.Archive(on), ct);

    async Task StepAsync(long id, Action<Petition, WorkCalendar> step, CancellationToken ct)
    {
        var petition = await db.Set<Petition>().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException();
        var calendar = await calendars.GetAsync(db, ct);
        step(petition, calendar);
        await using var tx = await db.BeginOwnTransactionAsync(ct);
        await SyncDeadlinesAsync(petition, ct);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }


    /// <summary>
    /// Earlier petitions of the same person (ID number, else name + phone, compared by keyed hash) on the same
    /// category in the same town. A repeat petition is one while the earlier is open or closed within
    /// <see cref="RepeatWindowDays"/>. Searched across the whole town, whoever registers: it is a fact about the person.
    /// </summary>
    IQueryable<Petition> SameMatter(long townId, string category, DateOnly receivedOn, IReadOnlyList<Petitioner> people)
    {
        var ids = people.Select(p => p.IdNumberHash).Where(h => h is not null).ToList();
        var namePhones = people.Where(p => p.IdNumberHash is null).Select(p => p.NamePhoneHash).Where(h => h is not null).ToList();
        if (ids.Count == 0 && namePhones.Count == 0) return db.Set<Petition>().Where(_ => false);
        return db.Set<Petition>().IgnoreQueryFilters()
            .Where(p => p.TownId == townId && p.Category == category && p.ReceivedOn <= receivedOn
                && p.Petitioners.Any(x => ids.Contains(x.IdNumberHash) || namePhones.Contains(x.NamePhoneHash)));
    }

    /// <summary>The reminders a petition needs in its current state; others are completed.</summary>
    async Task SyncDeadlinesAsync(Petition p, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(db, ct);
        var wanted = new List<WantedDeadline>();
        var me = db.CurrentUser.UserId;
        var open = p.Status is not (PetitionStatus.Closed or PetitionStatus.Archived or PetitionStatus.NotAccepted or PetitionStatus.Transferred);
        if (p.NoticeSentOn is null && open)
            wanted.Add(new($"信访{p.Number}：书面告知是否受理", p.ReceivedOn, PetitionClocks.AcceptanceNotice, me));
        if (p.Status is PetitionStatus.Accepted or PetitionStatus.Assigned)
        {
            var assignee = p.ResponsibleLeaderId ?? me;
            if (p.ExtensionDays is { } days)
            {
                var original = PetitionClocks.Due(calendar, PetitionClocks.Reply, p.DecidedOn!.Value);
                wanted.Add(new($"信访{p.Number}：延期后办结答复", original,
                    new DeadlineRule("延期后办结答复", "《信访工作条例》第三十四条", DeadlineKind.CalendarDays, days), assignee));
            }
            else wanted.Add(new($"信访{p.Number}：办结并书面答复", p.DecidedOn!.Value, PetitionClocks.Reply, assignee));
        }
        if (p.Status == PetitionStatus.UnderReview)
            wanted.Add(new($"信访{p.Number}：复查意见", p.ReviewRequestedOn!.Value, PetitionClocks.ReviewAnswer, me));
        if (p.Status == PetitionStatus.UnderReReview)
            wanted.Add(new($"信访{p.Number}：复核意见", p.ReReviewRequestedOn!.Value, PetitionClocks.ReReviewAnswer, me));

        await deadlines.SyncAsync(OwnerType, p.Id, p.ScopePath, wanted, ct);
    }
}
