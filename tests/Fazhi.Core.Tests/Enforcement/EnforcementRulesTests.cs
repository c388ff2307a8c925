using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Enforcement;

namespace Fazhi.Core.Tests.Enforcement;

/// <summary>The two-certified-officers rule and the enforcement clocks on real 2019 dates.</summary>
public class EnforcementRulesTests
{
    static readonly WorkCalendar Calendar = WorkCalendar.Shipped();
    static DateOnly D(string iso) => DateOnly.Parse(iso);

    static EnforcementCertificate Certificate(string holder, string from = "2018-07-01", string to = "2019-06-30") =>
        EnforcementCertificate.Create($"44020319{holder.Length:000}{holder[0] % 100:00}", holder, "广东省人民政府", "西联镇", D(from), D(to));

    static OfficerRule.Officer Officer(string name, EnforcementCertificate? certificate) => new(name, certificate);

    [Fact]
    public void TwoOfficersWithValidCertificates_OnTheLastDayOfValidity_AreAccepted()
    {
        OfficerRule.RequireCertified([Officer("张明", Certificate("张明")), Officer("李华", Certificate("李华", to: "2020-12-31"))], D("2019-06-30"));
    }

    [Fact]
    public void ACertificateThatExpiredTheDayBefore_IsRefused_NamingIt()
    {
        var e = Assert.Throws<DomainRuleException>(() =>
            OfficerRule.RequireCertified([Officer("张明", Certificate("张明")), Officer("李华", Certificate("李华", to: "2020-12-31"))], D("2019-07-01")));
        Assert.Contains("张明的执法证", e.Message);
        Assert.Contains("已于2019年6月30日到期", e.Message);
        Assert.Contains("现有1人符合", e.Message);
        Assert.Contains("第四十二条", e.Message);
    }

    [Fact]
    public void OneOfficer_OrAnOfficerWithoutCertificate_IsRefused()
    {
        var alone = Assert.Throws<DomainRuleException>(() => OfficerRule.RequireCertified([Officer("张明", Certificate("张明"))], D("2019-03-01")));
        Assert.Contains("不得少于两人", alone.Message);
        var uncertified = Assert.Throws<DomainRuleException>(() =>
            OfficerRule.RequireCertified([Officer("张明", Certificate("张明")), Officer("网格员王五", null)], D("2019-03-01")));
        Assert.Contains("网格员王五未持有行政执法证", uncertified.Message);
    }

    [Fact]
    public void SuspendedOrNotYetValidCertificates_DoNotCount()
    {
        var suspended = Certificate("李华", to: "2020-12-31");
        suspended.Suspend();
        var future = Certificate("赵强", from: "2019-05-01", to: "2022-04-30");
        var e = Assert.Throws<DomainRuleException>(() =>
            OfficerRule.RequireCertified([Officer("张明", Certificate("张明")), Officer("李华", suspended), Officer("赵强", future)], D("2019-04-30")));
        Assert.Contains("李华的执法证", e.Message);
        Assert.Contains("已暂扣", e.Message);
        Assert.Contains("自2019年5月1日起有效", e.Message);
    }

    [Fact]
    public void ExpiryWarning_StartsThirtyDaysAhead()
    {
        var c = Certificate("张明");
        Assert.False(c.ExpiresSoon(D("2019-05-30")));
        Assert.True(c.ExpiresSoon(D("2019-05-31")));
        Assert.False(c.ExpiresSoon(D("2019-07-01")));
    }

    [Fact]
    public void Certificate_WithItsValidityReversed_IsRefused() =>
        Assert.Throws<DomainRuleException>(() => Certificate("张明", from: "2019-07-01", to: "2019-06-30"));

    [Fact]
    public void Decision_Is90DaysFromFiling() =>
        // 立案 2 August 2019: 90 日 end on Thursday 31 October 2019 (《行政处罚法》第六十条).
        Assert.Equal(D("2019-10-31"), EnforcementClocks.Due(Calendar, EnforcementClocks.Decision, D("2019-08-02")));

    [Fact]
    public void Publicity_IsSevenWorkingDays_CountingTheMakeUpDaysOfNationalDay() =>
        // Decided Friday 27 September 2019: 29 and 30 September (29th a make-up working Sunday), 8–11 October and Saturday
        // 12 October (make-up) are the 7 working days.
        Assert.Equal(D("2019-10-12"), EnforcementClocks.Due(Calendar, EnforcementClocks.Publicity, D("2019-09-27")));

    [Fact]
    public void HearingRequest_IsFiveWorkingDays_AcrossMayDay() =>
        // Told on 30 April 2019: 1–4 May are holidays, Sunday 5 May is a make-up working day → 5, 6, 7, 8, 9 May.
        Assert.Equal(D("2019-05-09"), EnforcementClocks.Due(Calendar, EnforcementClocks.HearingRequest, D("2019-04-30")));

    [Fact]
    public void FinePayment_Is15Days_MovedOutOfNationalDay() =>
        // Received 20 September 2019: 15 日 end on 5 October, a holiday → Tuesday 8 October (《行政处罚法》第六十七条).
        Assert.Equal(D("2019-10-08"), EnforcementClocks.Due(Calendar, EnforcementClocks.FinePayment, D("2019-09-20")));
}
