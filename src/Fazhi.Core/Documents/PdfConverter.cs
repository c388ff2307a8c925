using System.ComponentModel;
using System.Diagnostics;
using Fazhi.Core.Common;

namespace Fazhi.Core.Documents;

/// <summary>
/// Turns a .docx into a PDF with LibreOffice headless (<c>soffice --convert-to pdf</c>). Each conversion runs in a
/// temporary folder of its own with its own LibreOffice profile (-env:UserInstallation), so conversions running at the
/// same time never share a profile lock; the folder is removed afterwards. A conversion that takes longer than the
/// timeout is killed. Every failure is a <see cref="DomainRuleException"/> with a Chinese message, never a crash.
/// </summary>
public sealed class PdfConverter(string sofficePath = "soffice", TimeSpan? timeout = null)
{
    public const string NotInstalled = "未安装LibreOffice，无法生成PDF。请联系管理员安装LibreOffice（soffice）后再试。";

    readonly TimeSpan limit = timeout ?? TimeSpan.FromSeconds(180);

    public string SofficePath { get; } = string.IsNullOrWhiteSpace(sofficePath) ? "soffice" : sofficePath;

    /// <summary>
    /// The official fonts (仿宋_GB2312, 方正小标宋简体, 楷体_GB2312, 黑体) exist on Windows desks but in no free
    /// package: for rendering here they are mapped to installed CJK faces (fonts-arphic-ukai, fonts-noto-cjk). The .docx
    /// keeps the true names; only this conversion sees the aliases (FONTCONFIG_FILE).
    /// </summary>
    public const string FontAliases = """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
          <alias binding="strong"><family>仿宋_GB2312</family><prefer><family>AR PL UKai CN</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="strong"><family>FangSong</family><prefer><family>AR PL UKai CN</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="strong"><family>楷体_GB2312</family><prefer><family>AR PL UKai CN</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="strong"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="strong"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
          <match target="pattern">
            <test name="family"><string>方正小标宋简体</string></test>
            <edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit>
            <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>
          </match>
        </fontconfig>
        """;

    /// <summary>Writes the PDF of the .docx read from <paramref name="docx"/> to <paramref name="pdf"/>.</summary>
    public async Task ConvertAsync(Stream docx, Stream pdf, CancellationToken ct = default)
    {
        var dir = Directory.CreateTempSubdirectory("fazhi-pdf-").FullName;
        try
        {
            var input = Path.Combine(dir, "document.docx");
            await using (var file = File.Create(input)) await docx.CopyToAsync(file, ct);
            var output = await ConvertFileAsync(input, dir, ct);
            await using var result = File.OpenRead(output);
            await result.CopyToAsync(pdf, ct);
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Converts a .docx file into a PDF beside it in <paramref name="dir"/> (which also holds the profile); returns the PDF's path.</summary>
    async Task<string> ConvertFileAsync(string input, string dir, CancellationToken ct)
    {
        var fonts = Path.Combine(dir, "fonts.conf");
        await File.WriteAllTextAsync(fonts, FontAliases, ct);
        var start = new ProcessStartInfo(SofficePath)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = dir,
        };
        foreach (var arg in new[] { $"-env:UserInstallation={new Uri(Path.Combine(dir, "profile")).AbsoluteUri}", "--headless", "--norestore",
                     "--nolockcheck", "--convert-to", "pdf", "--outdir", dir, input })
            start.ArgumentList.Add(arg);
        start.Environment["FONTCONFIG_FILE"] = fonts;
        start.Environment["HOME"] = dir;

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new DomainRuleException(NotInstalled);
        }
        catch (Win32Exception)
        {
            // The executable is not there (or not executable): LibreOffice is not installed on this server.
            throw new DomainRuleException(NotInstalled);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timer.CancelAfter(limit);
            try
            {
                await process.WaitForExitAsync(timer.Token);
            }
            catch (OperationCanceledException)
            {
                // Only the process started here (and its children) is ended.
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                ct.ThrowIfCancellationRequested();
                throw new DomainRuleException($"生成PDF超时（超过{(int)limit.TotalSeconds}秒），请稍后再试或先下载Word文档。");
            }
            await Task.WhenAll(stdout, stderr);
            var pdf = Path.ChangeExtension(input, ".pdf");
            if (process.ExitCode != 0 || !File.Exists(pdf) || new FileInfo(pdf).Length == 0)
                throw new DomainRuleException($"LibreOffice未能生成PDF（退出码{process.ExitCode}），请先下载Word文档。");
            return pdf;
        }
    }
}
