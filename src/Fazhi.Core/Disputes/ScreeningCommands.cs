using Fazhi.Core.Regions;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Disputes;

/// <summary>Plan, hold and cancel screening rounds (排查); a round's disputes are registered through <see cref="DisputeCommands"/>.</summary>
public sealed class ScreeningCommands(AppDbContext db, TimeProvider clock)
{
    public sealed record PlanInput(long TownId, long? VillageId, long? GroupId, DisputeLevel Level, DateOnly PlannedOn, string Place);

    public async Task<ScreeningRound> PlanAsync(PlanInput input, CancellationToken ct = default)
    {
        var place = await RecordPlace.ResolveAsync(db, input.TownId, input.Level == DisputeLevel.Town ? null : input.VillageId,
            input.Level == DisputeLevel.Group ? input.GroupId : null, ct);
        var round = ScreeningRound.Plan(place, input.Level, input.PlannedOn, input.Place);
        db.Add(round);
        await db.SaveChangesAsync(ct);
        return round;
    }

    public Task RecordHeldAsync(long id, DateOnly heldOn, string participants, string areaCovered, bool foundNone, string? notes, CancellationToken ct = default) =>
        StepAsync(id, r => r.RecordHeld(heldOn, participants, areaCovered, foundNone, notes, ChinaTime.Today(clock)), ct);

    public Task CancelAsync(long id, string reason, CancellationToken ct = default) => StepAsync(id, r => r.Cancel(reason), ct);

    async Task StepAsync(long id, Action<ScreeningRound> step, CancellationToken ct)
    {
        var round = await db.Set<ScreeningRound>().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException();
        step(round);
        await db.SaveChangesAsync(ct);
    }
}
