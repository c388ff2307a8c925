namespace Fazhi.Core.Petitions;

/// <summary>信访形式 (《信访工作条例》第十七条, plus the township's own reception forms).</summary>
public enum PetitionChannel { Visit, Letter, Phone, Online, Fax, ReceptionDay, DownVisit }

/// <summary>信访事项分类 (《信访工作条例》第二十九条至第三十一条).</summary>
public enum PetitionClass { Suggestion, Accusation, Claim }

public enum PetitionStatus
{
    Registered, Accepted, Assigned, NotAccepted, Transferred, Replied,
    UnderReview, Reviewed, UnderReReview, ReReviewed, Closed, Archived,
}

/// <summary>受理 / 交办 keep the matter here; 不予受理 / 转送 end it here.</summary>
public enum AcceptanceDecision { Accept, Assign, Decline, Transfer }

/// <summary>处理意见 (《信访工作条例》第三十二条).</summary>
public enum ReplyOpinion { Support, Explain, Reject }

public enum Satisfaction { Satisfied, BasicallySatisfied, Unsatisfied }

public static class PetitionLabels
{
    public static string Of(PetitionChannel c) => c switch
    {
        PetitionChannel.Visit => "来访", PetitionChannel.Letter => "来信", PetitionChannel.Phone => "来电",
        PetitionChannel.Online => "网上", PetitionChannel.Fax => "传真", PetitionChannel.ReceptionDay => "领导接访日",
        _ => "下访",
    };

    public static string Of(PetitionClass c) => c switch
    {
        PetitionClass.Suggestion => "建议意见类", PetitionClass.Accusation => "检举控告类", _ => "申诉求决类",
    };

    public static string Of(PetitionStatus s) => s switch
    {
        PetitionStatus.Registered => "已登记", PetitionStatus.Accepted => "已受理", PetitionStatus.Assigned => "已交办",
        PetitionStatus.NotAccepted => "不予受理", PetitionStatus.Transferred => "已转送", PetitionStatus.Replied => "已答复",
        PetitionStatus.UnderReview => "复查中", PetitionStatus.Reviewed => "已复查", PetitionStatus.UnderReReview => "复核中",
        PetitionStatus.ReReviewed => "已复核", PetitionStatus.Closed => "已办结", _ => "已归档",
    };

    public static string Of(AcceptanceDecision d) => d switch
    {
        AcceptanceDecision.Accept => "受理", AcceptanceDecision.Assign => "交办", AcceptanceDecision.Decline => "不予受理", _ => "转送",
    };

    public static string Of(ReplyOpinion o) => o switch
    {
        ReplyOpinion.Support => "支持", ReplyOpinion.Explain => "解释说明", _ => "不予支持",
    };

    public static string Of(Satisfaction s) => s switch
    {
        Satisfaction.Satisfied => "满意", Satisfaction.BasicallySatisfied => "基本满意", _ => "不满意",
    };
}
