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
    /// <summary>The app's services, for arranging data a test needs through the domain's own commands.</summary>
    public IServiceProvider Services => factory?.Services ?? throw new InvalidOperationException("The app has not started.");

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

    /// <summary>Waits of the Expect-style assertions: generous, since the machine may be busy.</summary>
    static BrowserApp() => Assertions.SetDefaultExpectTimeout(15_000);

    /// <summary>A fresh context (no cookies) of the given viewport; dispose it at the end of the test.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    /// <summary>A page in a fresh context; the context is closed with the browser at the end of the class.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900) =>
        await (await NewContextAsync(width, height)).NewPageAsync();

    /// <summary>Where screenshots go: the test output folder, never the repository.</summary>
    public static string ScreenshotDir
    {
        get
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
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
