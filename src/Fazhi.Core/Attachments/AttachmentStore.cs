using System.Security.Cryptography;
using Fazhi.Core.Common;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.Processing;

namespace Fazhi.Core.Attachments;

/// <summary>A file safely in the store: its detected type, size and hash.</summary>
public sealed record StoredFile(DetectedFileType Type, long Size, string Sha256, string StorageKey, bool HasThumbnail);

/// <summary>
/// Content-addressed file store: each file lives at attachments/&lt;sha[0..2]&gt;/&lt;sha&gt; under the data
/// folder, with its thumbnail (images only) at attachments/thumbnails/&lt;sha[0..2]&gt;/&lt;sha&gt;.jpg.
/// An upload is streamed to a temporary file while it is hashed and counted, checked by content,
/// and only then moved into place — a refused or interrupted upload leaves nothing behind.
/// The same content uploaded twice is stored once.
/// </summary>
public sealed class AttachmentStore
{
    public const long MaxBytes = 20L * 1024 * 1024;
    public const int ThumbnailMaxSide = 320;
    /// <summary>Images larger than this are stored without thumbnail: decoding them would take gigabytes.</summary>
    const long MaxThumbnailSourcePixels = 50_000_000;

    public const string TooLarge = "文件超过20MB上限，请压缩或拆分后再上传。";
    public const string Empty = "文件是空的，请重新选择。";

    /// <summary>Only the first frame of a GIF animation is decoded: a thumbnail needs no more, and a long animation would need a lot of memory.</summary>
    static readonly Configuration ThumbnailDecoding = FirstFrameOnly();

    static Configuration FirstFrameOnly()
    {
        var configuration = Configuration.Default.Clone();
        configuration.ImageFormatsManager.SetDecoder(GifFormat.Instance, new GifDecoder { DecodingMode = FrameDecodingMode.First });
        return configuration;
    }

    readonly string root;
    readonly string temp;

    /// <param name="dataPath">The platform's data folder; the store uses its "attachments" subfolder.</param>
    public AttachmentStore(string dataPath)
    {
        root = Path.Combine(Path.GetFullPath(dataPath), "attachments");
        temp = Path.Combine(root, "incoming");
    }

    public string RootPath => root;

    public async Task<StoredFile> SaveAsync(Stream content, CancellationToken ct = default)
    {
        Directory.CreateDirectory(temp);
        var tempFile = Path.Combine(temp, Guid.NewGuid().ToString("N"));
        try
        {
            long size = 0;
            string sha;
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            await using (var output = new FileStream(tempFile, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    size += read;
                    if (size > MaxBytes) throw new DomainRuleException(TooLarge);
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
            if (size == 0) throw new DomainRuleException(Empty);

            var type = FileTypeSniffer.Detect(tempFile) ?? throw new DomainRuleException(FileTypeSniffer.Refusal);

            var key = StorageKeyOf(sha);
            var final = PathOf(key);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            // Same content already stored (possibly by a concurrent upload): keep the existing file;
            // the temporary one is removed below.
            if (!File.Exists(final))
            {
                try { File.Move(tempFile, final); }
                catch (IOException) when (File.Exists(final)) { }
            }

            var hasThumbnail = type.IsImage && await EnsureThumbnailAsync(final, sha, ct);
            return new StoredFile(type, size, sha, key, hasThumbnail);
        }
        finally
        {
            if (File.Exists(tempFile)) File.Delete(tempFile);
        }
    }

    public static string StorageKeyOf(string sha) => $"{sha[..2]}/{sha}";

    /// <summary>The full path of a stored file; the key is checked so it can never leave the store.</summary>
    public string PathOf(string storageKey)
    {
        if (storageKey.Length != 67 || storageKey[2] != '/' || !storageKey.Where((c, i) => i != 2).All(char.IsAsciiHexDigitLower))
            throw new ArgumentException("Not a storage key.", nameof(storageKey));
        return Path.Combine(root, storageKey[..2], storageKey[3..]);
    }

    public string ThumbnailPathOf(string sha) => Path.Combine(root, "thumbnails", sha[..2], sha + ".jpg");

    public Stream OpenRead(string storageKey) =>
        new FileStream(PathOf(storageKey), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    async Task<bool> EnsureThumbnailAsync(string source, string sha, CancellationToken ct)
    {
        var target = ThumbnailPathOf(sha);
        if (File.Exists(target)) return true;
        try
        {
            var info = await Image.IdentifyAsync(ThumbnailDecoding, source, ct);
            if (info is null || (long)info.Width * info.Height > MaxThumbnailSourcePixels) return false;
            using var image = await Image.LoadAsync(ThumbnailDecoding, source, ct);
            image.Mutate(x => x.AutoOrient());
            if (image.Width > ThumbnailMaxSide || image.Height > ThumbnailMaxSide)
                image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(ThumbnailMaxSide, ThumbnailMaxSide), Mode = ResizeMode.Max }));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var partial = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
            // JPEG has no transparency: flatten onto white, not the default black.
            image.Mutate(x => x.BackgroundColor(Color.White));
            await image.SaveAsJpegAsync(partial, new JpegEncoder { Quality = 80 }, ct);
            File.Move(partial, target, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is UnknownImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            // A file with an image header but broken content is kept as uploaded, without a thumbnail.
            return false;
        }
    }
}
