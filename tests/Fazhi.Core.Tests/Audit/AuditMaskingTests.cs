using Fazhi.Core.Audit;
using Fazhi.Core.Identity;

namespace Fazhi.Core.Tests.Audit;

public class AuditMaskingTests
{
    sealed class Party
    {
        public string Name { get; set; } = "";
        [PersonalField] public string IdNumber { get; set; } = "";
        [PersonalField] public string? Phone { get; set; }
    }

    static bool Masked(Type type, string name) => AuditTrail.IsMasked(name, type.GetProperty(name));

    [Theory]
    [InlineData(nameof(Party.IdNumber), true)]
    [InlineData(nameof(Party.Phone), true)]
    [InlineData(nameof(Party.Name), false)]
    public void PersonalFieldAttribute_MasksTheProperty(string property, bool masked) =>
        Assert.Equal(masked, Masked(typeof(Party), property));

    [Theory]
    [InlineData(nameof(AppUser.PasswordHash), true)]
    [InlineData(nameof(AppUser.SecurityStamp), true)]
    [InlineData(nameof(AppUser.ConcurrencyStamp), true)]
    [InlineData(nameof(AppUser.UserName), true)]          // [ProtectedPersonalData]
    [InlineData(nameof(AppUser.NormalizedUserName), true)]
    [InlineData(nameof(AppUser.Email), true)]
    [InlineData(nameof(AppUser.PhoneNumber), true)]
    [InlineData(nameof(AppUser.DisplayName), false)]
    [InlineData(nameof(AppUser.ScopePath), false)]
    public void IdentityUser_SecretsAndPersonalDataAreMasked(string property, bool masked) =>
        Assert.Equal(masked, Masked(typeof(AppUser), property));

    [Fact]
    public void ShadowProperties_AreMaskedOnlyWhenSecret()
    {
        Assert.True(AuditTrail.IsMasked("PasswordHash", null));
        Assert.False(AuditTrail.IsMasked("TownId", null));
    }
}
