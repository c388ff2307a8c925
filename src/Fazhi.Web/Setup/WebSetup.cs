using Fazhi.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.WebEncoders;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Setup;

public static class WebSetup
{
    public static IServiceCollection AddFazhiWeb(this IServiceCollection services)
    {
        // Keys that protect cookies and tokens live in the data folder, outside the repository.
        services.AddDataProtection().SetApplicationName("Fazhi");
        services.AddOptions<KeyManagementOptions>().Configure<FazhiOptions, ILoggerFactory>((o, fazhi, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(fazhi.DataPath, "keys")), logs));
        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToFolder("/Public");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            o.Conventions.AuthorizeFolder("/Petitions", Authorization.ModuleAccess.Policy(Fazhi.Core.Identity.Modules.Petitions));
            o.Conventions.AuthorizeFolder("/Disputes", Authorization.ModuleAccess.Policy(Fazhi.Core.Identity.Modules.Disputes));
            o.Conventions.AuthorizeFolder("/Enforcement", Authorization.ModuleAccess.Policy(Fazhi.Core.Identity.Modules.Enforcement));
            o.Conventions.AuthorizeFolder("/Education", Authorization.ModuleAccess.Policy(Fazhi.Core.Identity.Modules.Education));
            o.Conventions.AuthorizeFolder("/Reports", Authorization.ModuleAccess.Policy(Fazhi.Core.Identity.Modules.Report));
            o.Conventions.AuthorizeFolder("/Assessment", Authorization.ModuleAccess.Policy(Fazhi.Core.Identity.Modules.Report));
        });
        // Chinese text is written as is, not as &#x...; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddExceptionHandler<DomainExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.AddScoped<Fazhi.Core.Petitions.PetitionCommands>();
        services.AddScoped<Fazhi.Core.Petitions.PetitionImport>();
        services.AddScoped<Fazhi.Core.Disputes.DisputeCommands>();
        services.AddScoped<Fazhi.Core.Disputes.ScreeningCommands>();
        services.AddScoped<Fazhi.Core.Disputes.CommitteeCommands>();
        services.AddScoped<Fazhi.Core.Disputes.DisputeImport>();
        services.AddScoped<Fazhi.Core.Enforcement.RegisterCommands>();
        services.AddScoped<Fazhi.Core.Enforcement.InspectionCommands>();
        services.AddScoped<Fazhi.Core.Enforcement.CaseCommands>();
        services.AddScoped<Fazhi.Core.Education.EducationCommands>();
        services.AddScoped<Fazhi.Core.Reports.ReportCommands>();
        services.AddScoped<Fazhi.Core.Reports.ReportOutput>();
        services.AddSingleton(sp => new Fazhi.Core.Documents.PdfConverter(sp.GetRequiredService<FazhiOptions>().SofficePath));
        services.AddScoped<Fazhi.Core.Assessment.AssessmentCommands>();
        return services;
    }

    public static WebApplication UseFazhiPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.Use(async (ctx, next) =>
        {
            ctx.Response.Headers["X-Content-Type-Options"] = "nosniff";
            ctx.Response.Headers["X-Frame-Options"] = "DENY";
            ctx.Response.Headers["Referrer-Policy"] = "same-origin";
            ctx.Response.Headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
            await next();
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<Authorization.MustChangePasswordMiddleware>();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapFazhiEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapGet("/healthz", async (AppDbContext db, CancellationToken ct) =>
                await db.Database.CanConnectAsync(ct) ? Results.Text("ok") : Results.Text("database unreachable", statusCode: 503))
            .AllowAnonymous().ExcludeFromDescription();
        Api.ApiEndpoints.Map(app);
        return app;
    }
}
