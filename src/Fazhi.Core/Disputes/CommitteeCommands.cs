using Fazhi.Core.Regions;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Disputes;

/// <summary>People's mediation committees and their members (《人民调解法》第八条、第九条、第三十四条).</summary>
public sealed class CommitteeCommands(AppDbContext db, TimeProvider clock)
{
    public async Task<MediationCommittee> CreateAsync(long townId, long? villageId, string name, DateOnly termStartedOn, CancellationToken ct = default)
    {
        var place = await RecordPlace.ResolveAsync(db, townId, villageId, null, ct);
        var trimmed = (name ?? "").Trim();
        if (await db.Set<MediationCommittee>().IgnoreQueryFilters().AnyAsync(c => c.TownId == townId && c.Name == trimmed, ct))
            throw new DomainRuleException($"本镇已有名为“{trimmed}”的人民调解委员会。");
        var committee = MediationCommittee.Create(place, name!, termStartedOn, ChinaTime.Today(clock));
        db.Add(committee);
        await db.SaveChangesAsync(ct);
        return committee;
    }

    public Task UpdateAsync(long id, string name, DateOnly termStartedOn, CancellationToken ct = default) =>
        StepAsync(id, c => c.Update(name, termStartedOn, ChinaTime.Today(clock)), ct);

    public async Task<Mediator> AddMemberAsync(long id, string name, Sex sex, MediatorRole role, string? phone, DateOnly joinedOn, CancellationToken ct = default)
    {
        Mediator? added = null;
        await StepAsync(id, c => added = c.AddMember(name, sex, role, phone, joinedOn), ct);
        return added!;
    }

    public Task RemoveMemberAsync(long id, long mediatorId, DateOnly on, CancellationToken ct = default) =>
        StepAsync(id, c => c.RemoveMember(mediatorId, on), ct);

    public Task DeactivateAsync(long id, CancellationToken ct = default) => StepAsync(id, c => c.Deactivate(), ct);

    async Task StepAsync(long id, Action<MediationCommittee> step, CancellationToken ct)
    {
        var committee = await db.Set<MediationCommittee>().Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();
        step(committee);
        await db.SaveChangesAsync(ct);
    }
}
