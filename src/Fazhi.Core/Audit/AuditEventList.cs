using System.Text.Json;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Audit;

/// <summary>Filters of the audit list. Dates are China dates, both inclusive.</summary>
public sealed record AuditFilter(
    DateOnly? From = null, DateOnly? To = null, string? UserName = null, string? Entity = null,
    AuditAction? Action = null, string? EntityId = null, string? ScopePath = null);

public sealed record AuditChange(string Field, string? Before, string? After);

public sealed record AuditEventRow(long Seq, DateTime AtUtc, string UserName, string Entity, string EntityId,
    AuditAction Action, string Changes, string? ScopePath)
{
    public IReadOnlyList<AuditChange> ChangeList => AuditEventList.ParseChanges(Changes);
}

public sealed record AuditEventPage(IReadOnlyList<AuditEventRow> Rows, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The audit events an admin asks for, newest first. The audit table has no global scope filter
/// (it is not an IScopedRecord); a caller that must see only a town's events passes its ScopePath.
/// </summary>
public static class AuditEventList
{
    public const int DefaultPageSize = 50;

    public static async Task<AuditEventPage> QueryAsync(AppDbContext db, AuditFilter filter, int page,
        int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        var q = Filtered(db.Set<AuditEvent>().AsNoTracking(), filter);
        var total = await q.CountAsync(ct);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await q.OrderByDescending(e => e.Seq)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new AuditEventRow(e.Seq, e.AtUtc, e.UserName, e.Entity, e.EntityId, e.Action, e.Changes, e.ScopePath))
            .ToListAsync(ct);
        return new AuditEventPage(rows, page, pageSize, total);
    }

    /// <summary>Every event the filter selects, newest first, read one by one (for the ledger export).</summary>
    public static IQueryable<AuditEventRow> Rows(AppDbContext db, AuditFilter filter) =>
        Filtered(db.Set<AuditEvent>().AsNoTracking(), filter).OrderByDescending(e => e.Seq)
            .Select(e => new AuditEventRow(e.Seq, e.AtUtc, e.UserName, e.Entity, e.EntityId, e.Action, e.Changes, e.ScopePath));

    /// <summary>Names of the entities that have events, for the filter's list.</summary>
    public static async Task<IReadOnlyList<string>> EntitiesAsync(AppDbContext db, CancellationToken ct = default) =>
        await db.Set<AuditEvent>().AsNoTracking().Select(e => e.Entity).Distinct().OrderBy(e => e).ToListAsync(ct);

    static IQueryable<AuditEvent> Filtered(IQueryable<AuditEvent> q, AuditFilter f)
    {
        if (f.From is { } from)
        {
            var fromUtc = ChinaTime.StartOfDayUtc(from);
            q = q.Where(e => e.AtUtc >= fromUtc);
        }
        if (f.To is { } to)
        {
            var toUtc = ChinaTime.StartOfDayUtc(to.AddDays(1));
            q = q.Where(e => e.AtUtc < toUtc);
        }
        if (!string.IsNullOrWhiteSpace(f.UserName))
        {
            var name = f.UserName.Trim();
            q = q.Where(e => e.UserName.Contains(name));
        }
        if (!string.IsNullOrWhiteSpace(f.Entity))
        {
            var entity = f.Entity.Trim();
            q = q.Where(e => e.Entity == entity);
        }
        if (f.Action is { } action) q = q.Where(e => e.Action == action);
        if (!string.IsNullOrWhiteSpace(f.EntityId))
        {
            var id = f.EntityId.Trim();
            q = q.Where(e => e.EntityId == id);
        }
        if (!string.IsNullOrEmpty(f.ScopePath))
        {
            var path = f.ScopePath;
            q = q.Where(e => e.ScopePath != null && e.ScopePath.StartsWith(path));
        }
        return q;
    }


    /// <summary>Reads the stored {field: {before, after}} object; values are shown as text.</summary>
    public static IReadOnlyList<AuditChange> ParseChanges(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return [];
            var list = new List<AuditChange>();
            foreach (var field in doc.RootElement.EnumerateObject())
            {
                string? before = null, after = null;
                if (field.Value.ValueKind == JsonValueKind.Object)
                {
                    if (field.Value.TryGetProperty("before", out var b)) before = Show(b);
                    if (field.Value.TryGetProperty("after", out var a)) after = Show(a);
                }
                list.Add(new AuditChange(field.Name, before, after));
            }
            return list;
        }
        catch (JsonException)
        {
            return [new AuditChange("?", null, json)];
        }
    }

    static string? Show(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => v.GetString(),
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        _ => v.GetRawText(),
    };
}

/// <summary>What users read for entity and field names; unknown names are shown as they are.</summary>
public static class AuditLabels
{
    static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        ["Office"] = "科室",
        ["Region"] = "行政区划",
        ["PartnerOrganisation"] = "协作单位",
        ["AppUser"] = "用户",
        ["AppRole"] = "角色",
        ["IdentityUserRole"] = "用户角色",
        ["IdentityUserClaim"] = "用户声明",
        ["IdentityUserLogin"] = "外部登录",
        ["IdentityUserToken"] = "用户令牌",
        ["IdentityRoleClaim"] = "角色声明",
    };

    static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Id"] = "编号",
        ["Name"] = "名称",
        ["Code"] = "代码",
        ["Phone"] = "电话",
        ["PhoneNumber"] = "电话",
        ["Email"] = "电子邮箱",
        ["Contact"] = "联系方式",
        ["IsActive"] = "启用",
        ["IsDemo"] = "演示数据",
        ["Kind"] = "类别",
        ["Level"] = "层级",
        ["Path"] = "区划路径",
        ["ParentId"] = "上级区划",
        ["TownId"] = "所属镇街",
        ["ScopePath"] = "数据范围",
        ["ScopeRegionId"] = "管辖区划",
        ["SortOrder"] = "排序",
        ["UserName"] = "用户名",
        ["DisplayName"] = "姓名",
        ["OfficeId"] = "科室",
        ["ModuleList"] = "业务模块",
        ["MustChangePassword"] = "须修改密码",
        ["PasswordHash"] = "密码",
        ["CreatedUtc"] = "创建时间",
        ["UserId"] = "用户",
        ["RoleId"] = "角色",
        ["LockoutEnd"] = "锁定至",
        ["AccessFailedCount"] = "登录失败次数",
    };

    public static string Entity(string name) => Entities.TryGetValue(name, out var label) ? label : name;
    public static string Field(string name) => Fields.TryGetValue(name, out var label) ? label : name;
}
