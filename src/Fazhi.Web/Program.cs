using Fazhi.Web.Commands;
using Fazhi.Web.Setup;

var cli = CommandLine.Parse(args);
if (cli.Error is not null || cli.Command == "help")
{
    Console.Error.WriteLine(cli.Error);
    Console.WriteLine(CommandLine.Usage);
    return cli.Error is null ? 0 : 2;
}

var builder = WebApplication.CreateBuilder(cli.HostArgs);
if (cli.Option("data") is { } dataDir) builder.Configuration["Fazhi:DataDir"] = Path.GetFullPath(dataDir);
builder.Services.AddFazhiOptions(builder.Configuration);
builder.Services.AddSingleton(TimeProvider.System);

builder.Services.AddFazhiDatabase();
builder.Services.AddFazhiIdentity();
builder.Services.AddFazhiWeb();
builder.Services.AddFazhiPersonalData();
builder.Services.AddFazhiAttachments();
builder.Services.AddFazhiCalendar();
builder.Services.AddFazhiPublic();

var app = builder.Build();

if (cli.Command != "serve") return await CommandRunner.RunAsync(app, cli);

await Startup.PrepareAsync(app);
app.UseFazhiPipeline();
app.MapFazhiEndpoints();
await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
