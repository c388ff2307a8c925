using System.Globalization;
using System.Text;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Ledgers;
using Fazhi.Core.Regions;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Core.Education;

/// <summary>An attendance cell as read: the count (none when the cell is empty) and how it was reported.</summary>
public sealed record AttendanceReading(int? Count, AttendanceKind Kind);

/// <summary>
/// Imports an events ledger kept in Excel (普法活动台账): one row an event, Chinese headers as in the template. Sectors and
/// channels are lists separated by "、"; the village, the organising office and the partners are matched by name among
/// the town's; attendance is read as clerks type it — "120", "120余", "近500", "300多" (多 read as 余) — and kept as
/// such. Every row is checked first and every problem is reported with its row number; only when no row has a problem
/// are all rows recorded, in one transaction, through <see cref="EducationCommands.RecordEventAsync"/>.
/// </summary>
public sealed class EventImport(AppDbContext db, EducationCommands commands, TimeProvider clock)
{
    public const string DateHeader = "活动日期";
    public const string TitleHeader = "活动名称";
    public const string KindHeader = "活动类型";
    public const string SectorsHeader = "覆盖领域";
    public const string ChannelsHeader = "宣传形式";
    public const string VillageHeader = "村（社区）";
    public const string VenueHeader = "活动地点";
    public const string OfficeHeader = "主办科室";
    public const string PartnersHeader = "协办单位";
    public const string SpeakersHeader = "主讲人";
    public const string AttendanceHeader = "参加人数";
    public const string MaterialsHeader = "发放资料（份）";
    public const string SummaryHeader = "活动情况";

    public static readonly string[] Headers =
    [
        DateHeader, TitleHeader, KindHeader, SectorsHeader, ChannelsHeader, VillageHeader, VenueHeader, OfficeHeader, PartnersHeader, SpeakersHeader,
        AttendanceHeader, MaterialsHeader, SummaryHeader,
    ];

    /// <summary>Columns a row must fill; the others may stay empty.</summary>
    static readonly string[] Required = [DateHeader, TitleHeader, KindHeader, VenueHeader];

    public const string AttendanceHelp = "填写人数，如“120”；约数照实填写，如“120余”“近500”，“300多”按“300余”计";

    /// <summary>Separators of a list cell. Not "/": the channel 微信/网络 contains one.</summary>
    static readonly char[] ListSeparators = ['、', '，', ',', '；', ';', ' ', '　', '\n'];

    /// <summary>Other spellings of a channel that clerks use.</summary>
    static readonly Dictionary<string, string> ChannelAliases = new(StringComparer.Ordinal)
    {
        ["微信"] = "微信/网络", ["网络"] = "微信/网络", ["微信网络"] = "微信/网络", ["网络/微信"] = "微信/网络", ["远程教育"] = "远程教育平台",
    };

    /// <summary>The template: the header row and two example rows.</summary>
    public static void WriteTemplate(Stream output)
    {
        var rows = new[]
        {
            new Dictionary<string, object?>
            {
                [DateHeader] = "2026-03-15", [TitleHeader] = "民法典进农村法制报告会", [KindHeader] = EventKinds.LegalReport, [SectorsHeader] = "乡村",
                [ChannelsHeader] = "演讲、传单", [VillageHeader] = "阳山村", [VenueHeader] = "阳山村委会", [OfficeHeader] = "司法所", [PartnersHeader] = "周和律师事务所",
                [SpeakersHeader] = "法律顾问张剑波", [AttendanceHeader] = "120余", [MaterialsHeader] = "300", [SummaryHeader] = "讲解民法典婚姻家庭编，现场解答咨询",
            },
            new Dictionary<string, object?>
            {
                [DateHeader] = "2026-12-04", [TitleHeader] = "国家宪法日集中宣传", [KindHeader] = EventKinds.ConstitutionDay, [SectorsHeader] = "机关、社区、学校",
                [ChannelsHeader] = "宣传车、标语、微信/网络", [VillageHeader] = "", [VenueHeader] = "镇文化广场", [OfficeHeader] = "司法所", [PartnersHeader] = "",
                [SpeakersHeader] = "", [AttendanceHeader] = "近500", [MaterialsHeader] = "1500", [SummaryHeader] = "",
            },
        };
        MiniExcel.SaveAs(output, rows, sheetName: "普法活动台账");
    }

    /// <summary>
    /// "120" → 120 exact; "120余", "120余人", "300多", "300多人次" → at least; "近500", "近500人" → nearly; "" → none.
    /// Full-width digits and thousands separators are accepted. Null when the cell cannot be read (e.g. "约300", "很多").
    /// </summary>
    public static AttendanceReading? ReadAttendance(string? cell)
    {
        var text = new StringBuilder();
        foreach (var c in cell ?? "")
        {
            if (char.IsWhiteSpace(c) || c is ',' or '，') continue;
            text.Append(c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c);
        }
        var t = text.ToString();
        if (t.Length == 0) return new AttendanceReading(null, AttendanceKind.Exact);
        foreach (var unit in new[] { "人次", "人" })
            if (t.EndsWith(unit, StringComparison.Ordinal))
            {
                t = t[..^unit.Length];
                break;
            }
        var kind = AttendanceKind.Exact;
        if (t.StartsWith('近'))
        {
            kind = AttendanceKind.Nearly;
            t = t[1..];
        }
        else if (t.EndsWith('余') || t.EndsWith('多'))
        {
            kind = AttendanceKind.AtLeast;
            t = t[..^1];
        }
        if (t.Length == 0 || t.Length > 9 || !t.All(char.IsAsciiDigit)) return null;
        return new AttendanceReading(int.Parse(t, CultureInfo.InvariantCulture), kind);
    }

    public async Task<ImportResult> ImportAsync(Stream xlsx, long townId, CancellationToken ct = default)
    {
        var (rows, refused) = LedgerImport.Read(xlsx, Headers);
        if (refused is not null) return refused;

        var town = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == townId && r.Level == RegionLevel.Town, ct);
        if (town is null) return ImportResult.Failed("请选择乡镇。");
        var villages = await db.Regions.AsNoTracking().Where(r => r.ParentId == townId && r.Level == RegionLevel.Village).ToListAsync(ct);
        var offices = await db.Set<Office>().AsNoTracking().Where(o => o.TownId == townId).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var partners = await db.Set<PartnerOrganisation>().AsNoTracking().Where(p => p.TownId == townId).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        // An event already in the register (same day, title and place) is not imported twice, e.g. when a ledger is uploaded again.
        var existing = (await db.Set<EducationEvent>().AsNoTracking().Where(e => e.TownId == townId).Select(e => new { e.HeldOn, e.Title, e.Venue })
            .ToListAsync(ct)).Select(e => (e.HeldOn, e.Title, e.Venue)).ToHashSet();
        var scope = db.CurrentUser.ScopePath;
        var today = ChinaTime.Today(clock);

        var inputs = new List<(int Row, EducationCommands.EventInput Input)>();
        var errors = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rowNo = i + 2; // the header is row 1
            var r = rows[i];
            string Text(string h) => LedgerImport.Text(r, h);
            if (LedgerImport.IsBlank(r, Headers)) continue;
            var problems = new List<string>();
            foreach (var h in Required.Where(h => Text(h).Length == 0)) problems.Add($"请填写{h}");

            if (!LedgerImport.TryDate(r, DateHeader, out var on) && Text(DateHeader) is { Length: > 0 } dateText) problems.Add($"活动日期“{dateText}”无效");

            var kind = Text(KindHeader);
            if (kind.Length > 0 && !EventKinds.All.Contains(kind)) problems.Add($"活动类型“{kind}”应为{string.Join("、", EventKinds.All)}之一");

            var sectors = new List<string>();
            foreach (var s in Items(Text(SectorsHeader)))
                if (Sectors.All.Contains(s)) sectors.Add(s);
                else problems.Add($"覆盖领域“{s}”应为{string.Join("、", Sectors.All)}之一");

            var channels = new List<string>();
            foreach (var c in Items(Text(ChannelsHeader)))
                if (Channels.All.Contains(c)) channels.Add(c);
                else if (ChannelAliases.TryGetValue(c, out var known)) channels.Add(known);
                else problems.Add($"宣传形式“{c}”应为{string.Join("、", Channels.All)}之一");

            long? villageId = null;
            var path = town.Path;
            if (Text(VillageHeader) is { Length: > 0 } v)
            {
                var village = villages.FirstOrDefault(x => x.Name == v);
                if (village is null) problems.Add($"村（社区）“{v}”不属于{town.Name}");
                else (villageId, path) = (village.Id, village.Path);
            }
            // Scope: a village's cadre imports only their village's events.
            if (!path.StartsWith(scope, StringComparison.Ordinal)) problems.Add("该活动不在您的管辖范围内");

            long? officeId = null;
            if (Text(OfficeHeader) is { Length: > 0 } o)
            {
                var office = offices.FirstOrDefault(x => x.Name == o);
                if (office is null) problems.Add($"主办科室“{o}”不是{town.Name}的科室");
                else officeId = office.Id;
            }

            var chosen = new List<(long Id, string Name)>();
            foreach (var name in Items(Text(PartnersHeader)))
            {
                var partner = partners.FirstOrDefault(x => x.Name == name);
                if (partner is null) problems.Add($"协办单位“{name}”未在{town.Name}的协作单位中登记，请先登记或改填全称");
                else chosen.Add((partner.Id, partner.Name));
            }

            var attendance = ReadAttendance(Text(AttendanceHeader));
            if (attendance is null) problems.Add($"参加人数“{Text(AttendanceHeader)}”无法识别，请{AttendanceHelp}");

            int? materials = null;
            if (Text(MaterialsHeader) is { Length: > 0 } m)
            {
                var digits = m.EndsWith('份') ? m[..^1].Trim() : m;
                if (int.TryParse(digits, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n)) materials = n;
                else problems.Add($"发放资料“{m}”应为份数");
            }

            var details = new EducationEvent.Details(on, Text(TitleHeader), kind, sectors, channels, Text(VenueHeader), officeId,
                LedgerImport.TextOrNull(r, SpeakersHeader), attendance?.Count, attendance?.Kind ?? AttendanceKind.Exact, materials,
                LedgerImport.TextOrNull(r, SummaryHeader));
            if (problems.Count == 0)
            {
                if (!existing.Add((on, details.Title, details.Venue))) problems.Add($"{ChinaTime.Format(on)}在{details.Venue}的“{details.Title}”已登记（或在本表中重复）");
                // The register's own rules, checked now so that every row's problems are listed before anything is saved.
                try { EducationEvent.Record(new RecordPlace(townId, villageId, null, path), details, chosen, today); }
                catch (DomainRuleException e) { problems.Add(e.Message.TrimEnd('。')); }
            }
            if (problems.Count > 0)
            {
                errors.Add($"第{rowNo}行：{string.Join("；", problems)}。");
                continue;
            }
            inputs.Add((rowNo, new EducationCommands.EventInput(townId, villageId, details, chosen.Select(p => p.Id).Distinct().ToList())));
        }
        if (errors.Count > 0) return new ImportResult(0, errors);
        return await LedgerImport.RegisterAllAsync(db, inputs, input => commands.RecordEventAsync(input, ct), ct);
    }

    static IEnumerable<string> Items(string cell) =>
        cell.Split(ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct();
}
