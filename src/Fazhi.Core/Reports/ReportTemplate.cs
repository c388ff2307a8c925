using Fazhi.Core.Common;

namespace Fazhi.Core.Reports;

/// <summary>
/// A district's structure for its towns' annual reports: the parts in order, each with a heading and the body a new
/// report starts from (generated paragraphs with live figures, and prompts for the clerk's narrative). Every district
/// starts with the two built-in templates (<see cref="ReportTemplates"/>); its supervisor edits them. Read by the towns
/// of the district, so it is not a scoped record: <see cref="ReportCommands"/> checks the district.
/// </summary>
public sealed class ReportTemplate
{
    public long Id { get; private set; }
    public long DistrictId { get; private set; }
    public string DistrictPath { get; private set; } = "";
    public string Name { get; private set; } = "";
    public bool IsDefault { get; private set; }
    public List<TemplateSection> Sections { get; private set; } = [];
    public int Version { get; private set; }

    private ReportTemplate() { }

    public static ReportTemplate Create(long districtId, string districtPath, string name, bool isDefault,
        IEnumerable<(string Heading, string Body)> sections)
    {
        var t = new ReportTemplate
        {
            DistrictId = districtId, DistrictPath = districtPath, Name = AnnualReport.Text(name, "请填写模板名称。", 50, "模板名称")!, IsDefault = isDefault,
        };
        t.Replace(sections);
        return t;
    }

    /// <summary>Replaces the parts; a part without a heading is dropped, and at least one must remain.</summary>
    public void Replace(IEnumerable<(string Heading, string Body)> sections)
    {
        var list = sections.Where(s => !string.IsNullOrWhiteSpace(s.Heading)).ToList();
        if (list.Count == 0) throw new DomainRuleException("模板至少要有一个部分。");
        Sections.Clear();
        var order = 0;
        foreach (var (heading, body) in list)
            Sections.Add(new TemplateSection(++order, AnnualReport.Text(heading, null, 100, "部分标题")!,
                AnnualReport.Text(body, null, ReportSection.MaxBody, "正文") ?? ""));
        Version++;
    }

    public void Rename(string name, bool isDefault)
    {
        Name = AnnualReport.Text(name, "请填写模板名称。", 50, "模板名称")!;
        IsDefault = isDefault;
        Version++;
    }
}

public sealed class TemplateSection
{
    public long Id { get; private set; }
    public long TemplateId { get; private set; }
    public int Order { get; private set; }
    public string Heading { get; private set; } = "";
    public string Body { get; private set; } = "";

    private TemplateSection() { }

    internal TemplateSection(int order, string heading, string body)
    {
        Order = order;
        Heading = heading;
        Body = body;
    }
}
