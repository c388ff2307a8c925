using System.Globalization;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace Fazhi.Core.Audit;

/// <summary>
/// The hash of an audit event: SM3 (GB/T 32905-2016) over a canonical text of every stored field
/// except the hash itself. Each field is written as name, "=", then "~" for null or
/// "&lt;length&gt;:&lt;value&gt;", then a line feed; the length prefix makes the text unambiguous
/// whatever characters a value contains.
/// </summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";
    const string Version = "fazhi-audit-v1";

    public static string Sm3Hex(byte[] data)
    {
        var digest = new SM3Digest();
        digest.BlockUpdate(data, 0, data.Length);
        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output, 0);
        return Convert.ToHexStringLower(output);
    }

    public static string Compute(AuditEvent e) => Sm3Hex(Encoding.UTF8.GetBytes(Canonical(e)));

    public static string Canonical(AuditEvent e)
    {
        var sb = new StringBuilder(256 + e.Changes.Length);
        sb.Append(Version).Append('\n');
        Field(sb, "Seq", e.Seq.ToString(CultureInfo.InvariantCulture));
        Field(sb, "AtUtc", FormatInstant(e.AtUtc));
        Field(sb, "UserId", e.UserId);
        Field(sb, "UserName", e.UserName);
        Field(sb, "Entity", e.Entity);
        Field(sb, "EntityId", e.EntityId);
        Field(sb, "Action", e.Action.ToString());
        Field(sb, "Changes", e.Changes);
        Field(sb, "ScopePath", e.ScopePath);
        Field(sb, "PrevHash", e.PrevHash);
        return sb.ToString();
    }

    /// <summary>The instant to microsecond precision, whatever DateTimeKind the provider hands back.</summary>
    public static string FormatInstant(DateTime utc) =>
        utc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>PostgreSQL keeps microseconds, .NET keeps 100 ns ticks: store only what both keep.</summary>
    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);

    static void Field(StringBuilder sb, string name, string? value)
    {
        sb.Append(name).Append('=');
        if (value is null) sb.Append('~');
        else sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        sb.Append('\n');
    }
}
