using Fazhi.Core.Calendar;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Regions;

namespace Fazhi.Core.Tests.Enforcement;

/// <summary>Officers, a place and an entity for the enforcement rule tests; nothing is saved.</summary>
static class EnforcementFixtures
{
    public static readonly WorkCalendar TownCalendar = WorkCalendar.Shipped();
    public static readonly RecordPlace Village = new(1, 2, null, "/1/2/");
    public static readonly DateOnly Today = new(2026, 11, 29);
    public static readonly EnforcementCase.Actor By = new("测试人", new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    public static DateOnly D(string iso) => DateOnly.Parse(iso);

    public static EnforcementOfficer Officer(string name, string from = "2018-01-01", string to = "2020-12-31", bool qualified = false)
    {
        var o = EnforcementOfficer.Create(1, "/1/", name, null, null, qualified, qualified ? "A2015000001" : null);
        o.AddCertificate($"4402{name.GetHashCode() & 0xFFFFFF:00000000}", "韶关市人民政府", "西联镇", D(from), D(to));
        return o;
    }

    public static IReadOnlyList<EnforcementOfficer> Pair => [Officer("张明"), Officer("李华")];

    public static RegulatedEntity Entity(string name = "阳山村塑料加工作坊") =>
        RegulatedEntity.Register(Village, new(name, null, EntityKind.Business, "塑料加工", "阳山村工业路1号", null, null, RiskClass.General));

    public static Inspection Inspect(DateOnly on, InspectionOutcome outcome, RegulatedEntity? entity = null, IReadOnlyList<EnforcementOfficer>? officers = null,
        params Inspection.FindingInput[] findings) =>
        Inspection.Record(Village, new(InspectionKind.Inspection, on, entity is null ? "阳山村规划区" : "", null, "现场检查", outcome, findings), null, entity,
            officers ?? Pair, Today, "测试人", By.AtUtc);

    public static Inspection.FindingInput Hazard(string text = "废水直排", bool onSpot = false) => new(FindingType.Hazard, FindingSeverity.Minor, text, onSpot);
}
