using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;

namespace Fazhi.Web.Api;

/// <summary>Regions, offices and partners of the caller's scope; the same queries as the pages.</summary>
public static class OrganisationsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/regions", async (AppDbContext db, CancellationToken ct) => await RegionQueries.InScopeAsync(db, ct))
            .WithSummary("管辖范围内的行政区划");
        api.MapGet("/offices", async (AppDbContext db, CancellationToken ct) => await OrganisationQueries.OfficesAsync(db, ct))
            .WithSummary("管辖范围内的科室");
        api.MapGet("/offices/{id:long}", async (long id, AppDbContext db, CancellationToken ct) =>
                await OrganisationQueries.OfficeAsync(db, id, ct) is { } office ? Results.Ok(office) : Results.NotFound())
            .WithSummary("科室详情");
        api.MapGet("/partners", async (AppDbContext db, CancellationToken ct) => await OrganisationQueries.PartnersAsync(db, ct))
            .WithSummary("管辖范围内的合作单位");
    }
}
