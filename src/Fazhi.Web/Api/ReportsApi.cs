using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Documents;
using Fazhi.Core.Identity;
using Fazhi.Core.Reporting;
using Fazhi.Core.Reports;
using Fazhi.Web.Authorization;
using Fazhi.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Api;

/// <summary>
/// /api/v1/reports: the annual reports (法治政府建设年度报告) the user may see, compiled from the records as the workspace
/// shows them, the records behind each figure, the report as Word, PDF and evidence package (<see cref="ReportOutput"/>, the
/// same files as the pages and the command line), and the workflow 报送 → 审核通过/退回 → 公开 (<see cref="ReportCommands"/>,
/// with the version read last, so a report changed meanwhile is refused).
/// </summary>
public static class ReportsApi
{
    public const int PageSize = 100;

    public sealed record ReportListDto(long Id, long TownId, string Town, int Year, string Title, ReportStatus Status, DateOnly? SignedOn,
        DateOnly? SubmittedOn, DateOnly? ApprovedOn, DateOnly? PublishedOn, DateOnly PublicationDue, bool PublicationOverdue, int Version);

    public sealed record ReportHeaderDto(long Id, long TownId, int Year, string TemplateName, string Title, string Addressee, string SigningOrgan,
        DateOnly? SignedOn, string? DocumentNumber, ReportStatus Status, string? ReviewComment, DateOnly? SubmittedOn, DateOnly? ApprovedOn,
        DateOnly? PublishedOn, DateOnly PublicationDue, bool Editable, int Version);

    /// <summary>Text and, for a live figure, its key (the text is the figure as phrased).</summary>
    public sealed record SegmentDto(string Text, string? Key);

    /// <summary>Type "paragraph" (text, segments), "heading" (level 2–4, numbered （一）/1./（1） in the document) or "table" (header, rows).</summary>
    public sealed record BlockDto(string Type, string? Text, int? Level = null, IReadOnlyList<SegmentDto>? Segments = null,
        IReadOnlyList<string>? Header = null, IReadOnlyList<IReadOnlyList<string>>? Rows = null);

    /// <summary>
    /// A figure used in the text: <c>Value</c> its current display, <c>Formula</c> its definition and <c>Explained</c> with its numbers,
    /// <c>Accepted</c> the value the clerk last accepted; <c>Moved</c> when they differ, <c>Unknown</c> when no module defines the key.
    /// </summary>
    public sealed record FieldDto(string Key, string Label, string Value, string Formula, string Explained, string? Accepted, bool Moved, bool New,
        bool Unknown);

    public sealed record SectionDto(long Id, string Number, string Heading, IReadOnlyList<BlockDto> Blocks, IReadOnlyList<FieldDto> Fields);

    public sealed record ReportDto(ReportHeaderDto Report, IReadOnlyList<BlockDto> Preamble, IReadOnlyList<SectionDto> Sections,
        IReadOnlyList<FieldDto> Fields, IReadOnlyList<string> Problems);

    public sealed record RecordDto(string Kind, string KindLabel, long Id, DateOnly On, string Title, bool Counted);

    public sealed record FigureRecordsDto(string Key, string Label, string Value, string Explained, IReadOnlyList<RecordDto> Records);

    public sealed record VersionRequest(int? Version);

    public sealed record ReturnRequest(string? Comment, int? Version);

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/reports").RequireAuthorization(ModuleAccess.Policy(Modules.Report));

        g.MapGet("/", async (AppDbContext db, TimeProvider clock, long? townId, int? year, ReportStatus? status, int? page, CancellationToken ct) =>
        {
            var query = db.Set<AnnualReport>().AsNoTracking();
            if (townId is { } t) query = query.Where(r => r.TownId == t);
            if (year is { } y) query = query.Where(r => r.Year == y);
            if (status is { } s) query = query.Where(r => r.Status == s);
            var rows = await query.OrderByDescending(r => r.Year).ThenBy(r => r.TownId)
                .Skip((Math.Clamp(page ?? 1, 1, 100_000) - 1) * PageSize).Take(PageSize)
                .Join(db.Regions, r => r.TownId, town => town.Id, (r, town) => new { Report = r, Town = town.Name })
                .ToListAsync(ct);
            var today = ChinaTime.Today(clock);
            return rows.Select(x => ListItemOf(x.Report, x.Town, today)).ToList();
        }).WithSummary("年度报告列表（townId、year、status 筛选；含报送、审核、公开日期及公开期限；每页100条）");

        g.MapGet("/{id:long}", async (long id, ReportOutput output, CancellationToken ct) =>
        {
            var report = await output.FindAsync(id, ct);
            if (report is null) return Results.NotFound();
            return Results.Ok(ToDto(await output.CompileAsync(report, ct)));
        }).WithSummary("年度报告：报告头、各部分由记录生成的正文及其中的数字（当前值、口径、是否变动）、一致性检查发现的问题");

        g.MapGet("/{id:long}/figures/{key}/records", async (long id, string key, ReportOutput output, AttachmentOwnerRegistry owners,
            CancellationToken ct) =>
        {
            var report = await output.FindAsync(id, ct);
            if (report is null) return Results.NotFound();
            var compiled = await output.CompileAsync(report, ct);
            if (compiled.Figure(key) is not { } figure) return NotFound($"没有数字“{key}”。");
            var records = await output.RecordsAsync(report, key, ct);
            if (records is null) return NotFound($"“{figure.Label}”暂不能列出所依据的记录。");
            return Results.Ok(new FigureRecordsDto(key, figure.Label, figure.Display, figure.Explained,
                records.Select(r => new RecordDto(r.Kind, owners.LabelOf(r.Kind) ?? "记录", r.Id, r.On, r.Title, r.Counted)).ToList()));
        }).WithSummary("某个数字所依据的记录（比率为其分母的记录，counted 表示计入分子）");

        g.MapGet("/{id:long}/docx", (long id, ReportOutput output, HttpContext http, CancellationToken ct) =>
            FileAsync(id, ReportFormat.Docx, output, http, ct)).WithSummary("年度报告Word文档（GB/T 9704版式，附主要数据统计表）");
        g.MapGet("/{id:long}/pdf", (long id, ReportOutput output, HttpContext http, CancellationToken ct) =>
            FileAsync(id, ReportFormat.Pdf, output, http, ct)).WithSummary("年度报告PDF（由LibreOffice转换；未安装时返回400及说明）");
        g.MapGet("/{id:long}/evidence", (long id, ReportOutput output, HttpContext http, CancellationToken ct) =>
            FileAsync(id, ReportFormat.Zip, output, http, ct)).WithSummary("佐证材料压缩包：每部分一个文件夹（数字所依据记录的附件）、附件材料、index.xlsx 目录");

        g.MapPost("/{id:long}/submit", async (long id, VersionRequest r, ReportCommands commands, ReportOutput output, CancellationToken ct) =>
        {
            await commands.SubmitAsync(id, Version(r.Version), ct);
            return await HeaderAsync(id, output, ct);
        }).RequireAuthorization(Policies.Writer).WithSummary("报送领导审核（version：读取时的版本号）");
        g.MapPost("/{id:long}/approve", async (long id, VersionRequest r, ReportCommands commands, ReportOutput output, CancellationToken ct) =>
        {
            await commands.ApproveAsync(id, Version(r.Version), ct);
            return await HeaderAsync(id, output, ct);
        }).RequireAuthorization(Policies.Writer).WithSummary("审核通过（仅领导）");
        g.MapPost("/{id:long}/return", async (long id, ReturnRequest r, ReportCommands commands, ReportOutput output, CancellationToken ct) =>
        {
            await commands.ReturnAsync(id, r.Comment ?? "", Version(r.Version), ct);
            return await HeaderAsync(id, output, ct);
        }).RequireAuthorization(Policies.Writer).WithSummary("退回修改（仅领导；comment：审核意见，必填）");
        g.MapPost("/{id:long}/publish", async (long id, VersionRequest r, ReportCommands commands, ReportOutput output, CancellationToken ct) =>
        {
            await commands.PublishAsync(id, Version(r.Version), output, ct);
            return await HeaderAsync(id, output, ct);
        }).RequireAuthorization(Policies.Writer).WithSummary("公开（审核通过后；公开日期为当天，公开的Word文本此时生成并保存，公众在 /Public/Reports 查阅）");
    }

    static int Version(int? version) => version ?? throw new DomainRuleException("请提供报告的版本号 version（读取报告时得到）。");

    static IResult NotFound(string title) => Results.Problem(title: title, statusCode: StatusCodes.Status404NotFound);

    static async Task<IResult> HeaderAsync(long id, ReportOutput output, CancellationToken ct) =>
        await output.FindAsync(id, ct) is { } report ? Results.Ok(HeaderOf(report)) : Results.NotFound();

    /// <summary>The file in a temporary file on disk, streamed to the client and deleted when sent.</summary>
    static async Task<IResult> FileAsync(long id, ReportFormat format, ReportOutput output, HttpContext http, CancellationToken ct)
    {
        var report = await output.FindAsync(id, ct);
        if (report is null) return Results.NotFound();
        var file = await output.FileAsync(await output.CompileAsync(report, ct), format, ct);
        http.Response.RegisterForDisposeAsync(file);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    static ReportListDto ListItemOf(AnnualReport r, string town, DateOnly today) => new(r.Id, r.TownId, town, r.Year, r.Title, r.Status, r.SignedOn,
        r.SubmittedOn, r.ApprovedOn, r.PublishedOn, r.PublicationDue, r.Status != ReportStatus.Published && today > r.PublicationDue, r.Version);

    static ReportHeaderDto HeaderOf(AnnualReport r) => new(r.Id, r.TownId, r.Year, r.TemplateName, r.Title, r.Addressee, r.SigningOrgan, r.SignedOn,
        r.DocumentNumber, r.Status, r.ReviewComment, r.SubmittedOn, r.ApprovedOn, r.PublishedOn, r.PublicationDue, r.IsEditable, r.Version);

    static ReportDto ToDto(CompiledReport compiled)
    {
        var fields = compiled.Fields.ToDictionary(f => f.Key);
        IReadOnlyList<FieldDto> FieldsOf(IEnumerable<ReportBlock> blocks) => blocks.OfType<ReportParagraph>().SelectMany(p => p.Segments)
            .Where(s => s.Key is not null).Select(s => s.Key!).Distinct().Where(fields.ContainsKey).Select(k => FieldOf(fields[k])).ToList();
        var number = 0;
        return new ReportDto(HeaderOf(compiled.Report), compiled.Preamble.Select(BlockOf).ToList(),
            compiled.Sections.Select(s => new SectionDto(s.Id, OfficialDocxWriter.HeadingNumber(1, ++number), s.Heading, s.Blocks.Select(BlockOf).ToList(),
                FieldsOf(s.Blocks))).ToList(),
            compiled.Fields.Select(FieldOf).ToList(), compiled.Problems);
    }

    static FieldDto FieldOf(FieldStatus f) => new(f.Key, f.Figure?.Label ?? f.Key, f.Figure?.Display ?? "—", f.Figure?.Formula ?? "",
        f.Figure?.Explained ?? "", f.Accepted, f.Moved, f.New, f.Unknown);

    static BlockDto BlockOf(ReportBlock block) => block switch
    {
        ReportParagraph p => new BlockDto("paragraph", p.Text, Segments: p.Segments.Select(s => new SegmentDto(s.Text, s.Key)).ToList()),
        ReportHeading h => new BlockDto("heading", h.Text, h.Level),
        ReportTable t => new BlockDto("table", null, Header: t.Table.Header, Rows: t.Table.Rows),
        _ => new BlockDto("paragraph", ""),
    };
}
