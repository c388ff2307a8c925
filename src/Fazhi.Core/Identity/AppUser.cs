using Fazhi.Core.Common;
using Microsoft.AspNetCore.Identity;

namespace Fazhi.Core.Identity;

/// <summary>A person who signs in. Their home scope is a region node; they see that node and below.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>The home scope; null only for the installation's first administrator (whole system).</summary>
    public long? ScopeRegionId { get; set; }
    /// <summary>Copy of the scope region's path ("/" for the whole system), so a request needs no join to know its scope.</summary>
    public string ScopePath { get; set; } = "";
    public long? OfficeId { get; set; }
    /// <summary>Comma-separated module keys (see <see cref="Modules"/>).</summary>
    public string ModuleList { get; set; } = "";
    public bool MustChangePassword { get; set; }
    public bool IsDemo { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreatedUtc { get; set; }

    public IReadOnlyList<string> ModuleKeys =>
        ModuleList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void SetModules(IEnumerable<string> modules)
    {
        var list = modules.Distinct().ToList();
        var unknown = list.FirstOrDefault(m => !Modules.All.Contains(m));
        if (unknown is not null) throw new DomainRuleException($"未知的业务模块：{unknown}");
        ModuleList = string.Join(',', list);
    }
}

public sealed class AppRole : IdentityRole
{
    public AppRole() { }
    public AppRole(string name) : base(name) { }
}
