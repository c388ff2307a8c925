using Fazhi.Core.Attachments;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Identity;
using Fazhi.Core.Reports;
using Fazhi.Web.Pages.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Pages.Reports;

/// <summary>
/// The report workspace: the header of the official document with its edit form, every section compiled from the records
/// with each live figure linking to what it counts, the figures that moved since the clerk last looked, the consistency
/// problems, the workflow steps the user's role and the report's status allow, the Word download and the report's
/// own attachments.
/// </summary>
public sealed class DetailsModel(AppDbContext db, ReportCommands reports, ReportOutput output, ICurrentUser user, TimeProvider clock) : PageModel
{
    /// <summary>The header form; the date is text so a bad one gets a Chinese message.</summary>
    public sealed class HeaderForm
    {
        public string? Title { get; set; }
        public string? DocumentNumber { get; set; }
        public string? Addressee { get; set; }
        public string? Preamble { get; set; }
        public string? SigningOrgan { get; set; }
        public string? SignedOn { get; set; }

        public static HeaderForm Of(AnnualReport r) => new()
        {
            Title = r.Title, DocumentNumber = r.DocumentNumber, Addressee = r.Addressee, Preamble = r.Preamble, SigningOrgan = r.SigningOrgan,
            SignedOn = ReportPages.Iso(r.SignedOn),
        };
    }

    public AnnualReport Report { get; private set; } = null!;
    public CompiledReport Compiled { get; private set; } = null!;
    public string TownName { get; private set; } = "";
    public DateOnly Today { get; private set; }
    public AttachmentPanel Attachments { get; private set; } = null!;
    public int OpenItems { get; private set; }
    public bool CanWrite => !user.IsReadOnly;
    public bool CanEdit => CanWrite && Report.IsEditable;
    public bool IsLeader => user.IsInRole(Roles.Leader);
    /// <summary>The form that was posted and refused: it opens again with what was typed and why.</summary>
    public string? Posted { get; private set; }
    public string? StepError { get; private set; }

    [BindProperty] public HeaderForm Header { get; set; } = new();
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public List<string> Keys { get; set; } = [];

    public IEnumerable<FieldStatus> Moved => Compiled.Fields.Where(f => f.Moved);
    public IEnumerable<FieldStatus> New => Compiled.Fields.Where(f => f.New);
    public IReadOnlySet<string> MovedKeys { get; private set; } = new HashSet<string>();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Header = HeaderForm.Of(Report);
        return Page();
    }

    public Task<IActionResult> OnPostHeaderAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Header", () => reports.EditHeaderAsync(id, new ReportCommands.HeaderInput(Header.Title ?? "", Header.Addressee ?? "", Header.Preamble,
            Header.SigningOrgan ?? "", ReportPages.ParseDate(Header.SignedOn, "成文日期"), Header.DocumentNumber), Version, ct), "文头已保存。", ct);

    public Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Accept", () => Keys.Count == 0 ? throw new DomainRuleException("没有需要接受的数字。") : reports.AcceptFiguresAsync(id, Keys, ct),
            "已接受最新数字。", ct);

    public Task<IActionResult> OnPostSubmitAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Submit", () => reports.SubmitAsync(id, Version, ct), "已报送领导审核。", ct);

    public Task<IActionResult> OnPostApproveAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Approve", () => reports.ApproveAsync(id, Version, ct), "报告已审核通过。", ct);

    public Task<IActionResult> OnPostReturnAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Return", () => reports.ReturnAsync(id, Comment ?? "", Version, ct), "报告已退回修改。", ct);

    public Task<IActionResult> OnPostPublishAsync(long id, CancellationToken ct) =>
        StepAsync(id, "Publish", () => reports.PublishAsync(id, Version, output, ct), "报告已公开，公众可在“法治政府建设年度报告公开”页面查阅。", ct);

    /// <summary>One step: a refused one shows its Chinese message with what was typed kept; a done one redirects (PRG).</summary>
    async Task<IActionResult> StepAsync(long id, string handler, Func<Task> step, string done, CancellationToken ct)
    {
        if (user.IsReadOnly) return Forbid();
        try
        {
            await step();
            TempData["Message"] = done;
            return Redirect($"/Reports/{id}");
        }
        catch (NotFoundException) { return NotFound(); }
        catch (DomainRuleException e)
        {
            Posted = handler;
            StepError = e.Message;
            if (!await LoadAsync(id, ct)) return NotFound();
            if (handler != "Header") Header = HeaderForm.Of(Report);
            return Page();
        }
    }

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await ReportPages.LoadAsync(db, id, ct) is not { } report) return false;
        Report = report;
        Today = ChinaTime.Today(clock);
        TownName = await ReportPages.TownNameAsync(db, report.TownId, ct);
        Compiled = await ReportCompiler.CompileAsync(await reports.FigureContextAsync(ct), report, ct);
        MovedKeys = Compiled.Fields.Where(f => f.Moved).Select(f => f.Key).ToHashSet();
        OpenItems = await db.Set<ActionItem>().CountAsync(i => i.TownId == report.TownId && i.Year == report.Year
            && (i.Status == ActionStatus.Open || i.Status == ActionStatus.InProgress), ct);
        Attachments = new AttachmentPanel(ReportPages.ReportOwnerType, report.Id,
            await AttachmentList.ForOwnerAsync(db, ReportPages.ReportOwnerType, report.Id, ct), CanWrite, $"/Reports/{report.Id}");
        return true;
    }

    /// <summary>The version a form carries: the one posted when that form was refused (a conflict stays a conflict), else the report's.</summary>
    public int VersionFor(string handler) => Posted == handler ? Version : Report.Version;
}
