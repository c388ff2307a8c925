using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Fazhi.Core.Calendar;
using Fazhi.Core.Reports;
using Fazhi.Web.Tests.Education;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Reports;

/// <summary>
/// Publishing a report: the .docx compiled at that moment is kept and served to anyone at /Public/Reports, and stays as it was
/// published when the records change afterwards; a report not yet published is not found there.
/// </summary>
public class PublicReportsTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    const int Year = 2016;

    async Task<T> AsAsync<T>(string userName, Func<ReportCommands, Core.Data.AppDbContext, Task<T>> use) =>
        await AsAsync(userName, (commands, db, _) => use(commands, db));

    async Task<T> AsAsync<T>(string userName, Func<ReportCommands, Core.Data.AppDbContext, ReportOutput, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await UserContext.AsAsync(scope.ServiceProvider, userName);
        return await use(new ReportCommands(db, scope.ServiceProvider.GetRequiredService<CalendarProvider>(), TimeProvider.System), db,
            ActivatorUtilities.CreateInstance<ReportOutput>(scope.ServiceProvider, db));
    }

    /// <summary>西联镇's report of <see cref="Year"/>, started and submitted by the coordinator and approved by the leader.</summary>
    async Task<(long Id, string Title, int Version)> ApprovedAsync()
    {
        var (id, version) = await AsAsync("demo.fazhiban", async (commands, db) =>
        {
            var town = await db.Regions.SingleAsync(r => r.Code == "440203100000");
            var template = (await ReportTemplates.OfDistrictAsync(db, await commands.DistrictOfAsync(town))).Single(t => t.IsDefault);
            var report = await commands.StartAsync(town.Id, Year, template.Id);
            await commands.SubmitAsync(report.Id, report.Version);
            return (report.Id, report.Version);
        });
        return await AsAsync("demo.leader", async (commands, db) =>
        {
            await commands.ApproveAsync(id, version);
            var report = await db.Set<AnnualReport>().SingleAsync(r => r.Id == id);
            return (id, report.Title, report.Version);
        });
    }

    static async Task<string> DocxTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReportOutput.DocxType, response.Content.Headers.ContentType!.MediaType);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public async Task APublishedReport_IsOnThePublicSiteAsPublished_AndLaterRecordsDoNotChangeIt()
    {
        var (id, title, version) = await ApprovedAsync();
        var anonymous = SignIn.Anonymous(app);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/Public/Reports?handler=Word&id={id}")).StatusCode);
        Assert.DoesNotContain(title, await anonymous.GetStringAsync("/Public/Reports"));

        var clerk = await SignIn.AsAsync(app, "demo.fazhiban");
        var published = await ServicePageData.PostAsync(clerk, $"/Reports/{id}?handler=Publish", ("Version", $"{version}"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var list = await anonymous.GetStringAsync("/Public/Reports");
        Assert.Contains(title, list);
        Assert.Contains($"/Public/Reports?handler=Word&amp;id={id}", list);
        var asPublished = await DocxTextAsync(await anonymous.GetAsync($"/Public/Reports?handler=Word&id={id}"));
        Assert.Contains(title, asPublished);
        Assert.Contains($"{Year}年未登记法制报告会、普法宣传等活动。", asPublished);

        // A legal-education event of that year recorded after publication: the live report recounts it, the public text does not.
        await ServicePageData.EventAsync(app, "公开后补录的普法活动", new DateOnly(Year, 6, 1));
        Assert.Contains("公开后补录的普法活动", await DocxTextAsync(await clerk.GetAsync($"/Reports/{id}/Word")));
        var later = await DocxTextAsync(await anonymous.GetAsync($"/Public/Reports?handler=Word&id={id}"));
        Assert.Equal(asPublished, later);
        Assert.DoesNotContain("公开后补录的普法活动", later);
    }

    [Fact]
    public async Task AReportNotYetPublished_IsNotFoundOnThePublicSite_AndPublishingADraftIsRefused()
    {
        var demo = await AsAsync("demo.fazhiban", (_, db) => db.Set<AnnualReport>().Where(r => r.Year == 2019).Select(r => r.Id).SingleAsync());
        var anonymous = SignIn.Anonymous(app);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/Public/Reports?handler=Word&id={demo}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/Public/Reports?handler=Word&id=987654")).StatusCode);

        var e = await Assert.ThrowsAsync<Core.Common.DomainRuleException>(() => AsAsync("demo.fazhiban", async (commands, db, output) =>
        {
            var report = await db.Set<AnnualReport>().SingleAsync(r => r.Id == demo);
            await commands.PublishAsync(demo, report.Version, output);
            return 0;
        }));
        Assert.Equal("报告审核通过后才能公开。", e.Message);
        Assert.Null(await AsAsync("demo.fazhiban", (_, db) => db.Set<AnnualReport>().Where(r => r.Id == demo).Select(r => r.PublishedFileKey).SingleAsync()));
    }
}
