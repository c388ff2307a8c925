using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.PersonalData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Disputes.Committees;

/// <summary>
/// One committee: its members (人民调解员), the changes of its make-up and term (换届), and what breaks
/// 《人民调解法》第九条 today — shown, never refused, so the record matches the committee as it is.
/// </summary>
public sealed class DetailsModel(AppDbContext db, CommitteeCommands committees, ICurrentUser user, TimeProvider clock) : PageModel
{
    public sealed record MemberView(long Id, string Name, Sex Sex, MediatorRole Role, string? Phone, DateOnly JoinedOn, DateOnly? LeftOn);

    public MediationCommittee Committee { get; private set; } = null!;
    public string? VillageName { get; private set; }
    public string TownName { get; private set; } = "";
    public IReadOnlyList<MemberView> Members { get; private set; } = [];
    public IReadOnlyList<string> Warnings { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool CanAct => !user.IsReadOnly && Committee.IsActive;
    public bool ReadOnlyUser => user.IsReadOnly;

    // Each form's fields, kept when a step is refused.
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? TermStartedOn { get; set; }
    [BindProperty] public string? MemberName { get; set; }
    [BindProperty] public Sex? MemberSex { get; set; }
    [BindProperty] public MediatorRole MemberRole { get; set; } = MediatorRole.Member;
    [BindProperty] public string? MemberPhone { get; set; }
    [BindProperty] public string? JoinedOn { get; set; }
    [BindProperty] public long? RemovingId { get; set; }
    [BindProperty] public string? LeftOn { get; set; }
    [BindProperty] public bool ConfirmRemove { get; set; }
    [BindProperty] public bool ConfirmDeactivate { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostUpdateAsync(long id, CancellationToken ct) => StepAsync(id, async () =>
    {
        var start = IndexModel.ParseDate(TermStartedOn) ?? throw new DomainRuleException("请填写本届任期开始日期。");
        await committees.UpdateAsync(id, Name ?? "", start, ct);
        return "已保存委员会名称和任期。";
    }, ct);

    public Task<IActionResult> OnPostAddMemberAsync(long id, CancellationToken ct) => StepAsync(id, async () =>
    {
        if (string.IsNullOrWhiteSpace(MemberName)) throw new DomainRuleException("请填写调解员姓名。");
        var sex = MemberSex ?? throw new DomainRuleException("请选择调解员性别。");
        var joined = IndexModel.ParseDate(JoinedOn) ?? throw new DomainRuleException("请填写任职日期。");
        if (joined > ChinaTime.Today(clock)) throw new DomainRuleException("任职日期不能晚于今天。");
        await committees.AddMemberAsync(id, MemberName, sex, MemberRole, MemberPhone, joined, ct);
        return $"已添加委员{MemberName.Trim()}。";
    }, ct);

    public Task<IActionResult> OnPostRemoveMemberAsync(long id, CancellationToken ct) => StepAsync(id, async () =>
    {
        var mediatorId = RemovingId ?? throw new NotFoundException();
        var on = IndexModel.ParseDate(LeftOn) ?? throw new DomainRuleException("请填写离任日期。");
        if (on > ChinaTime.Today(clock)) throw new DomainRuleException("离任日期不能晚于今天。");
        if (!ConfirmRemove) throw new DomainRuleException("请勾选“确认该委员离任”。");
        await committees.RemoveMemberAsync(id, mediatorId, on, ct);
        return "已登记委员离任。";
    }, ct);

    public Task<IActionResult> OnPostDeactivateAsync(long id, CancellationToken ct) => StepAsync(id, async () =>
    {
        if (!ConfirmDeactivate) throw new DomainRuleException("请勾选“确认撤销该委员会”。");
        await committees.DeactivateAsync(id, ct);
        return "已撤销该委员会。";
    }, ct);

    /// <summary>A refused step shows its Chinese message with what was typed; a done step redirects (PRG).</summary>
    async Task<IActionResult> StepAsync(long id, Func<Task<string>> step, CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        ModelState.Clear();
        try
        {
            var active = await db.Set<MediationCommittee>().Where(c => c.Id == id).Select(c => (bool?)c.IsActive).FirstOrDefaultAsync(ct);
            if (active is null) return NotFound();
            if (active == false) throw new DomainRuleException("该委员会已撤销，不能再修改。");
            TempData["Message"] = await step();
            return Redirect($"/Disputes/Committees/{id}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var committee = await CommitteeQueries.DetailsAsync(db, id, ct);
        if (committee is null) return false;
        Committee = committee;
        Today = ChinaTime.Today(clock);
        var ids = new[] { committee.TownId, committee.VillageId ?? 0 };
        var names = await db.Regions.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        TownName = names.GetValueOrDefault(committee.TownId, "");
        VillageName = committee.VillageId is { } v ? names.GetValueOrDefault(v) : null;
        // Phones in full only for the roles that work the cases; masked for the others (PersonalDataAccess).
        Members = committee.Members.OrderBy(m => m.LeftOn is not null).ThenBy(m => m.Role).ThenBy(m => m.JoinedOn).ThenBy(m => m.Id)
            .Select(m => new MemberView(m.Id, m.Name, m.Sex, m.Role, PersonalDataAccess.Phone(user, m.Phone), m.JoinedOn, m.LeftOn)).ToList();
        Warnings = committee.IsActive ? committee.Warnings(Today) : [];
        Name ??= committee.Name;
        TermStartedOn ??= committee.TermStartedOn.ToString("yyyy-MM-dd");
        JoinedOn ??= Today.ToString("yyyy-MM-dd");
        return true;
    }

    public static string SexLabel(Sex s) => s == Sex.Female ? "女" : "男";

    /// <summary>The date typed for this member's removal when it was refused; today otherwise.</summary>
    public string LeftOnFor(long mediatorId) => RemovingId == mediatorId && LeftOn is not null ? LeftOn : Today.ToString("yyyy-MM-dd");
}
