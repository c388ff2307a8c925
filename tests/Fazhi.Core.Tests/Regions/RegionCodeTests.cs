using Fazhi.Core.Common;
using Fazhi.Core.Regions;

namespace Fazhi.Core.Tests.Regions;

public class RegionCodeTests
{
    [Theory]
    [InlineData(RegionKind.Province, "440000000000", null)]
    [InlineData(RegionKind.City, "440200000000", "440000000000")]
    [InlineData(RegionKind.District, "440203000000", "440200000000")]
    [InlineData(RegionKind.Town, "440203100000", "440203000000")]
    [InlineData(RegionKind.Subdistrict, "440203001000", "440203000000")]
    [InlineData(RegionKind.Township, "440203200000", "440203000000")]
    [InlineData(RegionKind.Village, "440203100201", "440203100000")]
    [InlineData(RegionKind.Community, "440203100001", "440203100000")]
    public void Problem_WhenShapeFitsKindAndParent_IsNull(RegionKind kind, string code, string? parent) =>
        Assert.Null(RegionCode.Problem(kind, code, parent));

    [Theory]
    [InlineData(RegionKind.Town, "44020310000", "12位")]          // 11 digits
    [InlineData(RegionKind.Town, "4402031000AB", "12位")]         // not digits
    [InlineData(RegionKind.Town, "440203001000", "100至199")]     // 街道 range used for a 镇
    [InlineData(RegionKind.Subdistrict, "440203100000", "001至099")]
    [InlineData(RegionKind.Village, "440203100001", "200至399")]  // 社区 range used for a 村
    [InlineData(RegionKind.Community, "440203100201", "001至199")]
    [InlineData(RegionKind.Town, "440203100001", "全为0")]
    [InlineData(RegionKind.District, "440203100000", "全为0")]
    [InlineData(RegionKind.Group, "440203100201", "留空")]
    public void Problem_WhenShapeIsWrong_NamesTheRule(RegionKind kind, string code, string expected) =>
        Assert.Contains(expected, RegionCode.Problem(kind, code, null));

    [Fact]
    public void Problem_WhenCodeDoesNotContinueParent_SaysSo()
    {
        // 西联镇 under 武江区 must begin 440203; the wrong 440201 of a public snippet is refused.
        var problem = RegionCode.Problem(RegionKind.Town, "440201100000", "440203000000");
        Assert.Contains("上级代码", problem);
    }

    [Fact]
    public void Create_WhenLevelSkipsAStep_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Region.Create(null, RegionKind.Town, "西联镇", "440203100000"));
        Assert.Contains("只有省级", ex.Message);
    }
}
