using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Ledgers;
using Fazhi.Web.Ledgers;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Web.Pages.Enforcement;

/// <summary>导入执法检查台账: a ledger kept in Excel, every row checked first, then all recorded or none.</summary>
[Authorize(Policy = Policies.Writer)]
[RequestSizeLimit(10 * 1024 * 1024)]
public sealed class ImportModel(AppDbContext db, InspectionCommands inspections, TimeProvider clock) : LedgerImportPage(db)
{
    readonly InspectionImport import = new(db, inspections, clock);

    protected override string LedgerName => "执法检查台账";
    protected override string RecordsName => "次检查（巡查）";
    protected override string ListPath => "/Enforcement/Inspections";
    protected override void WriteTemplate(Stream output) => InspectionImport.WriteTemplate(output);

    protected override Task<ImportResult> ImportAsync(Stream xlsx, long townId, CancellationToken ct) => import.ImportAsync(xlsx, townId, ct);
}
