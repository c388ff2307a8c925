using System.Data.Common;
using System.Text;
using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Fazhi.Bench.Reports;

/// <summary>
/// Writes generated rows straight into the platform's tables with multi-row INSERT statements over plain ADO.NET
/// (tens of thousands of rows a second instead of SaveChanges' audited, change-tracked path). Table and column
/// names, nullability and value conversions (enums stored as strings) are read from the EF model, so the rows land
/// exactly as the platform would have stored them. A column the caller does not give gets NULL when nullable and
/// its type's default (empty string, 0, the first enum value) when required. Personal fields are never given:
/// they are stored encrypted and the figures do not read them.
/// </summary>
public sealed class BulkWriter(AppDbContext model, DbConnection connection, DbTransaction transaction)
{
    const int MaxParameters = 2000;

    public bool IsPostgres { get; } = model.Database.IsNpgsql();

    public long RowsWritten { get; private set; }

    readonly List<string> tables = [];
    DbConnection Connection => connection;
    DbTransaction Transaction => transaction;

    /// <summary>A writer for one entity's table, taking the values of the named properties in this order.</summary>
    public Table For<T>(params string[] properties) => new(this, model.Model.FindEntityType(typeof(T))
        ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model."), properties);

    public sealed class Table
    {
        readonly BulkWriter writer;
        readonly string table;
        readonly string[] columns;
        readonly Func<object?, object?>[] convert;
        readonly object?[] defaults;
        readonly int given;
        readonly int rowsPerStatement;
        readonly List<object?[]> pending = [];
        readonly List<Table> parents = [];

        internal Table(BulkWriter writer, IEntityType entity, string[] properties)
        {
            this.writer = writer;
            table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            var all = entity.GetProperties().ToList();
            var named = properties.Select(p => entity.FindProperty(p) ?? throw new InvalidOperationException($"{entity.ClrType.Name}.{p} is not mapped.")).ToList();
            // Required columns the caller leaves out get their type's default; nullable ones are left to NULL.
            var filled = all.Where(p => !named.Contains(p) && !p.IsNullable && !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never)).ToList();
            var used = named.Concat(filled).ToList();
            columns = used.Select(p => p.GetColumnName(store) ?? throw new InvalidOperationException($"{p.Name} has no column.")).ToArray();
            convert = used.Select(Converter).ToArray();
            defaults = filled.Select(p => convert[named.Count + filled.IndexOf(p)](DefaultOf(p.ClrType))).ToArray();
            given = named.Count;
            rowsPerStatement = Math.Max(1, MaxParameters / columns.Length);
            if (!writer.tables.Contains(table)) writer.tables.Add(table);
        }

        static Func<object?, object?> Converter(IProperty p)
        {
            var converter = p.GetTypeMapping().Converter;
            return converter is null ? v => v : v => v is null ? null : converter.ConvertToProvider(v);
        }

        static object? DefaultOf(Type type)
        {
            if (type == typeof(string)) return "";
            if (type == typeof(DateTime)) return new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            if (type == typeof(DateOnly)) return new DateOnly(2000, 1, 1);
            return type.IsValueType ? Activator.CreateInstance(type) : null;
        }

        public void Add(params object?[] values)
        {
            if (values.Length != given) throw new ArgumentException($"{table}: {given} values expected, {values.Length} given.");
            var row = new object?[columns.Length];
            for (var i = 0; i < given; i++) row[i] = convert[i](values[i]);
            Array.Copy(defaults, 0, row, given, defaults.Length);
            pending.Add(row);
            if (pending.Count >= rowsPerStatement) Flush();
        }

        /// <summary>Rows of this table point to rows of <paramref name="parent"/>: the parent's pending rows are written first.</summary>
        public Table After(Table parent)
        {
            parents.Add(parent);
            return this;
        }

        public void Flush()
        {
            if (pending.Count == 0) return;
            foreach (var parent in parents) parent.Flush();
            using var command = writer.Connection.CreateCommand();
            command.Transaction = writer.Transaction;
            var sql = new StringBuilder($"INSERT INTO \"{table}\" (").AppendJoin(", ", columns.Select(c => $"\"{c}\"")).Append(") VALUES ");
            var n = 0;
            for (var r = 0; r < pending.Count; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = $"@p{n}";
                    parameter.Value = pending[r][c] ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                    sql.Append(c == 0 ? "" : ", ").Append("@p").Append(n++);
                }
                sql.Append(')');
            }
            command.CommandText = sql.ToString();
            command.ExecuteNonQuery();
            writer.RowsWritten += pending.Count;
            pending.Clear();
        }
    }

    /// <summary>
    /// Rows were written with explicit ids; PostgreSQL's identity sequences must move past them so that rows the
    /// platform adds later (through EF) get fresh ids. SQLite takes max(rowid) + 1 by itself.
    /// </summary>
    public void FixSequences()
    {
        if (!IsPostgres) return;
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), COALESCE((SELECT MAX(\"Id\") FROM \"{table}\"), 0) + 1, false)";
            command.ExecuteScalar();
        }
    }
}
