using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Education;

/// <summary>The town's legal advisor (政府法律顾问): firm, lawyer and contract term, with a work log typed by output.</summary>
public sealed class LegalAdvisor : IScopedRecord
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public long? FirmId { get; private set; }
    public string FirmName { get; private set; } = "";
    public string LawyerName { get; private set; } = "";
    public DateOnly ContractFrom { get; private set; }
    public DateOnly ContractTo { get; private set; }
    public List<AdvisorWork> Work { get; private set; } = [];
    public int Version { get; private set; }

    private LegalAdvisor() { }

    public static LegalAdvisor Engage(long townId, string townPath, long? firmId, string firmName, string lawyerName, DateOnly from, DateOnly to)
    {
        if (to < from) throw new DomainRuleException("合同截止日期不能早于起始日期。");
        return new LegalAdvisor
        {
            TownId = townId, ScopePath = townPath, FirmId = firmId, FirmName = EducationEvent.Text(firmName, "请填写律师事务所。", 100, "律师事务所")!,
            LawyerName = EducationEvent.Text(lawyerName, "请填写律师姓名。", 50, "律师姓名")!, ContractFrom = from, ContractTo = to,
        };
    }

    public bool UnderContractOn(DateOnly day) => day >= ContractFrom && day <= ContractTo;

    public AdvisorWork Log(DateOnly on, AdvisorWorkType type, string summary, decimal hours, DateOnly today)
    {
        if (on > today) throw new DomainRuleException("日期不能晚于今天。");
        if (!UnderContractOn(on))
            throw new DomainRuleException($"{ChinaTime.Format(on)}不在{LawyerName}的顾问合同期限（{ChinaTime.Format(ContractFrom)}至{ChinaTime.Format(ContractTo)}）内。");
        if (hours < 0 || hours > 24 || hours * 10 != decimal.Truncate(hours * 10)) throw new DomainRuleException("用时须在0至24小时之间，最多一位小数。");
        var w = new AdvisorWork(ScopePath, on, type, EducationEvent.Text(summary, "请填写工作内容。", 2000, "工作内容")!, (int)(hours * 10));
        Work.Add(w);
        Version++;
        return w;
    }
}

public sealed class AdvisorWork : IScopedRecord
{
    public long Id { get; private set; }
    public long AdvisorId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public DateOnly On { get; private set; }
    public AdvisorWorkType Type { get; private set; }
    public string Summary { get; private set; } = "";
    public int Tenths { get; private set; }

    private AdvisorWork() { }

    internal AdvisorWork(string scopePath, DateOnly on, AdvisorWorkType type, string summary, int tenths)
    {
        ScopePath = scopePath;
        On = on;
        Type = type;
        Summary = summary;
        Tenths = tenths;
    }
}
