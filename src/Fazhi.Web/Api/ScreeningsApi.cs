using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.Identity;
using Fazhi.Web.Authorization;
using Fazhi.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Api;

/// <summary>/api/v1/screenings: screening rounds (矛盾纠纷排查) planned, held or cancelled, within the user's scope.</summary>
public static class ScreeningsApi
{
    public sealed record FoundDto(long Id, string Number, string Category, DisputeStatus Status);
    public sealed record ScreeningDto(long Id, long TownId, long? VillageId, long? GroupId, DisputeLevel Level, DateOnly PlannedOn, DateOnly? HeldOn,
        string Place, string? Participants, string? AreaCovered, bool FoundNone, string? Notes, ScreeningStatus Status, bool IsOverdue,
        IReadOnlyList<FoundDto> Found);
    public sealed record StepRequest(string Step, DateOnly? On = null, string? Participants = null, string? AreaCovered = null, bool FoundNone = false,
        string? Notes = null, string? Reason = null);

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/screenings").RequireAuthorization(ModuleAccess.Policy(Modules.Disputes));
        g.MapGet("/", async (AppDbContext db, int? year, long? villageId, ScreeningStatus? status, int? page, CancellationToken ct) =>
            await ScreeningQueries.List(db, year, villageId, status).Skip((Math.Max(1, page ?? 1) - 1) * 100).Take(100).ToListAsync(ct))
            .WithSummary("排查活动列表（每页100条）");
        g.MapGet("/{id:long}", async (long id, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            await ScreeningQueries.DetailsAsync(db, id, ct) is { } r ? Results.Ok(await ToDtoAsync(db, r, clock, ct)) : Results.NotFound())
            .WithSummary("排查活动详情");
        g.MapPost("/", async (ScreeningCommands.PlanInput input, ScreeningCommands commands, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var round = await commands.PlanAsync(input, ct);
            return Results.Created($"/api/v1/screenings/{round.Id}", await ToDtoAsync(db, (await ScreeningQueries.DetailsAsync(db, round.Id, ct))!, clock, ct));
        }).RequireAuthorization(Policies.Writer).WithSummary("安排排查");
        g.MapPost("/{id:long}/steps", async (long id, StepRequest s, ScreeningCommands c, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            await (s.Step switch
            {
                "held" => c.RecordHeldAsync(id, s.On ?? throw new DomainRuleException("请提供开展日期 on。"), s.Participants ?? "", s.AreaCovered ?? "",
                    s.FoundNone, s.Notes, ct),
                "cancel" => c.CancelAsync(id, s.Reason ?? "", ct),
                _ => throw new DomainRuleException($"未知的排查步骤：{s.Step}。可用的步骤：held、cancel。"),
            });
            return Results.Ok(await ToDtoAsync(db, (await ScreeningQueries.DetailsAsync(db, id, ct))!, clock, ct));
        }).RequireAuthorization(Policies.Writer).WithSummary("排查步骤：held（已开展）、cancel（取消）");
    }

    static async Task<ScreeningDto> ToDtoAsync(AppDbContext db, ScreeningRound r, TimeProvider clock, CancellationToken ct)
    {
        var found = await db.Set<Dispute>().AsNoTracking().Where(d => d.ScreeningRoundId == r.Id).OrderBy(d => d.Id)
            .Select(d => new FoundDto(d.Id, d.Number, d.Category, d.Status)).ToListAsync(ct);
        return new ScreeningDto(r.Id, r.TownId, r.VillageId, r.GroupId, r.Level, r.PlannedOn, r.HeldOn, r.Place, r.Participants, r.AreaCovered,
            r.FoundNone, r.Notes, r.Status, r.IsOverdue(ChinaTime.Today(clock)), found);
    }
}
