using Fazhi.Core.Common;
using Fazhi.Core.Ledgers;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Web.Ledgers;

/// <summary>
/// Turns a register list into a downloadable .xlsx (see <see cref="LedgerExport"/>). The workbook is
/// written to a temporary file opened with DeleteOnClose and then streamed from it, so neither the
/// rows nor the finished workbook are held in memory, and the file is gone once the response is sent
/// (or the request is aborted).
/// </summary>
public static class LedgerFile
{
    /// <summary>A file named "&lt;ledger name&gt;-yyyyMMdd.xlsx" (China date), e.g. 登录日志-20191231.xlsx.</summary>
    public static FileStreamResult Xlsx<T>(IEnumerable<T> rows, IReadOnlyList<LedgerColumn<T>> columns, string ledgerName,
        string filterDescription, TimeProvider clock) where T : class
    {
        var path = Path.Combine(Path.GetTempPath(), "fazhi-ledger-" + Guid.NewGuid().ToString("N") + ".xlsx");
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        try
        {
            LedgerExport.WriteXlsx(stream, rows, columns, ledgerName, filterDescription);
            stream.Position = 0;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
        return new FileStreamResult(stream, LedgerExport.ContentType)
        {
            FileDownloadName = $"{ledgerName}-{ChinaTime.Today(clock):yyyyMMdd}.xlsx",
        };
    }
}
