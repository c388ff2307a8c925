using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace Fazhi.Core.PersonalData;

/// <summary>
/// Encrypts personal data at rest with SM4-GCM (GB/T 32907-2016 block cipher, authenticated mode) and
/// computes keyed SM3 hashes (HMAC-SM3) for searching encrypted values by equality. See docs/adr/0006.
/// Stored form: <c>v1:base64(nonce[12] | ciphertext | tag[16])</c>. Thread-safe; one per process.
/// </summary>
public sealed class PersonalDataProtector
{
    public const int KeyLength = 32;
    const string Prefix = "v1:";
    const int NonceLength = 12;
    const int TagBits = 128;
    const int TagLength = TagBits / 8;

    readonly byte[] encryptionKey; // 16 bytes: SM4's key size
    readonly byte[] hashKey;       // 32 bytes

    /// <param name="encryptionMaterial">32 random bytes; the SM4 key is derived from them.</param>
    /// <param name="hashKey">32 random bytes, distinct from the encryption material.</param>
    public PersonalDataProtector(byte[] encryptionMaterial, byte[] hashKey)
    {
        ArgumentNullException.ThrowIfNull(encryptionMaterial);
        ArgumentNullException.ThrowIfNull(hashKey);
        if (encryptionMaterial.Length != KeyLength || hashKey.Length != KeyLength)
            throw new ArgumentException($"Personal-data keys must be {KeyLength} bytes each.");
        if (CryptographicOperations.FixedTimeEquals(encryptionMaterial, hashKey))
            throw new ArgumentException("The personal-data encryption key and hash key must differ.");
        // SM4 takes 128-bit keys: derive one from the 256-bit material with HMAC-SM3 and a fixed label,
        // so that the material can be used for other derivations later without reusing the same bytes.
        encryptionKey = Mac(encryptionMaterial, "fazhi/personal-data/sm4-gcm/v1"u8.ToArray())[..16];
        this.hashKey = (byte[])hashKey.Clone();
        Fingerprint = Convert.ToHexStringLower(Mac(this.hashKey, Mac(encryptionMaterial, "fazhi/personal-data/fingerprint"u8.ToArray()))[..8]);
    }

    /// <summary>Identifies the key pair without revealing it (for model caching and diagnostics).</summary>
    public string Fingerprint { get; }

    public static PersonalDataProtector CreateRandom() =>
        new(RandomNumberGenerator.GetBytes(KeyLength), RandomNumberGenerator.GetBytes(KeyLength));

    /// <summary>Columns must hold this many characters to store a value of <paramref name="plainChars"/> characters (UTF-8, up to 3 bytes each).</summary>
    public static int StoredLength(int plainChars) =>
        Prefix.Length + (NonceLength + plainChars * 3 + TagLength + 2) / 3 * 4;

    public static bool LooksProtected(string? stored) => stored?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public string Protect(string plainText)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        var plain = Encoding.UTF8.GetBytes(plainText);
        var output = new byte[NonceLength + plain.Length + TagLength];
        RandomNumberGenerator.Fill(output.AsSpan(0, NonceLength));
        var gcm = Cipher(forEncryption: true, output.AsSpan(0, NonceLength).ToArray());
        var n = gcm.ProcessBytes(plain, 0, plain.Length, output, NonceLength);
        gcm.DoFinal(output, NonceLength + n);
        CryptographicOperations.ZeroMemory(plain);
        return Prefix + Convert.ToBase64String(output);
    }

    /// <exception cref="PersonalDataTamperedException">The value is not ours, was altered, or was written with another key.</exception>
    public string Unprotect(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!LooksProtected(stored)) throw new PersonalDataTamperedException("The value is not in the encrypted format (v1:…).");
        byte[] data;
        try { data = Convert.FromBase64String(stored[Prefix.Length..]); }
        catch (FormatException) { throw new PersonalDataTamperedException("The encrypted value is not valid base64."); }
        if (data.Length < NonceLength + TagLength) throw new PersonalDataTamperedException("The encrypted value is too short.");

        var gcm = Cipher(forEncryption: false, data[..NonceLength]);
        var plain = new byte[gcm.GetOutputSize(data.Length - NonceLength)];
        try
        {
            var n = gcm.ProcessBytes(data, NonceLength, data.Length - NonceLength, plain, 0);
            n += gcm.DoFinal(plain, n);
            return Encoding.UTF8.GetString(plain, 0, n);
        }
        catch (InvalidCipherTextException)
        {
            throw new PersonalDataTamperedException("The encrypted value failed authentication: it was altered or written with another key.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    /// <summary>
    /// HMAC-SM3 of the (already normalised) value under the separate hash key, lower-case hex (64 chars).
    /// Equal inputs give equal hashes, so an indexed hash column finds e.g. a repeat petitioner by ID
    /// number without decrypting; without the key the hash cannot be recomputed from a guessed number.
    /// </summary>
    public string KeyedHash(string normalisedValue)
    {
        ArgumentNullException.ThrowIfNull(normalisedValue);
        return Convert.ToHexStringLower(Mac(hashKey, Encoding.UTF8.GetBytes(normalisedValue)));
    }

    GcmBlockCipher Cipher(bool forEncryption, byte[] nonce)
    {
        var gcm = new GcmBlockCipher(new SM4Engine());
        gcm.Init(forEncryption, new AeadParameters(new KeyParameter(encryptionKey), TagBits, nonce));
        return gcm;
    }

    static byte[] Mac(byte[] key, byte[] message)
    {
        var hmac = new HMac(new SM3Digest());
        hmac.Init(new KeyParameter(key));
        hmac.BlockUpdate(message, 0, message.Length);
        var result = new byte[hmac.GetMacSize()];
        hmac.DoFinal(result, 0);
        return result;
    }
}

/// <summary>An encrypted personal-data value could not be authenticated. Never contains the value.</summary>
public sealed class PersonalDataTamperedException(string message) : CryptographicException(message);

/// <summary>Personal data had to be encrypted or decrypted but no key is configured for this context.</summary>
public sealed class PersonalDataKeyMissingException()
    : InvalidOperationException("No personal-data key is configured for this AppDbContext: it refuses to store or read personal fields " +
        "rather than keep them in plain text. Configure the context with UsePersonalData(protector) (the web host does this).");
