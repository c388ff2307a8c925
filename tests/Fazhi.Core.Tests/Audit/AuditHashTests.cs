using System.Text;
using Fazhi.Core.Audit;

namespace Fazhi.Core.Tests.Audit;

public class AuditHashTests
{
    static readonly DateTime At = new(2019, 8, 30, 6, 5, 7, DateTimeKind.Utc);

    static AuditEvent Sample(long seq = 7, string prev = AuditHash.Genesis) =>
        AuditEvent.Create(seq, At.AddTicks(1234567), "u-1", "zhangsan", "Office", "42", AuditAction.Update,
            """{"Name":{"before":"综治办","after":"综治中心"}}""", "/1/2/3/4/", prev);

    [Fact]
    public void Sm3_OfAbc_IsTheStandardTestVector()
    {
        // GB/T 32905-2016, appendix A, example 1.
        Assert.Equal("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
            AuditHash.Sm3Hex(Encoding.ASCII.GetBytes("abc")));
    }

    [Fact]
    public void Create_StoresTheHashOfItsCanonicalForm()
    {
        var e = Sample();
        Assert.Equal(64, e.Hash.Length);
        Assert.Equal(AuditHash.Sm3Hex(Encoding.UTF8.GetBytes(AuditHash.Canonical(e))), e.Hash);
        Assert.Equal(e.Hash, AuditHash.Compute(e));
    }

    [Fact]
    public void Create_TruncatesTheInstantToMicroseconds()
    {
        var e = Sample();
        Assert.Equal(0, e.AtUtc.Ticks % 10);
        Assert.Equal(DateTimeKind.Utc, e.AtUtc.Kind);
    }

    [Fact]
    public void Hash_DoesNotDependOnTheDateTimeKindTheProviderReturns()
    {
        var e = Sample();
        var unspecified = AuditEvent.Restore(e.Seq, DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Unspecified), e.UserId, e.UserName,
            e.Entity, e.EntityId, e.Action, e.Changes, e.ScopePath, e.PrevHash, e.Hash);
        Assert.Equal(e.Hash, AuditHash.Compute(unspecified));
    }

    public static TheoryData<string> Fields => new()
    {
        "Seq", "AtUtc", "UserId", "UserName", "Entity", "EntityId", "Action", "Changes", "ScopePath", "PrevHash",
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Hash_ChangesWhenAnyFieldChanges(string field)
    {
        var e = Sample();
        var changed = AuditEvent.Restore(
            field == "Seq" ? e.Seq + 1 : e.Seq,
            field == "AtUtc" ? e.AtUtc.AddMicroseconds(1) : e.AtUtc,
            field == "UserId" ? null : e.UserId,
            field == "UserName" ? e.UserName + "x" : e.UserName,
            field == "Entity" ? "Region" : e.Entity,
            field == "EntityId" ? "43" : e.EntityId,
            field == "Action" ? AuditAction.Delete : e.Action,
            field == "Changes" ? e.Changes.Replace("综治中心", "综治办") : e.Changes,
            field == "ScopePath" ? "/1/2/3/5/" : e.ScopePath,
            field == "PrevHash" ? new string('1', 64) : e.PrevHash,
            e.Hash);
        Assert.NotEqual(e.Hash, AuditHash.Compute(changed));
    }

    [Fact]
    public void Canonical_IsUnambiguous_WhenTextMovesBetweenAdjacentFields()
    {
        var a = AuditEvent.Create(1, At, "ab", "c", "Office", "1", AuditAction.Create, "{}", null, AuditHash.Genesis);
        var b = AuditEvent.Create(1, At, "a", "bc", "Office", "1", AuditAction.Create, "{}", null, AuditHash.Genesis);
        Assert.NotEqual(a.Hash, b.Hash);
    }

    [Fact]
    public void Canonical_DistinguishesNullFromEmpty()
    {
        var a = AuditEvent.Create(1, At, null, "system", "Office", "1", AuditAction.Create, "{}", null, AuditHash.Genesis);
        var b = AuditEvent.Create(1, At, "", "system", "Office", "1", AuditAction.Create, "{}", "", AuditHash.Genesis);
        Assert.NotEqual(a.Hash, b.Hash);
    }

    [Fact]
    public void Hash_DependsOnThePreviousEvent()
    {
        var first = Sample(1);
        Assert.NotEqual(Sample(2, first.Hash).Hash, Sample(2, AuditHash.Genesis).Hash);
    }
}
