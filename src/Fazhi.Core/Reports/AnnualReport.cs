using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Reports;

/// <summary>起草 → 报送领导审核 → 审核通过（或退回修改）→ 已公开.</summary>
public enum ReportStatus { Draft, Submitted, Returned, Approved, Published }

/// <summary>
/// A town's 法治政府建设年度报告 for a year: the header of the official document (title, addressee, signing organ, date,
/// optional 发文字号), its sections in the order of the template it was started from, the figures as the clerk last
/// accepted them, and where it stands in the workflow. Reports are made public before 1 April of the next year
/// (《法治政府建设与责任落实督察工作规定》第二十四条, domain reference §4.1).
/// </summary>
public sealed class AnnualReport : IScopedRecord, Attachments.IAttachmentOwner
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public int Year { get; private set; }
    public string TemplateName { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Addressee { get; private set; } = "";
    /// <summary>The opening paragraphs before 一、 (same markup as a section body: fields allowed).</summary>
    public string Preamble { get; private set; } = "";
    public string SigningOrgan { get; private set; } = "";
    public DateOnly? SignedOn { get; private set; }
    public string? DocumentNumber { get; private set; }
    public ReportStatus Status { get; private set; }
    public string? ReviewComment { get; private set; }
    public DateOnly? SubmittedOn { get; private set; }
    public DateOnly? ApprovedOn { get; private set; }
    public DateOnly? PublishedOn { get; private set; }

    /// <summary>
    /// The .docx as it was published, in the attachment store: what the public reads stays what the leader approved and
    /// the town published, whatever later happens to the records the live report is compiled from.
    /// </summary>
    public string? PublishedFileKey { get; private set; }
    public List<ReportSection> Sections { get; private set; } = [];
    public List<ReportFigureCheck> Checks { get; private set; } = [];
    public int Version { get; private set; }

    /// <summary>The last day to make the report public: before 1 April of the next year, i.e. 31 March.</summary>
    public DateOnly PublicationDue => PublicationDueFor(Year);

    /// <summary>The report of <paramref name="year"/> is made public by 31 March of the next year.</summary>
    public static DateOnly PublicationDueFor(int year) => new(year + 1, 3, 31);

    public bool IsEditable => Status is ReportStatus.Draft or ReportStatus.Returned;

    private AnnualReport() { }

    public static AnnualReport Start(long townId, string townPath, string townName, int year, ReportTemplate template, DateOnly today)
    {
        if (year < 2000 || year > today.Year) throw new DomainRuleException($"报告年度应在2000年至{today.Year}年之间。");
        var report = new AnnualReport
        {
            TownId = townId, ScopePath = townPath, Year = year, TemplateName = template.Name,
            Title = $"{townName}{year}年度法治政府建设情况报告", Addressee = "区委、区政府：", SigningOrgan = $"{townName}人民政府",
            Preamble = $"{year}年，我镇全面推进法治政府建设，现将有关情况报告如下：",
        };
        var order = 0;
        foreach (var s in template.Sections.OrderBy(s => s.Order))
            report.Sections.Add(new ReportSection(townPath, ++order, ReportTemplates.ForYear(s.Heading, year), ReportTemplates.ForYear(s.Body, year)));
        return report;
    }

    public void EditHeader(string title, string addressee, string? preamble, string signingOrgan, DateOnly? signedOn, string? documentNumber)
    {
        RequireEditable();
        Title = Text(title, "请填写报告标题。", 100, "报告标题")!;
        Addressee = Text(addressee, "请填写主送机关。", 50, "主送机关")!;
        Preamble = Text(preamble, null, 2000, "开头段落") ?? "";
        SigningOrgan = Text(signingOrgan, "请填写署名机关。", 50, "署名机关")!;
        if (signedOn is { } d && d.Year < Year) throw new DomainRuleException("成文日期不能早于报告年度。");
        SignedOn = signedOn;
        documentNumber = string.IsNullOrWhiteSpace(documentNumber) ? null : documentNumber.Trim();
        if (documentNumber is not null && Documents.DocumentNumber.Validate(documentNumber) is { } problem) throw new DomainRuleException(problem);
        DocumentNumber = documentNumber;
        Version++;
    }

    public ReportSection EditSection(long sectionId, string heading, string body)
    {
        RequireEditable();
        var section = Sections.FirstOrDefault(s => s.Id == sectionId) ?? throw new NotFoundException();
        section.Edit(Text(heading, "请填写部分标题。", 100, "部分标题")!, Text(body, null, ReportSection.MaxBody, "正文") ?? "");
        Version++;
        return section;
    }

    /// <summary>Records that the clerk has seen a figure's current value (its display), so a later change shows as moved.</summary>
    public void Accept(string key, string display, DateTime at, string by)
    {
        var check = Checks.FirstOrDefault(c => c.Key == key);
        if (check is null) Checks.Add(new ReportFigureCheck(ScopePath, key, display, at, by));
        else check.Accept(display, at, by);
    }

    public void Submit(DateOnly today)
    {
        if (!IsEditable) throw new DomainRuleException("只有起草中或退回修改的报告才能报送审核。");
        Status = ReportStatus.Submitted;
        SubmittedOn = today;
        Version++;
    }

    public void Approve(DateOnly today)
    {
        if (Status != ReportStatus.Submitted) throw new DomainRuleException("只有已报送审核的报告才能审核通过。");
        Status = ReportStatus.Approved;
        ApprovedOn = today;
        ReviewComment = null;
        Version++;
    }

    public void Return(string comment)
    {
        if (Status != ReportStatus.Submitted) throw new DomainRuleException("只有已报送审核的报告才能退回。");
        ReviewComment = Text(comment, "退回修改时请写明意见。", 1000, "审核意见");
        Status = ReportStatus.Returned;
        Version++;
    }

    public void RequireApproved()
    {
        if (Status != ReportStatus.Approved) throw new DomainRuleException("报告审核通过后才能公开。");
    }

    /// <param name="fileKey">The storage key of the .docx compiled at this moment (<see cref="ReportOutput.PublishedCopyAsync"/>).</param>
    public void Publish(DateOnly today, string fileKey)
    {
        RequireApproved();
        Status = ReportStatus.Published;
        PublishedOn = today;
        PublishedFileKey = fileKey;
        Version++;
    }

    void RequireEditable()
    {
        if (!IsEditable) throw new DomainRuleException("报告已报送审核，不能修改；如需修改请由领导退回。");
    }

    internal static string? Text(string? value, string? required, int max, string label)
    {
        // Line breaks as a textarea sends them (\r\n) are kept as \n; any other control character (pasted from another
        // program) could not be written to Word, so it is refused here, where the clerk still has the text in the form.
        var t = value?.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        if (string.IsNullOrEmpty(t)) return required is null ? null : throw new DomainRuleException(required);
        if (t.Length > max) throw new DomainRuleException($"{label}不能超过{max}个字。");
        if (t.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
            throw new DomainRuleException($"{label}含有不可打印的控制字符，请删除后重试。");
        return t;
    }
}

/// <summary>
/// A part of the report (一、二、…): its heading and its body. The body is the clerk's text with live figure fields
/// ({petitions.received}) and generated blocks ([[…]]) — see <see cref="ReportMarkup"/>.
/// </summary>
public sealed class ReportSection : IScopedRecord
{
    public const int MaxBody = 20000;

    public long Id { get; private set; }
    public long ReportId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public int Order { get; private set; }
    public string Heading { get; private set; } = "";
    public string Body { get; private set; } = "";

    private ReportSection() { }

    internal ReportSection(string scopePath, int order, string heading, string body)
    {
        ScopePath = scopePath;
        Order = order;
        Heading = heading;
        Body = body;
    }

    internal void Edit(string heading, string body)
    {
        Heading = heading;
        Body = body;
    }
}

/// <summary>A figure's value as the clerk last accepted it in this report.</summary>
public sealed class ReportFigureCheck : IScopedRecord
{
    public long Id { get; private set; }
    public long ReportId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string Key { get; private set; } = "";
    public string Display { get; private set; } = "";
    public DateTime CheckedAt { get; private set; }
    public string CheckedBy { get; private set; } = "";

    private ReportFigureCheck() { }

    internal ReportFigureCheck(string scopePath, string key, string display, DateTime at, string by)
    {
        ScopePath = scopePath;
        Key = key;
        Accept(display, at, by);
    }

    internal void Accept(string display, DateTime at, string by)
    {
        Display = display;
        CheckedAt = at;
        CheckedBy = by;
    }
}
