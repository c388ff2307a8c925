using Fazhi.Core.Education;
using Fazhi.Core.Reporting;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Education;

/// <summary>The demo town's 2019 legal education as loaded through the use cases, read back through the figures defined in Reporting.</summary>
public class EducationDemoYearTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task TheSeedsDatedEvents_AndThreeIntegrityBaseVisits_AreThere()
    {
        await using var scope = app.SystemScope(out var db);
        var august = await db.Set<EducationEvent>().Include(e => e.Partners).SingleAsync(e => e.HeldOn == new DateOnly(2019, 8, 30));
        Assert.Equal((EventKinds.LegalReport, "阳山村委会", "120余人"), (august.Kind, august.Venue, august.AttendanceText));
        Assert.Contains("张剑波", august.Speakers);
        var december = await db.Set<EducationEvent>().Include(e => e.Partners).SingleAsync(e => e.HeldOn == new DateOnly(2019, 12, 4));
        Assert.Equal("周和律师事务所", Assert.Single(december.Partners).Name);
        Assert.Equal(["机关", "乡村", "社区", "学校", "企业", "单位"], december.SectorsReached);

        var consultations = await db.Set<Consultation>().Where(c => c.EventId == august.Id).ToListAsync();
        Assert.Equal(6, consultations.Count);
        Assert.Equal(2, consultations.Count(c => c.Referral is not null));

        var report = await EducationFigures.ForYearAsync(db, 2019);
        Assert.Equal(3, report["education.integrity-base-visits"].Numerator);
        Assert.Equal(6, report["education.integrity-events"].Numerator);
        Assert.Equal(10, report["education.events"].Numerator);
        // 46 + 150 + 80 + 52 exact, 200 + 300 + 120 余, 600 + 500 近 in the general events; integrity events are exact.
        Assert.Equal(new AttendanceSum(46 + 150 + 80 + 52 + 35 + 40 + 18 + 55 + 60 + 58, 620, 1100), report.Attendance);
        Assert.StartsWith("约", report.Attendance.Display);
        Assert.Equal("95.7%", report["education.exam-participation-rate"].Display);
        Assert.Equal("95.5%", report["education.exam-pass-rate"].Display);
        Assert.Equal(2, report["education.leader-duty-reports"].Numerator);
    }

    [Fact]
    public async Task TheEventList_FiltersBySectorChannelAndIntegrity_AndKeepsApproximateWording()
    {
        await using var scope = app.SystemScope(out var db);
        var schools = await EducationQueries.Events(db, new(2019, Sector: "学校")).ToListAsync();
        Assert.Equal([new DateOnly(2019, 12, 4), new DateOnly(2019, 4, 9)], schools.Select(e => e.HeldOn).ToArray());
        Assert.Equal(["近500人", "近600人"], schools.Select(e => e.AttendanceText).ToArray());
        Assert.Equal("周和律师事务所", schools[0].Partners);
        // 7月25日, 9月17日 and 12月4日 used boards.
        Assert.Equal(3, await EducationQueries.Events(db, new(2019, Channel: "板报")).CountAsync());
        Assert.Equal(6, await EducationQueries.Events(db, new(2019, Integrity: true)).CountAsync());
        Assert.Equal(10, await EducationQueries.Events(db, new(2019, Integrity: false)).CountAsync());
        Assert.Equal(2, await EducationQueries.Consultations(db, new(2019, Referral: ReferralStatus.Accepted)).CountAsync()
            + await EducationQueries.Consultations(db, new(2019, Referral: ReferralStatus.Done)).CountAsync());
    }
}
