using Fazhi.Core.Disputes;
using Fazhi.Core.Reporting;

namespace Fazhi.Core.Tests.Reporting;

/// <summary>The dispute figures on a known set of ten disputes in three villages.</summary>
public class DisputeFiguresTests
{
    static DateOnly D(string iso) => DateOnly.Parse(iso);

    static DisputeFact Fact(long village, DisputeStatus status, MediationKind? kind = MediationKind.People, string category = "邻里",
        string reported = "2019-03-01", string? outcome = null, AgreementForm? form = null, PerformanceStatus? performance = null,
        bool applied = false, ConfirmationResult? confirmation = null, bool criminal = false, long amount = 0, int people = 2) =>
        new(category, village, DisputeSource.Screening, DisputeLevel.Village, D(reported), status, kind, form, performance,
            outcome is null ? null : D(outcome), applied, confirmation, criminal, RiskLevel.Low, people, amount, false);

    // Village 1: 6 disputes (ranked); village 2: 3 (not ranked); village 3: 1 withdrawn.
    static readonly DisputeFact[] Facts =
    [
        Fact(1, DisputeStatus.Succeeded, reported: "2019-03-01", outcome: "2019-03-11", form: AgreementForm.Written, performance: PerformanceStatus.Performed, applied: true, confirmation: ConfirmationResult.Confirmed, amount: 150_000),
        Fact(1, DisputeStatus.Succeeded, reported: "2019-04-01", outcome: "2019-04-05", form: AgreementForm.Oral, performance: PerformanceStatus.Performed),
        Fact(1, DisputeStatus.Succeeded, MediationKind.Administrative, "劳动争议", "2019-05-01", "2019-05-21", AgreementForm.Written, PerformanceStatus.PartlyPerformed),
        Fact(1, DisputeStatus.Failed, MediationKind.Judicial, "合同", "2019-06-01", "2019-06-16", criminal: true),
        Fact(1, DisputeStatus.Succeeded, reported: "2019-07-01", outcome: "2019-07-03", form: AgreementForm.Written),
        Fact(1, DisputeStatus.Pending, kind: null, reported: "2019-12-20"),
        Fact(2, DisputeStatus.Succeeded, reported: "2019-03-05", outcome: "2019-03-09", form: AgreementForm.Written, performance: PerformanceStatus.Performed),
        Fact(2, DisputeStatus.Succeeded, reported: "2019-03-06", outcome: "2019-03-10", form: AgreementForm.Oral),
        Fact(2, DisputeStatus.Mediating, reported: "2019-12-01"),
        Fact(3, DisputeStatus.Withdrawn, reported: "2019-08-01", outcome: "2019-08-02"),
    ];

    static Figure Get(string key) => DisputeFigures.Headline(Facts, 72).Single(f => f.Key == key);

    [Fact]
    public void Headline_CountsFoundMediatedAndSucceeded()
    {
        Assert.Equal(10, Get("disputes.found").Numerator);
        Assert.Equal(7, Get("disputes.mediated").Numerator);
        Assert.Equal(6, Get("disputes.succeeded").Numerator);
        Assert.Equal(72, Get("disputes.screening-rounds").Numerator);
        Assert.Equal(2, Get("disputes.open").Numerator);
        Assert.Equal(1, Get("disputes.withdrawn").Numerator);
    }

    [Fact]
    public void MediationRate_IsMediatedOverFound_SuccessRate_IsSucceededOverMediated()
    {
        var mediation = Get("disputes.mediation-rate");
        Assert.Equal((7L, 10L), (mediation.Numerator!.Value, mediation.Denominator!.Value));
        Assert.Equal("70%", mediation.Display);
        var success = Get("disputes.success-rate");
        Assert.Equal((6L, 7L), (success.Numerator!.Value, success.Denominator!.Value));
        Assert.Equal("85.7%", success.Display);
    }

    [Fact]
    public void AverageDays_IsOverMediatedDisputes()
    {
        // 10 + 4 + 20 + 15 + 2 + 4 + 4 = 59 days over 7 mediated disputes.
        var average = Get("disputes.average-days");
        Assert.Equal((59L, 7L), (average.Numerator!.Value, average.Denominator!.Value));
        Assert.Equal("8.4天", average.Display);
    }

    [Fact]
    public void KindsAgreementsPerformanceConfirmationAndCriminalCases()
    {
        Assert.Equal(5, Get("disputes.people-mediation").Numerator);
        Assert.Equal(1, Get("disputes.administrative-mediation").Numerator);
        Assert.Equal(1, Get("disputes.judicial-mediation").Numerator);
        Assert.Equal(4, Get("disputes.written-agreements").Numerator);
        Assert.Equal(3, Get("disputes.performed").Numerator);
        Assert.Equal("50%", Get("disputes.performance-rate").Display);
        Assert.Equal(1, Get("disputes.confirmation-applied").Numerator);
        Assert.Equal(1, Get("disputes.confirmed").Numerator);
        Assert.Equal(1, Get("disputes.criminal").Numerator);
        Assert.Equal("1,500元", Get("disputes.amount").Display);
    }

    [Fact]
    public void Rates_WithNothingToDivideBy_ShowADash()
    {
        var none = DisputeFigures.Headline([], 0);
        Assert.All(none.Where(f => f.Denominator is not null), f => Assert.Equal("—", f.Display));
        Assert.Null(none.Single(f => f.Key == "disputes.success-rate").Rate);
    }

    [Fact]
    public void Villages_WithFewerThanFiveDisputes_AreListedWithoutARank()
    {
        var names = new Dictionary<long, string> { [1] = "阳山村", [2] = "西联村", [3] = "新岭村" };
        var rows = DisputeFigures.Villages(Facts, names);
        Assert.Equal(["阳山村", "西联村", "新岭村"], rows.Select(r => r.Tally.Label));
        Assert.Equal(1, rows[0].Rank);
        Assert.Equal("80%", rows[0].Tally.SuccessRate.Display);
        Assert.All(rows.Skip(1), r => Assert.Null(r.Rank));
        Assert.Equal("—", rows[2].Tally.SuccessRate.Display);
    }

    [Fact]
    public void ByCategory_HasEveryCategoryAndATotal()
    {
        var rows = DisputeFigures.ByCategory(Facts);
        Assert.Equal(DisputeCategories.All.Count + 1, rows.Count);
        Assert.Equal(("合计", 10), (rows[^1].Label, rows[^1].Found));
        Assert.Equal(8, rows.Single(r => r.Label == "邻里").Found);
        Assert.Equal(0, rows.Single(r => r.Label == "物业").Found);
        Assert.Equal(rows[^1].Found, rows.Take(rows.Count - 1).Sum(r => r.Found));
    }

    [Fact]
    public void Breakdowns_ByMonthAndVillage_AddUpToFound()
    {
        var tables = DisputeFigures.Breakdowns(Facts, new Dictionary<long, string> { [1] = "阳山村", [2] = "西联村", [3] = "新岭村" });
        Assert.All(tables, t => Assert.Equal(10, t.Rows.Sum(r => r.Count)));
        Assert.Equal(3, tables.Single(t => t.Title == "按月份").Rows.Single(r => r.Label == "3月").Count);
    }
}
