using Fazhi.Core.PersonalData;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.PersonalData;

/// <summary>
/// Where the keys come from. These apps run on SQLite in a folder of their own whatever FAZHI_TEST_DB says:
/// the subject is the key file in the data folder, not the database.
/// </summary>
public class PersonalDataKeyFileTests : IDisposable
{
    readonly string dataDir = Path.Combine(Path.GetTempPath(), "fazhi-keys-" + Guid.NewGuid().ToString("N")[..12]);

    sealed class KeyApp(string dataDir, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Fazhi:DataDir", dataDir);
            builder.UseSetting("Fazhi:Demo", "false");
            builder.UseSetting("Fazhi:Database:Provider", "Sqlite");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        }

        public PersonalDataProtector Protector => Services.GetRequiredService<PersonalDataProtector>();
    }

    [Fact]
    public async Task KeyFile_IsCreatedOnceAndReusedByTheNextInstance()
    {
        var file = PersonalDataKeys.FilePath(Path.GetFullPath(dataDir));
        string stored, fingerprint;
        await using (var first = new KeyApp(dataDir))
        {
            stored = first.Protector.Protect("11010519491231002X");
            fingerprint = first.Protector.Fingerprint;
        }
        Assert.True(File.Exists(file));
        var bytes = await File.ReadAllBytesAsync(file);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));

        await using (var second = new KeyApp(dataDir))
        {
            Assert.Equal(fingerprint, second.Protector.Fingerprint);
            Assert.Equal("11010519491231002X", second.Protector.Unprotect(stored));
        }
        Assert.Equal(bytes, await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task ConfiguredKeys_AreUsedAndNoFileIsWritten()
    {
        var key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var hashKey = Enumerable.Range(50, 32).Select(i => (byte)i).ToArray();
        await using var app = new KeyApp(dataDir, new Dictionary<string, string>
        {
            [PersonalDataSetup.EncryptionKeySetting] = Convert.ToBase64String(key),
            [PersonalDataSetup.HashKeySetting] = Convert.ToBase64String(hashKey),
        });
        Assert.Equal(new PersonalDataProtector(key, hashKey).Fingerprint, app.Protector.Fingerprint);
        Assert.False(File.Exists(PersonalDataKeys.FilePath(Path.GetFullPath(dataDir))));
    }

    [Fact]
    public async Task OnlyOneConfiguredKey_FailsLoudly()
    {
        await using var app = new KeyApp(dataDir, new Dictionary<string, string>
        {
            [PersonalDataSetup.EncryptionKeySetting] = Convert.ToBase64String(new byte[32]),
        });
        var error = Assert.ThrowsAny<Exception>(() => app.Protector);
        Assert.Contains(PersonalDataSetup.HashKeySetting, error.ToString());
    }

    public void Dispose()
    {
        try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
    }
}
