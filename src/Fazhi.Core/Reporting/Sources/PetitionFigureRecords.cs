using Fazhi.Core.Petitions;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Core.Reporting.Sources;

/// <summary>The petitions and reception days behind each petition figure, as <see cref="PetitionFigures"/> counts them.</summary>
public sealed partial class PetitionFigureSource
{
    static readonly PetitionStatus[] Done = [PetitionStatus.Closed, PetitionStatus.Archived];

    public async Task<IReadOnlyList<FigureRecord>?> RecordsAsync(FigureContext context, int year, string key, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var db = context.Db;
        if (key is "petitions.reception-days" or "petitions.down-visits")
        {
            var kind = key == "petitions.reception-days" ? ReceptionKind.ReceptionDay : ReceptionKind.DownVisit;
            return (await db.Set<ReceptionDay>().AsNoTracking()
                    .Where(d => d.Date >= from && d.Date <= to && d.Status == ReceptionStatus.Held && d.Kind == kind)
                    .OrderBy(d => d.Date).Select(d => new { d.Id, d.Date, d.Place }).ToListAsync(ct))
                .Select(d => new FigureRecord("reception-day", d.Id, d.Date, $"{(kind == ReceptionKind.ReceptionDay ? "领导接访日" : "领导下访")} {d.Place}")).ToList();
        }
        var rows = await db.Set<Petition>().AsNoTracking().Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to)
            .OrderBy(p => p.ReceivedOn).ThenBy(p => p.Id)
            .Select(p => new Row(p.Id, p.ReceivedOn, p.Number, p.Category, p.Status, p.Decision, p.PeopleCount, p.RepeatOfId, p.Satisfaction))
            .ToListAsync(ct);
        static FigureRecord Of(Row p, bool counted = true) => new("petition", p.Id, p.ReceivedOn, $"{p.Number} {p.Category}", counted);
        static bool Accepted(AcceptanceDecision? d) => d is AcceptanceDecision.Accept or AcceptanceDecision.Assign;
        return key switch
        {
            "petitions.received" => rows.Select(p => Of(p)).ToList(),
            "petitions.accepted" => rows.Where(p => Accepted(p.Decision)).Select(p => Of(p)).ToList(),
            "petitions.closed" => rows.Where(p => Accepted(p.Decision) && Done.Contains(p.Status)).Select(p => Of(p)).ToList(),
            "petitions.handling-rate" => rows.Where(p => Accepted(p.Decision)).Select(p => Of(p, Done.Contains(p.Status))).ToList(),
            "petitions.collective" => rows.Where(p => p.PeopleCount >= 5).Select(p => Of(p)).ToList(),
            "petitions.repeat" => rows.Where(p => p.RepeatOfId != null).Select(p => Of(p)).ToList(),
            "petitions.satisfaction-rate" => rows.Where(p => p.Satisfaction != null)
                .Select(p => Of(p, p.Satisfaction is Satisfaction.Satisfied or Satisfaction.BasicallySatisfied)).ToList(),
            "petitions.on-time-rate" => await OnTimeAsync(context, year, ct),
            _ => null,
        };
    }

    sealed record Row(long Id, DateOnly ReceivedOn, string Number, string Category, PetitionStatus Status, AcceptanceDecision? Decision,
        int PeopleCount, long? RepeatOfId, Satisfaction? Satisfaction);

    /// <summary>The accepted petitions, counted when replied by their due date (as <see cref="PetitionBreakdowns"/> counts 按期).</summary>
    static async Task<IReadOnlyList<FigureRecord>> OnTimeAsync(FigureContext context, int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var petitions = await context.Db.Set<Petition>().AsNoTracking()
            .Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to && (p.Decision == AcceptanceDecision.Accept || p.Decision == AcceptanceDecision.Assign))
            .OrderBy(p => p.ReceivedOn).ThenBy(p => p.Id).ToListAsync(ct);
        return petitions.Select(p => new FigureRecord("petition", p.Id, p.ReceivedOn, $"{p.Number} {p.Category}",
            p.RepliedOn is { } replied && replied <= (p.ReplyDue(context.Calendar) ?? context.Today))).ToList();
    }
}
