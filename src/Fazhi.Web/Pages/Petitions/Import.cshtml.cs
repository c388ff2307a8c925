using Fazhi.Core.Data;
using Fazhi.Core.Ledgers;
using Fazhi.Core.Petitions;
using Fazhi.Web.Ledgers;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Web.Pages.Petitions;

[Authorize(Policy = Policies.Writer)]
[RequestSizeLimit(10 * 1024 * 1024)]
public sealed class ImportModel(AppDbContext db, PetitionImport import) : LedgerImportPage(db)
{
    protected override string LedgerName => "信访台账";
    protected override string RecordsName => "件信访事项";
    protected override string ListPath => "/Petitions";
    protected override void WriteTemplate(Stream output) => PetitionImport.WriteTemplate(output);
    protected override Task<ImportResult> ImportAsync(Stream xlsx, long townId, CancellationToken ct) => import.ImportAsync(xlsx, townId, ct);
}
