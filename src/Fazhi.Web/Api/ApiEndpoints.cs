namespace Fazhi.Web.Api;

/// <summary>The JSON API under /api/v1; each module adds its group here.</summary>
public static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        var v1 = app.MapGroup("/api/v1");
        SessionApi.Map(v1);
        OrganisationsApi.Map(v1);
        PetitionsApi.Map(v1);
        DisputesApi.Map(v1);
        ScreeningsApi.Map(v1);
        EnforcementApi.Map(v1);
        EducationApi.Map(v1);
        ReportsApi.Map(v1);
    }
}
