using Fazhi.Core.Regions;
using Fazhi.Core.Common;
using Fazhi.Core.Disputes;

namespace Fazhi.Core.Tests.Disputes;

/// <summary>A screening round: planned at a level that matches its place, held or cancelled once, overdue while planned past its date.</summary>
public class ScreeningRoundTests
{
    static readonly DateOnly Today = new(2019, 9, 20);
    static readonly RecordPlace Town = new(1, null, null, "/1/");
    static readonly RecordPlace Village = new(1, 2, null, "/1/2/");
    static readonly RecordPlace Group = new(1, 2, 3, "/1/2/");

    static ScreeningRound Planned(string on = "2019-09-10") => ScreeningRound.Plan(Village, DisputeLevel.Village, DateOnly.Parse(on), "村委会会议室");

    [Fact]
    public void Plan_AtEachLevel_KeepsThePlace()
    {
        var group = ScreeningRound.Plan(Group, DisputeLevel.Group, Today, " 第一村民小组 ");
        Assert.Equal((2L, 3L, "第一村民小组", ScreeningStatus.Planned), (group.VillageId!.Value, group.GroupId!.Value, group.Place, group.Status));
        // A village round at a place known to its group keeps the village only.
        Assert.Null(ScreeningRound.Plan(Group, DisputeLevel.Village, Today, "").GroupId);
        Assert.Null(ScreeningRound.Plan(Town, DisputeLevel.Town, Today, "镇政府").VillageId);
    }

    [Theory]
    [InlineData(DisputeLevel.Group, "village", "组级排查须选择村民小组")]
    [InlineData(DisputeLevel.Village, "town", "村级排查须选择村")]
    [InlineData(DisputeLevel.Town, "village", "镇级排查属于乡镇")]
    public void Plan_LevelNotMatchingThePlace_IsRefused(DisputeLevel level, string place, string expected)
    {
        var e = Assert.Throws<DomainRuleException>(() => ScreeningRound.Plan(place == "town" ? Town : Village, level, Today, ""));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Plan_PlaceOver100Characters_IsRefused() =>
        Assert.Contains("100个字", Assert.Throws<DomainRuleException>(() => ScreeningRound.Plan(Village, DisputeLevel.Village, Today, new string('地', 101))).Message);

    [Fact]
    public void RecordHeld_RecordsWhoWhereAndTheResult()
    {
        var r = Planned();
        r.RecordHeld(new DateOnly(2019, 9, 12), " 村两委干部、网格员 ", "全村3个村民小组", foundNone: true, "  ", Today);
        Assert.Equal(ScreeningStatus.Held, r.Status);
        Assert.Equal(new DateOnly(2019, 9, 12), r.HeldOn);
        Assert.Equal("村两委干部、网格员", r.Participants);
        Assert.True(r.FoundNone);
        Assert.Null(r.Notes);
        Assert.False(r.IsOverdue(Today));
    }

    [Theory]
    [InlineData("2019-09-21", "网格员", "全村", "不能晚于今天")]
    [InlineData("2019-09-12", " ", "全村", "参加排查的人员")]
    [InlineData("2019-09-12", "网格员", "", "排查覆盖的范围")]
    public void RecordHeld_WithMissingOrFutureFacts_IsRefused(string heldOn, string participants, string area, string expected)
    {
        var r = Planned();
        var e = Assert.Throws<DomainRuleException>(() => r.RecordHeld(DateOnly.Parse(heldOn), participants, area, true, null, Today));
        Assert.Contains(expected, e.Message);
        Assert.Equal(ScreeningStatus.Planned, r.Status);
    }

    [Fact]
    public void RecordHeld_HeldToday_IsAllowed()
    {
        var r = Planned();
        r.RecordHeld(Today, "网格员", "全村", false, null, Today);
        Assert.Equal(Today, r.HeldOn);
    }

    [Fact]
    public void Cancel_NeedsAReason_AndOnlyAPlannedRound()
    {
        var r = Planned();
        Assert.Contains("取消原因", Assert.Throws<DomainRuleException>(() => r.Cancel("  ")).Message);
        r.Cancel("防汛，改期");
        Assert.Equal((ScreeningStatus.Cancelled, "防汛，改期"), (r.Status, r.Notes));
        Assert.False(r.IsOverdue(Today));
        Assert.Contains("已取消", Assert.Throws<DomainRuleException>(() => r.RecordHeld(Today, "网格员", "全村", true, null, Today)).Message);

        var held = Planned();
        held.RecordHeld(Today, "网格员", "全村", true, null, Today);
        Assert.Contains("只有计划中的排查", Assert.Throws<DomainRuleException>(() => held.Cancel("不需要了")).Message);
        Assert.Contains("已登记开展情况", Assert.Throws<DomainRuleException>(() => held.RecordHeld(Today, "另一批人", "全村", false, null, Today)).Message);
        Assert.Equal("网格员", held.Participants);
    }

    [Fact]
    public void Found_OnlyAfterHeld_AndTurnsANoneResultIntoFound()
    {
        var r = Planned();
        Assert.Contains("请先登记该次排查已开展", Assert.Throws<DomainRuleException>(() => r.Found()).Message);
        r.RecordHeld(Today, "网格员", "全村", foundNone: true, null, Today);
        r.Found();
        Assert.False(r.FoundNone);
    }

    [Theory]
    [InlineData("2019-09-19", true)]  // planned yesterday, not held
    [InlineData("2019-09-20", false)] // planned today: still on time
    [InlineData("2019-09-21", false)]
    public void IsOverdue_WhenPlannedBeforeToday(string plannedOn, bool overdue)
    {
        var r = Planned(plannedOn);
        Assert.Equal(overdue, r.IsOverdue(Today));
        var row = new ScreeningRow(1, DisputeLevel.Village, "阳山村", null, r.PlannedOn, null, "", ScreeningStatus.Planned, false, 0, null, null);
        Assert.Equal(overdue, row.IsOverdue(Today));
    }
}
