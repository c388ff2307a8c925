using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Fazhi.Bench.Reports;

/// <summary>
/// CPU time used so far by this process and, on PostgreSQL, by the server's processes (the children of the
/// postmaster that serves our connection, read from /proc on Linux; left out where /proc does not show them, e.g. a
/// remote server). On a machine shared with other work, CPU time says how much work a step is; wall-clock time
/// also counts the waits for a free core.
/// </summary>
public sealed class CpuMeter
{
    readonly int? postmaster;

    CpuMeter(int? postmaster) => this.postmaster = postmaster;

    public bool SeesServer => postmaster is not null;

    public static async Task<CpuMeter> ForAsync(ReportBenchDatabase database)
    {
        if (database.Provider != BenchProvider.PostgreSQL || !OperatingSystem.IsLinux()) return new CpuMeter(null);
        await using var connection = (NpgsqlConnection)database.NewConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        return new CpuMeter(Stat(backend) is { } stat ? stat.Parent : null);
    }

    public TimeSpan Now()
    {
        var total = Process.GetCurrentProcess().TotalProcessorTime;
        if (postmaster is not { } parent) return total;
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Stat(pid) is { } stat && stat.Parent == parent)
                ticks += stat.Ticks;
        // Clock ticks of /proc/<pid>/stat: 100 a second on Linux.
        return total + TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>The parent and the user + system clock ticks of a process, from /proc/&lt;pid&gt;/stat; null when gone.</summary>
    static (int Parent, long Ticks)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            // "pid (comm) state ppid … utime stime …": comm may hold spaces, so count from the closing parenthesis.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return (int.Parse(fields[1], CultureInfo.InvariantCulture),
                long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
