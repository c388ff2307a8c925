using Fazhi.Core.Data;
using Fazhi.Core.Petitions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Demo;

/// <summary>
/// The demo town's 2019 petitions: the seed says "本年度，我镇接待信访案件20件，办理率100%", so there are 20,
/// all accepted and closed, entered through the same use cases as a clerk's input. Two were extended,
/// one went to review, one was a collective visit, and one petitioner came twice on the same matter
/// (flagged as a repeat petition). People are invented.
/// </summary>
public static class DemoPetitions
{
    sealed record Case(string Received, PetitionChannel Channel, PetitionClass Class, string Category, string Village, string Name,
        string Request, int People = 1, int ExtendDays = 0, bool Review = false, ReplyOpinion Opinion = ReplyOpinion.Support);

    static readonly Case[] Cases =
    [
        new("2019-01-15", PetitionChannel.Visit, PetitionClass.Claim, "农村农业", "阳山村", "李国强", "反映承包地边界被邻户占用，请求镇政府协调确权"),
        new("2019-02-20", PetitionChannel.Phone, PetitionClass.Claim, "劳动社保", "西联村", "陈秀英", "反映在镇内企业务工被拖欠工资，请求协助追讨"),
        new("2019-03-05", PetitionChannel.Letter, PetitionClass.Suggestion, "城乡建设", "新岭村", "黄志明", "建议修缮村道破损路段，方便群众出行", Opinion: ReplyOpinion.Explain),
        new("2019-03-18", PetitionChannel.ReceptionDay, PetitionClass.Claim, "土地征收", "苏拱村", "刘德华", "对征地补偿款分配有异议，请求公开分配方案", ExtendDays: 30),
        new("2019-04-09", PetitionChannel.Visit, PetitionClass.Claim, "环境保护", "沙湖村", "张桂兰", "反映附近养殖场异味扰民，请求整治", People: 12),
        new("2019-04-22", PetitionChannel.Online, PetitionClass.Claim, "政务服务", "西联社区", "吴俊", "反映办理残疾人补贴手续多次往返，请求简化"),
        new("2019-05-10", PetitionChannel.Visit, PetitionClass.Claim, "农村农业", "阳山村", "李国强", "再次反映承包地边界问题，对处理结果不满意", Review: true, Opinion: ReplyOpinion.Reject),
        new("2019-05-27", PetitionChannel.Letter, PetitionClass.Accusation, "其他", "新岭村", "匿名群众代表", "反映村务公开不及时，请求督促公开"),
        new("2019-06-12", PetitionChannel.DownVisit, PetitionClass.Claim, "城乡建设", "苏拱村", "周伟", "反映房屋受邻户建房影响出现裂缝，请求协调"),
        new("2019-06-25", PetitionChannel.Phone, PetitionClass.Claim, "民政救助", "沙湖村", "何丽华", "申请临时救助，家中因病致贫"),
        new("2019-07-08", PetitionChannel.Visit, PetitionClass.Claim, "劳动社保", "西联村", "林建军", "反映工伤认定进度慢，请求协助", ExtendDays: 15),
        new("2019-07-22", PetitionChannel.ReceptionDay, PetitionClass.Suggestion, "教育卫生", "阳山村", "郑美玲", "建议增加村卫生站开放时间", Opinion: ReplyOpinion.Explain),
        new("2019-08-05", PetitionChannel.Online, PetitionClass.Claim, "环境保护", "新岭村", "谢文", "反映河道垃圾堆积，请求清理"),
        new("2019-08-19", PetitionChannel.Visit, PetitionClass.Claim, "土地征收", "苏拱村", "罗振华", "请求核实征地面积测量结果", Opinion: ReplyOpinion.Explain),
        new("2019-09-03", PetitionChannel.Letter, PetitionClass.Claim, "涉法涉诉", "西联社区", "梁晓东", "反映民间借贷纠纷，请求镇政府介入", Opinion: ReplyOpinion.Explain),
        new("2019-09-24", PetitionChannel.Visit, PetitionClass.Claim, "城乡建设", "沙湖村", "宋玉梅", "反映自来水管网老化经常停水"),
        new("2019-10-15", PetitionChannel.DownVisit, PetitionClass.Claim, "农村农业", "阳山村", "邓建平", "反映灌溉水渠堵塞影响晚稻"),
        new("2019-10-29", PetitionChannel.Phone, PetitionClass.Claim, "劳动社保", "西联村", "许志强", "咨询并请求办理城乡居民养老保险补缴"),
        new("2019-11-12", PetitionChannel.ReceptionDay, PetitionClass.Claim, "政务服务", "新岭村", "韩雪", "反映宅基地审批材料要求不明确"),
        new("2019-11-26", PetitionChannel.Visit, PetitionClass.Claim, "其他", "苏拱村", "冯立新", "反映邻里排水纠纷，请求调处"),
    ];

    public static async Task LoadAsync(AppDbContext db, PetitionCommands petitions, CancellationToken ct = default)
    {
        var town = await db.Regions.SingleAsync(r => r.Code == "440203100000", ct);
        var villages = await db.Regions.Where(r => r.ParentId == town.Id).ToDictionaryAsync(r => r.Name, r => r.Id, ct);
        var receptions = await ReceptionDaysAsync(petitions, town.Id, ct);
        for (var i = 0; i < Cases.Length; i++)
        {
            var c = Cases[i];
            var received = DateOnly.Parse(c.Received);
            var collective = c.People >= 5;
            var people = collective
                ? Enumerable.Range(0, 3).Select(i => new PetitionCommands.PetitionerInput(PetitionerKind.Person, i == 0 ? c.Name : $"{c.Name[..1]}代表{i + 1}",
                    null, null, $"{c.Village}", villages[c.Village], true)).ToList()
                : [new PetitionCommands.PetitionerInput(PetitionerKind.Person, c.Name, null, $"13807510{100 + Array.FindIndex(Cases, x => x.Name == c.Name):000}", c.Village, villages[c.Village], false)];
            var p = await petitions.RegisterAsync(new PetitionCommands.RegisterInput(town.Id, villages[c.Village], c.Channel, c.Class, c.Category,
                received, c.Request, "经登记核实，情况属实。", "请求镇政府依法处理。", c.People, people, receptions.GetValueOrDefault(received)), ct);
            await petitions.DecideAsync(p.Id, AcceptanceDecision.Accept, received.AddDays(2), null, ct);
            await petitions.RecordNoticeAsync(p.Id, received.AddDays(3), ct);
            if (c.ExtendDays > 0)
                await petitions.ExtendAsync(p.Id, c.ExtendDays, "需现场勘查并征求有关部门意见", "王建国", received.AddDays(50), received.AddDays(51), ct);
            var replied = received.AddDays(c.ExtendDays > 0 ? 70 : 25);
            await petitions.ReplyAsync(p.Id, replied, c.Opinion, "《信访工作条例》第三十二条及相关法律法规", ct);
            await petitions.RateAsync(p.Id, c.Opinion == ReplyOpinion.Reject ? Satisfaction.Unsatisfied : Satisfaction.Satisfied, ct);
            var last = replied;
            if (c.Review)
            {
                await petitions.RequestReviewAsync(p.Id, replied.AddDays(10), ct);
                last = replied.AddDays(30);
                await petitions.AnswerReviewAsync(p.Id, last, ReplyOpinion.Reject, ct);
            }
            await petitions.CloseAsync(p.Id, last.AddDays(1), ct);
        }
    }

    /// <summary>
    /// 班子成员定期接访、变上访为下访 (the seed): a leader's reception day every month of 2019 and two down-visits,
    /// all held; the petitions received on those days point to them.
    /// </summary>
    static async Task<Dictionary<DateOnly, long?>> ReceptionDaysAsync(PetitionCommands petitions, long townId, CancellationToken ct)
    {
        string[] leaders = ["王建国", "陈志远", "林秀珍"];
        var byDate = new Dictionary<DateOnly, long?>();
        var receptionDates = Cases.Where(c => c.Channel == PetitionChannel.ReceptionDay).Select(c => DateOnly.Parse(c.Received)).ToList();
        for (var month = 1; month <= 12; month++)
        {
            var date = receptionDates.FirstOrDefault(d => d.Month == month, new DateOnly(2019, month, 20));
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) date = date.AddDays(date.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);
            var day = await petitions.PlanReceptionAsync(townId, ReceptionKind.ReceptionDay, date, leaders[month % leaders.Length], null, "镇综治中心信访接待室", ct);
            await petitions.RecordReceptionHeldAsync(day.Id, 2 + month % 4, "现场接待群众来访，登记诉求并逐一答复或交办。", ct);
            byDate[date] = day.Id;
        }
        foreach (var c in Cases.Where(c => c.Channel == PetitionChannel.DownVisit))
        {
            var date = DateOnly.Parse(c.Received);
            var day = await petitions.PlanReceptionAsync(townId, ReceptionKind.DownVisit, date, "王建国", null, $"{c.Village}村委会", ct);
            await petitions.RecordReceptionHeldAsync(day.Id, 5, "深入村组走访群众，现场排查化解矛盾。", ct);
            byDate[date] = day.Id;
        }
        return byDate;
    }
}
