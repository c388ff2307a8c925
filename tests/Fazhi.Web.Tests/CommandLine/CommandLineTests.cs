using System.Diagnostics;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Tests.CommandLine;

/// <summary>The real executable (fazhi.dll) run as a process, as an operator would.</summary>
public class CommandLineTests : IDisposable
{
    readonly string dataDir = Path.Combine(Path.GetTempPath(), "fazhi-cli-" + Guid.NewGuid().ToString("N")[..12]);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "fazhi.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["Fazhi__Database__Provider"] = "Sqlite";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task SeedDemo_LoadsAnEmptyDatabaseOnce_ThenRefuses()
    {
        var first = await RunAsync("seed-demo", "--data", dataDir);
        Assert.True(first.ExitCode == 0, first.Error + first.Output);
        var second = await RunAsync("seed-demo", "--data", dataDir);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("只能载入空数据库", second.Error);
    }

    [Fact]
    public async Task Backup_WritesAConsistentCopyThatOpensWithTheDemoTown()
    {
        Assert.Equal(0, (await RunAsync("seed-demo", "--data", dataDir)).ExitCode);
        var target = Path.Combine(dataDir, "copy.db");
        var backup = await RunAsync("backup", "--to", target, "--data", dataDir);
        Assert.True(backup.ExitCode == 0, backup.Error);
        await using var conn = new SqliteConnection($"Data Source={target};Pooling=False");
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT Name FROM Regions WHERE Code = '440203100000'";
        Assert.Equal("西联镇", await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task CreateAdmin_WithoutPassword_PrintsAOneTimePassword()
    {
        var result = await RunAsync("create-admin", "--username", "ops", "--data", dataDir);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("一次性密码", result.Output);
        var again = await RunAsync("create-admin", "--username", "ops", "--data", dataDir);
        Assert.Equal(1, again.ExitCode);
    }

    [Theory]
    [InlineData("--working-days", "20", "2019-09-25", "2019-10-28")] // across National Day 2019 and its make-up days
    [InlineData("--days", "60", "2019-08-02", "2019-10-08")]         // day 60 is 1 October: moves to the next working day
    [InlineData("--working-days", "20", "2019-12-20", "2020-01-19")] // ends on the Sunday worked before the Spring Festival
    public async Task Deadline_PrintsTheDueDateOnItsFirstLine(string kind, string amount, string from, string due)
    {
        var result = await RunAsync("deadline", "--from", from, kind, amount, "--data", dataDir);
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(due, lines[0].Trim());
        Assert.True(lines.Length > 1, "the counting is explained after the date");
    }

    [Fact]
    public async Task Deadline_WithBadInput_ExplainsInChineseAndExitsWith2()
    {
        var result = await RunAsync("deadline", "--from", "2019-02-30", "--days", "10", "--data", dataDir);
        Assert.Equal(2, result.ExitCode);
        Assert.Matches("[\u4e00-\u9fff]", result.Error);
    }

    [Fact]
    public async Task AuditVerify_IsIntactOnTheDemoDatabase_AndFailsAfterAnAuditRowIsAltered()
    {
        Assert.Equal(0, (await RunAsync("seed-demo", "--data", dataDir)).ExitCode);
        var intact = await RunAsync("audit", "verify", "--data", dataDir);
        Assert.True(intact.ExitCode == 0, intact.Error);
        Assert.Matches(@"^audit chain intact: \d+ events", intact.Output.Trim());

        await using (var conn = new SqliteConnection($"Data Source={Path.Combine(dataDir, "fazhi.db")};Pooling=False"))
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            // Whoever can write the file can drop the append-only trigger; the hash chain still tells.
            var trigger = conn.CreateCommand();
            trigger.CommandText = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%UPDATE%' AND tbl_name = 'AuditEvents'";
            var name = (string?)await trigger.ExecuteScalarAsync();
            cmd.CommandText = (name is null ? "" : $"DROP TRIGGER \"{name}\"; ") + "UPDATE AuditEvents SET UserName = 'someone else' WHERE Seq = 5";
            await cmd.ExecuteNonQueryAsync();
        }
        var broken = await RunAsync("audit", "verify", "--data", dataDir);
        Assert.Equal(1, broken.ExitCode);
        Assert.StartsWith("audit chain broken at event #5", broken.Output.Trim());
    }

    [Fact]
    public async Task UnknownCommand_ExitsWith2AndShowsUsage()
    {
        var result = await RunAsync("frobnicate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("未知命令", result.Error);
        Assert.Contains("用法", result.Output);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDir, true); } catch (IOException) { }
    }
}

/// <summary>Outside demo mode the first start creates `admin` with a one-time password and nothing else.</summary>
public class FirstStartTests(EmptyFazhiApp app) : IClassFixture<EmptyFazhiApp>
{
    [Fact]
    public async Task FirstStart_CreatesOnlyAnAdminWhoMustChangeThePassword()
    {
        await using var scope = app.SystemScope(out var db);
        var users = await db.Users.ToListAsync();
        var admin = Assert.Single(users);
        Assert.Equal("admin", admin.UserName);
        Assert.True(admin.MustChangePassword);
        Assert.False(admin.IsDemo);
        Assert.Equal("/", admin.ScopePath);
        Assert.False(await db.Regions.AnyAsync());
    }
}
