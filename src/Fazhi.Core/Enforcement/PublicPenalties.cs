using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Enforcement;

/// <summary>
/// A member of the public reading the public site. Whole-database scope (an anonymous reader has no region; the queries
/// below decide what is public) and read-only, so the scope guard refuses any write made through such a context.
/// </summary>
public sealed class PublicReader : ICurrentUser
{
    public static readonly PublicReader Instance = new();
    public string? UserId => null;
    public string UserName => "公众（网站访问）";
    public string ScopePath => "";
    public bool IsReadOnly => true;
    public bool IsInRole(string role) => false;
}

/// <summary>What the public sees of a penalty decision: no ID number, address, evidence or staff, a person's name masked.</summary>
public sealed record PublishedPenalty(string DecisionNumber, DateOnly DecidedOn, DateOnly PublishedOn, string Party, string Cause, string PenaltyKind,
    long? FineFen, string Basis, string Organ);

/// <summary>
/// 行政处罚决定公示 (国办发〔2018〕118号, 三项制度: penalty decisions are published within 7 working days): the decisions a town
/// has published (<see cref="EnforcementCase.PublishedOn"/> set), newest first. The projection is the whitelist: decision
/// number, date, party, cause, penalty kind and fine, basis, organ. An organisation's name is shown in full; a natural
/// person's as 张某 (《个人信息保护法》第六条: no more than the purpose needs). <paramref name="db"/> acts as <see cref="PublicReader"/>.
/// </summary>
public static class PublicPenalties
{
    public const int PageSize = 20;

    public static async Task<IReadOnlyList<RegionRow>> TownsAsync(AppDbContext db, CancellationToken ct = default) =>
        (await RegionQueries.InScopeAsync(db, ct)).Where(r => r.Level == RegionLevel.Town).ToList();

    public static async Task<(IReadOnlyList<PublishedPenalty> Rows, int Total)> ListAsync(AppDbContext db, long townId, int? year, int page, DateOnly today,
        CancellationToken ct = default)
    {
        var q = db.Set<EnforcementCase>().AsNoTracking()
            .Where(c => c.TownId == townId && c.PublishedOn != null && c.PublishedOn <= today && c.DecidedOn != null && c.DecisionNumber != null
                        && (c.Status == CaseStatus.Decided || c.Status == CaseStatus.Closed));
        if (year is { } y)
        {
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            q = q.Where(c => c.DecidedOn >= from && c.DecidedOn <= to);
        }
        var total = await q.CountAsync(ct);
        var organ = await db.Regions.AsNoTracking().Where(r => r.Id == townId).Select(r => r.Name).FirstOrDefaultAsync(ct);
        var rows = await q.OrderByDescending(c => c.DecidedOn).ThenByDescending(c => c.Id).Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize)
            .Select(c => new { c.DecisionNumber, c.DecidedOn, c.PublishedOn, c.PartyName, c.PartyIsPerson, c.Cause, c.PenaltyKind, c.FineFen, c.Basis })
            .ToListAsync(ct);
        return (rows.Select(c => new PublishedPenalty(c.DecisionNumber!, c.DecidedOn!.Value, c.PublishedOn!.Value, PartyName(c.PartyName, c.PartyIsPerson),
            c.Cause, c.PenaltyKind ?? "", c.FineFen, c.Basis ?? "", $"{organ}人民政府")).ToList(), total);
    }

    /// <summary>张三 → 张某; 欧阳娜娜 → 欧某: a natural person by the first character only. An organisation keeps its name.</summary>
    public static string PartyName(string name, bool isPerson)
    {
        var n = (name ?? "").Trim();
        if (!isPerson || n.Length == 0) return n;
        return (char.IsHighSurrogate(n[0]) && n.Length > 1 ? n[..2] : n[..1]) + "某";
    }
}
