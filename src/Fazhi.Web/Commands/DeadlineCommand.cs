using System.Globalization;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Web.Setup;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fazhi.Web.Commands;

/// <summary>
/// `fazhi deadline --from 2019-09-25 (--working-days 20 | --days 60)`: the clerk's deadline tool on
/// the command line. First line: the due date (ISO) alone, so scripts can read it; then how it was
/// counted. Uses the database's calendar (migrated and seeded first), so administrators' corrections count.
/// </summary>
public static class DeadlineCommand
{
    public static async Task<int> RunAsync(WebApplication app, CommandLine cli)
    {
        if (!TryReadInput(cli, out var start, out var kind, out var amount, out var problem))
        {
            Console.Error.WriteLine(problem);
            Console.Error.WriteLine("用法：fazhi deadline --from 2019-09-25 --working-days 20  或  fazhi deadline --from 2019-08-02 --days 60");
            return 2;
        }

        // stdout carries the answer alone, wherever the binary runs (without appsettings.json the
        // database commands would log at Information level): silence the console logger for this command.
        ((IConfigurationBuilder)app.Configuration).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "None",
            ["Logging:LogLevel:Microsoft"] = "None",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "None",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "None",
        });

        WorkCalendar calendar;
        try
        {
            // Migration and seeding log nothing here: the first line of stdout is the due date.
            await DatabaseSetup.MigrateAsync(app.Services, NullLogger.Instance);
            await CalendarSetup.SeedAsync(app.Services);
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.SystemDb();
            calendar = await scope.ServiceProvider.GetRequiredService<CalendarProvider>().GetAsync(db);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A clerk still gets an answer when the database is unreachable; stderr says what it is based on.
            Console.Error.WriteLine($"无法读取数据库中的工作日历（{e.GetType().Name}），改用内置的放假安排计算，管理员修改的内容未计入。");
            calendar = WorkCalendar.Shipped();
        }

        DeadlineComputation result;
        try { result = calendar.Compute(start, kind, amount); }
        catch (DomainRuleException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        Console.WriteLine(result.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Console.WriteLine($"期限届满日：{CalendarText.WithWeekday(result.DueDate)}");
        foreach (var step in result.Steps) Console.WriteLine(step);
        foreach (var warning in result.Warnings) Console.WriteLine("注意：" + warning);
        return 0;
    }

    static bool TryReadInput(CommandLine cli, out DateOnly start, out DeadlineKind kind, out int amount, out string problem)
    {
        start = default; kind = default; amount = 0; problem = "";
        var from = cli.Option("from");
        if (string.IsNullOrWhiteSpace(from)) { problem = "请用 --from 指定起算日期，例如 --from 2019-09-25。"; return false; }
        if (!DateOnly.TryParseExact(from.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            problem = $"起算日期“{from}”无效，请按 2019-09-25 的格式填写。";
            return false;
        }
        var working = cli.Has("working-days");
        var days = cli.Has("days");
        if (working == days) { problem = "请在 --working-days（工作日）和 --days（自然日）中指定且只指定一个。"; return false; }
        kind = working ? DeadlineKind.WorkingDays : DeadlineKind.CalendarDays;
        var text = cli.Option(working ? "working-days" : "days");
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out amount) || amount < 1)
        {
            problem = $"期限天数“{text}”无效，应为正整数。";
            return false;
        }
        return true;
    }
}
