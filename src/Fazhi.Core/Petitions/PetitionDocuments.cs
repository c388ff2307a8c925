using Fazhi.Core.Common;
using Fazhi.Core.Documents;

namespace Fazhi.Core.Petitions;

/// <summary>
/// The written documents of the procedure, in the official layout of the shared writer:
/// the 受理告知书 (《信访工作条例》第二十三条) and the 信访处理意见书 (第三十二条: request, facts and
/// reasons, the opinion and its basis). Addressed to the first petitioner by name only: no ID number,
/// phone or address is printed.
/// </summary>
public static class PetitionDocuments
{
    public static OfficialDocument AcceptanceNotice(Petition p, string townName, DateOnly date)
    {
        if (p.Decision is not { } decision) throw new DomainRuleException("尚未作出受理决定，不能出具受理告知书。");
        var doc = new OfficialDocument
        {
            Title = decision is AcceptanceDecision.Accept or AcceptanceDecision.Assign ? "信访事项受理告知书" : "信访事项不予受理告知书",
            Addressee = $"{Addressee(p)}：",
            SigningOrgan = $"{townName}人民政府",
            Date = date,
        };
        doc.Paragraph($"你（们）于{ChinaTime.Format(p.ReceivedOn)}以{PetitionLabels.Of(p.Channel)}形式反映的“{p.Request}”的信访事项（登记编号{p.Number}），本机关已收悉。");
        doc.Paragraph(decision switch
        {
            AcceptanceDecision.Accept => $"经审查，该事项属于本机关职权范围，本机关决定予以受理，将自受理之日（{ChinaTime.Format(p.DecidedOn!.Value)}）起六十日内办结并出具书面处理意见。",
            AcceptanceDecision.Assign => $"经审查，本机关已于{ChinaTime.Format(p.DecidedOn!.Value)}将该事项交有关单位办理，并将督促其依法按期办结。",
            AcceptanceDecision.Transfer => $"经审查，该事项不属于本机关职权范围，本机关已于{ChinaTime.Format(p.DecidedOn!.Value)}转送{p.DecisionNote}办理，请与其联系。",
            _ => $"经审查，本机关决定不予受理，理由如下：{p.DecisionNote}",
        });
        doc.Paragraph("特此告知。");
        return doc;
    }

    public static OfficialDocument Reply(Petition p, string townName)
    {
        if (p.RepliedOn is not { } on || p.Opinion is not { } opinion) throw new DomainRuleException("尚未出具处理意见，不能生成信访处理意见书。");
        var doc = new OfficialDocument
        {
            Title = "信访处理意见书",
            Addressee = $"{Addressee(p)}：",
            SigningOrgan = $"{townName}人民政府",
            Date = on,
        };
        doc.Heading(1, "信访请求");
        doc.Paragraph(p.Request);
        doc.Heading(1, "事实和理由");
        if (!string.IsNullOrWhiteSpace(p.Facts)) doc.Paragraph(p.Facts);
        if (!string.IsNullOrWhiteSpace(p.Reasons)) doc.Paragraph(p.Reasons);
        doc.Heading(1, "处理意见");
        doc.Paragraph(opinion switch
        {
            ReplyOpinion.Support => "经调查核实，你（们）的请求事实清楚，符合法律、法规、规章或者其他有关规定，本机关予以支持。",
            ReplyOpinion.Explain => "经调查核实，你（们）的请求合理但缺乏法律依据，本机关作出解释说明如下。",
            _ => "经调查核实，你（们）的请求缺乏事实根据或者不符合法律、法规、规章或者其他有关规定，本机关不予支持。",
        });
        doc.Heading(1, "依据");
        doc.Paragraph(p.LegalBasis ?? "");
        doc.Paragraph("如对本处理意见不服，可以自收到本意见书之日起三十日内请求原办理机关的上一级机关复查（《信访工作条例》第三十五条）。");
        return doc;
    }

    static string Addressee(Petition p)
    {
        var first = p.Petitioners.OrderBy(x => x.Id).FirstOrDefault()?.Name ?? "信访人";
        return p.Petitioners.Count > 1 || p.PeopleCount > 1 ? $"{first}等{p.PeopleCount}人" : first;
    }
}
