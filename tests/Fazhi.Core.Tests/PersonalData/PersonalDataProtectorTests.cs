using System.Security.Cryptography;
using Fazhi.Core.Common;
using Fazhi.Core.Identity;
using Fazhi.Core.PersonalData;

namespace Fazhi.Core.Tests.PersonalData;

public class PersonalDataProtectorTests
{
    static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    static readonly byte[] HashKey = Enumerable.Range(101, 32).Select(i => (byte)i).ToArray();
    readonly PersonalDataProtector protector = new(Key, HashKey);

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("广东省韶关市武江区西联镇西联村12号")]
    [InlineData("")]
    public void ProtectThenUnprotect_RoundTrips(string plain)
    {
        var stored = protector.Protect(plain);
        Assert.StartsWith("v1:", stored);
        if (plain.Length > 0) Assert.DoesNotContain(plain, stored);
        Assert.Equal(plain, protector.Unprotect(stored));
        Assert.True(stored.Length <= PersonalDataProtector.StoredLength(plain.Length));
    }

    [Fact]
    public void AnIdNumber_TakesSixtySevenCharacters() =>
        // "v1:" + base64 of 12 (nonce) + 18 (number) + 16 (tag) bytes.
        Assert.Equal(67, protector.Protect("11010519491231002X").Length);

    [Fact]
    public void Protect_SamePlainText_GivesDifferentCiphertexts()
    {
        var a = protector.Protect("13812345678");
        var b = protector.Protect("13812345678");
        Assert.NotEqual(a, b);
        Assert.NotEqual(Convert.FromBase64String(a[3..])[..12], Convert.FromBase64String(b[3..])[..12]);
    }

    [Theory]
    [InlineData(0)]   // nonce
    [InlineData(14)]  // ciphertext
    [InlineData(-1)]  // tag
    public void Unprotect_TamperedValue_Throws(int index)
    {
        var bytes = Convert.FromBase64String(protector.Protect("13812345678")[3..]);
        bytes[index < 0 ? bytes.Length + index : index] ^= 0x01;
        var ex = Assert.Throws<PersonalDataTamperedException>(() => protector.Unprotect("v1:" + Convert.ToBase64String(bytes)));
        Assert.Contains("altered", ex.Message);
        Assert.IsAssignableFrom<CryptographicException>(ex);
    }

    [Fact]
    public void Unprotect_WithAnotherKey_Throws()
    {
        var other = new PersonalDataProtector(HashKey, Key);
        Assert.Throws<PersonalDataTamperedException>(() => other.Unprotect(protector.Protect("13812345678")));
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("v1:not base64!")]
    [InlineData("v1:AAAA")]
    public void Unprotect_ValuesNotInTheFormat_Throw(string stored) =>
        Assert.Throws<PersonalDataTamperedException>(() => protector.Unprotect(stored));

    [Fact]
    public void KeyedHash_IsDeterministicHexAndDependsOnTheKey()
    {
        var h = protector.KeyedHash("11010519491231002X");
        Assert.Equal(h, new PersonalDataProtector(Key, HashKey).KeyedHash("11010519491231002X"));
        Assert.Matches("^[0-9a-f]{64}$", h);
        Assert.NotEqual(h, protector.KeyedHash("110105194912310021"));
        var otherHashKey = (byte[])HashKey.Clone();
        otherHashKey[0] ^= 1;
        Assert.NotEqual(h, new PersonalDataProtector(Key, otherHashKey).KeyedHash("11010519491231002X"));
        // The hash key alone decides: a different encryption key leaves hashes (and the search index) unchanged.
        Assert.Equal(h, new PersonalDataProtector(RandomNumberGenerator.GetBytes(32), HashKey).KeyedHash("11010519491231002X"));
    }

    [Fact]
    public void KeyedHash_IsHmacSm3()
    {
        var hmac = new Org.BouncyCastle.Crypto.Macs.HMac(new Org.BouncyCastle.Crypto.Digests.SM3Digest());
        hmac.Init(new Org.BouncyCastle.Crypto.Parameters.KeyParameter(HashKey));
        var data = "abc"u8.ToArray();
        hmac.BlockUpdate(data, 0, data.Length);
        var expected = new byte[32];
        hmac.DoFinal(expected, 0);
        Assert.Equal(Convert.ToHexStringLower(expected), protector.KeyedHash("abc"));
    }

    [Fact]
    public void Constructor_RefusesShortOrEqualKeys()
    {
        Assert.Throws<ArgumentException>(() => new PersonalDataProtector(new byte[16], HashKey));
        Assert.Throws<ArgumentException>(() => new PersonalDataProtector(Key, Key));
    }

    [Fact]
    public void Fingerprint_DiffersByKeyAndRevealsNoKeyBytes()
    {
        Assert.Equal(protector.Fingerprint, new PersonalDataProtector(Key, HashKey).Fingerprint);
        Assert.NotEqual(protector.Fingerprint, PersonalDataProtector.CreateRandom().Fingerprint);
        Assert.DoesNotContain(Convert.ToHexStringLower(Key[..4]), protector.Fingerprint);
    }
}

public class PersonalDataAccessTests
{
    sealed class User(params string[] roles) : ICurrentUser
    {
        public string? UserId => "u";
        public string UserName => "u";
        public string ScopePath => "/1/";
        public bool IsReadOnly => false;
        public bool IsInRole(string role) => roles.Contains(role);
    }

    [Theory]
    [InlineData(Roles.Coordinator, true)]
    [InlineData(Roles.Staff, true)]
    [InlineData(Roles.Leader, false)]
    [InlineData(Roles.Cadre, false)]
    [InlineData(Roles.Advisor, false)]
    [InlineData(Roles.Supervisor, false)]
    [InlineData(Roles.Admin, false)]
    public void MaySeeInFull_ByRole(string role, bool expected) =>
        Assert.Equal(expected, PersonalDataAccess.MaySeeInFull(new User(role)));

    [Fact]
    public void Projection_MasksForLeadersOnly()
    {
        Assert.Equal("13812345678", PersonalDataAccess.Phone(new User(Roles.Staff), "13812345678"));
        Assert.Equal("138****5678", PersonalDataAccess.Phone(new User(Roles.Leader), "13812345678"));
        Assert.Equal("4402**********1234", PersonalDataAccess.IdNumber(SystemUser.Instance, "440203199001011234"));
    }
}
