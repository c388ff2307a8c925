using System.Data.Common;
using Fazhi.Core.Education;

namespace Fazhi.Bench.Reports;

/// <summary>
/// The baseline: the headline figures the report's text uses (the "{module.key}" fields of the default template, plus
/// 受理 and 办结), computed by hand-written SQL over plain ADO.NET — one aggregate statement per module, so four round
/// trips, nothing loaded but the numbers. The same SQL runs on SQLite and PostgreSQL. Each figure is returned as its
/// numerator and, for a ratio, its denominator, keyed as the report keys it, so the benchmark checks that both ways
/// give the same figures before timing them.
/// </summary>
public static class RawFigureQueries
{
    const string InTown = "\"ScopePath\" LIKE @scope";

    const string Petitions = $"""
        SELECT COUNT(*),
               COALESCE(SUM(CASE WHEN "Decision" IN ('Accept', 'Assign') THEN 1 ELSE 0 END), 0),
               COALESCE(SUM(CASE WHEN "Decision" IN ('Accept', 'Assign') AND "Status" IN ('Closed', 'Archived') THEN 1 ELSE 0 END), 0)
        FROM "Petitions" WHERE {InTown} AND "ReceivedOn" >= @from AND "ReceivedOn" <= @to
        """;

    const string Disputes = $"""
        SELECT (SELECT COUNT(*) FROM "ScreeningRounds" WHERE {InTown} AND "Status" = 'Held' AND "HeldOn" >= @from AND "HeldOn" <= @to),
               COUNT(*),
               COALESCE(SUM(CASE WHEN "Status" IN ('Succeeded', 'Failed') THEN 1 ELSE 0 END), 0),
               COALESCE(SUM(CASE WHEN "Status" = 'Succeeded' THEN 1 ELSE 0 END), 0)
        FROM "Disputes" WHERE {InTown} AND "ReportedOn" >= @from AND "ReportedOn" <= @to
        """;

    const string Checks = $"""
        FROM "InspectionFindings" f JOIN "Inspections" i ON i."Id" = f."InspectionId"
        WHERE i.{InTown} AND i."InspectedOn" >= @from AND i."InspectedOn" <= @to AND i."Kind" <> 'ReInspection'
        """;

    const string Enforcement = $"""
        SELECT (SELECT COUNT(*) FROM "EnforcementCampaigns" c WHERE c.{InTown} AND c."StartsOn" <= @to AND c."EndsOn" >= @from),
               (SELECT COUNT(*) FROM "EnforcementCampaigns" c WHERE c.{InTown} AND c."StartsOn" <= @to AND c."EndsOn" >= @from
                  AND EXISTS (SELECT 1 FROM "EnforcementCampaignPartners" p WHERE p."CampaignId" = c."Id")),
               (SELECT COUNT(*) FROM "Inspections" WHERE {InTown} AND "InspectedOn" >= @from AND "InspectedOn" <= @to AND "Kind" <> 'ReInspection'),
               (SELECT COUNT(*) {Checks}),
               (SELECT COUNT(*) {Checks} AND f."RectifiedOn" IS NOT NULL),
               (SELECT COUNT(*) FROM "RectificationOrders" WHERE {InTown} AND "IssuedOn" >= @from AND "IssuedOn" <= @to),
               (SELECT COUNT(*) FROM "RectificationOrders" WHERE {InTown} AND "IssuedOn" >= @from AND "IssuedOn" <= @to AND "Status" = 'Rectified'),
               (SELECT COUNT(*) FROM "EnforcementCases" WHERE {InTown} AND "FiledOn" >= @from AND "FiledOn" <= @to),
               (SELECT COUNT(*) FROM "EnforcementCases" WHERE {InTown} AND "FiledOn" >= @from AND "FiledOn" <= @to AND "Major" AND "DecidedOn" IS NOT NULL
                  AND "ReviewedOn" IS NOT NULL AND "ReviewedOn" <= "DecidedOn"),
               (SELECT COUNT(*) FROM "EnforcementCases" WHERE {InTown} AND "FiledOn" >= @from AND "FiledOn" <= @to AND "Major" AND "DecidedOn" IS NOT NULL)
        """;

    const string Attended = $"""
        FROM "StudyAttendees" a JOIN "StudySessions" s ON s."Id" = a."SessionId"
        WHERE s.{InTown} AND s."HeldOn" >= @from AND s."HeldOn" <= @to
        """;

    const string Events = $"""FROM "EducationEvents" WHERE {InTown} AND "HeldOn" >= @from AND "HeldOn" <= @to""";

    static readonly string IntegrityKinds = string.Join(", ", EventKinds.IntegrityKinds.Select(k => $"'{k}'"));

    static readonly string Education = $"""
        SELECT (SELECT COUNT(*) {Events} AND "Kind" NOT IN ({IntegrityKinds})),
               (SELECT COALESCE(SUM("Materials"), 0) {Events}),
               (SELECT COUNT(*) {Events} AND "Kind" IN ({IntegrityKinds})),
               (SELECT COUNT(*) {Events} AND "Kind" = '{EventKinds.IntegrityBaseVisit}'),
               (SELECT COUNT(*) FROM "StudySessions" WHERE {InTown} AND "HeldOn" >= @from AND "HeldOn" <= @to),
               (SELECT COALESCE(SUM(s."Tenths"), 0) {Attended}),
               (SELECT COUNT(DISTINCT a."StaffMemberId") {Attended}),
               (SELECT COUNT(*) FROM "Consultations" WHERE {InTown} AND "On" >= @from AND "On" <= @to),
               (SELECT COUNT(*) FROM "Consultations" WHERE {InTown} AND "On" >= @from AND "On" <= @to AND "Referral" IS NOT NULL),
               (SELECT COUNT(*) FROM "Meetings" m WHERE m.{InTown} AND m."HeldOn" >= @from AND m."HeldOn" <= @to
                  AND EXISTS (SELECT 1 FROM "MeetingAgendaItems" i WHERE i."MeetingId" = m."Id" AND i."RuleOfLaw")),
               (SELECT COUNT(*) FROM "LeaderDuties" WHERE {InTown} AND "On" >= @from AND "On" <= @to AND "Kind" = 'DutyReport')
        """;

    /// <summary>Every figure the raw SQL computes, keyed as the report keys it: numerator and (for a ratio) denominator.</summary>
    public static async Task<Dictionary<string, (long Numerator, long? Denominator)>> ReadAsync(DbConnection connection, string townPath, int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var figures = new Dictionary<string, (long, long?)>();

        var p = await RowAsync(connection, Petitions, townPath, from, to);
        figures["petitions.received"] = (p[0], null);
        figures["petitions.accepted"] = (p[1], null);
        figures["petitions.closed"] = (p[2], null);
        figures["petitions.handling-rate"] = (p[2], p[1]);

        var d = await RowAsync(connection, Disputes, townPath, from, to);
        figures["disputes.screening-rounds"] = (d[0], null);
        figures["disputes.found"] = (d[1], null);
        figures["disputes.mediated"] = (d[2], null);
        figures["disputes.succeeded"] = (d[3], null);
        figures["disputes.success-rate"] = (d[3], d[2]);

        var e = await RowAsync(connection, Enforcement, townPath, from, to);
        figures["enforcement.campaigns"] = (e[0], null);
        figures["enforcement.joint-actions"] = (e[1], null);
        figures["enforcement.inspections"] = (e[2], null);
        figures["enforcement.hazards-found"] = (e[3], null);
        figures["enforcement.hazard-rectification-rate"] = (e[4], e[3]);
        figures["enforcement.orders"] = (e[5], null);
        figures["enforcement.order-rectification-rate"] = (e[6], e[5]);
        figures["enforcement.cases"] = (e[7], null);
        figures["enforcement.legal-review-rate"] = (e[8], e[9]);

        var x = await RowAsync(connection, Education, townPath, from, to);
        figures["education.events"] = (x[0], null);
        figures["education.materials"] = (x[1], null);
        figures["education.integrity-events"] = (x[2], null);
        figures["education.integrity-base-visits"] = (x[3], null);
        figures["education.study-sessions"] = (x[4], null);
        figures["education.hours-per-person"] = (x[5], x[6] * 10);
        figures["education.consultations"] = (x[7], null);
        figures["education.referrals"] = (x[8], null);
        figures["education.meetings-rule-of-law"] = (x[9], null);
        figures["education.leader-duty-reports"] = (x[10], null);
        return figures;
    }

    static async Task<long[]> RowAsync(DbConnection connection, string sql, string townPath, DateOnly from, DateOnly to)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "@scope", townPath + "%");
        Add(command, "@from", from);
        Add(command, "@to", to);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var row = new long[reader.FieldCount];
        for (var i = 0; i < row.Length; i++) row[i] = Convert.ToInt64(reader.GetValue(i));
        return row;
    }

    static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
