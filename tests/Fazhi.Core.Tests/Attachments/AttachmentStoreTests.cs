using System.Security.Cryptography;
using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using SixLabors.ImageSharp;

namespace Fazhi.Core.Tests.Attachments;

public sealed class AttachmentStoreTests : IDisposable
{
    readonly string dataDir = Path.Combine(Path.GetTempPath(), "fazhi-store-" + Guid.NewGuid().ToString("N")[..12]);
    readonly AttachmentStore store;

    public AttachmentStoreTests() => store = new AttachmentStore(dataDir);

    public void Dispose()
    {
        if (Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
    }

    string[] StoredFiles() => Directory.Exists(store.RootPath)
        ? Directory.GetFiles(store.RootPath, "*", SearchOption.AllDirectories)
        : [];

    [Fact]
    public async Task SaveAsync_Png_IsStoredUnderItsShaWithAThumbnail()
    {
        var bytes = SampleFiles.Png(800, 600);
        var file = await store.SaveAsync(new MemoryStream(bytes));

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal(sha, file.Sha256);
        Assert.Equal(bytes.Length, file.Size);
        Assert.Equal(AttachmentKind.Png, file.Type.Kind);
        Assert.Equal($"{sha[..2]}/{sha}", file.StorageKey);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(store.RootPath, sha[..2], sha)));

        Assert.True(file.HasThumbnail);
        using var thumbnail = await Image.LoadAsync(store.ThumbnailPathOf(sha));
        Assert.Equal(320, thumbnail.Width);
        Assert.Equal(240, thumbnail.Height);
    }

    [Fact]
    public async Task SaveAsync_Pdf_HasNoThumbnail()
    {
        var file = await store.SaveAsync(new MemoryStream(SampleFiles.Pdf()));
        Assert.Equal(AttachmentKind.Pdf, file.Type.Kind);
        Assert.False(file.HasThumbnail);
    }

    [Fact]
    public async Task SaveAsync_SameContentTwice_IsStoredOnce()
    {
        var bytes = SampleFiles.Docx();
        var first = await store.SaveAsync(new MemoryStream(bytes));
        var second = await store.SaveAsync(new MemoryStream(bytes));
        Assert.Equal(first.StorageKey, second.StorageKey);
        Assert.Single(StoredFiles());
    }

    [Fact]
    public async Task SaveAsync_SameContentConcurrently_BothSucceedWithOneFile()
    {
        var bytes = SampleFiles.Pdf();
        var files = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.SaveAsync(new MemoryStream(bytes)))));
        Assert.Single(files.Select(f => f.StorageKey).Distinct());
        Assert.Single(StoredFiles());
    }

    [Fact]
    public async Task SaveAsync_OneByteOverTheLimit_IsRefusedAndNothingIsKept()
    {
        var bytes = new byte[AttachmentStore.MaxBytes + 1];
        SampleFiles.Pdf().CopyTo(bytes, 0);
        var e = await Assert.ThrowsAsync<DomainRuleException>(() => store.SaveAsync(new MemoryStream(bytes)));
        Assert.Contains("文件超过20MB上限", e.Message);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task SaveAsync_ExactlyTheLimit_IsAccepted()
    {
        var bytes = new byte[AttachmentStore.MaxBytes];
        SampleFiles.Pdf().CopyTo(bytes, 0);
        var file = await store.SaveAsync(new MemoryStream(bytes));
        Assert.Equal(AttachmentStore.MaxBytes, file.Size);
    }

    [Fact]
    public async Task SaveAsync_RenamedExecutable_IsRefusedAndNothingIsKept()
    {
        var e = await Assert.ThrowsAsync<DomainRuleException>(() => store.SaveAsync(new MemoryStream(SampleFiles.Exe())));
        Assert.StartsWith("不支持的文件类型", e.Message);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task SaveAsync_EmptyFile_IsRefused()
    {
        var e = await Assert.ThrowsAsync<DomainRuleException>(() => store.SaveAsync(new MemoryStream()));
        Assert.Equal(AttachmentStore.Empty, e.Message);
    }

    [Fact]
    public void PathOf_KeyTryingToLeaveTheStore_IsRejected() =>
        Assert.Throws<ArgumentException>(() => store.PathOf("../" + new string('a', 64)));
}
