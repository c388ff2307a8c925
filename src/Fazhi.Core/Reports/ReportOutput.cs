using Fazhi.Core.Attachments;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Documents;
using Fazhi.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reports;

/// <summary>The files a report is given out as.</summary>
public enum ReportFormat { Docx, Pdf, Zip }

/// <summary>
/// A report file ready to send: its content in a temporary file that is deleted when the stream is closed (positioned
/// at the start), its download name and content type.
/// </summary>
public sealed record ReportFile(Stream Content, string FileName, string ContentType) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>
/// The one way a report leaves the workspace, used by the command line, the API and the pages: find a town's report of a
/// year, compile it from the records, and write it as the official .docx (GB/T 9704, <see cref="OfficialDocxWriter"/>),
/// as PDF (LibreOffice, <see cref="PdfConverter"/>) or as its evidence package (佐证材料, <see cref="EvidencePackage"/>).
/// <para>
/// The figures of a report are its town's: compiling reads the records through a context narrowed to the report's town
/// (the reader's own scope or inside it), so a district supervisor or the command line's system user gets the same
/// figures as the town's clerk, and the records behind a figure never come from another town.
/// </para>
/// </summary>
public sealed class ReportOutput(AppDbContext db, CalendarProvider calendars, TimeProvider clock,
    AttachmentStore store, AttachmentOwnerRegistry owners, PdfConverter pdf)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string PdfType = "application/pdf";
    public const string ZipType = "application/zip";

    DateOnly Today => ChinaTime.Today(clock);

    /// <summary>The report with its sections and accepted figures, if the reader may see it.</summary>
    public Task<AnnualReport?> FindAsync(long id, CancellationToken ct = default) =>
        Reports().FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>A town's report of a year, if it exists and the reader may see it.</summary>
    public Task<AnnualReport?> FindAsync(long townId, int year, CancellationToken ct = default) =>
        Reports().FirstOrDefaultAsync(r => r.TownId == townId && r.Year == year, ct);

    IQueryable<AnnualReport> Reports() => db.Set<AnnualReport>().AsNoTracking().AsSplitQuery().Include(r => r.Sections).Include(r => r.Checks);

    public async Task<CompiledReport> CompileAsync(AnnualReport report, CancellationToken ct = default) =>
        await ReportCompiler.CompileAsync(await ContextAsync(db, ct), report, ct);

    /// <summary>The records behind one of the report's figures (of its town and year); null when no module lists them.</summary>
    public async Task<IReadOnlyList<FigureRecord>?> RecordsAsync(AnnualReport report, string key, CancellationToken ct = default)
    {
        await using var town = db.NarrowedTo(report.ScopePath);
        return await FigureCatalog.RecordsAsync(await ContextAsync(town, ct), report.Year, key, ct);
    }

    /// <summary>The official document as .docx; dated with the report's signing date (today while it has none).</summary>
    public void WriteDocx(CompiledReport compiled, Stream output) => OfficialDocxWriter.Write(compiled.ToDocument(Today), output);

    /// <summary>The .docx converted by LibreOffice; a <see cref="DomainRuleException"/> in Chinese when it is missing or fails.</summary>
    public async Task WritePdfAsync(CompiledReport compiled, Stream output, CancellationToken ct = default)
    {
        await using var docx = TempFile();
        WriteDocx(compiled, docx);
        docx.Position = 0;
        await pdf.ConvertAsync(docx, output, ct);
    }

    /// <summary>The evidence package (佐证材料) as .zip: see <see cref="EvidencePackage"/>.</summary>
    public async Task WriteEvidenceAsync(CompiledReport compiled, Stream output, CancellationToken ct = default)
    {
        await using var town = db.NarrowedTo(compiled.Report.ScopePath);
        await new EvidencePackage(await ContextAsync(town, ct), compiled, store, owners).WriteAsync(output, ct);
    }

    /// <summary>The .docx as the report stands now, kept in the attachment store as the published copy; its storage key.</summary>
    public async Task<string> PublishedCopyAsync(AnnualReport report, CancellationToken ct = default)
    {
        await using var file = await FileAsync(await CompileAsync(report, ct), ReportFormat.Docx, ct);
        return (await store.SaveAsync(file.Content, ct)).StorageKey;
    }

    /// <summary>The .docx a report was published as (the public site's copy); null before it is published.</summary>
    public static ReportFile? PublishedFile(AttachmentStore store, AnnualReport report) =>
        report.PublishedFileKey is { } key
            ? new ReportFile(new FileStream(store.PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read), FileName(report, ReportFormat.Docx), DocxType)
            : null;

    /// <summary>The report written in a format into a temporary file, rewound, with its download name.</summary>
    public async Task<ReportFile> FileAsync(CompiledReport compiled, ReportFormat format, CancellationToken ct = default)
    {
        var file = TempFile();
        try
        {
            switch (format)
            {
                case ReportFormat.Docx: WriteDocx(compiled, file); break;
                case ReportFormat.Pdf: await WritePdfAsync(compiled, file, ct); break;
                case ReportFormat.Zip: await WriteEvidenceAsync(compiled, file, ct); break;
                default: throw new ArgumentOutOfRangeException(nameof(format));
            }
            await file.FlushAsync(ct);
            file.Position = 0;
            return new ReportFile(file, FileName(compiled.Report, format), ContentType(format));
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>"武江区西联镇2019年度法治政府建设情况报告.docx"; the evidence package "…（佐证材料）.zip".</summary>
    public static string FileName(AnnualReport report, ReportFormat format) => format switch
    {
        ReportFormat.Docx => EvidencePackage.SafeName(report.Title, 80) + ".docx",
        ReportFormat.Pdf => EvidencePackage.SafeName(report.Title, 80) + ".pdf",
        _ => EvidencePackage.SafeName(report.Title, 80) + "（佐证材料）.zip",
    };

    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Docx => DocxType,
        ReportFormat.Pdf => PdfType,
        _ => ZipType,
    };

    /// <summary>"docx", "pdf", "zip" (any case); null for anything else.</summary>
    public static ReportFormat? ParseFormat(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "docx" or "word" => ReportFormat.Docx,
        "pdf" => ReportFormat.Pdf,
        "zip" or "evidence" => ReportFormat.Zip,
        _ => null,
    };

    async Task<FigureContext> ContextAsync(AppDbContext town, CancellationToken ct) => new(town, await calendars.GetAsync(town, ct), Today);

    /// <summary>Large outputs (PDF, zip with photos and videos) go to disk, not memory; the file goes when the stream is closed.</summary>
    static FileStream TempFile() => new(Path.Combine(Path.GetTempPath(), "fazhi-report-" + Guid.NewGuid().ToString("N")), FileMode.CreateNew,
        FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
}
