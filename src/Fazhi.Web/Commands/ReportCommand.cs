using System.Globalization;
using Fazhi.Core.Common;
using Fazhi.Core.Regions;
using Fazhi.Core.Reports;
using Fazhi.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fazhi.Web.Commands;

/// <summary>
/// `fazhi report --town 440203100000 --year 2019 --format docx|pdf|zip --out FILE`: a town's annual report of a year as
/// Word, PDF or its evidence package, written by <see cref="ReportOutput"/> exactly as the web pages and the API write it.
/// Acts as the system user. A report is only exported once it has been started in the workspace: without one the command
/// says so and exits 1 rather than inventing a report from a template. Exit 0 written, 1 nothing to write (unknown town,
/// no report, PDF not possible), 2 bad options.
/// </summary>
public static class ReportCommand
{
    public const string Usage = "用法：fazhi report --town 440203100000 --year 2019 --format docx|pdf|zip --out 文件";

    public static async Task<int> RunAsync(WebApplication app, CommandLine cli, CancellationToken ct = default)
    {
        if (!TryReadInput(cli, out var town, out var year, out var format, out var output, out var problem))
        {
            Console.Error.WriteLine(problem);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        await DatabaseSetup.MigrateAsync(app.Services, NullLogger.Instance, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.SystemDb();
        var region = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Town && (r.Code == town || r.Name == town))
            .OrderBy(r => r.Id).FirstOrDefaultAsync(ct);
        if (region is null)
        {
            Console.Error.WriteLine($"找不到乡镇“{town}”，请填写12位乡镇代码，例如 440203100000。");
            return 1;
        }
        var reports = ActivatorUtilities.CreateInstance<ReportOutput>(sp, db);
        var report = await reports.FindAsync(region.Id, year, ct);
        if (report is null)
        {
            Console.Error.WriteLine($"{region.Name}{year}年度的法治政府建设年度报告尚未起草，请先在系统的“年度报告”中起草后再导出。");
            return 1;
        }

        try
        {
            var compiled = await reports.CompileAsync(report, ct);
            await using var file = await reports.FileAsync(compiled, format, ct);
            var target = Path.GetFullPath(output);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // Written beside the target and moved into place: a failed export never leaves half a file under its name.
            var partial = target + ".partial";
            await using (var copy = File.Create(partial)) await file.Content.CopyToAsync(copy, ct);
            File.Move(partial, target, overwrite: true);
            Console.WriteLine($"已导出{report.Title}（{Label(format)}）：{target}");
            foreach (var p in compiled.Problems) Console.Error.WriteLine("提示：" + p);
            return 0;
        }
        catch (DomainRuleException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"无法写入文件“{output}”：{e.Message}");
            return 1;
        }
    }

    static string Label(ReportFormat format) => format switch
    {
        ReportFormat.Docx => "Word文档",
        ReportFormat.Pdf => "PDF",
        _ => "佐证材料压缩包",
    };

    static bool TryReadInput(CommandLine cli, out string town, out int year, out ReportFormat format, out string output, out string problem)
    {
        town = cli.Option("town")?.Trim() ?? "";
        output = cli.Option("out")?.Trim() ?? "";
        year = 0;
        format = default;
        problem = "";
        if (town.Length == 0) { problem = "请用 --town 指定乡镇代码，例如 --town 440203100000。"; return false; }
        var yearText = cli.Option("year");
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year is < 2000 or > 2100)
        {
            problem = string.IsNullOrWhiteSpace(yearText) ? "请用 --year 指定报告年度，例如 --year 2019。" : $"报告年度“{yearText}”无效，应为四位年份，例如 2019。";
            return false;
        }
        var formatText = cli.Option("format") ?? "docx";
        if (ReportOutput.ParseFormat(formatText) is not { } f)
        {
            problem = $"导出格式“{formatText}”无效，可用：docx（Word文档）、pdf、zip（佐证材料）。";
            return false;
        }
        format = f;
        if (output.Length == 0) { problem = "请用 --out 指定输出文件，例如 --out 报告.docx。"; return false; }
        return true;
    }
}
