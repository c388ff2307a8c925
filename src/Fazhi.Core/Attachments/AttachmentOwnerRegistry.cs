using Fazhi.Core.Data;
using Fazhi.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Attachments;

/// <summary>A resolved owner: the record itself plus what a page shows about it.</summary>
public sealed record AttachmentOwnerInfo(string Type, string TypeLabel, IAttachmentOwner Owner, string Title);

/// <summary>
/// Maps an owner type key ("office", "partner" …) to a lookup of the owning record. Lookups go
/// through the caller's scoped <see cref="AppDbContext"/>, so an owner the user may not see is
/// simply not found — the caller answers 404, never reveals that the record exists.
/// A module registers its own entities at start-up (<see cref="Register{T}"/>).
/// </summary>
public sealed class AttachmentOwnerRegistry
{
    sealed record Entry(string Label, Func<AppDbContext, long, CancellationToken, Task<AttachmentOwnerInfo?>> Find);

    readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Types => entries.Keys;

    /// <summary>The registry with every owner type of the platform.</summary>
    public static AttachmentOwnerRegistry WithSharedRegisters() => new AttachmentOwnerRegistry()
        .Register<Office>("office", "科室", o => o.Name)
        .Register<PartnerOrganisation>("partner", "协作单位", p => p.Name)
        .Register<Petitions.Petition>("petition", "信访事项", p => $"信访事项 {p.Number}")
        .Register<Disputes.Dispute>("dispute", "矛盾纠纷", d => $"矛盾纠纷 {d.Number}")
        .Register<Disputes.ScreeningRound>("screening", "排查活动", r => $"排查活动 {Common.ChinaTime.Format(r.HeldOn ?? r.PlannedOn)}")
        .Register<Enforcement.RegulatedEntity>("enforcement-entity", "监管对象", e => e.Name)
        .Register<Enforcement.Campaign>("enforcement-campaign", "专项整治", c => c.Name)
        .Register<Enforcement.Inspection>("inspection", "检查记录",
            i => $"{Enforcement.EnforcementLabels.Of(i.Kind)} {Common.ChinaTime.Format(i.InspectedOn)} {i.Subject}")
        .Register<Enforcement.RectificationOrder>("enforcement-order", "整改通知", o => $"整改通知 {o.Number}")
        .Register<Enforcement.EnforcementCase>("enforcement-case", "行政处罚案件", c => $"案件 {c.Number}")
        .Register<Enforcement.PatrolTask>("patrol-task", "巡查任务", t => $"巡查任务 {t.Place}")
        .Register<Education.EducationEvent>("education-event", "普法活动", e => $"{Common.ChinaTime.Format(e.HeldOn)} {e.Title}")
        .Register<Education.StudySession>("study-session", "干部学法", s => $"{Common.ChinaTime.Format(s.HeldOn)} {s.Kind}")
        .Register<Education.Consultation>("consultation", "法律咨询", c => $"法律咨询 {Common.ChinaTime.Format(c.On)}")
        .Register<Education.Meeting>("meeting", "会议", m => $"{Common.ChinaTime.Format(m.HeldOn)} {m.Title}")
        .Register<Reports.AnnualReport>("annual-report", "年度报告", r => r.Title)
        .Register<Reports.ActionItem>("action-item", "问题和计划事项", i => i.Text.Length > 30 ? i.Text[..30] + "…" : i.Text)
        .Register<Assessment.AssessmentScore>(Assessment.AssessmentScore.OwnerType, "考核自评佐证材料", _ => "考核指标自评");

    public AttachmentOwnerRegistry Register<T>(string type, string label, Func<T, string> title) where T : class, IAttachmentOwner
    {
        if (type.Length is 0 or > 30 || !type.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            throw new ArgumentException("An owner type is 1–30 lower-case letters, digits or '-'.", nameof(type));
        entries.Add(type, new Entry(label, async (db, id, ct) =>
        {
            var owner = await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(e => EF.Property<long>(e, "Id") == id, ct);
            return owner is null ? null : new AttachmentOwnerInfo(type, label, owner, title(owner));
        }));
        return this;
    }

    public bool IsKnown(string type) => entries.ContainsKey(type);

    /// <summary>What a reader calls the owner kind (信访事项, 普法活动 …); null for a type not registered.</summary>
    public string? LabelOf(string type) => entries.TryGetValue(type, out var entry) ? entry.Label : null;

    /// <summary>The owner if it exists and the context's user may see it; otherwise null.</summary>
    public Task<AttachmentOwnerInfo?> FindAsync(AppDbContext db, string type, long id, CancellationToken ct = default) =>
        entries.TryGetValue(type, out var entry) ? entry.Find(db, id, ct) : Task.FromResult<AttachmentOwnerInfo?>(null);
}
