namespace Fazhi.Core.Audit;

/// <summary>
/// Triggers that make the audit table append-only in the database itself, so not even a raw SQL
/// statement of the application can rewrite history. Called from migrations with
/// migrationBuilder.Sql(...); kept here so that regenerated migrations can call them again.
/// Note: should a later migration make EF rebuild the SQLite table, the triggers must be created again.
/// </summary>
public static class AuditTableGuards
{
    public const string Table = "AuditEvents";
    const string Message = "audit events are append-only";

    public const string Sqlite = $"""
        CREATE TRIGGER "{Table}_no_update" BEFORE UPDATE ON "{Table}"
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        CREATE TRIGGER "{Table}_no_delete" BEFORE DELETE ON "{Table}"
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        """;

    public const string SqliteDrop = $"""
        DROP TRIGGER IF EXISTS "{Table}_no_update";
        DROP TRIGGER IF EXISTS "{Table}_no_delete";
        """;

    public const string Postgres = $$"""
        CREATE OR REPLACE FUNCTION fazhi_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            RAISE EXCEPTION '{{Message}}' USING ERRCODE = 'insufficient_privilege';
        END;
        $fn$;
        CREATE TRIGGER "{{Table}}_no_change" BEFORE UPDATE OR DELETE ON "{{Table}}"
            FOR EACH ROW EXECUTE FUNCTION fazhi_audit_append_only();
        CREATE TRIGGER "{{Table}}_no_truncate" BEFORE TRUNCATE ON "{{Table}}"
            FOR EACH STATEMENT EXECUTE FUNCTION fazhi_audit_append_only();
        """;

    public const string PostgresDrop = $"""
        DROP TRIGGER IF EXISTS "{Table}_no_change" ON "{Table}";
        DROP TRIGGER IF EXISTS "{Table}_no_truncate" ON "{Table}";
        DROP FUNCTION IF EXISTS fazhi_audit_append_only();
        """;
}
