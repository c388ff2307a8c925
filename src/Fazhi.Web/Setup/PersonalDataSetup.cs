using System.Text.Json;
using Fazhi.Core.Data;
using Fazhi.Core.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Setup;

/// <summary>
/// The personal-data keys (docs/adr/0006): from configuration Fazhi:Keys:PersonalData and
/// Fazhi:Keys:PersonalDataHash (base64, 32 bytes each; environment Fazhi__Keys__PersonalData …), or else
/// generated once into &lt;DataDir&gt;/keys/personal-data.json and reused on every start. Keys are never logged.
/// </summary>
public static class PersonalDataSetup
{
    public const string EncryptionKeySetting = "Fazhi:Keys:PersonalData";
    public const string HashKeySetting = "Fazhi:Keys:PersonalDataHash";

    public static IServiceCollection AddFazhiPersonalData(this IServiceCollection services)
    {
        // Resolved when the first context is made, so tests and --data can set the data folder late.
        services.AddSingleton(sp => PersonalDataKeys.Load(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<FazhiOptions>().DataPath,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PersonalDataKeys))));
        services.ConfigureDbContext<AppDbContext>((sp, o) => o.UsePersonalData(sp.GetRequiredService<PersonalDataProtector>()));
        return services;
    }
}

public static class PersonalDataKeys
{
    public const string FileName = "personal-data.json";

    public static string FilePath(string dataPath) => Path.Combine(dataPath, "keys", FileName);

    public static PersonalDataProtector Load(IConfiguration configuration, string dataPath, ILogger logger)
    {
        var configured = configuration[PersonalDataSetup.EncryptionKeySetting];
        var configuredHash = configuration[PersonalDataSetup.HashKeySetting];
        if (!string.IsNullOrWhiteSpace(configured) || !string.IsNullOrWhiteSpace(configuredHash))
        {
            if (string.IsNullOrWhiteSpace(configured) || string.IsNullOrWhiteSpace(configuredHash))
                throw new InvalidOperationException(
                    $"Configure both {PersonalDataSetup.EncryptionKeySetting} and {PersonalDataSetup.HashKeySetting}, or neither (a key file is then used).");
            return new PersonalDataProtector(
                Decode(configured, PersonalDataSetup.EncryptionKeySetting), Decode(configuredHash, PersonalDataSetup.HashKeySetting));
        }
        return LoadOrCreateFile(FilePath(dataPath), logger);
    }

    sealed record KeyFile(string PersonalData, string PersonalDataHash);

    static PersonalDataProtector LoadOrCreateFile(string path, ILogger logger)
    {
        if (!File.Exists(path))
        {
            var dir = Path.GetDirectoryName(path)!;
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(dir);
            else Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var keys = new KeyFile(
                Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(PersonalDataProtector.KeyLength)),
                Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(PersonalDataProtector.KeyLength)));
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            try
            {
                using (var stream = new FileStream(path, options))
                    JsonSerializer.Serialize(stream, keys, new JsonSerializerOptions { WriteIndented = true });
                logger.LogWarning("Personal-data keys generated in {KeyFile}: back this file up with the database; " +
                    "without it the encrypted personal data cannot be read", path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another instance on the same data folder created it first: use theirs.
            }
        }
        KeyFile? file = null;
        for (var attempt = 0; attempt < 20 && file is null; attempt++)
        {
            try { file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path)); }
            catch (Exception e) when (e is JsonException or IOException && attempt < 19) { Thread.Sleep(50); } // being written by another instance
        }
        if (file is null || string.IsNullOrEmpty(file.PersonalData) || string.IsNullOrEmpty(file.PersonalDataHash))
            throw new InvalidOperationException($"The personal-data key file {path} is unreadable.");
        return new PersonalDataProtector(Decode(file.PersonalData, path), Decode(file.PersonalDataHash, path));
    }

    static byte[] Decode(string base64, string source)
    {
        byte[] key;
        try { key = Convert.FromBase64String(base64.Trim()); }
        catch (FormatException) { throw new InvalidOperationException($"The personal-data key in {source} is not valid base64."); }
        if (key.Length != PersonalDataProtector.KeyLength)
            throw new InvalidOperationException($"The personal-data key in {source} must be {PersonalDataProtector.KeyLength} bytes (it is {key.Length}).");
        return key;
    }
}
