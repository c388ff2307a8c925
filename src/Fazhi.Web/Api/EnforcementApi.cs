using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Identity;
using Fazhi.Core.PersonalData;
using Fazhi.Core.Reporting;
using Fazhi.Core.Staff;
using Fazhi.Web.Authorization;
using Fazhi.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Web.Api;

/// <summary>
/// /api/v1/enforcement: the registers of administrative enforcement (entities, officers, campaigns, inspections, orders,
/// cases, patrol tasks) behind the same use cases, rules and scope as the pages. Lists read the registers' projections
/// (<see cref="EnforcementQueries"/>), 100 rows a page.
/// </summary>
public static class EnforcementApi
{
    public const int PageSize = 100;

    public sealed record EntityDto(long Id, long TownId, long? VillageId, string? VillageName, string Name, string? CreditCode, EntityKind Kind,
        string? Industry, string Address, string? ContactName, string? ContactPhone, RiskClass Risk, EntityStatus Status, DateOnly? ClosedOn,
        string? ClosedReason, IReadOnlyList<InspectionRow> Inspections, IReadOnlyList<OrderRow> Orders, IReadOnlyList<CaseRow> Cases);

    public sealed record CertificateDto(long Id, string Number, string HolderName, string IssuedBy, string Area, DateOnly ValidFrom, DateOnly ValidTo,
        CertificateStatus Status, bool ValidToday, bool ExpiresSoon);

    public sealed record OfficerDto(long Id, string Name, string? Office, string? Position, bool LegallyQualified, bool Active, CertificateDto? Certificate,
        string? Warning, IReadOnlyList<CertificateDto>? Certificates = null);

    public sealed record PartnerDto(long PartnerId, string Name);

    public sealed record CampaignDto(long Id, long TownId, string Name, string Kind, DateOnly StartsOn, DateOnly EndsOn, long? LeadOfficeId,
        string? LeadOffice, string? Targets, string? Summary, bool Joint, IReadOnlyList<PartnerDto> Partners, int Inspections, int Orders, int Rectified,
        int Closed);

    public sealed record InspectionOfficerDto(long OfficerId, string Name, string CertificateNumber);

    public sealed record FindingDto(long Id, FindingType Type, FindingSeverity Severity, string Description, bool CorrectedOnSpot, DateOnly? RectifiedOn);

    public sealed record InspectionDto(long Id, long TownId, long? VillageId, InspectionKind Kind, DateOnly InspectedOn, long? CampaignId, long? EntityId,
        string Subject, string? Route, string Summary, InspectionOutcome Outcome, long? FollowsOrderId, long? PatrolTaskId, long? OrderId,
        string RecordedBy, IReadOnlyList<InspectionOfficerDto> Officers, IReadOnlyList<FindingDto> Findings);

    public sealed record OrderStepDto(OrderStepKind Kind, DateOnly On, string Note, long? InspectionId, string ByName);

    public sealed record OrderDto(long Id, string Number, long TownId, long? VillageId, long InspectionId, long? EntityId, long? CampaignId, string Subject,
        DateOnly IssuedOn, string Items, DateOnly DueOn, OrderStatus Status, bool IsOverdue, DateOnly? RectifiedOn, DateOnly? EscalatedOn, long? CaseId,
        bool AwaitingEscalation, IReadOnlyList<OrderStepDto> Steps);

    public sealed record CaseOfficerDto(long OfficerId, string Name);

    public sealed record CaseStepDto(CaseStepKind Kind, DateOnly On, string Note, string? Officers, string ByName);

    public sealed record CaseDto(long Id, string Number, long TownId, long? VillageId, CaseType Type, string Cause, string PartyName, bool PartyIsPerson,
        string? PartyIdNumber, string? PartyAddress, long? EntityId, long? InspectionId, long? OrderId, DateOnly FiledOn, DateOnly DecisionDueOn,
        bool Major, string? Evidence, DateOnly? InvestigatedOn, DateOnly? RightsNotifiedOn, DateOnly? HearingDueOn, DateOnly? HearingRequestedOn,
        DateOnly? HearingHeldOn, DateOnly? ReviewedOn, string? ReviewerName, string? ReviewOpinion, DateOnly? DecidedOn, string? DecisionNumber,
        string? PenaltyKind, long? FineFen, string? Basis, string? DecisionSummary, DateOnly? PublicityDueOn, DateOnly? PublishedOn, DateOnly? ServedOn,
        DateOnly? FineDueOn, DateOnly? PaidOn, DateOnly? ExecutedOn, DateOnly? StopWorkOn, DateOnly? PublicNoticeOn, DateOnly? DemandOn,
        DateOnly? DemolishBy, bool? ForcedDemolition, DateOnly? AppealEndsOn, DateOnly? ClosedOn, string? DropReason, CaseStatus Status,
        IReadOnlyList<CaseOfficerDto> Officers, IReadOnlyList<CaseStepDto> Steps);

    public sealed record TaskDto(long Id, long TownId, long? VillageId, DateOnly ReportedOn, string ReportedBy, string Kind, string Place,
        string Description, PatrolTaskStatus Status, long? InspectionId, string? DismissReason);

    public sealed record FigureDto(string Key, string Label, string Formula, long? Numerator, long? Denominator, FigureUnit Unit, double? Rate, string Display);

    public sealed record BreakdownRowDto(string Label, int Count);

    public sealed record BreakdownDto(string Title, IReadOnlyList<BreakdownRowDto> Rows);

    public sealed record FiguresDto(int Year, IReadOnlyList<FigureDto> Headline, IReadOnlyList<BreakdownDto> Breakdowns, IReadOnlyList<CampaignResult> Campaigns);

    /// <summary>立案: <see cref="CaseCommands.FileInput"/>, or with <c>OrderId</c> the case an order that was not complied with escalates to.</summary>
    public sealed record FileRequest(long TownId, long? VillageId, CaseType Type, string? Cause, EnforcementCase.Party? Party, long? EntityId,
        long? InspectionId, DateOnly? FiledOn, bool Major, IReadOnlyList<long>? OfficerIds, long? OrderId = null);

    /// <summary>One request shape for every order step; each step reads the fields it needs.</summary>
    public sealed record OrderStepRequest(string Step, DateOnly? On = null, IReadOnlyList<long>? OfficerIds = null, string? Summary = null,
        bool? Rectified = null, DateOnly? DueOn = null, string? Reason = null);

    public const string OrderSteps = "re-inspect（复查）、extend（重新限期整改）、close-entity（取缔关停）";

    /// <summary>One request shape for every case step; each step reads the fields it needs.</summary>
    public sealed record CaseStepRequest(string Step, DateOnly? On = null, IReadOnlyList<long>? OfficerIds = null, string? Evidence = null,
        string? Note = null, long? ReviewerId = null, string? Opinion = null, string? Number = null, string? PenaltyKind = null, long? FineFen = null,
        string? Basis = null, string? Summary = null, DateOnly? DemolishBy = null, bool? Forced = null, string? Reason = null);

    public const string CaseSteps = "investigate、notify-rights、request-hearing、hold-hearing、review、decide、serve、payment、publish、execute、close、drop、"
                                    + "stop-work、public-notice、demand、demolish";

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/enforcement").RequireAuthorization(ModuleAccess.Policy(Modules.Enforcement));

        // ---- regulated entities
        g.MapGet("/entities", async (AppDbContext db, ICurrentUser user, string? q, long? villageId, EntityKind? kind, RiskClass? risk,
                EntityStatus? status, int? page, CancellationToken ct) =>
            (await Page(EnforcementQueries.Entities(db, new EntityFilter(q, villageId, kind, risk, status)), page).ToListAsync(ct))
                .Select(r => r with { Address = EntityAddress(user, r.Kind, r.Address) }).ToList())
            .WithSummary("监管对象列表（每页100条）");
        g.MapGet("/entities/{id:long}", async (long id, AppDbContext db, ICurrentUser user, CancellationToken ct) =>
            await EntityAsync(db, id, user, ct) is { } e ? Results.Ok(e) : Results.NotFound())
            .WithSummary("监管对象详情及其检查、整改、案件记录");
        g.MapPost("/entities", async (RegisterCommands.EntityInput input, RegisterCommands commands, AppDbContext db, ICurrentUser user, CancellationToken ct) =>
        {
            var e = await commands.RegisterEntityAsync(input, ct);
            return Results.Created($"/api/v1/enforcement/entities/{e.Id}", await EntityAsync(db, e.Id, user, ct));
        }).RequireAuthorization(Policies.Writer).WithSummary("登记监管对象");

        // ---- officers and their certificates
        g.MapGet("/officers", async (AppDbContext db, TimeProvider clock, string? q, bool? active, int? page, CancellationToken ct) =>
        {
            var today = ChinaTime.Today(clock);
            var rows = (await EnforcementQueries.OfficersAsync(db, today, ct))
                .Where(o => active is null || o.Active == active)
                .Where(o => string.IsNullOrWhiteSpace(q) || o.Name.Contains(q.Trim(), StringComparison.Ordinal));
            return rows.Skip((Math.Max(1, page ?? 1) - 1) * PageSize).Take(PageSize).Select(o => OfficerOf(o, today)).ToList();
        }).WithSummary("执法人员列表及其当前执法证（每页100条）");
        g.MapGet("/officers/{id:long}", async (long id, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var today = ChinaTime.Today(clock);
            var row = (await EnforcementQueries.OfficersAsync(db, today, ct)).FirstOrDefault(o => o.Id == id);
            if (row is null) return Results.NotFound();
            var certificates = await db.Set<EnforcementCertificate>().AsNoTracking().Where(c => c.OfficerId == id)
                .OrderByDescending(c => c.ValidTo).ThenByDescending(c => c.Id).ToListAsync(ct);
            return Results.Ok(OfficerOf(row, today) with { Certificates = certificates.Select(c => CertificateOf(c, today)).ToList() });
        }).WithSummary("执法人员及其全部执法证");

        // ---- campaigns
        g.MapGet("/campaigns", async (AppDbContext db, int? year, int? page, CancellationToken ct) =>
            await Page(EnforcementQueries.Campaigns(db, year), page).ToListAsync(ct))
            .WithSummary("专项整治列表及其成效（每页100条）");
        g.MapGet("/campaigns/{id:long}", async (long id, AppDbContext db, CancellationToken ct) =>
            await CampaignAsync(db, id, ct) is { } c ? Results.Ok(c) : Results.NotFound())
            .WithSummary("专项整治详情");
        g.MapPost("/campaigns", async (RegisterCommands.CampaignInput input, RegisterCommands commands, AppDbContext db, CancellationToken ct) =>
        {
            var c = await commands.CreateCampaignAsync(input with { PartnerIds = input.PartnerIds ?? [] }, ct);
            return Results.Created($"/api/v1/enforcement/campaigns/{c.Id}", await CampaignAsync(db, c.Id, ct));
        }).RequireAuthorization(Policies.Writer).WithSummary("创建专项整治");

        // ---- inspections and patrols
        g.MapGet("/inspections", async (AppDbContext db, int? year, InspectionKind? kind, long? campaignId, long? entityId, long? villageId,
                InspectionOutcome? outcome, string? q, int? page, CancellationToken ct) =>
            await Page(EnforcementQueries.Inspections(db, new InspectionFilter(year, kind, campaignId, entityId, villageId, outcome, q)), page).ToListAsync(ct))
            .WithSummary("检查（巡查、复查）记录列表（每页100条）");
        g.MapGet("/inspections/{id:long}", async (long id, AppDbContext db, CancellationToken ct) =>
            await InspectionAsync(db, id, ct) is { } i ? Results.Ok(i) : Results.NotFound())
            .WithSummary("检查记录详情：执法人员及执法证号、发现的问题、结果");
        g.MapPost("/inspections", async (InspectionCommands.InspectionInput input, InspectionCommands commands, AppDbContext db, CancellationToken ct) =>
        {
            var recorded = await commands.RecordAsync(input with { OfficerIds = input.OfficerIds ?? [], Findings = input.Findings ?? [] }, ct);
            return Results.Created($"/api/v1/enforcement/inspections/{recorded.Inspection.Id}", await InspectionAsync(db, recorded.Inspection.Id, ct));
        }).RequireAuthorization(Policies.Writer).WithSummary("登记检查或巡查（结果为责令整改的，同时下达整改通知 order）");

        // ---- rectification orders
        g.MapGet("/orders", async (AppDbContext db, int? year, OrderStatus? status, long? campaignId, long? entityId, int? page, CancellationToken ct) =>
            await Page(EnforcementQueries.Orders(db, new OrderFilter(year, status, campaignId, entityId)), page).ToListAsync(ct))
            .WithSummary("责令整改通知列表（每页100条）");
        g.MapGet("/orders/{id:long}", async (long id, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            await EnforcementQueries.OrderAsync(db, id, ct) is { } o ? Results.Ok(OrderOf(o, clock)) : Results.NotFound())
            .WithSummary("责令整改通知详情及其处理经过");
        g.MapPost("/orders/{id:long}/steps", async (long id, OrderStepRequest s, InspectionCommands c, AppDbContext db, TimeProvider clock,
            CancellationToken ct) =>
        {
            var on = s.On ?? throw Missing("日期 on");
            await (s.Step switch
            {
                "re-inspect" => c.ReInspectAsync(id, new InspectionCommands.ReInspectionInput(on, s.OfficerIds ?? [], s.Summary ?? "",
                    s.Rectified ?? throw Missing("是否已整改 rectified")), ct),
                "extend" => c.ExtendAsync(id, on, s.DueOn ?? throw Missing("新的整改期限 dueOn"), s.Reason ?? "", ct),
                "close-entity" => c.CloseEntityAsync(id, on, s.Reason ?? "", ct),
                _ => throw new DomainRuleException($"未知的整改步骤：{s.Step}。可用的步骤：{OrderSteps}。"),
            });
            return Results.Ok(OrderOf((await EnforcementQueries.OrderAsync(db, id, ct))!, clock));
        }).RequireAuthorization(Policies.Writer).WithSummary("整改步骤：" + OrderSteps);

        // ---- penalty cases
        g.MapGet("/cases", async (AppDbContext db, int? year, CaseType? type, CaseStatus? status, long? entityId, int? page, CancellationToken ct) =>
            await Page(EnforcementQueries.Cases(db, new CaseFilter(year, type, status, entityId)), page).ToListAsync(ct))
            .WithSummary("行政处罚案件列表（每页100条）");
        g.MapGet("/cases/{id:long}", async (long id, AppDbContext db, ICurrentUser user, CancellationToken ct) =>
            await EnforcementQueries.CaseAsync(db, id, ct) is { } c ? Results.Ok(CaseOf(c, user)) : Results.NotFound())
            .WithSummary("行政处罚案件详情");
        g.MapPost("/cases", async (FileRequest r, CaseCommands commands, AppDbContext db, ICurrentUser user, CancellationToken ct) =>
        {
            var input = new CaseCommands.FileInput(r.TownId, r.VillageId, r.Type, r.Cause ?? "", r.Party ?? new EnforcementCase.Party("", false, null, null),
                r.EntityId, r.InspectionId, r.FiledOn ?? throw Missing("立案日期 filedOn"), r.Major, r.OfficerIds ?? []);
            var filed = r.OrderId is { } orderId ? await commands.FileFromOrderAsync(orderId, input, ct) : await commands.FileAsync(input, ct);
            return Results.Created($"/api/v1/enforcement/cases/{filed.Id}", CaseOf((await EnforcementQueries.CaseAsync(db, filed.Id, ct))!, user));
        }).RequireAuthorization(Policies.Writer).WithSummary("立案（orderId：逾期未整改的整改通知转立案查处）");
        g.MapPost("/cases/{id:long}/steps", async (long id, CaseStepRequest s, CaseCommands c, AppDbContext db, ICurrentUser user, CancellationToken ct) =>
        {
            var on = s.On ?? throw Missing("日期 on");
            var officers = s.OfficerIds is { Count: > 0 } ids ? ids : null;
            await (s.Step switch
            {
                "investigate" => c.InvestigateAsync(id, on, s.Evidence ?? "", officers, ct),
                "notify-rights" => c.NotifyRightsAsync(id, on, officers, ct),
                "request-hearing" => c.RequestHearingAsync(id, on, ct),
                "hold-hearing" => c.HoldHearingAsync(id, on, s.Note ?? "", ct),
                "review" => c.ReviewAsync(id, on, s.ReviewerId ?? throw Missing("法制审核人员 reviewerId"), s.Opinion ?? "", ct),
                "decide" => c.DecideAsync(id, new EnforcementCase.Decision(on, s.Number ?? "", s.PenaltyKind ?? "", s.FineFen, s.Basis ?? "", s.Summary ?? ""), ct),
                "serve" => c.ServeAsync(id, on, officers, ct),
                "payment" => c.RecordPaymentAsync(id, on, ct),
                "publish" => c.PublishAsync(id, on, ct),
                "execute" => c.RecordExecutionAsync(id, on, s.Note ?? "", ct),
                "close" => c.CloseAsync(id, on, ct),
                "drop" => c.DropAsync(id, on, s.Reason ?? "", ct),
                "stop-work" => c.OrderStopWorkAsync(id, on, officers, ct),
                "public-notice" => c.PostNoticeAsync(id, on, ct),
                "demand" => c.DemandAsync(id, on, s.DemolishBy ?? throw Missing("自行拆除期限 demolishBy"), ct),
                "demolish" => c.RecordDemolitionAsync(id, on, s.Forced ?? throw Missing("是否强制拆除 forced"), officers, ct),
                _ => throw new DomainRuleException($"未知的办理步骤：{s.Step}。可用的步骤：{CaseSteps}。"),
            });
            return Results.Ok(CaseOf((await EnforcementQueries.CaseAsync(db, id, ct))!, user));
        }).RequireAuthorization(Policies.Writer).WithSummary("案件办理步骤：" + CaseSteps);

        // ---- figures, defined once in Reporting
        g.MapGet("/figures/{year:int}", async (int year, AppDbContext db, CancellationToken ct) =>
        {
            var report = await EnforcementFigures.ForYearAsync(db, year, ct);
            return new FiguresDto(report.Year,
                report.Headline.Select(f => new FigureDto(f.Key, f.Label, f.Formula, f.Numerator, f.Denominator, f.Unit, f.Rate, f.Display)).ToList(),
                report.Breakdowns.Select(b => new BreakdownDto(b.Title, b.Rows.Select(r => new BreakdownRowDto(r.Label, r.Count)).ToList())).ToList(),
                report.Campaigns);
        }).WithSummary("行政执法统计指标、分类统计及专项整治成效");

        // ---- grid workers' patrol tasks
        g.MapGet("/tasks", async (AppDbContext db, PatrolTaskStatus? status, int? page, CancellationToken ct) =>
            await Page(EnforcementQueries.Tasks(db, status), page).ToListAsync(ct))
            .WithSummary("网格员上报的巡查任务列表（每页100条）");
        g.MapGet("/tasks/{id:long}", async (long id, AppDbContext db, CancellationToken ct) =>
            await db.Set<PatrolTask>().AsNoTracking().Where(t => t.Id == id).Select(t => new TaskDto(t.Id, t.TownId, t.VillageId, t.ReportedOn,
                t.ReportedBy, t.Kind, t.Place, t.Description, t.Status, t.InspectionId, t.DismissReason)).FirstOrDefaultAsync(ct) is { } task
                ? Results.Ok(task) : Results.NotFound())
            .WithSummary("巡查任务详情");
    }

    static IQueryable<T> Page<T>(IQueryable<T> query, int? page) => query.Skip((Math.Max(1, page ?? 1) - 1) * PageSize).Take(PageSize);

    static DomainRuleException Missing(string what) => new($"请提供{what}。");

    /// <summary>A natural person's address is personal information (《个人信息保护法》第四条): masked as a party's address is; a business's is not.</summary>
    static string EntityAddress(ICurrentUser user, EntityKind kind, string address) =>
        kind == EntityKind.Individual ? PersonalDataAccess.Address(user, address) ?? "" : address;

    static async Task<EntityDto?> EntityAsync(AppDbContext db, long id, ICurrentUser user, CancellationToken ct)
    {
        var e = await db.Set<RegulatedEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return null;
        var village = e.VillageId is { } v ? await db.Regions.AsNoTracking().Where(r => r.Id == v).Select(r => r.Name).FirstOrDefaultAsync(ct) : null;
        return new EntityDto(e.Id, e.TownId, e.VillageId, village, e.Name, e.CreditCode, e.Kind, e.Industry, EntityAddress(user, e.Kind, e.Address),
            e.ContactName, PersonalDataAccess.Phone(user, e.ContactPhone), e.Risk, e.Status, e.ClosedOn, e.ClosedReason,
            await EnforcementQueries.Inspections(db, new InspectionFilter(EntityId: id)).ToListAsync(ct),
            await EnforcementQueries.Orders(db, new OrderFilter(EntityId: id)).ToListAsync(ct),
            await EnforcementQueries.Cases(db, new CaseFilter(EntityId: id)).ToListAsync(ct));
    }

    static CertificateDto CertificateOf(EnforcementCertificate c, DateOnly today) =>
        new(c.Id, c.Number, c.HolderName, c.IssuedBy, c.Area, c.ValidFrom, c.ValidTo, c.Status, c.IsValidOn(today), c.ExpiresSoon(today));

    static OfficerDto OfficerOf(OfficerRow o, DateOnly today) => new(o.Id, o.Name, o.Office, o.Position, o.LegallyQualified, o.Active,
        o.Certificate is { } c ? CertificateOf(c, today) : null, EnforcementQueries.CertificateWarnings([o], today).FirstOrDefault());

    static async Task<CampaignDto?> CampaignAsync(AppDbContext db, long id, CancellationToken ct)
    {
        var c = await EnforcementQueries.CampaignAsync(db, id, ct);
        if (c is null) return null;
        // The roll-up is the list's projection (one definition); it cannot be filtered by id in SQL, so the campaign's year is read.
        var results = (await EnforcementQueries.Campaigns(db, c.StartsOn.Year).ToListAsync(ct)).First(r => r.Id == id);
        var office = c.LeadOfficeId is { } o ? await db.Set<Office>().AsNoTracking().Where(x => x.Id == o).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        return new CampaignDto(c.Id, c.TownId, c.Name, c.Kind, c.StartsOn, c.EndsOn, c.LeadOfficeId, office, c.Targets, c.Summary, c.IsJoint,
            c.Partners.OrderBy(p => p.Id).Select(p => new PartnerDto(p.PartnerId, p.Name)).ToList(), results.Inspections, results.Orders, results.Rectified,
            results.Closed);
    }

    static async Task<InspectionDto?> InspectionAsync(AppDbContext db, long id, CancellationToken ct)
    {
        var i = await EnforcementQueries.InspectionAsync(db, id, ct);
        if (i is null) return null;
        var orderId = await db.Set<RectificationOrder>().Where(o => o.InspectionId == id).Select(o => (long?)o.Id).FirstOrDefaultAsync(ct);
        return new InspectionDto(i.Id, i.TownId, i.VillageId, i.Kind, i.InspectedOn, i.CampaignId, i.EntityId, i.Subject, i.Route, i.Summary, i.Outcome,
            i.FollowsOrderId, i.PatrolTaskId, orderId, i.RecordedBy,
            i.Officers.OrderBy(o => o.Id).Select(o => new InspectionOfficerDto(o.OfficerId, o.Name, o.CertificateNumber)).ToList(),
            i.Findings.OrderBy(f => f.Id).Select(f => new FindingDto(f.Id, f.Type, f.Severity, f.Description, f.CorrectedOnSpot, f.RectifiedOn)).ToList());
    }

    static OrderDto OrderOf(RectificationOrder o, TimeProvider clock) => new(o.Id, o.Number, o.TownId, o.VillageId, o.InspectionId, o.EntityId,
        o.CampaignId, o.Subject, o.IssuedOn, o.Items, o.DueOn, o.Status, o.IsOverdue(ChinaTime.Today(clock)), o.RectifiedOn, o.EscalatedOn, o.CaseId,
        o.AwaitingEscalation, o.Steps.OrderBy(s => s.AtUtc).ThenBy(s => s.Id).Select(s => new OrderStepDto(s.Kind, s.On, s.Note, s.InspectionId, s.ByName)).ToList());

    /// <summary>The party's ID number and address masked for roles that may not see them in full, as on the pages.</summary>
    static CaseDto CaseOf(EnforcementCase c, ICurrentUser user) => new(c.Id, c.Number, c.TownId, c.VillageId, c.Type, c.Cause, c.PartyName,
        c.PartyIsPerson, PersonalDataAccess.IdNumber(user, c.PartyIdNumber), PersonalDataAccess.Address(user, c.PartyAddress), c.EntityId, c.InspectionId,
        c.OrderId, c.FiledOn, c.DecisionDueOn, c.Major, c.Evidence, c.InvestigatedOn, c.RightsNotifiedOn, c.HearingDueOn, c.HearingRequestedOn,
        c.HearingHeldOn, c.ReviewedOn, c.ReviewerName, c.ReviewOpinion, c.DecidedOn, c.DecisionNumber, c.PenaltyKind, c.FineFen, c.Basis,
        c.DecisionSummary, c.PublicityDueOn, c.PublishedOn, c.ServedOn, c.FineDueOn, c.PaidOn, c.ExecutedOn, c.StopWorkOn, c.PublicNoticeOn, c.DemandOn,
        c.DemolishBy, c.ForcedDemolition, c.AppealEndsOn, c.ClosedOn, c.DropReason, c.Status,
        c.Officers.OrderBy(o => o.Id).Select(o => new CaseOfficerDto(o.OfficerId, o.Name)).ToList(),
        c.Steps.OrderBy(s => s.AtUtc).ThenBy(s => s.Id).Select(s => new CaseStepDto(s.Kind, s.On, s.Note, s.Officers, s.ByName)).ToList());
}
