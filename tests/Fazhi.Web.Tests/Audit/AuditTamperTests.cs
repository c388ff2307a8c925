using Fazhi.Core.Audit;
using Fazhi.Core.Data;
using Fazhi.Web.Commands;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Audit;

/// <summary>
/// Tampering with stored audit rows is found. Each test lifts the append-only triggers, tampers,
/// checks, then puts the row back and the triggers in place, so the chain is intact for the next test.
/// </summary>
public class AuditTamperTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    /// <summary>Adds three events of our own and returns their Seq numbers.</summary>
    async Task<long[]> ThreeEventsAsync()
    {
        await AuditTestData.TownAsync(app);
        var head = await AuditTestData.HeadAsync(app);
        for (var i = 0; i < 3; i++) await AuditTestData.AddOfficeAsync(app, $"审计篡改测试{Guid.NewGuid():N}"[..20]);
        var seqs = (await AuditTestData.EventsAfterAsync(app, head)).Select(e => e.Seq).ToArray();
        Assert.Equal(3, seqs.Length);
        Assert.True((await AuditTestData.VerifyAsync(app)).Intact);
        return seqs;
    }

    static string Drop(AppDbContext db) => db.Database.IsNpgsql() ? AuditTableGuards.PostgresDrop : AuditTableGuards.SqliteDrop;
    static string Create(AppDbContext db) => db.Database.IsNpgsql() ? AuditTableGuards.Postgres : AuditTableGuards.Sqlite;

    async Task WithoutGuardsAsync(Func<AppDbContext, Task> action)
    {
        await using var scope = app.SystemScope(out var db);
        await db.Database.ExecuteSqlRawAsync(Drop(db));
        try { await action(db); }
        finally { await db.Database.ExecuteSqlRawAsync(Create(db)); }
    }

    public static TheoryData<string> Columns => new()
    {
        "Seq", "AtUtc", "UserId", "UserName", "Entity", "EntityId", "Action", "Changes", "ScopePath", "PrevHash", "Hash",
    };

    [Theory]
    [MemberData(nameof(Columns))]
    public async Task ChangingAnyStoredField_IsDetectedAtThatEvent(string column)
    {
        var seqs = await ThreeEventsAsync();
        var target = seqs[1];
        AuditEvent original;
        await using (var scope = app.SystemScope(out var db))
            original = await db.Set<AuditEvent>().AsNoTracking().SingleAsync(e => e.Seq == target);

        object? tampered = column switch
        {
            "Seq" => target + 1_000_000,
            "AtUtc" => DateTime.SpecifyKind(original.AtUtc.AddSeconds(1), DateTimeKind.Utc),
            "UserId" => original.UserId is null ? "intruder" : original.UserId + "x",
            "UserName" => original.UserName + "x",
            "Entity" => "Region",
            "EntityId" => original.EntityId + "0",
            "Action" => nameof(AuditAction.Delete),
            "Changes" => original.Changes.Replace("审计篡改测试", "审计篡改测验"),
            "ScopePath" => "/9/",
            "PrevHash" => new string('f', 64),
            "Hash" => new string('e', 64),
            _ => throw new ArgumentOutOfRangeException(nameof(column)),
        };
        object? restore = column switch
        {
            "Seq" => target,
            "AtUtc" => DateTime.SpecifyKind(original.AtUtc, DateTimeKind.Utc),
            "UserId" => original.UserId,
            "UserName" => original.UserName,
            "Entity" => original.Entity,
            "EntityId" => original.EntityId,
            "Action" => original.Action.ToString(),
            "Changes" => original.Changes,
            "ScopePath" => original.ScopePath,
            "PrevHash" => original.PrevHash,
            _ => original.Hash,
        };
        var keyAfter = column == "Seq" ? target + 1_000_000 : target;

        await WithoutGuardsAsync(async db =>
        {
            await Set(db, column, tampered, target);
            var result = await new AuditChainVerifier(db).VerifyAsync();
            Assert.False(result.Intact);
            Assert.Equal(target, result.BrokenAt);
            Assert.StartsWith($"audit chain broken at event #{target}: ", result.Line);
            Assert.False(string.IsNullOrEmpty(result.ReasonZh));
            Assert.Equal(1, await AuditVerifyCommand.RunAsync(app.Services));
            await Set(db, column, restore, keyAfter);
        });
        Assert.True((await AuditTestData.VerifyAsync(app)).Intact);
    }

    /// <summary>The column name comes from <see cref="Columns"/> only; the values are parameters.</summary>
    static Task Set(AppDbContext db, string column, object? value, long seq)
    {
        if (value is null)
        {
            var setNull = "UPDATE \"AuditEvents\" SET \"" + column + "\" = NULL WHERE \"Seq\" = {0}";
            return db.Database.ExecuteSqlRawAsync(setNull, seq);
        }
        var sql = "UPDATE \"AuditEvents\" SET \"" + column + "\" = {0} WHERE \"Seq\" = {1}";
        return db.Database.ExecuteSqlRawAsync(sql, value, seq);
    }

    [Fact]
    public async Task DeletingAMiddleRow_IsDetectedAsAGapAtThatEvent()
    {
        var seqs = await ThreeEventsAsync();
        var target = seqs[1];
        AuditEvent original;
        await using (var scope = app.SystemScope(out var db))
            original = await db.Set<AuditEvent>().AsNoTracking().SingleAsync(e => e.Seq == target);

        await WithoutGuardsAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEvents\" WHERE \"Seq\" = {target}");
            var result = await new AuditChainVerifier(db).VerifyAsync();
            Assert.False(result.Intact);
            Assert.Equal(target, result.BrokenAt);
            Assert.Contains("missing", result.Reason);
            await Reinsert(db, original);
        });
        Assert.True((await AuditTestData.VerifyAsync(app)).Intact);
    }

    [Fact]
    public async Task SwappingTwoRowsSeq_IsDetectedAtTheEarlierOne()
    {
        var seqs = await ThreeEventsAsync();
        var (a, b) = (seqs[0], seqs[2]);
        await WithoutGuardsAsync(async db =>
        {
            async Task Swap()
            {
                await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEvents\" SET \"Seq\" = -1 WHERE \"Seq\" = {a}");
                await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEvents\" SET \"Seq\" = {a} WHERE \"Seq\" = {b}");
                await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEvents\" SET \"Seq\" = {b} WHERE \"Seq\" = -1");
            }
            await Swap();
            var result = await new AuditChainVerifier(db).VerifyAsync();
            Assert.False(result.Intact);
            Assert.Equal(a, result.BrokenAt);
            await Swap();
        });
        Assert.True((await AuditTestData.VerifyAsync(app)).Intact);
    }

    [Fact]
    public async Task TheTable_RejectsUpdateAndDelete()
    {
        var seqs = await ThreeEventsAsync();
        await using var scope = app.SystemScope(out var db);
        var update = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlAsync($"UPDATE \"AuditEvents\" SET \"UserName\" = 'intruder' WHERE \"Seq\" = {seqs[0]}"));
        Assert.Contains("append-only", update.Message);
        var delete = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEvents\" WHERE \"Seq\" = {seqs[0]}"));
        Assert.Contains("append-only", delete.Message);
        Assert.Equal("system", (await db.Set<AuditEvent>().AsNoTracking().SingleAsync(e => e.Seq == seqs[0])).UserName);
        Assert.True((await AuditTestData.VerifyAsync(app)).Intact);
    }

    [Fact]
    public async Task AuditEvents_CannotBeChangedThroughTheContextEither()
    {
        var seqs = await ThreeEventsAsync();
        await using var scope = app.SystemScope(out var db);
        var e = await db.Set<AuditEvent>().SingleAsync(x => x.Seq == seqs[0]);
        db.Set<AuditEvent>().Remove(e);
        await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync());
        Assert.True((await AuditTestData.VerifyAsync(app)).Intact);
    }

    static Task Reinsert(AppDbContext db, AuditEvent e) => db.Database.ExecuteSqlAsync($"""
        INSERT INTO "AuditEvents" ("Seq", "AtUtc", "UserId", "UserName", "Entity", "EntityId", "Action", "Changes", "ScopePath", "PrevHash", "Hash")
        VALUES ({e.Seq}, {DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc)}, {e.UserId}, {e.UserName}, {e.Entity}, {e.EntityId}, {e.Action.ToString()}, {e.Changes}, {e.ScopePath}, {e.PrevHash}, {e.Hash})
        """);
}
