using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.Documents;
using Fazhi.Core.Identity;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Petitions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Petitions;

/// <summary>One petition: what was asked, its clocks, and the next steps of the procedure for those who may act.</summary>
public sealed class DetailsModel(AppDbContext db, PetitionCommands petitions, DisputeCommands disputes, CalendarProvider calendars, ICurrentUser user,
    TimeProvider clock) : PageModel
{
    public sealed record PetitionerView(string Name, string? IdNumber, string? Phone, string? Address, bool IsRepresentative);

    public Petition Petition { get; private set; } = null!;
    public IReadOnlyList<PetitionerView> Petitioners { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public DateOnly NoticeDue { get; private set; }
    public DateOnly? ReplyDue { get; private set; }
    public DateOnly? ReviewDue { get; private set; }
    public DateOnly? ReReviewDue { get; private set; }
    public bool CanAct => !user.IsReadOnly;
    public IReadOnlyList<(long Id, string Name)> Offices { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Leaders { get; private set; } = [];
    public string? OfficeName => Offices.FirstOrDefault(o => o.Id == Petition.HandlingOfficeId).Name;
    public string? LeaderName => Leaders.FirstOrDefault(l => l.Id == Petition.ResponsibleLeaderId).Name;
    /// <summary>Disputes turned from this petition (信访转调解) or into it (纠纷转信访).</summary>
    public IReadOnlyList<(long Id, string Number, bool FromPetition)> Disputes { get; private set; } = [];
    public bool CanTurnIntoDispute => CanAct && Authorization.ModuleAccess.CanUse(User, Modules.Disputes) && !Disputes.Any(d => d.FromPetition);

    // The step forms' fields, kept when a step is refused.
    [BindProperty] public string? On { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int? Days { get; set; }
    [BindProperty] public string? ApprovedBy { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? ToldOn { get; set; }
    [BindProperty] public string? LegalBasis { get; set; }
    [BindProperty] public string? DisputeCategory { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        On ??= ChinaTime.Today(clock).ToString("yyyy-MM-dd");
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostDecideAsync(long id, AcceptanceDecision decision, CancellationToken ct) =>
        StepAsync(id, on => petitions.DecideAsync(id, decision, on, Note, ct), ct);
    public Task<IActionResult> OnPostAssignAsync(long id, long? officeId, string? leaderId, HandlingLevel level, CancellationToken ct) =>
        StepAsync(id, _ => petitions.AssignAsync(id, officeId, leaderId, level, ct), ct, needsDate: false);
    public Task<IActionResult> OnPostNoticeAsync(long id, CancellationToken ct) => StepAsync(id, on => petitions.RecordNoticeAsync(id, on, ct), ct);
    public Task<IActionResult> OnPostExtendAsync(long id, CancellationToken ct) =>
        StepAsync(id, on => petitions.ExtendAsync(id, Days ?? 0, Reason ?? "", ApprovedBy ?? "", on, ParseDate(ToldOn, "告知日期") ?? on, ct), ct);
    public Task<IActionResult> OnPostReplyAsync(long id, ReplyOpinion opinion, CancellationToken ct) =>
        StepAsync(id, on => petitions.ReplyAsync(id, on, opinion, LegalBasis ?? "", ct), ct);
    public Task<IActionResult> OnPostRateAsync(long id, Satisfaction satisfaction, CancellationToken ct) =>
        StepAsync(id, _ => petitions.RateAsync(id, satisfaction, ct), ct, needsDate: false);
    public Task<IActionResult> OnPostRequestReviewAsync(long id, CancellationToken ct) => StepAsync(id, on => petitions.RequestReviewAsync(id, on, ct), ct);
    public Task<IActionResult> OnPostAnswerReviewAsync(long id, ReplyOpinion opinion, CancellationToken ct) =>
        StepAsync(id, on => petitions.AnswerReviewAsync(id, on, opinion, ct), ct);
    public Task<IActionResult> OnPostRequestReReviewAsync(long id, CancellationToken ct) => StepAsync(id, on => petitions.RequestReReviewAsync(id, on, ct), ct);
    public Task<IActionResult> OnPostAnswerReReviewAsync(long id, ReplyOpinion opinion, CancellationToken ct) =>
        StepAsync(id, on => petitions.AnswerReReviewAsync(id, on, opinion, ct), ct);
    public Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) => StepAsync(id, on => petitions.CloseAsync(id, on, ct), ct);
    public Task<IActionResult> OnPostArchiveAsync(long id, CancellationToken ct) => StepAsync(id, on => petitions.ArchiveAsync(id, on, ct), ct);

    /// <summary>信访转调解: the matter is a dispute between parties and goes to the dispute register.</summary>
    public async Task<IActionResult> OnPostToDisputeAsync(long id, CancellationToken ct)
    {
        if (!CanAct || !Authorization.ModuleAccess.CanUse(User, Modules.Disputes)) return Forbid();
        try
        {
            var on = ParseDate(On, "日期") ?? throw new DomainRuleException("请填写日期。");
            if (on > ChinaTime.Today(clock)) throw new DomainRuleException("日期不能晚于今天。");
            var dispute = await disputes.FromPetitionAsync(id, DisputeCategory ?? "", on, ct: ct);
            TempData["Message"] = $"已转为矛盾纠纷 {dispute.Number}。";
            return Redirect($"/Disputes/{dispute.Id}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    /// <summary>受理告知书 / 信访处理意见书 as .docx in the official layout.</summary>
    public Task<IActionResult> OnGetNoticeDocAsync(long id, CancellationToken ct) =>
        DocumentAsync(id, (p, town) => PetitionDocuments.AcceptanceNotice(p, town, p.NoticeSentOn ?? p.DecidedOn ?? ChinaTime.Today(clock)), "受理告知书", ct);

    public Task<IActionResult> OnGetReplyDocAsync(long id, CancellationToken ct) =>
        DocumentAsync(id, PetitionDocuments.Reply, "信访处理意见书", ct);

    async Task<IActionResult> DocumentAsync(long id, Func<Petition, string, OfficialDocument> build, string name, CancellationToken ct)
    {
        var petition = await PetitionQueries.DetailsAsync(db, id, ct);
        if (petition is null) return NotFound();
        var town = await db.Regions.Where(r => r.Id == petition.TownId).Select(r => r.Name).FirstAsync(ct);
        try
        {
            var stream = new MemoryStream();
            OfficialDocxWriter.Write(build(petition, town), stream);
            stream.Position = 0;
            return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{name}-{petition.Number}.docx");
        }
        catch (DomainRuleException e)
        {
            TempData["Message"] = e.Message;
            return Redirect($"/Petitions/{id}");
        }
    }

    /// <summary>One step: refused steps show their Chinese message with the typed values kept; done steps redirect (PRG).</summary>
    async Task<IActionResult> StepAsync(long id, Func<DateOnly, Task> step, CancellationToken ct, bool needsDate = true)
    {
        if (user.IsReadOnly) return Forbid();
        try
        {
            var on = needsDate ? ParseDate(On, "日期") ?? throw new DomainRuleException("请填写日期。") : ChinaTime.Today(clock);
            if (on > ChinaTime.Today(clock)) throw new DomainRuleException("日期不能晚于今天。");
            await step(on);
            TempData["Message"] = "已保存。";
            return Redirect($"/Petitions/{id}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    static DateOnly? ParseDate(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", out var d) ? d : throw new DomainRuleException($"{what}“{text}”无效，请按“年-月-日”填写。");
    }

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var petition = await PetitionQueries.DetailsAsync(db, id, ct);
        if (petition is null) return false;
        Petition = petition;
        // Personal data in full only for the roles that work the case; masked for the others.
        Petitioners = petition.Petitioners.OrderBy(x => x.Id).Select(x => new PetitionerView(x.Name,
            PersonalDataAccess.IdNumber(user, x.IdNumber), PersonalDataAccess.Phone(user, x.Phone), PersonalDataAccess.Address(user, x.Address), x.IsRepresentative)).ToList();
        Offices = (await db.Offices.AsNoTracking().Where(o => o.TownId == petition.TownId && o.IsActive).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();
        var leaderRole = await db.Roles.Where(r => r.Name == Roles.Leader).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var town = await db.Regions.Where(r => r.Id == petition.TownId).Select(r => r.Path).FirstAsync(ct);
        Leaders = (await db.Users.AsNoTracking().Where(u => u.ScopePath == town && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == leaderRole))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct)).Select(u => (u.Id, u.DisplayName)).ToList();
        var calendar = await calendars.GetAsync(db, ct);
        Today = ChinaTime.Today(clock);
        NoticeDue = petition.NoticeDue(calendar);
        ReplyDue = petition.ReplyDue(calendar);
        ReviewDue = petition.ReviewDue(calendar);
        ReReviewDue = petition.ReReviewDue(calendar);
        Disputes = await DisputeQueries.OfPetitionAsync(db, id, ct);
        return true;
    }
}
