using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Audit;

/// <summary>Outcome of a walk along the audit chain.</summary>
/// <param name="BrokenAt">Seq of the first event that fails, or that is missing.</param>
/// <param name="Reason">Neutral English reason, for the command line and logs.</param>
/// <param name="ReasonZh">The same reason for users (Chinese).</param>
public sealed record AuditChainResult(bool Intact, long Count, long? BrokenAt, string? Reason, string? ReasonZh)
{
    public static AuditChainResult Ok(long count) => new(true, count, null, null, null);
    public static AuditChainResult Broken(long seq, string reason, string reasonZh) => new(false, 0, seq, reason, reasonZh);

    /// <summary>What `fazhi audit verify` prints.</summary>
    public string Line => Intact ? $"audit chain intact: {Count} events" : $"audit chain broken at event #{BrokenAt}: {Reason}";
}

/// <summary>
/// Walks the audit events in Seq order, in batches (never the whole table in memory), and checks
/// for each: the number follows the previous one (a gap is a deleted row), the stored hash equals
/// the SM3 of its content (else a field was altered or rows were swapped), and its PrevHash equals
/// the previous event's hash. Stops at the first broken event.
/// Removing the newest events leaves a shorter chain that is still consistent; that is only found
/// by comparing with a count or head hash recorded elsewhere (e.g. in a backup or a report).
/// </summary>
public sealed class AuditChainVerifier(AppDbContext db)
{
    public const int BatchSize = 1000;

    public async Task<AuditChainResult> VerifyAsync(CancellationToken ct = default)
    {
        long expected = 1, last = long.MinValue;
        var prev = AuditHash.Genesis;
        while (true)
        {
            var from = last;
            var batch = await db.Set<AuditEvent>().AsNoTracking()
                .Where(e => e.Seq > from).OrderBy(e => e.Seq).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) return AuditChainResult.Ok(expected - 1);
            foreach (var e in batch)
            {
                if (e.Seq > expected)
                    return AuditChainResult.Broken(expected,
                        $"event missing (next stored event is #{e.Seq}), a row was deleted or renumbered",
                        $"第{expected}条事件缺失（下一条为第{e.Seq}条），记录可能已被删除或改号");
                if (e.Seq < expected)
                    return AuditChainResult.Broken(e.Seq,
                        $"unexpected sequence number (expected #{expected}), a row was renumbered",
                        $"事件序号异常（应为第{expected}条），记录已被改号");
                if (!string.Equals(AuditHash.Compute(e), e.Hash, StringComparison.Ordinal))
                    return AuditChainResult.Broken(e.Seq,
                        "content does not match its hash, the row was altered or moved",
                        "内容与其哈希值不符，记录已被改动或调换");
                if (!string.Equals(e.PrevHash, prev, StringComparison.Ordinal))
                    return AuditChainResult.Broken(e.Seq,
                        "link to the previous event does not match",
                        "与上一条事件的哈希链接不符");
                prev = e.Hash;
                expected++;
            }
            last = batch[^1].Seq;
        }
    }
}
