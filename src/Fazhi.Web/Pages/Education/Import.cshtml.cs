using Fazhi.Core.Data;
using Fazhi.Core.Education;
using Fazhi.Core.Ledgers;
using Fazhi.Web.Ledgers;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Web.Pages.Education;

/// <summary>导入普法活动台账: a ledger kept in Excel, every row checked first, then all recorded or none.</summary>
[Authorize(Policy = Policies.Writer)]
[RequestSizeLimit(10 * 1024 * 1024)]
public sealed class ImportModel(AppDbContext db, EducationCommands commands, TimeProvider clock) : LedgerImportPage(db)
{
    readonly EventImport import = new(db, commands, clock);

    protected override string LedgerName => "普法活动台账";
    protected override string RecordsName => "场活动";
    protected override string ListPath => "/Education/Events";
    protected override void WriteTemplate(Stream output) => EventImport.WriteTemplate(output);
    protected override Task<ImportResult> ImportAsync(Stream xlsx, long townId, CancellationToken ct) => import.ImportAsync(xlsx, townId, ct);
}
