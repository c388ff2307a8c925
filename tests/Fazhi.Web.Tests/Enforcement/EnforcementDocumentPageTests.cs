using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Fazhi.Core.Enforcement;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.Enforcement;

/// <summary>/Enforcement/Document/{kind}/{id}: the order notice and the inspection record as .docx, personal data by role, scope by village.</summary>
public class EnforcementDocumentPageTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static string Open(byte[] bytes)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Description)));
        return doc.MainDocumentPart!.Document!.Body!.InnerText;
    }

    [Fact]
    public async Task OrderAndRecord_InFullForEnforcementStaff_MaskedForTheLeader_AndOutOfScopeIs404()
    {
        var town = await EnforcementArrange.TownAsync(app);
        var a = await EnforcementArrange.OfficerAsync(app, "文书甲");
        var b = await EnforcementArrange.OfficerAsync(app, "文书乙");
        var person = await EnforcementArrange.EntityAsync(app, town.Yangshan, "文书测试个体户", EntityKind.Individual, address: "阳山村三组21号",
            phone: "13600001234");
        var other = await EnforcementArrange.EntityAsync(app, town.Xinling, "文书测试新岭砂场");
        var api = await SignIn.ApiAsAsync(app, "demo.zhifa");
        var inspection = await EnforcementArrange.PostAsync(api, "/api/v1/enforcement/inspections",
            EnforcementArrange.Inspection(town.TownId, null, "2026-08-04", person, [a, b], "检查经营场所", dueOn: "2026-08-14"));
        var inspectionId = inspection.GetProperty("id").GetInt64();
        var orderId = inspection.GetProperty("orderId").GetInt64();
        var otherInspection = (await EnforcementArrange.PostAsync(api, "/api/v1/enforcement/inspections",
            EnforcementArrange.Inspection(town.TownId, null, "2026-08-04", other, [a, b], "检查砂场"))).GetProperty("id").GetInt64();
        string number;
        await using (var scope = app.SystemScope(out var db))
            number = await db.Set<RectificationOrder>().Where(o => o.Id == orderId).Select(o => o.Number).SingleAsync();

        var staff = await SignIn.AsAsync(app, "demo.zhifa");
        var response = await staff.GetAsync($"/Enforcement/Document/order/{orderId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"责令整改通知书-{number}.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var order = Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains($"西联责改〔2026〕{int.Parse(number[5..])}号", order);
        Assert.Contains("文书测试个体户：", order);
        Assert.Contains("住址：阳山村三组21号", order);
        Assert.Contains("联系电话：13600001234", order);
        Assert.Contains("2026年8月4日，本机关执法人员文书甲（执法证号：44T", order);
        Assert.Contains("1. 消防通道堆放杂物（较大安全隐患）。", order);
        Assert.Contains("请于2026年8月14日前整改完毕", order);
        Assert.Contains("申请行政复议", order);
        Assert.Contains("西联镇人民政府（印章）", order);

        var leader = await SignIn.AsAsync(app, "demo.leader");
        var masked = Open(await leader.GetByteArrayAsync($"/Enforcement/Document/order/{orderId}"));
        Assert.Contains("136****1234", masked);
        Assert.DoesNotContain("13600001234", masked);
        Assert.DoesNotContain("三组21号", masked);

        var record = await staff.GetAsync($"/Enforcement/Document/inspection/{inspectionId}");
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        var recordText = Open(await record.Content.ReadAsByteArrayAsync());
        Assert.Contains("现场检查笔录", recordText);
        Assert.Contains("检查时间：2026年8月4日", recordText);
        Assert.Contains("文书乙（执法证号：44T", recordText);
        Assert.Contains("1安全隐患较大消防通道堆放杂物责令限期整改", recordText);
        Assert.Contains("责令于2026年8月14日前整改完毕", recordText);

        var cadre = await SignIn.AsAsync(app, "demo.yangshan");
        Assert.Equal(HttpStatusCode.OK, (await cadre.GetAsync($"/Enforcement/Document/inspection/{inspectionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.GetAsync($"/Enforcement/Document/inspection/{otherInspection}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/Enforcement/Document/letter/{inspectionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/Enforcement/Document/order/{inspectionId + 100000}")).StatusCode);
        var lawyer = await SignIn.AsAsync(app, "demo.lawyer");
        Assert.NotEqual(HttpStatusCode.OK, (await lawyer.GetAsync($"/Enforcement/Document/order/{orderId}")).StatusCode);
    }
}
