using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Fazhi.Core.Attachments;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Fazhi.Web.Tests.Attachments;

public class AttachmentHttpTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    static byte[] Pdf(int size = 2000)
    {
        var bytes = new byte[size];
        "%PDF-1.4\n"u8.ToArray().CopyTo(bytes, 0);
        for (var i = 9; i < size; i++) bytes[i] = (byte)('a' + i % 26);
        return bytes;
    }

    static byte[] Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                image[x, y] = new Rgba32((byte)(x * 7), (byte)(y * 13), (byte)((x ^ y) * 3));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    /// <summary>Razor encodes non-ASCII text as character references; tests read what the browser shows.</summary>
    static async Task<string> PageAsync(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));

    static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string ownerType, long ownerId, byte[] content, string fileName,
        string? caption = null, string? tokenFrom = null)
    {
        var page = $"/attachments/owner/{ownerType}/{ownerId}";
        var token = await SignIn.AntiforgeryTokenAsync(client, tokenFrom ?? page);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        if (caption is not null) form.Add(new StringContent(caption), "Caption");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", fileName);
        return await client.PostAsync(page + "?handler=Upload", form);
    }

    async Task<Attachment> LatestAsync(string ownerType, long ownerId)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Set<Attachment>().Where(a => a.OwnerType == ownerType && a.OwnerId == ownerId)
            .OrderByDescending(a => a.Id).FirstAsync();
    }

    async Task<int> CountAsync(string ownerType, long ownerId)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Set<Attachment>().CountAsync(a => a.OwnerType == ownerType && a.OwnerId == ownerId);
    }

    [Fact]
    public async Task UploadThenDownload_ReturnsTheSameBytesWithStoredSha256()
    {
        var world = await AttachmentTestUsers.WorldAsync(app);
        var client = await AttachmentTestUsers.SignInAsync(app, world.StaffA);
        var bytes = Pdf();

        var upload = await UploadAsync(client, "office", world.OfficeA.Id, bytes, "会议纪要 2019.pdf", caption: "第一次会议");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);

        var stored = await LatestAsync("office", world.OfficeA.Id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        Assert.Equal("会议纪要 2019.pdf", stored.FileName);
        Assert.Equal("application/pdf", stored.ContentType);
        Assert.Equal(bytes.Length, stored.Size);
        Assert.Equal(world.TownA.Path, stored.ScopePath);
        Assert.Equal(world.StaffA, stored.UploadedByName);
        Assert.Equal("第一次会议", stored.Caption);

        var download = await client.GetAsync($"/attachments/{stored.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var downloaded = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, downloaded);
        Assert.Equal(stored.Sha256, Convert.ToHexStringLower(SHA256.HashData(downloaded)));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("会议纪要 2019.pdf", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", download.Content.Headers.GetValues("Content-Disposition").Single());

        var page = await PageAsync(client, $"/attachments/owner/office/{world.OfficeA.Id}");
        Assert.Contains("会议纪要 2019.pdf", page);
        Assert.Contains($"href=\"/attachments/{stored.Id}\"", page);
        Assert.Contains("上传附件", page);
    }

    [Fact]
    public async Task Upload_OneByteOverTwentyMegabytes_IsRefusedInChineseAndNothingIsStored()
    {
        var world = await AttachmentTestUsers.WorldAsync(app);
        var client = await AttachmentTestUsers.SignInAsync(app, world.StaffA);
        var bytes = Pdf((int)AttachmentStore.MaxBytes + 1);
        var before = await CountAsync("partner", world.PartnerA.Id);

        var response = await UploadAsync(client, "partner", world.PartnerA.Id, bytes, "大文件.pdf", caption: "保留的说明");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("文件超过20MB上限", html);
        Assert.Contains("保留的说明", html);
        Assert.Equal(before, await CountAsync("partner", world.PartnerA.Id));
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.False(File.Exists(Path.Combine(app.DataDir, "attachments", sha[..2], sha)));
        var incoming = Path.Combine(app.DataDir, "attachments", "incoming");
        Assert.True(!Directory.Exists(incoming) || Directory.GetFiles(incoming).Length == 0);
    }

    [Fact]
    public async Task Upload_PlainTextNamedAsPdf_IsRefusedWithChineseMessage()
    {
        var world = await AttachmentTestUsers.WorldAsync(app);
        var client = await AttachmentTestUsers.SignInAsync(app, world.StaffA);
        var before = await CountAsync("partner", world.PartnerA.Id);

        var response = await UploadAsync(client, "partner", world.PartnerA.Id, "MZ not really a pdf"u8.ToArray(), "通知.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不支持的文件类型", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, await CountAsync("partner", world.PartnerA.Id));
    }

    [Fact]
    public async Task Upload_PngNamedPdf_IsStoredAsPngWithThumbnailSmallerThanTheOriginal()
    {
        var world = await AttachmentTestUsers.WorldAsync(app);
        var client = await AttachmentTestUsers.SignInAsync(app, world.StaffA);
        var bytes = Png(1200, 900);

        var upload = await UploadAsync(client, "office", world.OfficeA.Id, bytes, "现场照片.pdf");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);

        var stored = await LatestAsync("office", world.OfficeA.Id);
        Assert.Equal("现场照片.png", stored.FileName);
        Assert.Equal("image/png", stored.ContentType);
        Assert.True(stored.HasThumbnail);

        var response = await client.GetAsync($"/attachments/{stored.Id}/thumbnail");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        var thumbnail = await response.Content.ReadAsByteArrayAsync();
        Assert.True(thumbnail.Length < bytes.Length);
        using var image = Image.Load(thumbnail);
        Assert.Equal(320, image.Width);
        Assert.Equal(240, image.Height);

        var page = await PageAsync(client, $"/attachments/owner/office/{world.OfficeA.Id}");
        Assert.Contains($"src=\"/attachments/{stored.Id}/thumbnail\"", page);
        Assert.Contains("alt=\"“现场照片.png”的缩略图\"", page);
    }

    [Fact]
    public async Task UserOfAnotherTown_GetsNotFoundForDownloadThumbnailOwnerPageAndUpload()
    {
        var world = await AttachmentTestUsers.WorldAsync(app);
        var owner = await AttachmentTestUsers.SignInAsync(app, world.StaffA);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(owner, "office", world.OfficeA.Id, Png(400, 300), "a.png")).StatusCode);
        var stored = await LatestAsync("office", world.OfficeA.Id);

        var other = await AttachmentTestUsers.SignInAsync(app, world.StaffB);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/attachments/{stored.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/attachments/{stored.Id}/thumbnail")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/attachments/owner/office/{world.OfficeA.Id}")).StatusCode);

        // The token comes from the other user's own office page: the form is valid, the owner is not theirs.
        var before = await CountAsync("office", world.OfficeA.Id);
        var upload = await UploadAsync(other, "office", world.OfficeA.Id, Pdf(), "x.pdf", tokenFrom: $"/attachments/owner/office/{world.OfficeB.Id}");
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        Assert.Equal(before, await CountAsync("office", world.OfficeA.Id));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/attachments/owner/nosuchtype/{world.OfficeB.Id}")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var world = await AttachmentTestUsers.WorldAsync(app);
        var owner = await AttachmentTestUsers.SignInAsync(app, world.StaffA);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(owner, "office", world.OfficeA.Id, Pdf(300), "b.pdf")).StatusCode);
        var stored = await LatestAsync("office", world.OfficeA.Id);

        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var url in new[] { $"/attachments/{stored.Id}", $"/attachments/{stored.Id}/thumbnail", $"/attachments/owner/office/{world.OfficeA.Id}" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task ReadOnlySupervisor_SeesAttachmentsButCannotUpload()
    {
        var world = await AttachmentTestUsers.WorldAsync(app);
        var supervisor = await AttachmentTestUsers.SignInAsync(app, world.SupervisorA);
        var page = await PageAsync(supervisor, $"/attachments/owner/office/{world.OfficeA.Id}");
        Assert.DoesNotContain("name=\"Upload\"", page);

        var before = await CountAsync("office", world.OfficeA.Id);
        var token = await SignIn.AntiforgeryTokenAsync(supervisor, "/Account/ChangePassword");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Pdf()), "Upload", "c.pdf" },
        };
        var response = await supervisor.PostAsync($"/attachments/owner/office/{world.OfficeA.Id}?handler=Upload", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery);
        Assert.Equal(before, await CountAsync("office", world.OfficeA.Id));
    }

    [Fact]
    public async Task Upload_WithoutAntiforgeryToken_IsRejected()
    {
        var world = await AttachmentTestUsers.WorldAsync(app);
        var client = await AttachmentTestUsers.SignInAsync(app, world.StaffA);
        var before = await CountAsync("office", world.OfficeA.Id);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Pdf()), "Upload", "d.pdf" } };
        var response = await client.PostAsync($"/attachments/owner/office/{world.OfficeA.Id}?handler=Upload", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountAsync("office", world.OfficeA.Id));
    }
}
