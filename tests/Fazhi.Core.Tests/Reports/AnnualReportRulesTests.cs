using Fazhi.Core.Common;
using Fazhi.Core.Reports;

namespace Fazhi.Core.Tests.Reports;

public class AnnualReportRulesTests
{
    static readonly DateOnly Today = new(2020, 1, 10);

    static AnnualReport Report()
    {
        var template = ReportTemplate.Create(1, "/1/2/3/", ReportTemplates.Required2019, true, ReportTemplates.RequiredSections);
        return AnnualReport.Start(4, "/1/2/3/4/", "西联镇", 2019, template, Today);
    }

    [Fact]
    public void AReport_StartsFromItsTemplate_WithTheYearInItsHeadings_AndIsDueBefore1April()
    {
        var report = Report();
        Assert.Equal("西联镇2019年度法治政府建设情况报告", report.Title);
        Assert.Equal(["2019年推进法治政府建设的主要举措和成效", "存在的不足和原因", "党政主要负责人履行推进法治建设第一责任人职责情况",
            "2020年度推进法治政府建设的主要安排", "其他需要报告的情况"], report.Sections.Select(s => s.Heading));
        Assert.Equal(new DateOnly(2020, 3, 31), report.PublicationDue);
        Assert.Equal(ReportStatus.Draft, report.Status);
    }

    [Fact]
    public void AYearAfterToday_IsRefused()
    {
        var template = ReportTemplate.Create(1, "/1/2/3/", "模板", true, [("一", "")]);
        var e = Assert.Throws<DomainRuleException>(() => AnnualReport.Start(4, "/1/2/3/4/", "西联镇", 2021, template, Today));
        Assert.Contains("2020年", e.Message);
    }

    [Fact]
    public void Workflow_DraftSubmittedReturnedWithACommentSubmittedApprovedPublished_AndNoEditsWhileSubmitted()
    {
        var report = Report();
        report.Submit(Today);
        Assert.Throws<DomainRuleException>(() => report.EditHeader("标题", "区委、区政府：", null, "西联镇人民政府", null, null));
        Assert.Throws<DomainRuleException>(() => report.Publish(Today, "ab/abcdef"));
        Assert.Contains("意见", Assert.Throws<DomainRuleException>(() => report.Return(" ")).Message);
        report.Return("请补充第一责任人履职情况。");
        Assert.Equal((ReportStatus.Returned, "请补充第一责任人履职情况。"), (report.Status, report.ReviewComment));
        report.EditHeader("西联镇2019年度法治政府建设情况报告", "区委、区政府：", null, "西联镇人民政府", new DateOnly(2020, 1, 15), "西联府〔2020〕3号");
        report.Submit(Today);
        report.Approve(Today.AddDays(1));
        Assert.Null(report.ReviewComment);
        report.Publish(Today.AddDays(2), "ab/abcdef");
        Assert.Equal((ReportStatus.Published, new DateOnly(2020, 1, 12), "ab/abcdef"), (report.Status, report.PublishedOn, report.PublishedFileKey));
    }

    [Fact]
    public void ABadDocumentNumber_OrADateBeforeTheYear_IsRefused()
    {
        var report = Report();
        Assert.Throws<DomainRuleException>(() => report.EditHeader("标题", "区委、区政府：", null, "西联镇人民政府", null, "西联府[2020]03号"));
        Assert.Throws<DomainRuleException>(() => report.EditHeader("标题", "区委、区政府：", null, "西联镇人民政府", new DateOnly(2018, 12, 31), null));
    }

    [Fact]
    public void AnActionItem_IsTracked_DoneNeedsItsDate_DroppedAndInProgressNeedAWord()
    {
        var item = ActionItem.Raise(4, "/1/2/3/4/", 2019, ActionKind.Problem, 1, "法制机构不健全。", null, new DateOnly(2020, 6, 30));
        Assert.Throws<DomainRuleException>(() => item.Track(ActionStatus.Done, null, null, Today));
        Assert.Throws<DomainRuleException>(() => item.Track(ActionStatus.Done, null, Today.AddDays(1), Today));
        Assert.Throws<DomainRuleException>(() => item.Track(ActionStatus.Dropped, " ", null, Today));
        Assert.Throws<DomainRuleException>(() => item.Track(ActionStatus.InProgress, null, null, Today));
        Assert.True(item.IsOverdueOn(new DateOnly(2020, 7, 1)));
        item.Track(ActionStatus.Done, "已配备专职法制员。", Today, Today);
        Assert.False(item.IsOverdueOn(new DateOnly(2020, 7, 1)));
        Assert.Throws<DomainRuleException>(() => item.Edit("x", null, new DateOnly(2018, 1, 1)));
    }

    [Fact]
    public void Text_KeepsLineBreaksAsTyped_AndRefusesOtherControlCharacters()
    {
        var report = Report();
        var section = report.Sections.First();
        report.EditSection(section.Id, "一", "第一行\r\n第二行\r第三行\t完");
        Assert.Equal("第一行\n第二行\n第三行\t完", section.Body);

        var e = Assert.Throws<DomainRuleException>(() => report.EditSection(section.Id, "一", "粘贴\u0001的文字"));
        Assert.Equal("正文含有不可打印的控制字符，请删除后重试。", e.Message);
        e = Assert.Throws<DomainRuleException>(() => report.EditHeader("标题\u001F", "区委、区政府：", null, "西联镇人民政府", null, null));
        Assert.Equal("报告标题含有不可打印的控制字符，请删除后重试。", e.Message);
        Assert.Equal("第一行\n第二行\n第三行\t完", section.Body);
    }
}
