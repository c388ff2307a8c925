using System.IO.Compression;
using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Documents;
using Fazhi.Core.Education;
using Fazhi.Core.Ledgers;
using Fazhi.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reports;

/// <summary>
/// The evidence package of a report (佐证材料), a .zip:
/// <list type="bullet">
/// <item>a folder per section ("一、2019年法治政府建设工作开展情况"), holding for every figure the section cites the files
/// attached to the records the figure counts (<see cref="FigureCatalog.RecordsAsync"/>, counted records only — the
/// records of a ratio's denominator that its numerator does not count are not evidence of it), and the files of the
/// events and campaigns its generated paragraphs recount; one sub-folder per record;</item>
/// <item>"附件材料": the files attached to the report itself and to its problems and plans (action items);</item>
/// <item>index.xlsx: every figure → its records → their files (部分, 指标, 数值, 记录类型, 记录, 日期, 文件), a record
/// without files listed all the same, so a reviewer sees what is and what is not evidenced.</item>
/// </list>
/// Files are copied one at a time from the attachment store into the archive; only the index rows are kept in memory.
/// </summary>
internal sealed class EvidencePackage(FigureContext context, CompiledReport compiled, AttachmentStore store, AttachmentOwnerRegistry owners)
{
    public const string IndexName = "index.xlsx";
    public const string ReportFiles = "附件材料";
    const string OpeningPart = "开头";

    public sealed record IndexRow(string Part, string Figure, string Value, string Kind, string Record, DateOnly? On, string File);

    static readonly IReadOnlyList<LedgerColumn<IndexRow>> Columns =
    [
        new("部分", r => r.Part, 30), new("指标", r => r.Figure, 28), new("数值", r => r.Value, 10), new("记录类型", r => r.Kind, 14),
        new("记录", r => r.Record, 36), new("日期", r => r.On, 16), new("文件", r => r.File, 60),
    ];

    sealed record FileRef(long Id, string FileName, string StorageKey, DateTime UploadedAtUtc);

    readonly AnnualReport report = compiled.Report;
    readonly List<IndexRow> rows = [];
    readonly Dictionary<(string Kind, long Id), IReadOnlyList<FileRef>> files = [];
    /// <summary>Paths already in the archive, and where each attachment went in each part (one copy per part).</summary>
    readonly HashSet<string> paths = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<(string Folder, long AttachmentId), string> written = [];

    public async Task WriteAsync(Stream output, CancellationToken ct)
    {
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var parts = new List<(string Folder, string Body)>();
            if (ReportMarkup.Fields(report.Preamble).Any()) parts.Add((OpeningPart, report.Preamble));
            var number = 0;
            foreach (var section in compiled.Sections)
            {
                var body = report.Sections.FirstOrDefault(s => s.Id == section.Id)?.Body ?? "";
                parts.Add((SafeName(OfficialDocxWriter.HeadingNumber(1, ++number) + section.Heading, 60), body));
            }
            foreach (var (folder, body) in parts)
            {
                zip.CreateEntry(folder + "/");
                await PartAsync(zip, folder, body, ct);
            }
            zip.CreateEntry(ReportFiles + "/");
            await ReportFilesAsync(zip, ct);

            using var index = new MemoryStream();
            LedgerExport.WriteXlsx(index, rows, Columns, "佐证材料目录", $"{report.Title}　佐证材料目录（生成于{ChinaTime.Format(context.Today)}）");
            index.Position = 0;
            await using var entry = zip.CreateEntry(IndexName, CompressionLevel.Optimal).Open();
            await index.CopyToAsync(entry, ct);
        }
    }

    async Task PartAsync(ZipArchive zip, string folder, string body, CancellationToken ct)
    {
        foreach (var key in ReportMarkup.Fields(body).Select(f => f.Key).Distinct())
        {
            var figure = compiled.Figure(key);
            var (label, value) = (figure?.Label ?? key, figure?.Display ?? "【未知数字】");
            var records = figure is null ? null : await FigureCatalog.RecordsAsync(context, report.Year, key, ct);
            if (records is null)
            {
                rows.Add(new IndexRow(folder, label, value, "", "（该数字暂不能列出所依据的记录）", null, ""));
                continue;
            }
            await RecordsAsync(zip, folder, label, value, records.Where(r => r.Counted).ToList(), ct);
        }
        foreach (var line in ReportMarkup.Lines(body).Where(l => l.Block is "events" or "campaigns"))
        {
            var (label, records) = line.Block == "events" ? ("生成段落：普法活动", await EventsAsync(ct)) : ("生成段落：专项整治", await CampaignsAsync(ct));
            await RecordsAsync(zip, folder, label, $"{records.Count}", records, ct);
        }
    }

    async Task RecordsAsync(ZipArchive zip, string folder, string label, string value, IReadOnlyList<FigureRecord> records, CancellationToken ct)
    {
        if (records.Count == 0)
        {
            rows.Add(new IndexRow(folder, label, value, "", "（无记录）", null, ""));
            return;
        }
        await LoadFilesAsync(records, ct);
        foreach (var record in records)
        {
            var kind = owners.LabelOf(record.Kind) ?? "记录";
            var attached = files.GetValueOrDefault((record.Kind, record.Id)) ?? [];
            if (attached.Count == 0) rows.Add(new IndexRow(folder, label, value, kind, record.Title, record.On, ""));
            foreach (var file in attached)
                rows.Add(new IndexRow(folder, label, value, kind, record.Title, record.On,
                    await CopyAsync(zip, folder, SafeName($"{kind} {record.Title}", 60), file, ct)));
        }
    }

    /// <summary>The year's events the [[events]] paragraph recounts, as <see cref="ReportBlocks"/> selects them.</summary>
    async Task<IReadOnlyList<FigureRecord>> EventsAsync(CancellationToken ct)
    {
        var (from, to) = (new DateOnly(report.Year, 1, 1), new DateOnly(report.Year, 12, 31));
        return (await context.Db.Set<EducationEvent>().AsNoTracking()
                .Where(e => e.HeldOn >= from && e.HeldOn <= to && ReportBlocks.RecountedKinds.Contains(e.Kind))
                .OrderBy(e => e.HeldOn).ThenBy(e => e.Id).Select(e => new { e.Id, e.HeldOn, e.Title }).ToListAsync(ct))
            .Select(e => new FigureRecord("education-event", e.Id, e.HeldOn, $"{ChinaTime.Format(e.HeldOn)} {e.Title}")).ToList();
    }

    /// <summary>The year's campaigns the [[campaigns]] paragraph recounts.</summary>
    async Task<IReadOnlyList<FigureRecord>> CampaignsAsync(CancellationToken ct) =>
        (await EnforcementFigures.ForYearAsync(context.Db, report.Year, ct)).Campaigns
        .Select(c => new FigureRecord("enforcement-campaign", c.Id, c.StartsOn, c.Name)).ToList();

    /// <summary>The report's own attachments and its problems' and plans' (action items of its town and year).</summary>
    async Task ReportFilesAsync(ZipArchive zip, CancellationToken ct)
    {
        var items = await context.Db.Set<ActionItem>().AsNoTracking().Where(i => i.TownId == report.TownId && i.Year == report.Year)
            .OrderBy(i => i.Kind).ThenBy(i => i.Order).ThenBy(i => i.Id).Select(i => new { i.Id, i.Kind, i.Order, i.Text }).ToListAsync(ct);
        var own = new FigureRecord("annual-report", report.Id, report.SignedOn ?? context.Today, report.Title);
        var records = items.Select(i => new FigureRecord("action-item", i.Id, report.SignedOn ?? context.Today,
            $"{(i.Kind == ActionKind.Problem ? "问题" : "计划")}{i.Order} {Shorten(i.Text, 30)}")).Prepend(own).ToList();
        await LoadFilesAsync(records, ct);
        foreach (var record in records)
        {
            var attached = files.GetValueOrDefault((record.Kind, record.Id)) ?? [];
            var isReport = record.Kind == "annual-report";
            var kind = owners.LabelOf(record.Kind) ?? "记录";
            // Items without files are not listed: the index is about the evidence given, and the report lists its items itself.
            foreach (var file in attached)
                rows.Add(new IndexRow(ReportFiles, isReport ? "本报告" : "问题和计划", "", kind, record.Title, null,
                    await CopyAsync(zip, ReportFiles, isReport ? null : SafeName(record.Title, 40), file, ct)));
        }
    }

    /// <summary>Finds the attachments of the records not yet looked up, per kind in batches.</summary>
    async Task LoadFilesAsync(IEnumerable<FigureRecord> records, CancellationToken ct)
    {
        foreach (var kind in records.Where(r => !files.ContainsKey((r.Kind, r.Id))).GroupBy(r => r.Kind))
        {
            var type = kind.Key;
            foreach (var ids in kind.Select(r => r.Id).Distinct().Chunk(500))
            {
                var found = await context.Db.Set<Attachment>().AsNoTracking().Where(a => a.OwnerType == type && ids.Contains(a.OwnerId))
                    .OrderBy(a => a.UploadedAtUtc).ThenBy(a => a.Id)
                    .Select(a => new { a.OwnerId, File = new FileRef(a.Id, a.FileName, a.StorageKey, a.UploadedAtUtc) }).ToListAsync(ct);
                var byOwner = found.ToLookup(f => f.OwnerId, f => f.File);
                foreach (var id in ids) files[(type, id)] = byOwner[id].ToList();
            }
        }
    }

    /// <summary>Copies a stored file into folder/[record/]name once per part; returns its path in the archive.</summary>
    async Task<string> CopyAsync(ZipArchive zip, string folder, string? recordFolder, FileRef file, CancellationToken ct)
    {
        if (written.TryGetValue((folder, file.Id), out var done)) return done;
        var dir = recordFolder is null ? folder : $"{folder}/{recordFolder}";
        var name = SafeName(file.FileName, 100);
        var path = $"{dir}/{name}";
        for (var n = 2; paths.Contains(path); n++)
            path = $"{dir}/{Path.GetFileNameWithoutExtension(name)}（{n}）{Path.GetExtension(name)}";
        Stream source;
        try
        {
            source = store.OpenRead(file.StorageKey);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return written[(folder, file.Id)] = $"（文件缺失：{name}）";
        }
        await using (source)
        {
            var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
            entry.LastWriteTime = new DateTimeOffset(ChinaTime.ToLocal(file.UploadedAtUtc), TimeSpan.FromHours(8));
            await using var target = entry.Open();
            await source.CopyToAsync(target, ct);
        }
        paths.Add(path);
        return written[(folder, file.Id)] = path;
    }

    static string Shorten(string text, int max) => text.Length > max ? text[..max] + "…" : text;

    /// <summary>
    /// A name every file system takes: no path or reserved characters (/ \ : * ? " &lt; &gt; |), no control characters,
    /// no leading or trailing dots and blanks, at most <paramref name="max"/> characters (the extension kept).
    /// </summary>
    public static string SafeName(string name, int max)
    {
        var safe = new string(name.Select(c => char.IsControl(c) || "/\\:*?\"<>|".Contains(c) ? '_' : c).ToArray()).Trim().Trim('.').Trim();
        if (safe.Length == 0) safe = "未命名";
        if (safe.Length <= max) return safe;
        var extension = Path.GetExtension(safe);
        if (extension.Length is 0 or > 10) extension = "";
        var stem = safe[..(max - extension.Length)];
        if (char.IsHighSurrogate(stem[^1])) stem = stem[..^1];
        return stem.TrimEnd('.', ' ') + extension;
    }
}
