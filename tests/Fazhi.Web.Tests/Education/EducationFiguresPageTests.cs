using Fazhi.Core.Education;
using Fazhi.Core.Reporting;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fazhi.Web.Tests.Education.ServicePageData;

namespace Fazhi.Web.Tests.Education;

public class EducationFiguresPageTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static string Breakdown(string page, string title) => page.Split($"data-breakdown=\"{title}\"")[1].Split("</section>")[0];

    static string FigureRow(string page, string key) => page.Split($"data-figure=\"{key}\">")[1].Split("</tr>")[0];

    /// <summary>The demo town's 2019, as the task allows: the seed's dated events and its integrity-base visits.</summary>
    [Fact]
    public async Task TheDemoYear_CountsTheSeedsEventsInTheirMonths_AndThreeIntegrityBaseVisits()
    {
        var (august, december, report) = await LoadAsync(app, async db =>
        {
            var events = await db.Set<EducationEvent>().AsNoTracking().Where(e => e.HeldOn.Year == 2019).Select(e => e.HeldOn).ToListAsync();
            return (events.Count(d => d.Month == 8), events.Count(d => d.Month == 12), await EducationFigures.ForYearAsync(db, 2019));
        });
        Assert.True(await LoadAsync(app, db => db.Set<EducationEvent>().AnyAsync(e => e.HeldOn == new DateOnly(2019, 8, 30))));
        Assert.True(await LoadAsync(app, db => db.Set<EducationEvent>().AnyAsync(e => e.HeldOn == new DateOnly(2019, 12, 4))));
        Assert.True(august >= 1 && december >= 1);

        var page = await PageAsync(await SignIn.AsAsync(app, "demo.leader"), "/Education/Figures?year=2019");
        Assert.Contains("普法与法律服务统计（2019年）", page);
        var months = Breakdown(page, "活动按月份");
        Assert.Contains($"<tr><td>8月</td><td>{august}</td></tr>", months);
        Assert.Contains($"<tr><td>12月</td><td>{december}</td></tr>", months);
        Assert.Contains("<td>参观廉政教育基地</td><td class=\"fw-semibold\">3</td>", FigureRow(page, "education.integrity-base-visits"));

        // Every figure with its label, value and formula (with the numbers of a ratio).
        var table = page.Split("data-testid=\"figures\"")[1].Split("</table>")[0];
        foreach (var f in report.Headline)
            Assert.Contains($"<td>{f.Label}</td><td class=\"fw-semibold\">{f.Display}</td><td class=\"small text-muted\">{f.Explained}</td>", table);
        var pass = report["education.exam-pass-rate"];
        Assert.Contains($"合格人数 ÷ 参加考试人数（{pass.Numerator} ÷ {pass.Denominator}）", FigureRow(page, "education.exam-pass-rate"));

        // Attendance as reported: "约" because some counts were "近"; the lower bound apart.
        var attendance = page.Split("data-testid=\"attendance\"")[1].Split("</section>")[0];
        Assert.Contains($">{report.Attendance.Display}<", attendance);
        Assert.StartsWith("约", report.Attendance.Display);
        Assert.Contains($">{report.Attendance.LowerBound}人次<", attendance.Split("data-testid=\"attendance-lower-bound\"")[1]);

        foreach (var b in report.Breakdowns)
        {
            var section = Breakdown(page, b.Title);
            Assert.Contains($"<h2 class=\"h6\">{b.Title}</h2>", section);
            Assert.Contains("<th scope=\"col\">项目</th><th scope=\"col\">数量</th>", section);
            foreach (var (label, count) in b.Rows) Assert.Contains($"<tr><td>{label}</td><td>{count}</td></tr>", section);
        }
        Assert.Contains("<h2 class=\"h6\">活动按覆盖领域（法律六进）</h2>", page);
        Assert.Contains("<h2 class=\"h6\">活动按宣传形式</h2>", page);

        var hours = page.Split("data-testid=\"hours\"")[1].Split("</table>")[0];
        var first = report.HoursPerPerson[0];
        Assert.Contains($"<tr><td>{first.Name}</td><td>{first.Hours:0.#}</td></tr>", hours);
        Assert.Contains($"人均 {report["education.hours-per-person"].Display}", page);
        Assert.Contains("href=\"/Education/Export/figures?year=2019\"", page);
    }

    [Fact]
    public async Task AYearWithNothing_ShowsZeroesAndDashes_NotErrors()
    {
        var page = await PageAsync(await SignIn.AsAsync(app, "demo.fazhiban"), "/Education/Figures?year=2003");
        Assert.Contains("<td class=\"fw-semibold\">—</td>", FigureRow(page, "education.exam-pass-rate"));
        Assert.Contains("<td class=\"fw-semibold\">0</td>", FigureRow(page, "education.events"));
        Assert.Contains(">0人次<", page.Split("data-testid=\"attendance-display\"")[1]);
        Assert.Contains("本年度没有学法记录。", page);
    }

    [Fact]
    public async Task Scope_AnotherTownCountsNoneOfThisTowns_ACadreWithoutTheModuleIsRefused()
    {
        var longgui = await PageAsync(await SignIn.AsAsync(app, "demo.longgui"), "/Education/Figures?year=2019");
        Assert.Contains("<td class=\"fw-semibold\">0</td>", FigureRow(longgui, "education.integrity-base-visits"));
        Assert.Contains("<td class=\"fw-semibold\">0</td>", FigureRow(longgui, "education.consultations"));

        var yangshan = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.Equal("/Account/Denied", PathOf(await yangshan.GetAsync("/Education/Figures?year=2019")));

        var supervisor = await PageAsync(await SignIn.AsAsync(app, "demo.district"), "/Education/Figures?year=2019");
        Assert.Contains("<td class=\"fw-semibold\">3</td>", FigureRow(supervisor, "education.integrity-base-visits"));
        Assert.DoesNotContain("?handler=", supervisor);
    }
}
