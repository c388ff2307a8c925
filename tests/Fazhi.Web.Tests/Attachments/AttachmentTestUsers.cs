using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Fazhi.Core.Identity;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Attachments;

/// <summary>Two towns of one district, each with an office and a partner, and the users these tests sign in as.</summary>
public sealed record AttachmentWorld(Region TownA, Region TownB, Office OfficeA, Office OfficeB, PartnerOrganisation PartnerA,
    string StaffA, string StaffB, string SupervisorA, string AdminA, string RootAdmin);

/// <summary>
/// Arranges regions, records and users through domain code and Identity (no demo rows relied on),
/// once per app, and signs in through the real login form. Codes use province 91, which no real
/// province has, so they cannot collide with demo data.
/// </summary>
public static class AttachmentTestUsers
{
    public const string Password = "Fazhi-Test-2019";

    static readonly ConditionalWeakTable<FazhiApp, Task<AttachmentWorld>> Worlds = new();

    public static Task<AttachmentWorld> WorldAsync(FazhiApp app)
    {
        lock (Worlds) return Worlds.GetValue(app, a => BuildAsync(a));
    }

    static async Task<AttachmentWorld> BuildAsync(FazhiApp app)
    {
        Region townA, townB;
        Office officeA, officeB;
        PartnerOrganisation partnerA;
        await using (var scope = app.SystemScope(out var db))
        {
            var province = await AddRegionAsync(db, null, RegionKind.Province, "测试省", "910000000000");
            var city = await AddRegionAsync(db, province, RegionKind.City, "测试市", "910100000000");
            var district = await AddRegionAsync(db, city, RegionKind.District, "测试区", "910102000000");
            townA = await AddRegionAsync(db, district, RegionKind.Town, "甲镇", "910102100000");
            townB = await AddRegionAsync(db, district, RegionKind.Town, "乙镇", "910102101000");
            officeA = Office.Create(townA.Id, townA.Path, "甲镇司法所", null);
            officeB = Office.Create(townB.Id, townB.Path, "乙镇司法所", null);
            partnerA = PartnerOrganisation.Create(townA.Id, townA.Path, "甲镇派出所", PartnerKind.PoliceStation, null);
            db.Offices.AddRange(officeA, officeB);
            db.Partners.Add(partnerA);
            await db.SaveChangesAsync();
        }
        await AddUserAsync(app, "att-staff-a", townA, Roles.Staff);
        await AddUserAsync(app, "att-staff-b", townB, Roles.Staff);
        await AddUserAsync(app, "att-supervisor-a", townA, Roles.Supervisor);
        await AddUserAsync(app, "att-admin-a", townA, Roles.Admin);
        await AddUserAsync(app, "att-root-admin", null, Roles.Admin);
        return new AttachmentWorld(townA, townB, officeA, officeB, partnerA, "att-staff-a", "att-staff-b", "att-supervisor-a", "att-admin-a", "att-root-admin");
    }

    static async Task<Region> AddRegionAsync(Fazhi.Core.Data.AppDbContext db, Region? parent, RegionKind kind, string name, string code)
    {
        var region = Region.Create(parent, kind, name, code);
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        region.AssignPath(parent);
        await db.SaveChangesAsync();
        return region;
    }

    static Task AddUserAsync(FazhiApp app, string userName, Region? scope, string role) =>
        SignIn.CreateUserAsync(app, userName, role, scope, Password);

    /// <summary>A client signed in as the user through the login form (cookies kept, redirects not followed).</summary>
    public static Task<HttpClient> SignInAsync(FazhiApp app, string userName) => SignIn.AsAsync(app, userName, Password);
}
