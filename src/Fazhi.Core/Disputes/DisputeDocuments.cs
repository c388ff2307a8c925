using System.Text.RegularExpressions;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Documents;
using Fazhi.Core.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Disputes;

/// <summary>
/// The written documents of a mediation, in the official layout of the shared writer: the 人民调解协议书
/// (《人民调解法》第二十八条至第三十三条) and the 调解笔录 (第二十七条: the mediator records the process).
/// The agreement is the parties' own legal document and carries their ID numbers, phones and addresses as entered;
/// a user who may not see personal data in full (<see cref="PersonalDataAccess.MaySeeInFull"/>) gets them masked.
/// </summary>
public static partial class DisputeDocuments
{
    public const string Agreement = "agreement";
    public const string Record = "record";

    /// <summary>A document ready to write, with the file name it is served under.</summary>
    public sealed record Built(OfficialDocument Document, string FileName);

    /// <summary>
    /// Builds the document of the given kind for a dispute in the user's scope; null when the dispute is missing or out
    /// of scope, or the kind is unknown. A document the dispute's state does not allow throws a <see cref="DomainRuleException"/>.
    /// </summary>
    public static async Task<Built?> BuildAsync(AppDbContext db, long id, string kind, bool personalDataInFull, CancellationToken ct = default)
    {
        if (kind is not (Agreement or Record)) return null;
        var dispute = await DisputeQueries.DetailsAsync(db, id, ct);
        if (dispute is null) return null;
        var town = await db.Regions.AsNoTracking().Where(r => r.Id == dispute.TownId).Select(r => r.Name).FirstAsync(ct);
        var body = await MediationBodyAsync(db, dispute, town, ct);
        return kind == Agreement
            ? new Built(AgreementOf(dispute, town, body ?? "", personalDataInFull), $"人民调解协议书-{dispute.Number}.docx")
            : new Built(RecordOf(dispute, body, personalDataInFull), $"调解笔录-{dispute.Number}.docx");
    }

    /// <summary>
    /// Who mediated: the committee, the town's office or the court. The committee may sit at the town while the
    /// dispute is a village's: its name is read past the scope filter, as it is printed on an in-scope dispute.
    /// </summary>
    public static async Task<string?> MediationBodyAsync(AppDbContext db, Dispute d, string townName, CancellationToken ct = default) =>
        d.MediationKind switch
        {
            MediationKind.People when d.CommitteeId is { } c =>
                await db.Set<MediationCommittee>().IgnoreQueryFilters().AsNoTracking().Where(x => x.Id == c).Select(x => x.Name).FirstOrDefaultAsync(ct),
            MediationKind.Administrative when d.OfficeId is { } o =>
                await db.Offices.IgnoreQueryFilters().AsNoTracking().Where(x => x.Id == o).Select(x => x.Name).FirstOrDefaultAsync(ct) is { } office
                    ? $"{townName}人民政府{office}" : $"{townName}人民政府",
            MediationKind.Judicial => d.CourtName,
            _ => null,
        };

    /// <summary>
    /// 人民调解协议书 (《人民调解法》第二十九条): the parties' basic facts; the main facts, the points in dispute and
    /// each party's responsibility; the agreed terms with the manner and deadline of performance; its effect
    /// (第二十九条、第三十一条、第三十三条); signature lines for every party and the mediator, and the committee's seal.
    /// Only a people's mediation that succeeded with a written agreement has one.
    /// </summary>
    public static OfficialDocument AgreementOf(Dispute d, string townName, string committeeName, bool personalDataInFull)
    {
        if (d.Status != DisputeStatus.Succeeded) throw new DomainRuleException("只有调解成功的纠纷才能生成调解协议书。");
        if (d.AgreementForm != AgreementForm.Written)
            throw new DomainRuleException("该纠纷达成的是口头协议，由调解员记录协议内容（《人民调解法》第二十八条），不出具书面调解协议书。");
        if (d.MediationKind != MediationKind.People)
            throw new DomainRuleException($"人民调解协议书只适用于人民调解委员会主持达成的协议，该纠纷为{DisputeLabels.Of(d.MediationKind!.Value)}。");
        if (string.IsNullOrWhiteSpace(committeeName)) throw new DomainRuleException("未找到主持调解的人民调解委员会，不能生成调解协议书。");

        var parties = d.Parties.OrderBy(p => p.Id).ToList();
        var doc = new OfficialDocument
        {
            DocumentNumber = AgreementNumber(d, townName),
            Title = "人民调解协议书",
            SigningOrgan = $"{committeeName}（印章）",
            Date = d.AgreementEffectiveOn ?? d.OutcomeOn!.Value,
        };
        doc.Heading(1, "当事人基本情况");
        for (var i = 0; i < parties.Count; i++) doc.Paragraph(PartyLine(parties[i], PartyLabel(i, parties.Count), personalDataInFull));

        doc.Heading(1, "纠纷主要事实、争议事项及各方责任");
        foreach (var line in Lines(d.AgreementFacts)) doc.Paragraph(line);

        doc.Heading(1, "协议内容");
        doc.Paragraph($"经{committeeName}主持调解，各方当事人在平等协商、互谅互让的基础上，自愿达成如下协议：");
        foreach (var line in Lines(d.AgreementTerms)) doc.Paragraph(line);

        doc.Heading(1, "履行方式和期限");
        doc.Paragraph(d.PerformanceDue is { } due
            ? $"各方当事人按上述协议约定的方式履行，于{ChinaTime.Format(due)}前履行完毕。"
            : "各方当事人按上述协议约定的方式和时限履行。");

        doc.Heading(1, "协议效力");
        doc.Paragraph("本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效（《中华人民共和国人民调解法》第二十九条）。");
        doc.Paragraph("经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。人民调解委员会对调解协议的履行情况进行监督，督促当事人履行约定的义务（第三十一条）。");
        doc.Paragraph("双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认；人民法院依法确认调解协议有效，一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行（第三十三条）。");
        doc.Paragraph($"本协议一式{ChineseCount(parties.Count + 1)}份，当事人各执一份，{committeeName}留存一份。");

        // Signature lines: every party, then the mediator(s); the committee's seal goes on the signing organ below.
        doc.Paragraph("当事人（签名、盖章或者按指印）：");
        for (var i = 0; i < parties.Count; i++) doc.Paragraph($"{PartyLabel(i, parties.Count)}：{parties[i].Name}{Blank}（签名）");
        var mediators = Names(d.MediatorNames);
        doc.Paragraph("人民调解员（签名）：" + (mediators.Count == 0 ? Blank : string.Join("", mediators.Select(m => $"{m}{Blank}"))).TrimEnd('　'));
        return doc;
    }

    /// <summary>
    /// 调解笔录 (《人民调解法》第二十七条; the 1989 rules call for 登记 and 笔录): the dispute, its parties, one section
    /// per mediation session with its time, place, mediators, attendees and minutes, and the outcome when there is one.
    /// </summary>
    public static OfficialDocument RecordOf(Dispute d, string? mediationBody, bool personalDataInFull)
    {
        if (d.MediationKind is null) throw new DomainRuleException("该纠纷尚未开始调解，没有调解笔录。");
        var sessions = d.Sessions.OrderBy(s => s.HeldOn).ThenBy(s => s.Id).ToList();
        if (sessions.Count == 0) throw new DomainRuleException("该纠纷尚未记录调解过程，请先登记调解记录，再生成调解笔录。");
        var parties = d.Parties.OrderBy(p => p.Id).ToList();
        var body = string.IsNullOrWhiteSpace(mediationBody) ? DisputeLabels.Of(d.MediationKind.Value) : mediationBody;
        var doc = new OfficialDocument
        {
            Title = d.MediationKind == MediationKind.People ? "人民调解笔录" : "调解笔录",
            SigningOrgan = body,
            Date = d.OutcomeOn ?? sessions[^1].HeldOn,
        };
        doc.Heading(1, "纠纷基本情况");
        doc.Paragraph($"纠纷编号：{d.Number}；类别：{d.Category}；登记日期：{ChinaTime.Format(d.ReportedOn)}；来源：{DisputeLabels.Of(d.Source)}。");
        doc.Paragraph($"调解方式：{DisputeLabels.Of(d.MediationKind.Value)}（{body}），{ChinaTime.Format(d.MediationStartedOn!.Value)}开始调解"
                      + (string.IsNullOrWhiteSpace(d.MediatorNames) ? "。" : $"，调解员：{d.MediatorNames}。"));
        foreach (var (line, i) in Lines(d.Description).Select((line, i) => (line, i))) doc.Paragraph(i == 0 ? $"纠纷情况：{line}" : line);

        doc.Heading(1, "当事人");
        for (var i = 0; i < parties.Count; i++) doc.Paragraph(PartyLine(parties[i], PartyLabel(i, parties.Count), personalDataInFull));

        doc.Heading(1, "调解过程");
        foreach (var s in sessions)
        {
            doc.Heading(2, $"{ChinaTime.Format(s.HeldOn)}调解");
            doc.Paragraph($"时间：{ChinaTime.Format(s.HeldOn)}");
            doc.Paragraph($"地点：{s.Place}");
            doc.Paragraph($"调解员：{s.Mediators}");
            doc.Paragraph($"参加人员：{(string.IsNullOrWhiteSpace(s.Attendees) ? "各方当事人" : s.Attendees)}");
            doc.Paragraph("记录：");
            foreach (var line in Lines(s.Minutes)) doc.Paragraph(line);
        }

        if (d.Status is DisputeStatus.Succeeded or DisputeStatus.Failed or DisputeStatus.Withdrawn)
        {
            doc.Heading(1, "调解结果");
            doc.Paragraph(d.Status switch
            {
                DisputeStatus.Succeeded => $"{ChinaTime.Format(d.OutcomeOn!.Value)}调解成功，达成{DisputeLabels.Of(d.AgreementForm!.Value)}。",
                DisputeStatus.Failed => $"{ChinaTime.Format(d.OutcomeOn!.Value)}调解不成，终止调解，已告知当事人可以依法通过{DisputeLabels.Of(d.FailureRoute!.Value)}维护自己的权利（《人民调解法》第二十六条）。",
                _ => $"{ChinaTime.Format(d.OutcomeOn!.Value)}当事人撤回或不同意调解（《人民调解法》第十七条）。",
            });
            if (d.Status == DisputeStatus.Succeeded) foreach (var line in Lines(d.AgreementTerms)) doc.Paragraph(line);
            if (!string.IsNullOrWhiteSpace(d.OutcomeNote)) foreach (var line in Lines(d.OutcomeNote)) doc.Paragraph(line);
        }

        doc.Paragraph("以上笔录经当事人阅看（或向其宣读），确认无误。");
        doc.Paragraph("当事人（签名或者按指印）：" + string.Join("", parties.Select(p => $"{p.Name}{Blank}")).TrimEnd('　'));
        doc.Paragraph("调解员（签名）：" + Blank);
        doc.Paragraph("记录人（签名）：" + Blank);
        return doc;
    }

    /// <summary>
    /// The agreement's number, e.g. 西联人调〔2019〕7号: the town's short name, "人调", the year and the serial of the
    /// register number (2019-007) without leading zeros (GB/T 9704-2012 7.2.4); null when the register number has another shape.
    /// </summary>
    public static string? AgreementNumber(Dispute d, string townName)
    {
        var m = RegisterNumberShape().Match(d.Number);
        if (!m.Success) return null;
        var serial = int.Parse(m.Groups["serial"].Value);
        if (serial == 0) return null;
        var number = $"{ShortName(townName)}人调〔{m.Groups["year"].Value}〕{serial}号";
        return DocumentNumber.Validate(number) is null ? number : null;
    }

    /// <summary>西联镇 → 西联; 新华街道 → 新华; a name of one character before the suffix keeps it (X镇 stays X镇).</summary>
    static string ShortName(string townName)
    {
        foreach (var suffix in new[] { "街道办事处", "街道", "镇", "乡" })
            if (townName.EndsWith(suffix, StringComparison.Ordinal) && townName.Length - suffix.Length >= 2) return townName[..^suffix.Length];
        return townName;
    }

    static string PartyLabel(int index, int count) => count == 1 ? "当事人" : $"当事人{OfficialDocxWriter.ChineseNumber(index + 1)}";

    /// <summary>The party's basic facts; sex and birth date come from a valid ID number, the birth date only in full.</summary>
    static string PartyLine(DisputeParty p, string label, bool inFull)
    {
        var parts = new List<string> { p.Name };
        if (p.Kind == PartyKind.Person && p.IdNumber is { Length: 18 } id && PersonalData.IdNumber.Validate(id, DateOnly.MaxValue) is null)
        {
            parts.Add(PersonalData.IdNumber.Label(PersonalData.IdNumber.SexOf(id)));
            if (inFull) parts.Add($"{ChinaTime.Format(PersonalData.IdNumber.BirthDate(id))}出生");
        }
        if (p.IdNumber is not null)
            parts.Add($"{(p.Kind == PartyKind.Person ? "公民身份号码" : "统一社会信用代码")}{(inFull ? p.IdNumber : Masking.IdNumber(p.IdNumber))}");
        if (p.Address is not null) parts.Add($"{(p.Kind == PartyKind.Person ? "住址" : "住所")}：{(inFull ? p.Address : Masking.Address(p.Address))}");
        if (p.Phone is not null) parts.Add($"联系电话：{(inFull ? p.Phone : Masking.Phone(p.Phone))}");
        return $"{label}：{string.Join("，", parts)}。";
    }

    /// <summary>Eight full-width spaces: room for a handwritten signature.</summary>
    const string Blank = "　　　　　　　　";

    static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    static IReadOnlyList<string> Names(string? text) =>
        (text ?? "").Split(['、', '，', ',', ';', '；', ' ', '　'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    static string ChineseCount(int n) => n == 2 ? "两" : OfficialDocxWriter.ChineseNumber(n);

    [GeneratedRegex(@"^(?<year>\d{4})-(?<serial>\d{1,6})$")]
    private static partial Regex RegisterNumberShape();
}
