using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.Ledgers;
using Fazhi.Web.Ledgers;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Web.Pages.Disputes;

/// <summary>导入矛盾纠纷台账: a ledger kept in Excel, every row checked first, then all registered or none.</summary>
[Authorize(Policy = Policies.Writer)]
[RequestSizeLimit(10 * 1024 * 1024)]
public sealed class ImportModel(AppDbContext db, DisputeImport import) : LedgerImportPage(db)
{
    protected override string LedgerName => "矛盾纠纷台账";
    protected override string RecordsName => "件矛盾纠纷";
    protected override string ListPath => "/Disputes";
    protected override void WriteTemplate(Stream output) => DisputeImport.WriteTemplate(output);
    protected override Task<ImportResult> ImportAsync(Stream xlsx, long townId, CancellationToken ct) => import.ImportAsync(xlsx, townId, ct);
}
