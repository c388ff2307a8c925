namespace Fazhi.Core.Audit;

public enum AuditAction
{
    Create,
    Update,
    Delete,
}

/// <summary>
/// One entry of the tamper-evident audit log (审计日志): who changed which record, when, and how.
/// Rows are only ever appended (database triggers reject UPDATE and DELETE, see
/// <see cref="AuditTableGuards"/>); each row carries the SM3 hash of its own content and of the
/// previous row, so altering, deleting or reordering rows is found by <see cref="AuditChainVerifier"/>.
/// Deliberately not an IScopedRecord: the log is read by admins through explicit filters on
/// <see cref="ScopePath"/>, never hidden by the global scope filter.
/// </summary>
public sealed class AuditEvent
{
    /// <summary>Position in the chain: 1, 2, 3 … without gaps. Also the primary key, so every stored column is hashed.</summary>
    public long Seq { get; private set; }
    /// <summary>UTC, truncated to whole microseconds so that PostgreSQL stores it exactly and the hash survives a round trip.</summary>
    public DateTime AtUtc { get; private set; }
    public string? UserId { get; private set; }
    public string UserName { get; private set; } = "";
    /// <summary>CLR type name of the changed record, e.g. "Office", "AppUser", "IdentityUserRole".</summary>
    public string Entity { get; private set; } = "";
    /// <summary>Primary key of the changed record; parts of a composite key are joined with ",".</summary>
    public string EntityId { get; private set; } = "";
    public AuditAction Action { get; private set; }
    /// <summary>JSON object {"Field": {"before": …, "after": …}}; personal and secret fields are "***".</summary>
    public string Changes { get; private set; } = "{}";
    /// <summary>Scope path of the record where it has one, so a town's events can be selected.</summary>
    public string? ScopePath { get; private set; }
    /// <summary>Hash of the previous event (64 zeros for the first).</summary>
    public string PrevHash { get; private set; } = "";
    /// <summary>Lower-case hex SM3 of <see cref="AuditHash.Canonical"/>.</summary>
    public string Hash { get; private set; } = "";

    private AuditEvent() { }

    internal static AuditEvent Create(long seq, DateTime atUtc, string? userId, string userName, string entity,
        string entityId, AuditAction action, string changes, string? scopePath, string prevHash)
    {
        var e = new AuditEvent
        {
            Seq = seq,
            AtUtc = AuditHash.Truncate(atUtc),
            UserId = userId,
            UserName = userName,
            Entity = entity,
            EntityId = entityId,
            Action = action,
            Changes = changes,
            ScopePath = scopePath,
            PrevHash = prevHash,
        };
        e.Hash = AuditHash.Compute(e);
        return e;
    }

    /// <summary>For tests and the verifier's unit tests: an event exactly as it could have been read back.</summary>
    internal static AuditEvent Restore(long seq, DateTime atUtc, string? userId, string userName, string entity,
        string entityId, AuditAction action, string changes, string? scopePath, string prevHash, string hash) =>
        new()
        {
            Seq = seq, AtUtc = atUtc, UserId = userId, UserName = userName, Entity = entity, EntityId = entityId,
            Action = action, Changes = changes, ScopePath = scopePath, PrevHash = prevHash, Hash = hash,
        };

    public static string ActionLabel(AuditAction action) => action switch
    {
        AuditAction.Create => "新增",
        AuditAction.Update => "修改",
        AuditAction.Delete => "删除",
        _ => action.ToString(),
    };
}
