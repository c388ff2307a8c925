using Fazhi.Core.Audit;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Web.Setup;

namespace Fazhi.Web.Commands;

/// <summary>`fazhi audit verify`: walks the audit chain of the configured database; exit 0 intact, 1 broken.</summary>
public static class AuditVerifyCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.SystemDb();
        var result = await new AuditChainVerifier(db).VerifyAsync(ct);
        Console.WriteLine(result.Line);
        return result.Intact ? 0 : 1;
    }
}
