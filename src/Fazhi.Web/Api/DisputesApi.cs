using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.Identity;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Petitions;
using Fazhi.Core.Reporting;
using Fazhi.Web.Authorization;
using Fazhi.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Api;

/// <summary>/api/v1/disputes: the dispute register's use cases, rules and scope, as on the pages.</summary>
public static class DisputesApi
{
    public sealed record PartyDto(long Id, PartyKind Kind, string Name, string? IdNumber, string? Phone, string? Address);
    public sealed record MoveDto(DisputeMoveKind Kind, DateOnly On, DisputeLevel? FromLevel, DisputeLevel? ToLevel, string Reason, string ByName);
    public sealed record OrderDto(long Id, DateOnly IssuedOn, DateOnly DueOn, string Requirement, string IssuedBy, DateOnly? AnsweredOn, string? Answer);
    public sealed record SessionDto(long Id, DateOnly HeldOn, string Place, string Mediators, string Attendees, string Minutes);
    public sealed record DisputeDto(long Id, string Number, long TownId, long? VillageId, long? GroupId, string Category, DisputeSource Source,
        long? ScreeningRoundId, long? FromPetitionId, long? ToPetitionId, DateOnly ReportedOn, string Description, int PeopleCount, long? AmountFen,
        RiskLevel Risk, string? RiskReason, DisputeLevel Level, DisputeStatus Status,
        MediationKind? MediationKind, DateOnly? MediationStartedOn, long? CommitteeId, long? OfficeId, string? CourtName, string? MediatorNames,
        DateOnly? OutcomeOn, AgreementForm? AgreementForm, string? AgreementFacts, string? AgreementTerms, DateOnly? PerformanceDue,
        DateOnly? AgreementEffectiveOn, FailureRoute? FailureRoute, string? OutcomeNote,
        PerformanceStatus? Performance, DateOnly? PerformanceCheckedOn, string? PerformanceNote,
        DateOnly? ConfirmationAppliedOn, string? ConfirmationCourt, DateOnly? ConfirmationAnsweredOn, ConfirmationResult? ConfirmationResult,
        string? ConfirmationCaseNumber, DateOnly? ConfirmationDeadline, DateOnly? CriminalOn, string? CriminalNote, int ReopenCount,
        IReadOnlyList<PartyDto> Parties, IReadOnlyList<MoveDto> Moves, IReadOnlyList<OrderDto> Orders, IReadOnlyList<SessionDto> Sessions);

    /// <summary>One request shape for every step; each step reads the fields it needs (see the summary of the endpoint).</summary>
    public sealed record StepRequest(string Step, DateOnly? On = null, string? Reason = null, string? Note = null,
        DisputeLevel? To = null, RiskLevel? Risk = null, DateOnly? DueOn = null, string? Requirement = null, long? OrderId = null, string? Answer = null,
        MediationKind? Kind = null, long? CommitteeId = null, long? OfficeId = null, string? CourtName = null, string? MediatorNames = null,
        string? Place = null, string? Mediators = null, string? Attendees = null, string? Minutes = null,
        AgreementForm? Form = null, string? Facts = null, string? Terms = null, DateOnly? PerformanceDue = null, DateOnly? SignedOn = null,
        FailureRoute? Route = null, PerformanceStatus? Performance = null, string? Court = null, ConfirmationResult? Result = null,
        string? CaseNumber = null, PetitionChannel? Channel = null, PetitionClass? Class = null, string? PetitionCategory = null);

    public const string Steps = "escalate、hand-down、change-risk、supervise、answer-supervision、start-mediation、session、success、failure、withdraw、"
                                + "performance、apply-confirmation、confirmation、criminal、reopen、to-petition";

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/disputes").RequireAuthorization(ModuleAccess.Policy(Modules.Disputes));
        g.MapGet("/", async (AppDbContext db, int? year, DisputeStatus? status, string? category, long? villageId, DisputeLevel? level, RiskLevel? risk,
                DisputeSource? source, MediationKind? kind, string? q, int? page, CancellationToken ct) =>
            await DisputeQueries.List(db, new DisputeFilter(year, status, category, villageId, level, risk, source, kind, q))
                .Skip((Math.Max(1, page ?? 1) - 1) * 100).Take(100).ToListAsync(ct))
            .WithSummary("矛盾纠纷登记列表（每页100条）");
        g.MapGet("/{id:long}", async (long id, AppDbContext db, CalendarProvider calendars, ICurrentUser user, CancellationToken ct) =>
            await DisputeQueries.DetailsAsync(db, id, ct) is { } d ? Results.Ok(ToDto(d, user, await calendars.GetAsync(db, ct))) : Results.NotFound())
            .WithSummary("矛盾纠纷详情");
        g.MapGet("/figures/{year:int}", async (int year, AppDbContext db, CancellationToken ct) =>
            (await DisputeFigures.OfYearAsync(db, year, ct)).Select(f => new { f.Key, f.Label, f.Formula, f.Numerator, f.Denominator, f.Rate, f.Display }))
            .WithSummary("矛盾纠纷统计指标");
        g.MapPost("/", async (DisputeCommands.RegisterInput input, DisputeCommands commands, AppDbContext db, CalendarProvider calendars, ICurrentUser user,
            CancellationToken ct) =>
        {
            var d = await commands.RegisterAsync(input, ct);
            return Results.Created($"/api/v1/disputes/{d.Id}", ToDto((await DisputeQueries.DetailsAsync(db, d.Id, ct))!, user, await calendars.GetAsync(db, ct)));
        }).RequireAuthorization(Policies.Writer).WithSummary("登记矛盾纠纷");
        g.MapPost("/{id:long}/steps", async (long id, StepRequest s, DisputeCommands c, AppDbContext db, CalendarProvider calendars, ICurrentUser user,
            TimeProvider clock, System.Security.Claims.ClaimsPrincipal principal, CancellationToken ct) =>
        {
            // Turning a dispute into a petition registers a petition: only for those who work in the petitions module too.
            if (s.Step == "to-petition" && !ModuleAccess.CanUse(principal, Modules.Petitions)) return Results.Forbid();
            var on = s.On ?? throw new DomainRuleException("请提供日期 on。");
            if (on > ChinaTime.Today(clock)) throw new DomainRuleException("日期不能晚于今天。");
            await (s.Step switch
            {
                "escalate" => c.EscalateAsync(id, s.To ?? throw Missing("上报到的层级 to"), on, s.Reason ?? "", ct),
                "hand-down" => c.HandDownAsync(id, s.To ?? throw Missing("下交到的层级 to"), on, s.Reason ?? "", ct),
                "change-risk" => c.ChangeRiskAsync(id, s.Risk ?? throw Missing("风险等级 risk"), on, s.Reason ?? "", ct),
                "supervise" => c.SuperviseAsync(id, on, s.DueOn ?? throw Missing("督办期限 dueOn"), s.Requirement ?? "", ct),
                "answer-supervision" => c.AnswerSupervisionAsync(id, s.OrderId ?? throw Missing("督办单 orderId"), on, s.Answer ?? "", ct),
                "start-mediation" => c.StartMediationAsync(id, s.Kind ?? throw Missing("调解方式 kind"), on, s.CommitteeId, s.OfficeId, s.CourtName,
                    s.MediatorNames, ct),
                "session" => c.RecordSessionAsync(id, on, s.Place ?? "", s.Mediators ?? "", s.Attendees ?? "", s.Minutes ?? "", ct),
                "success" => c.RecordSuccessAsync(id, on, s.Form ?? throw Missing("协议形式 form"), s.Facts, s.Terms ?? "", s.PerformanceDue, s.SignedOn,
                    s.Note, ct),
                "failure" => c.RecordFailureAsync(id, on, s.Route ?? throw Missing("告知的途径 route"), s.Note, ct),
                "withdraw" => c.RecordWithdrawalAsync(id, on, s.Reason ?? "", ct),
                "performance" => c.RecordPerformanceAsync(id, s.Performance ?? throw Missing("履行情况 performance"), on, s.Note, ct),
                "apply-confirmation" => c.ApplyForConfirmationAsync(id, on, s.Court ?? "", ct),
                "confirmation" => c.RecordConfirmationAsync(id, on, s.Result ?? throw Missing("裁定结果 result"), s.CaseNumber, ct),
                "criminal" => c.RecordCriminalCaseAsync(id, on, s.Note ?? "", ct),
                "reopen" => c.ReopenAsync(id, on, s.Reason ?? "", ct),
                "to-petition" => c.ToPetitionAsync(id, s.Channel ?? throw Missing("信访形式 channel"), s.Class ?? throw Missing("信访分类 class"),
                    s.PetitionCategory ?? throw Missing("信访类别 petitionCategory"), on, ct),
                _ => throw new DomainRuleException($"未知的办理步骤：{s.Step}。可用的步骤：{Steps}。"),
            });
            return Results.Ok(ToDto((await DisputeQueries.DetailsAsync(db, id, ct))!, user, await calendars.GetAsync(db, ct)));
        }).RequireAuthorization(Policies.Writer).WithSummary("办理步骤：" + Steps);
    }

    static DomainRuleException Missing(string what) => new($"请提供{what}。");

    /// <summary>Personal data masked for roles that may not see it in full, as on the pages.</summary>
    static DisputeDto ToDto(Dispute d, ICurrentUser user, WorkCalendar calendar) => new(d.Id, d.Number, d.TownId, d.VillageId, d.GroupId, d.Category,
        d.Source, d.ScreeningRoundId, d.FromPetitionId, d.ToPetitionId, d.ReportedOn, d.Description, d.PeopleCount, d.AmountFen, d.Risk, d.RiskReason,
        d.Level, d.Status, d.MediationKind, d.MediationStartedOn, d.CommitteeId, d.OfficeId, d.CourtName, d.MediatorNames,
        d.OutcomeOn, d.AgreementForm, d.AgreementFacts, d.AgreementTerms, d.PerformanceDue, d.AgreementEffectiveOn, d.FailureRoute, d.OutcomeNote,
        d.Performance, d.PerformanceCheckedOn, d.PerformanceNote, d.ConfirmationAppliedOn, d.ConfirmationCourt, d.ConfirmationAnsweredOn,
        d.ConfirmationResult, d.ConfirmationCaseNumber, d.ConfirmationDeadline(calendar), d.CriminalOn, d.CriminalNote, d.ReopenCount,
        d.Parties.OrderBy(p => p.Id).Select(p => new PartyDto(p.Id, p.Kind, p.Name, PersonalDataAccess.IdNumber(user, p.IdNumber),
            PersonalDataAccess.Phone(user, p.Phone), PersonalDataAccess.Address(user, p.Address))).ToList(),
        d.Moves.OrderBy(m => m.AtUtc).ThenBy(m => m.Id).Select(m => new MoveDto(m.Kind, m.On, m.FromLevel, m.ToLevel, m.Reason, m.ByName)).ToList(),
        d.Orders.OrderBy(o => o.IssuedOn).ThenBy(o => o.Id).Select(o => new OrderDto(o.Id, o.IssuedOn, o.DueOn, o.Requirement, o.IssuedBy, o.AnsweredOn, o.Answer)).ToList(),
        d.Sessions.OrderBy(x => x.HeldOn).ThenBy(x => x.Id).Select(x => new SessionDto(x.Id, x.HeldOn, x.Place, x.Mediators, x.Attendees, x.Minutes)).ToList());
}
