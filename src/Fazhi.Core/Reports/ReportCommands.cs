using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Fazhi.Core.Regions;
using Fazhi.Core.Reporting;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reports;

/// <summary>
/// The use cases of the annual report: start a town's report of a year from one of its district's templates, edit its
/// header and sections, accept the figures as they stand, move it through 报送 → 审核通过/退回 → 公开, keep the action
/// items of its problems and plans, and let a district supervisor edit the district's templates. Each loads through the
/// scoped context (out of scope = not found) and saves once, audited.
/// </summary>
public sealed class ReportCommands(AppDbContext db, CalendarProvider calendars, TimeProvider clock)
{
    DateOnly Today => ChinaTime.Today(clock);

    public async Task<FigureContext> FigureContextAsync(CancellationToken ct = default) => new(db, await calendars.GetAsync(db, ct), Today);

    public async Task<AnnualReport> StartAsync(long townId, int year, long templateId, CancellationToken ct = default)
    {
        var town = await TownRecords.TownAsync(db, townId, "只能为本人负责的乡镇起草报告。", ct);
        if (await db.Set<AnnualReport>().AnyAsync(r => r.TownId == town.Id && r.Year == year, ct))
            throw new DomainRuleException($"{town.Name}{year}年度的报告已经存在。");
        var district = await DistrictOfAsync(town, ct);
        var template = (await ReportTemplates.OfDistrictAsync(db, district, ct)).FirstOrDefault(t => t.Id == templateId)
                       ?? throw new DomainRuleException("请选择本区的报告模板。");
        var report = AnnualReport.Start(town.Id, town.Path, town.Name, year, template, Today);
        db.Add(report);
        await db.SaveChangesAsync(ct);
        // The figures as they stand when the report is started are its first accepted values.
        await AcceptAsync(report, null, ct);
        return report;
    }

    public sealed record HeaderInput(string Title, string Addressee, string? Preamble, string SigningOrgan, DateOnly? SignedOn, string? DocumentNumber);

    public async Task EditHeaderAsync(long id, HeaderInput input, int version, CancellationToken ct = default)
    {
        var report = await LoadAsync(id, version, ct);
        report.EditHeader(input.Title, input.Addressee, input.Preamble, input.SigningOrgan, input.SignedOn, input.DocumentNumber);
        await db.SaveChangesAsync(ct);
    }

    public async Task EditSectionAsync(long id, long sectionId, string heading, string body, int version, CancellationToken ct = default)
    {
        var report = await LoadAsync(id, version, ct);
        report.EditSection(sectionId, heading, body);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Accepts the current value of the given figures (all the report uses when null) as seen by the clerk.</summary>
    public async Task AcceptFiguresAsync(long id, IReadOnlyList<string>? keys, CancellationToken ct = default)
    {
        var report = await LoadAsync(id, null, ct);
        await AcceptAsync(report, keys, ct);
    }

    async Task AcceptAsync(AnnualReport report, IReadOnlyList<string>? keys, CancellationToken ct)
    {
        var compiled = await ReportCompiler.CompileAsync(await FigureContextAsync(ct), report, ct);
        var at = clock.GetUtcNow().UtcDateTime;
        foreach (var field in compiled.Fields.Where(f => f.Figure is not null && (keys is null || keys.Contains(f.Key))))
            report.Accept(field.Key, field.Figure!.Display, at, db.CurrentUser.UserName);
        await db.SaveChangesAsync(ct);
    }

    public async Task SubmitAsync(long id, int version, CancellationToken ct = default)
    {
        var report = await LoadAsync(id, version, ct);
        report.Submit(Today);
        await db.SaveChangesAsync(ct);
    }

    public async Task ApproveAsync(long id, int version, CancellationToken ct = default)
    {
        RequireLeader();
        var report = await LoadAsync(id, version, ct);
        report.Approve(Today);
        await db.SaveChangesAsync(ct);
    }

    public async Task ReturnAsync(long id, string comment, int version, CancellationToken ct = default)
    {
        RequireLeader();
        var report = await LoadAsync(id, version, ct);
        report.Return(comment);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Publishes an approved report with the .docx compiled at this moment, which the public site then serves.</summary>
    public async Task PublishAsync(long id, int version, ReportOutput output, CancellationToken ct = default)
    {
        var report = await LoadAsync(id, version, ct);
        report.RequireApproved();
        report.Publish(Today, await output.PublishedCopyAsync(report, ct));
        await db.SaveChangesAsync(ct);
    }

    public sealed record ItemInput(ActionKind Kind, string Text, long? OfficeId, DateOnly? DueOn);

    public async Task<ActionItem> RaiseItemAsync(long reportId, ItemInput input, CancellationToken ct = default)
    {
        var report = await LoadAsync(reportId, null, ct);
        await TownRecords.RequireOfficeAsync(db, input.OfficeId, report.TownId, ct);
        var order = await db.Set<ActionItem>().Where(i => i.TownId == report.TownId && i.Year == report.Year && i.Kind == input.Kind)
            .Select(i => (int?)i.Order).MaxAsync(ct) ?? 0;
        var item = ActionItem.Raise(report.TownId, report.ScopePath, report.Year, input.Kind, order + 1, input.Text, input.OfficeId, input.DueOn);
        db.Add(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task EditItemAsync(long id, ItemInput input, int version, CancellationToken ct = default)
    {
        var item = await ItemAsync(id, version, ct);
        await TownRecords.RequireOfficeAsync(db, input.OfficeId, item.TownId, ct);
        item.Edit(input.Text, input.OfficeId, input.DueOn);
        await db.SaveChangesAsync(ct);
    }

    public async Task TrackItemAsync(long id, ActionStatus status, string? progress, DateOnly? doneOn, int version, CancellationToken ct = default)
    {
        var item = await ItemAsync(id, version, ct);
        item.Track(status, progress, doneOn, Today);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A district supervisor replaces the parts of one of the district's templates.</summary>
    public async Task SaveTemplateAsync(long templateId, string name, bool isDefault, IReadOnlyList<(string Heading, string Body)> sections, int version,
        CancellationToken ct = default)
    {
        var template = await db.Set<ReportTemplate>().Include(t => t.Sections).FirstOrDefaultAsync(t => t.Id == templateId, ct) ?? throw new NotFoundException();
        if (!db.CurrentUser.IsInRole(Roles.Supervisor) && !db.CurrentUser.IsInRole(Roles.Admin) || !template.DistrictPath.StartsWith(db.CurrentUser.ScopePath, StringComparison.Ordinal))
            throw new DomainRuleException("只有本区的督导人员可以修改报告模板。");
        if (template.Version != version) throw new DomainRuleException("该模板已被他人修改，请刷新后再试。");
        template.Rename(name, isDefault);
        template.Replace(sections);
        if (isDefault)
            foreach (var other in await db.Set<ReportTemplate>().Where(t => t.DistrictId == template.DistrictId && t.Id != template.Id && t.IsDefault).ToListAsync(ct))
                other.Rename(other.Name, false);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The district a town belongs to (its parent region).</summary>
    public async Task<Region> DistrictOfAsync(Region town, CancellationToken ct = default) =>
        await db.Regions.FirstOrDefaultAsync(r => r.Id == town.ParentId, ct) ?? throw new DomainRuleException("该乡镇没有所属区县。");

    async Task<AnnualReport> LoadAsync(long id, int? version, CancellationToken ct)
    {
        var report = await db.Set<AnnualReport>().Include(r => r.Sections).Include(r => r.Checks).FirstOrDefaultAsync(r => r.Id == id, ct)
                     ?? throw new NotFoundException();
        if (version is { } v && report.Version != v) throw new DomainRuleException("该报告已被他人修改，请刷新后再试。");
        return report;
    }

    async Task<ActionItem> ItemAsync(long id, int version, CancellationToken ct)
    {
        var item = await db.Set<ActionItem>().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException();
        if (item.Version != version) throw new DomainRuleException("该事项已被他人修改，请刷新后再试。");
        return item;
    }

    void RequireLeader()
    {
        if (!db.CurrentUser.IsInRole(Roles.Leader)) throw new DomainRuleException("只有领导可以审核报告。");
    }
}
