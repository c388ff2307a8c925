using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Fazhi.Browser.Tests.Infrastructure;

/// <summary>
/// The platform on a real 127.0.0.1 port (Kestrel) over a SQLite file with the demo town, and
/// Debian's Chromium driven by Playwright. Nothing is downloaded: the browser is /usr/bin/chromium.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    readonly string dataDir = Path.Combine(Path.GetTempPath(), "fazhi-browser-" + Guid.NewGuid().ToString("N")[..12]);
    Factory? factory;
    IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public static string ChromiumPath => Environment.GetEnvironmentVariable("FAZHI_CHROMIUM") ?? "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(dataDir);
        factory = new Factory(dataDir);
        factory.UseKestrel(0);
        factory.StartServer();
        BaseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = width, Height = height } });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        try { Directory.Delete(dataDir, true); } catch (IOException) { }
    }

    sealed class Factory(string dataDir) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Fazhi:DataDir", dataDir);
            builder.UseSetting("Fazhi:Demo", "true");
            builder.UseSetting("Fazhi:Database:Provider", "Sqlite");
        }
    }
}
