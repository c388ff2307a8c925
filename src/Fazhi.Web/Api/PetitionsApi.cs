using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Petitions;
using Fazhi.Core.Reporting;
using Fazhi.Web.Authorization;
using Fazhi.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Api;

/// <summary>/api/v1/petitions: the same use cases, rules and scope as the pages.</summary>
public static class PetitionsApi
{
    public sealed record PetitionerDto(string Name, string? IdNumber, string? Phone, string? Address, bool IsRepresentative);
    public sealed record PetitionDto(long Id, string Number, DateOnly ReceivedOn, PetitionChannel Channel, PetitionClass Class, string Category,
        string Request, int PeopleCount, PetitionStatus Status, AcceptanceDecision? Decision, DateOnly? DecidedOn, DateOnly? RepliedOn,
        ReplyOpinion? Opinion, DateOnly? ClosedOn, long? RepeatOfId, bool AboutAcceptedMatter, bool IsCollective, IReadOnlyList<PetitionerDto> Petitioners);
    public sealed record StepRequest(string Step, DateOnly? On, AcceptanceDecision? Decision, string? Note, ReplyOpinion? Opinion, string? LegalBasis,
        int? Days, string? Reason, string? ApprovedBy, DateOnly? ToldOn, Satisfaction? Satisfaction,
        long? OfficeId = null, string? LeaderId = null, HandlingLevel? Level = null);

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/petitions").RequireAuthorization(ModuleAccess.Policy(Modules.Petitions));
        g.MapGet("/", async (AppDbContext db, int? year, PetitionStatus? status, PetitionChannel? channel, PetitionClass? @class, string? category,
                long? villageId, string? q, int? page, CancellationToken ct) =>
            await PetitionQueries.List(db, new PetitionFilter(year, status, channel, @class, category, villageId, q))
                .Skip((Math.Max(1, page ?? 1) - 1) * 100).Take(100).ToListAsync(ct))
            .WithSummary("信访登记列表（每页100条）");
        g.MapGet("/{id:long}", async (long id, AppDbContext db, ICurrentUser user, CancellationToken ct) =>
            await PetitionQueries.DetailsAsync(db, id, ct) is { } p ? Results.Ok(ToDto(p, user)) : Results.NotFound())
            .WithSummary("信访事项详情");
        g.MapGet("/figures/{year:int}", async (int year, AppDbContext db, CancellationToken ct) =>
            (await PetitionFigures.OfYearAsync(db, year, ct)).Select(f => new { f.Key, f.Label, f.Formula, f.Numerator, f.Denominator, f.Rate, f.Display }))
            .WithSummary("信访统计指标");
        g.MapPost("/", async (PetitionCommands.RegisterInput input, PetitionCommands commands, AppDbContext db, ICurrentUser user, CancellationToken ct) =>
        {
            var p = await commands.RegisterAsync(input, ct);
            return Results.Created($"/api/v1/petitions/{p.Id}", ToDto((await PetitionQueries.DetailsAsync(db, p.Id, ct))!, user));
        }).RequireAuthorization(Policies.Writer).WithSummary("登记信访事项");
        g.MapPost("/{id:long}/steps", async (long id, StepRequest s, PetitionCommands c, AppDbContext db, ICurrentUser user, CancellationToken ct) =>
        {
            var on = s.On ?? (s.Step is "assign" or "rate" ? default : throw new DomainRuleException("请提供日期 on。"));
            await (s.Step switch
            {
                "assign" => c.AssignAsync(id, s.OfficeId, s.LeaderId, s.Level ?? HandlingLevel.Town, ct),
                "decide" => c.DecideAsync(id, s.Decision ?? throw new DomainRuleException("请提供受理决定 decision。"), on, s.Note, ct),
                "notice" => c.RecordNoticeAsync(id, on, ct),
                "extend" => c.ExtendAsync(id, s.Days ?? 0, s.Reason ?? "", s.ApprovedBy ?? "", on, s.ToldOn ?? on, ct),
                "reply" => c.ReplyAsync(id, on, s.Opinion ?? throw new DomainRuleException("请提供处理意见 opinion。"), s.LegalBasis ?? "", ct),
                "rate" => c.RateAsync(id, s.Satisfaction ?? throw new DomainRuleException("请提供满意度 satisfaction。"), ct),
                "request-review" => c.RequestReviewAsync(id, on, ct),
                "answer-review" => c.AnswerReviewAsync(id, on, s.Opinion ?? ReplyOpinion.Reject, ct),
                "request-rereview" => c.RequestReReviewAsync(id, on, ct),
                "answer-rereview" => c.AnswerReReviewAsync(id, on, s.Opinion ?? ReplyOpinion.Reject, ct),
                "close" => c.CloseAsync(id, on, ct),
                "archive" => c.ArchiveAsync(id, on, ct),
                _ => throw new DomainRuleException($"未知的办理步骤：{s.Step}"),
            });
            return Results.Ok(ToDto((await PetitionQueries.DetailsAsync(db, id, ct))!, user));
        }).RequireAuthorization(Policies.Writer).WithSummary("办理步骤：assign、decide、notice、extend、reply、rate、request-review、answer-review、request-rereview、answer-rereview、close、archive");
    }

    /// <summary>Personal data masked for roles that may not see it in full, as on the pages.</summary>
    static PetitionDto ToDto(Petition p, ICurrentUser user) => new(p.Id, p.Number, p.ReceivedOn, p.Channel, p.Class, p.Category, p.Request, p.PeopleCount,
        p.Status, p.Decision, p.DecidedOn, p.RepliedOn, p.Opinion, p.ClosedOn, p.RepeatOfId, p.AboutAcceptedMatter, p.IsCollective,
        p.Petitioners.OrderBy(x => x.Id).Select(x => new PetitionerDto(x.Name, PersonalDataAccess.IdNumber(user, x.IdNumber),
            PersonalDataAccess.Phone(user, x.Phone), PersonalDataAccess.Address(user, x.Address), x.IsRepresentative)).ToList());
}
