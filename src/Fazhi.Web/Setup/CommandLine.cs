namespace Fazhi.Web.Setup;

/// <summary>
/// The command line of the one executable: `fazhi [command] [--data DIR] [options]`.
/// Commands: serve (default), migrate, seed-demo, audit verify, deadline, create-admin, backup, report.
/// Options the command does not know (e.g. --urls) are passed on to the host.
/// </summary>
public sealed record CommandLine(string Command, IReadOnlyDictionary<string, string?> Options, string[] HostArgs, string? Error)
{
    public static readonly string[] Commands = ["serve", "migrate", "seed-demo", "audit verify", "deadline", "create-admin", "backup", "report", "help"];

    /// <summary>Options each command reads; all others go to the host.</summary>
    static readonly string[] OwnOptions = ["data", "from", "working-days", "days", "username", "password", "to", "town", "year", "format", "out"];

    public string? Option(string name) => Options.TryGetValue(name, out var v) ? v : null;
    public bool Has(string name) => Options.ContainsKey(name);

    public static CommandLine Parse(string[] args)
    {
        var words = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var hostArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var name = a[2..];
                string? value = null;
                var eq = name.IndexOf('=');
                if (eq >= 0) { value = name[(eq + 1)..]; name = name[..eq]; }
                else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) value = args[++i];
                if (OwnOptions.Contains(name)) options[name] = value;
                else { hostArgs.Add(a.Contains('=') ? a : "--" + name); if (value is not null && !a.Contains('=')) hostArgs.Add(value); }
            }
            else words.Add(a);
        }
        var command = words.Count == 0 ? "serve" : string.Join(' ', words);
        var error = Commands.Contains(command) ? null : $"未知命令：{command}。可用命令：{string.Join("、", Commands)}";
        return new CommandLine(command, options, hostArgs.ToArray(), error);
    }

    public const string Usage = """
        用法: fazhi [命令] [--data 目录] [选项]
          serve                     启动网站（默认）
          migrate                   升级数据库结构
          seed-demo                 向空数据库载入演示镇（西联镇）
          audit verify              校验审计链
          deadline --from 日期 (--working-days N | --days N)   计算期限
          create-admin --username 名称 --password 密码         创建管理员
          backup --to 文件          SQLite 在线备份
          report --town 乡镇代码 --year 年度 --format docx|pdf|zip --out 文件   导出年度报告（Word、PDF或佐证材料）
        """;
}
