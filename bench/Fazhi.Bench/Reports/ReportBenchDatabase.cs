using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Regions;
using Fazhi.Core.Reports;
using Fazhi.Core.Staff;
using Fazhi.Migrations.Postgres;
using Fazhi.Migrations.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Fazhi.Bench.Reports;

public enum BenchProvider { SQLite, PostgreSQL }

/// <summary>
/// A real database (a SQLite file, or a database on the PostgreSQL server named by <see cref="PostgresVariable"/>)
/// with the platform's schema applied by its own migrations, one town — 广东省 › 韶关市 › 武江区 › 西联镇 with 12 villages —
/// holding <c>records</c> records in <see cref="Year"/> and a tenth of that in each neighbouring year, and the town's
/// <see cref="Year"/> report started from the district's default template through <see cref="ReportCommands"/>.
/// <para>
/// Filling 60,000 records with their child rows takes a minute or more, and BenchmarkDotNet runs each case in a process
/// of its own, so the database is kept and reused: its name carries the record count, the generator's version and the
/// last migration, and it counts as ready once the report exists (the last step). Delete
/// <c>fazhi-bench-report-*.db</c> in the temporary folder, or drop the <c>fazhi_bench_report_*</c> databases, to rebuild.
/// </para>
/// </summary>
public sealed class ReportBenchDatabase
{
    public const int Year = 2019;
    public const string TownCode = "440203100000";
    public const string PostgresVariable = "FAZHI_BENCH_PG";

    /// <summary>Bump when the generated rows change, so cached databases are rebuilt.</summary>
    const int GeneratorVersion = 1;

    public BenchProvider Provider { get; }
    public string ConnectionString { get; }
    public long ReportId { get; private set; }
    public long TownId { get; private set; }
    public string TownPath { get; private set; } = "";
    readonly DbContextOptions<AppDbContext> options;

    ReportBenchDatabase(BenchProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        if (provider == BenchProvider.PostgreSQL) PostgresProvider.Configure(builder, connectionString);
        else SqliteProvider.Configure(builder, connectionString);
        options = builder.Options;
    }

    /// <summary>The server's connection string from the environment, or null (PostgreSQL is then skipped).</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    /// <summary>The providers to measure: SQLite always, PostgreSQL when <see cref="PostgresVariable"/> is set.</summary>
    public static IReadOnlyList<BenchProvider> Available() =>
        PostgresServer is null ? [BenchProvider.SQLite] : [BenchProvider.SQLite, BenchProvider.PostgreSQL];

    public static string SkipMessage =>
        $"PostgreSQL skipped: set {PostgresVariable} to a server's connection string (e.g. \"Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres\") to measure it too.";

    /// <summary>A context as the platform's system user (whole database), on this database.</summary>
    public AppDbContext NewContext() => new(options, SystemUser.Instance, TimeProvider.System);

    public DbConnection NewConnection() => Provider == BenchProvider.PostgreSQL ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);

    /// <summary>The database for <paramref name="records"/> records in the report year, built first if not there yet.</summary>
    public static async Task<ReportBenchDatabase> OpenAsync(BenchProvider provider, int records, TextWriter? log = null)
    {
        var key = await KeyAsync(records);
        ReportBenchDatabase database;
        if (provider == BenchProvider.SQLite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"fazhi-bench-report-{key}.db");
            database = new ReportBenchDatabase(provider, new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString());
            if (!await database.IsReadyAsync())
            {
                SqliteConnection.ClearAllPools();
                File.Delete(file);
                await database.BuildAsync(records, log);
            }
        }
        else
        {
            var server = PostgresServer ?? throw new InvalidOperationException(SkipMessage);
            var name = $"fazhi_bench_report_{key}";
            database = new ReportBenchDatabase(provider, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString());
            if (!await database.IsReadyAsync())
            {
                NpgsqlConnection.ClearAllPools();
                await using var admin = new NpgsqlConnection(server);
                await admin.OpenAsync();
                await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin)) await drop.ExecuteNonQueryAsync();
                await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", admin)) await create.ExecuteNonQueryAsync();
                await database.BuildAsync(records, log);
            }
        }
        await database.LocateAsync();
        return database;
    }

    /// <summary>Record count, generator version and last migration, hashed: a database built by other code is never reused.</summary>
    static async Task<string> KeyAsync(int records)
    {
        await using var db = new ReportBenchDatabase(BenchProvider.SQLite, "Data Source=:memory:").NewContext();
        var last = db.Database.GetMigrations().LastOrDefault() ?? "none";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{records}|{GeneratorVersion}|{last}"));
        return $"{records}-{Convert.ToHexStringLower(hash)[..10]}";
    }

    async Task<bool> IsReadyAsync()
    {
        try
        {
            await using var db = NewContext();
            if (!await db.Database.CanConnectAsync() || (await db.Database.GetPendingMigrationsAsync()).Any()) return false;
            return await db.Set<AnnualReport>().AnyAsync(r => r.Year == Year);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            return false;
        }
    }

    async Task LocateAsync()
    {
        await using var db = NewContext();
        var town = await db.Regions.AsNoTracking().SingleAsync(r => r.Code == TownCode);
        (TownId, TownPath) = (town.Id, town.Path);
        ReportId = await db.Set<AnnualReport>().Where(r => r.TownId == town.Id && r.Year == Year).Select(r => r.Id).SingleAsync();
    }

    async Task BuildAsync(int records, TextWriter? log)
    {
        var watch = Stopwatch.StartNew();
        log?.WriteLine($"[{Provider}] building the benchmark database ({records:N0} records in {Year}) …");
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        await CalendarSeeder.SeedShippedYearsAsync(db);
        var town = await TownAsync(db);

        await using (var connection = NewConnection())
        {
            await connection.OpenAsync();
            if (connection is SqliteConnection)
                await using (var fk = connection.CreateCommand())
                {
                    fk.CommandText = "PRAGMA foreign_keys = ON";
                    await fk.ExecuteNonQueryAsync();
                }
            await using var transaction = await connection.BeginTransactionAsync();
            var writer = new BulkWriter(db, connection, transaction);
            var generator = new TownYearGenerator(writer, town);
            generator.WriteRegisters();
            var neighbours = RecordMix.Of(records / 10);
            generator.WriteYear(Year - 1, neighbours);
            generator.WriteYear(Year, RecordMix.Of(records));
            generator.WriteYear(Year + 1, neighbours);
            writer.FixSequences();
            await transaction.CommitAsync();
            log?.WriteLine($"[{Provider}] {writer.RowsWritten:N0} rows written in {watch.Elapsed.TotalSeconds:0.0} s; {Year}: {RecordMix.Of(records)}");
        }

        await ActionItemsAsync(db, town);
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        // The report, started as a clerk starts it: from the district's default template (this also accepts its figures).
        var district = await db.Regions.SingleAsync(r => r.Code == "440203000000");
        var template = (await ReportTemplates.OfDistrictAsync(db, district)).Single(t => t.IsDefault);
        await new ReportCommands(db, new CalendarProvider(), TimeProvider.System).StartAsync(town.TownId, Year, template.Id);
        log?.WriteLine($"[{Provider}] ready in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>The region tree, offices and partners, through the platform's own commands (validated and audited).</summary>
    static async Task<BenchTown> TownAsync(AppDbContext db)
    {
        async Task<Region> Add(Region? parent, RegionKind kind, string name, string? code) =>
            await RegionCommands.CreateAsync(db, new RegionCommands.Create(parent?.Id, kind, name, code, IsDemo: true));
        var province = await Add(null, RegionKind.Province, "广东省", "440000000000");
        var city = await Add(province, RegionKind.City, "韶关市", "440200000000");
        var district = await Add(city, RegionKind.District, "武江区", "440203000000");
        var town = await Add(district, RegionKind.Town, "西联镇", TownCode);
        string[] names = ["阳山村", "西联村", "新岭村", "苏拱村", "沙湖村", "芙蓉村", "乌石村", "田心村", "桂头村", "竹山村", "上坪村"];
        var villages = new List<BenchVillage>();
        for (var i = 0; i < names.Length; i++)
        {
            var v = await Add(town, RegionKind.Village, names[i], $"440203100{201 + i}");
            villages.Add(new BenchVillage(v.Id, v.Path, v.Name));
        }
        var community = await Add(town, RegionKind.Community, "西联社区", "440203100001");
        villages.Add(new BenchVillage(community.Id, community.Path, community.Name));
        var offices = new List<long>();
        foreach (var name in new[] { "党政综合办公室", "司法所", "信访办", "综治办", "安全生产监督管理办公室", "规划建设办公室", "农业农村办公室" })
            offices.Add((await OrganisationCommands.CreateOfficeAsync(db, town.Id, name, null)).Id);
        var partners = new List<(long, string, PartnerKind)>();
        foreach (var (name, kind) in new[] { ("西联派出所", PartnerKind.PoliceStation), ("西联市场监督管理所", PartnerKind.MarketRegulator),
                     ("周和律师事务所", PartnerKind.LawFirm), ("武江区城市管理和综合执法局西联中队", PartnerKind.CityManagement),
                     ("武江区环保执法大队", PartnerKind.EnvironmentAgency), ("武江区法律援助处", PartnerKind.LegalAidCentre) })
            partners.Add(((await OrganisationCommands.CreatePartnerAsync(db, town.Id, name, kind, null)).Id, name, kind));
        return new BenchTown(town.Id, town.Path, town.Name, villages, partners, offices);
    }

    /// <summary>Last year's problems and plans (for the progress paragraph, some done) and this year's.</summary>
    static async Task ActionItemsAsync(AppDbContext db, BenchTown town)
    {
        var today = ChinaTime.Today(TimeProvider.System);
        var items = new List<ActionItem>();
        foreach (var year in new[] { Year - 1, Year })
            for (var i = 0; i < 4; i++)
            {
                items.Add(ActionItem.Raise(town.TownId, town.TownPath, year, ActionKind.Problem, i + 1, $"{year}年存在的问题之{i + 1}：基层执法力量不足。", null, null));
                items.Add(ActionItem.Raise(town.TownId, town.TownPath, year, ActionKind.Plan, i + 1, $"{year + 1}年工作计划之{i + 1}：加强执法队伍建设。", null, new DateOnly(year + 1, 12, 31)));
            }
        foreach (var (item, n) in items.Where(i => i.Year == Year - 1).Select((item, n) => (item, n)))
            if (n % 3 == 0) item.Track(ActionStatus.Done, "已完成。", new DateOnly(Year, 6, 30), today);
            else if (n % 3 == 1) item.Track(ActionStatus.InProgress, "正在推进。", null, today);
        db.AddRange(items);
        await db.SaveChangesAsync();
    }
}
