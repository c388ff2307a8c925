using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Fazhi.Core.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Fazhi.Core.Audit;

/// <summary>
/// Writes the audit events of a SaveChanges in the same transaction as the change itself:
/// open (or join) a transaction, save the records without accepting them (so generated keys are
/// known and original values are still there), describe each change, take the chain lock, read
/// the chain head, append the events, commit, and only then accept the changes.
/// </summary>
internal static class AuditTrail
{
    /// <summary>Key of the PostgreSQL transaction-level advisory lock that serialises appenders ("FZAUDIT1").</summary>
    internal const long ChainLockKey = 0x465A_4155_4449_5431;

    const string Mask = "***";

    /// <summary>Values never recorded, whatever their attributes: secrets rather than personal data.</summary>
    static readonly HashSet<string> SecretNames = new(StringComparer.Ordinal)
    {
        nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp), nameof(IdentityUser.ConcurrencyStamp),
        // The normalised forms repeat the (protected) user name and e-mail in capitals.
        nameof(IdentityUser.NormalizedUserName), nameof(IdentityUser.NormalizedEmail),
    };

    static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    sealed record Pending(EntityEntry Entry, EntityState State);

    internal sealed record Draft(string Entity, string EntityId, AuditAction Action, string Changes, string? ScopePath);

    public static int SaveChanges(AppDbContext db, bool acceptAllChangesOnSuccess, Func<bool, int> baseSave)
    {
        var pending = Capture(db);
        if (pending.Count == 0) return baseSave(acceptAllChangesOnSuccess);

        var own = db.Database.CurrentTransaction is null;
        using var transaction = own ? db.Database.BeginTransaction() : null;
        var count = baseSave(false);
        var drafts = pending.Select(Describe).ToList();
        if (IsPostgres(db)) db.Database.ExecuteSqlRaw(LockSql);
        var head = db.Set<AuditEvent>().AsNoTracking().OrderByDescending(e => e.Seq)
            .Select(e => new Head(e.Seq, e.Hash)).FirstOrDefault();
        foreach (var e in Chain(db, head, drafts)) db.Database.ExecuteSql(Insert(e));
        transaction?.Commit();
        if (acceptAllChangesOnSuccess) db.ChangeTracker.AcceptAllChanges();
        return count;
    }

    public static async Task<int> SaveChangesAsync(AppDbContext db, bool acceptAllChangesOnSuccess,
        Func<bool, CancellationToken, Task<int>> baseSave, CancellationToken ct)
    {
        var pending = Capture(db);
        if (pending.Count == 0) return await baseSave(acceptAllChangesOnSuccess, ct);

        var own = db.Database.CurrentTransaction is null;
        await using var transaction = own ? await db.Database.BeginTransactionAsync(ct) : null;
        var count = await baseSave(false, ct);
        var drafts = pending.Select(Describe).ToList();
        if (IsPostgres(db)) await db.Database.ExecuteSqlRawAsync(LockSql, ct);
        var head = await db.Set<AuditEvent>().AsNoTracking().OrderByDescending(e => e.Seq)
            .Select(e => new Head(e.Seq, e.Hash)).FirstOrDefaultAsync(ct);
        foreach (var e in Chain(db, head, drafts)) await db.Database.ExecuteSqlAsync(Insert(e), ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        if (acceptAllChangesOnSuccess) db.ChangeTracker.AcceptAllChanges();
        return count;
    }

    sealed record Head(long Seq, string Hash);

    static string LockSql => $"SELECT pg_advisory_xact_lock({ChainLockKey})";

    // On SQLite the write transaction serialises appenders: EF opens it as BEGIN IMMEDIATE, and in a
    // joined transaction the records written just before already hold the database's write lock.
    static bool IsPostgres(AppDbContext db) =>
        db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    static IEnumerable<AuditEvent> Chain(AppDbContext db, Head? head, List<Draft> drafts)
    {
        var seq = head?.Seq ?? 0;
        var prev = head?.Hash ?? AuditHash.Genesis;
        var at = db.Clock.GetUtcNow().UtcDateTime;
        var user = db.CurrentUser;
        foreach (var d in drafts)
        {
            var e = AuditEvent.Create(++seq, at, user.UserId, user.UserName, d.Entity, d.EntityId, d.Action, d.Changes, d.ScopePath, prev);
            prev = e.Hash;
            yield return e;
        }
    }

    static FormattableString Insert(AuditEvent e) => $"""
        INSERT INTO "AuditEvents" ("Seq", "AtUtc", "UserId", "UserName", "Entity", "EntityId", "Action", "Changes", "ScopePath", "PrevHash", "Hash")
        VALUES ({e.Seq}, {e.AtUtc}, {e.UserId}, {e.UserName}, {e.Entity}, {e.EntityId}, {e.Action.ToString()}, {e.Changes}, {e.ScopePath}, {e.PrevHash}, {e.Hash})
        """;

    static List<Pending> Capture(AppDbContext db) =>
        db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not (AuditEvent or SignInRecord))
            .Select(e => new Pending(e, e.State))
            .ToList();

    /// <summary>Called after the records were saved without accepting: keys are generated, original values kept.</summary>
    static Draft Describe(Pending p)
    {
        var entry = p.Entry;
        var action = p.State switch
        {
            EntityState.Added => AuditAction.Create,
            EntityState.Deleted => AuditAction.Delete,
            _ => AuditAction.Update,
        };
        return new Draft(EntityName(entry.Metadata), KeyOf(entry), action, Changes(entry, action), ScopeOf(entry.Entity));
    }

    internal static string EntityName(IEntityType type)
    {
        if (type.HasSharedClrType) return type.ShortName();
        var name = type.ClrType.Name;
        var tick = name.IndexOf('`');
        return tick < 0 ? name : name[..tick];
    }

    static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return "";
        return string.Join(",", key.Properties.Select(k => Text(entry.Property(k.Name).CurrentValue)));
    }

    static string? ScopeOf(object entity)
    {
        var path = entity switch
        {
            IScopedRecord s => s.ScopePath,
            Region r => r.Path,
            AppUser u => u.ScopePath,
            _ => null,
        };
        return string.IsNullOrEmpty(path) ? null : path;
    }

    static string Changes(EntityEntry entry, AuditAction action)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            foreach (var prop in entry.Properties)
            {
                var meta = prop.Metadata;
                object? before = null, after = null;
                switch (action)
                {
                    case AuditAction.Create:
                        after = prop.CurrentValue;
                        if (after is null) continue;
                        break;
                    case AuditAction.Delete:
                        before = prop.OriginalValue;
                        if (before is null) continue;
                        break;
                    default:
                        if (!prop.IsModified) continue;
                        before = prop.OriginalValue;
                        after = prop.CurrentValue;
                        if (meta.GetValueComparer().Equals(before, after)) continue;
                        break;
                }
                var masked = IsMasked(meta);
                w.WritePropertyName(meta.Name);
                w.WriteStartObject();
                w.WritePropertyName("before");
                WriteValue(w, before, masked);
                w.WritePropertyName("after");
                WriteValue(w, after, masked);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    static bool IsMasked(IProperty property) =>
        IsMasked(property.Name, property.PropertyInfo as MemberInfo ?? property.FieldInfo);

    /// <summary>Secrets by name; personal data by Identity's [PersonalData]/[ProtectedPersonalData] or our [PersonalField].</summary>
    internal static bool IsMasked(string name, MemberInfo? member)
    {
        if (SecretNames.Contains(name)) return true;
        if (member is null) return false;
        return member.IsDefined(typeof(PersonalDataAttribute), inherit: true)
            || member.IsDefined(typeof(PersonalFieldAttribute), inherit: true);
    }

    static void WriteValue(Utf8JsonWriter w, object? value, bool masked)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case not null when masked: w.WriteStringValue(Mask); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int or long or short or byte or sbyte or ushort or uint:
                w.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case double d: w.WriteNumberValue(d); break;
            case float f: w.WriteNumberValue(f); break;
            case decimal m: w.WriteNumberValue(m); break;
            default: w.WriteStringValue(Text(value)); break;
        }
    }

    static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime dt => dt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("o", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
