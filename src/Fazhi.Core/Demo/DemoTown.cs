using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Demo;

/// <summary>
/// The demo town of the seed report: 广东省 › 韶关市 › 武江区 › 西联镇 (2019), loaded into an empty
/// database only, through the same domain code as user input (so it is validated and audited).
/// Codes down to the town are the NBS 2023 codes (domain-reference §0); the villages' codes are
/// invented in the right ranges and marked as demo data (domain-reference §11.1).
/// A second town, 龙归镇, lets the district supervisor compare and shows that towns are kept apart.
/// </summary>
public static class DemoTown
{
    /// <summary>Demo mode only; documented in the README.</summary>
    public const string Password = "Xilian@2019";

    public sealed record Account(string UserName, string DisplayName, string Role, string Scope, string[] Modules, string? Office = null);

    /// <summary>One account per role; Scope names the region node.</summary>
    public static readonly IReadOnlyList<Account> Accounts =
    [
        new("demo.admin", "李明（系统管理员）", Roles.Admin, "西联镇", []),
        new("demo.fazhiban", "陈静（法治办）", Roles.Coordinator, "西联镇", [.. Modules.All], "司法所"),
        new("demo.xinfang", "黄伟（信访办）", Roles.Staff, "西联镇", [Modules.Petitions, Modules.Disputes], "信访办"),
        new("demo.leader", "王建国（镇长）", Roles.Leader, "西联镇", [.. Modules.All]),
        new("demo.yangshan", "刘芳（阳山村网格员）", Roles.Cadre, "阳山村", [Modules.Disputes, Modules.Petitions, Modules.Enforcement]),
        new("demo.zhifa", "李强（安监执法）", Roles.Staff, "西联镇", [Modules.Enforcement], "安全生产监督管理办公室"),
        new("demo.lawyer", "张剑波（法律顾问）", Roles.Advisor, "西联镇", [Modules.Decisions]),
        new("demo.district", "赵敏（区依法治区办）", Roles.Supervisor, "武江区", [.. Modules.All]),
        new("demo.longgui", "周平（龙归镇法治办）", Roles.Coordinator, "龙归镇", [.. Modules.All]),
    ];

    public static async Task<bool> IsDatabaseEmptyAsync(AppDbContext db, CancellationToken ct = default) =>
        !await db.Regions.IgnoreQueryFilters().AnyAsync(ct) && !await db.Users.AnyAsync(ct);

    /// <summary>Loads the demo town. Call with a context acting as the system user.</summary>
    public static async Task LoadAsync(AppDbContext db, UserCommands users, CancellationToken ct = default)
    {
        if (!await IsDatabaseEmptyAsync(db, ct)) return;
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        async Task<Region> Add(Region? parent, RegionKind kind, string name, string? code, bool demo = false) =>
            await RegionCommands.CreateAsync(db, new RegionCommands.Create(parent?.Id, kind, name, code, demo), ct);

        var guangdong = await Add(null, RegionKind.Province, "广东省", "440000000000");
        var shaoguan = await Add(guangdong, RegionKind.City, "韶关市", "440200000000");
        var wujiang = await Add(shaoguan, RegionKind.District, "武江区", "440203000000");
        var xilian = await Add(wujiang, RegionKind.Town, "西联镇", "440203100000");
        var longgui = await Add(wujiang, RegionKind.Town, "龙归镇", "440203102000");

        var places = new Dictionary<string, Region> { ["武江区"] = wujiang, ["西联镇"] = xilian, ["龙归镇"] = longgui };
        string[] xilianVillages = ["阳山村", "西联村", "新岭村", "苏拱村", "沙湖村"];
        for (var i = 0; i < xilianVillages.Length; i++)
            places[xilianVillages[i]] = await Add(xilian, RegionKind.Village, xilianVillages[i], $"440203100{201 + i}", demo: true);
        places["西联社区"] = await Add(xilian, RegionKind.Community, "西联社区", "440203100001", demo: true);
        places["龙归村"] = await Add(longgui, RegionKind.Village, "龙归村", "440203102201", demo: true);
        for (var g = 1; g <= 3; g++)
            await Add(places["阳山村"], RegionKind.Group, $"阳山村第{"一二三"[g - 1]}村民小组", null, demo: true);

        var offices = new Dictionary<string, Office>();
        foreach (var (name, phone) in new[] { ("党政综合办公室", "0751-0000001"), ("司法所", "0751-0000002"), ("信访办", "0751-0000003"),
                     ("综治办", "0751-0000004"), ("安全生产监督管理办公室", "0751-0000005"), ("规划建设办公室", "0751-0000006"),
                     ("农业农村办公室", "0751-0000007"), ("财政所", "0751-0000008") })
            offices[name] = await OrganisationCommands.CreateOfficeAsync(db, xilian.Id, name, phone, ct);
        await OrganisationCommands.CreateOfficeAsync(db, longgui.Id, "司法所", "0751-0000102", ct);

        foreach (var (name, kind) in new[] { ("西联派出所", PartnerKind.PoliceStation), ("西联市场监督管理所", PartnerKind.MarketRegulator),
                     ("周和律师事务所", PartnerKind.LawFirm), ("武江区城市管理和综合执法局西联中队", PartnerKind.CityManagement),
                     ("武江区环保执法大队", PartnerKind.EnvironmentAgency), ("武江区法律援助处", PartnerKind.LegalAidCentre) })
            await OrganisationCommands.CreatePartnerAsync(db, xilian.Id, name, kind, null, ct);

        foreach (var a in Accounts)
        {
            var input = new UserCommands.Input(a.UserName, a.DisplayName, [a.Role], places[a.Scope].Id,
                a.Office is null || a.Scope != "西联镇" ? null : offices[a.Office].Id, a.Modules, IsDemo: true);
            await users.CreateAsync(input, Password, ct);
        }
        await tx.CommitAsync(ct);
    }
}
