using Fazhi.Core.Regions;
using Fazhi.Core.Common;
using Fazhi.Core.Disputes;
using Fazhi.Core.PersonalData;

namespace Fazhi.Core.Tests.Disputes;

/// <summary>《人民调解法》第九条 on a committee: 3–9 members, one chair, a woman among them, a 3-year term — warned, never refused (except a second chair).</summary>
public class CommitteeRulesTests
{
    static readonly DateOnly Today = new(2020, 6, 30);
    static readonly RecordPlace Village = new(1, 2, null, "/1/2/");

    static MediationCommittee Committee(string termStart = "2019-03-01") =>
        MediationCommittee.Create(Village, "阳山村人民调解委员会", DateOnly.Parse(termStart), Today);

    /// <summary>A committee of <paramref name="count"/> members: a chair and one woman among them unless told otherwise.</summary>
    static MediationCommittee WithMembers(int count, bool woman = true, bool chair = true)
    {
        var c = Committee();
        for (var i = 0; i < count; i++)
            c.AddMember($"委员{i + 1}", woman && i == 1 ? Sex.Female : Sex.Male, chair && i == 0 ? MediatorRole.Chair : MediatorRole.Member, null,
                new DateOnly(2019, 3, 1));
        return c;
    }

    static bool WarnsAboutSize(MediationCommittee c) => c.Warnings(Today).Any(w => w.StartsWith("委员会由3至9人组成"));

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(9, false)]
    [InlineData(10, true)]
    public void Size_IsWarnedOutsideThreeToNine(int members, bool warned)
    {
        var c = WithMembers(members);
        Assert.Equal(warned, WarnsAboutSize(c));
        Assert.Equal(members, c.Active.Count()); // recorded as it is, never refused
    }

    [Fact]
    public void Size_WarningNamesTheCount_AndAnInOrderCommitteeHasNoWarning()
    {
        Assert.Contains("现有2人", Assert.Single(WithMembers(2).Warnings(Today)));
        Assert.Empty(WithMembers(3).Warnings(Today));
    }

    [Fact]
    public void Size_CountsOnlyMembersInOffice()
    {
        var c = WithMembers(3);
        c.RemoveMember(c.Members[0].Id, Today); // unsaved members all have id 0: the first in office leaves
        Assert.True(WarnsAboutSize(c));
        Assert.Equal(3, c.Members.Count); // the record stays, with the day they left
        Assert.Equal(Today, c.Members[0].LeftOn);
    }

    [Fact]
    public void NoWoman_IsWarned_UntilOneJoins()
    {
        var c = WithMembers(3, woman: false);
        Assert.Contains(c.Warnings(Today), w => w.Contains("妇女成员"));
        c.AddMember("李秀英", Sex.Female, MediatorRole.Member, null, Today);
        Assert.DoesNotContain(c.Warnings(Today), w => w.Contains("妇女成员"));
    }

    [Fact]
    public void NoChair_IsWarned()
    {
        Assert.Contains(WithMembers(3, chair: false).Warnings(Today), w => w.Contains("应设主任一人"));
    }

    [Fact]
    public void SecondChair_IsRefused_ButAllowedOnceTheChairHasLeft()
    {
        var c = WithMembers(3);
        var e = Assert.Throws<DomainRuleException>(() => c.AddMember("张新", Sex.Male, MediatorRole.Chair, null, Today));
        Assert.Contains("只设主任一人", e.Message);
        c.RemoveMember(c.Members[0].Id, Today);
        c.AddMember("张新", Sex.Male, MediatorRole.Chair, null, Today);
        Assert.Single(c.Active, m => m.Role == MediatorRole.Chair);
    }

    [Fact]
    public void DeputyChairs_MayBeSeveral()
    {
        var c = WithMembers(3);
        c.AddMember("副一", Sex.Male, MediatorRole.DeputyChair, null, Today);
        c.AddMember("副二", Sex.Female, MediatorRole.DeputyChair, null, Today);
        Assert.Equal(2, c.Active.Count(m => m.Role == MediatorRole.DeputyChair));
    }

    [Theory]
    [InlineData("2022-02-28", false)] // the day before three years are up
    [InlineData("2022-03-01", true)]  // three years to the day
    [InlineData("2023-01-01", true)]
    public void Term_IsWarnedFromThreeYearsToTheDay(string today, bool warned)
    {
        var c = WithMembers(3); // term from 1 March 2019
        Assert.Equal(new DateOnly(2022, 3, 1), c.TermEndsOn);
        Assert.Equal(warned, c.Warnings(DateOnly.Parse(today)).Any(w => w.Contains("应当换届")));
    }

    [Fact]
    public void Term_NewTermClearsTheWarning()
    {
        var c = WithMembers(3);
        var later = new DateOnly(2022, 3, 2);
        Assert.Contains(c.Warnings(later), w => w.Contains("2019年3月1日起"));
        c.Update(c.Name, new DateOnly(2022, 3, 2), later);
        Assert.Empty(c.Warnings(later));
    }

    [Fact]
    public void Create_RefusesAnEmptyNameAndATermStartingTomorrow()
    {
        Assert.Contains("委员会名称", Assert.Throws<DomainRuleException>(() => MediationCommittee.Create(Village, "  ", Today, Today)).Message);
        Assert.Contains("不能晚于今天", Assert.Throws<DomainRuleException>(() => MediationCommittee.Create(Village, "名称", Today.AddDays(1), Today)).Message);
    }

    [Fact]
    public void AddMember_RefusesTheSameNameTwiceAndABadPhone_AndKeepsAGoodPhone()
    {
        var c = WithMembers(3);
        Assert.Contains("已是本委员会委员", Assert.Throws<DomainRuleException>(() => c.AddMember("委员1", Sex.Male, MediatorRole.Member, null, Today)).Message);
        Assert.StartsWith("王五：", Assert.Throws<DomainRuleException>(() => c.AddMember("王五", Sex.Male, MediatorRole.Member, "12345", Today)).Message);
        var m = c.AddMember("王五", Sex.Male, MediatorRole.Member, "13812345678", Today);
        Assert.Equal("13812345678", m.Phone);
    }

    [Fact]
    public void RemoveMember_BeforeTheyJoined_IsRefused()
    {
        var c = WithMembers(3);
        var e = Assert.Throws<DomainRuleException>(() => c.RemoveMember(c.Members[0].Id, new DateOnly(2019, 2, 28)));
        Assert.Contains("不能早于任职日期", e.Message);
    }
}
