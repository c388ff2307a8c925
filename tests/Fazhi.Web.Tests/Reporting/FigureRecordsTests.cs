using Fazhi.Core.Calendar;
using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Disputes;
using Fazhi.Core.Education;
using Fazhi.Core.Enforcement;
using Fazhi.Core.Petitions;
using Fazhi.Core.Reporting;
using Fazhi.Core.Staff;
using Fazhi.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Web.Tests.Reporting;

/// <summary>
/// Every figure of every module's source, on the demo town's 2019, has the records behind it, and they are exactly the
/// ones the figure counts: a count lists its records, a ratio its denominator's records marked by the numerator, a sum
/// the records that add up to it. Each reader sees only the records of their scope.
/// </summary>
public class FigureRecordsTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    const int Year = 2019;

    /// <summary>A figure context as a request of the user's would build it: their scoped context, the calendar, today.</summary>
    async Task<FigureContext> ContextAsync(IServiceProvider sp, string user)
    {
        var db = await UserContext.AsAsync(sp, user);
        var calendar = await sp.GetRequiredService<CalendarProvider>().GetAsync(db);
        return new FigureContext(db, calendar, ChinaTime.Today(db.Clock));
    }

    /// <summary>What each record adds to a summed figure, read straight from the records.</summary>
    static readonly Dictionary<string, Func<AppDbContext, Task<Dictionary<long, long>>>> Sums = new()
    {
        ["disputes.people"] = db => db.Set<Dispute>().ToDictionaryAsync(d => d.Id, d => (long)d.PeopleCount),
        ["disputes.amount"] = db => db.Set<Dispute>().ToDictionaryAsync(d => d.Id, d => d.AmountFen ?? 0),
        ["enforcement.fines"] = db => db.Set<EnforcementCase>().ToDictionaryAsync(c => c.Id, c => c.FineFen ?? 0),
        ["education.materials"] = db => db.Set<EducationEvent>().ToDictionaryAsync(e => e.Id, e => (long)(e.Materials ?? 0)),
        ["education.attendance-lower-bound"] = db => db.Set<EducationEvent>()
            .ToDictionaryAsync(e => e.Id, e => e.AttendanceKind == AttendanceKind.Nearly ? 0L : e.Attendance ?? 0),
        ["education.study-hours"] = db => db.Set<StudySession>().ToDictionaryAsync(s => s.Id, s => (long)s.Tenths),
    };

    /// <summary>Checks every figure of every source for the user; returns the failures, each naming its key.</summary>
    async Task<List<string>> CheckAllAsync(string user, Dictionary<string, IReadOnlyList<FigureRecord>>? seen = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var context = await ContextAsync(scope.ServiceProvider, user);
        await using var _ = app.SystemScope(out var system);
        var failures = new List<string>();
        foreach (var source in FigureCatalog.Sources)
        {
            var set = await source.ForYearAsync(context, Year);
            if (await source.RecordsAsync(context, Year, source.Module + ".no-such-figure") is not null)
                failures.Add($"{source.Module}: an unknown key gave records");
            foreach (var f in set.Figures)
            {
                var records = await source.RecordsAsync(context, Year, f.Key);
                if (records is null) { failures.Add($"{f.Key}: no records (null)"); continue; }
                seen?.Add(f.Key, records);
                var counted = records.Count(r => r.Counted);
                if (records.Any(r => string.IsNullOrWhiteSpace(r.Kind) || string.IsNullOrWhiteSpace(r.Title)))
                    failures.Add($"{f.Key}: a record without kind or title");
                if (!records.SequenceEqual(records.OrderBy(r => r.On).ThenBy(r => r.Id)))
                    failures.Add($"{f.Key}: records not ordered by date then id");
                if (records.Any(r => r.On.Year != Year) && f.Key != "enforcement.campaigns" && f.Key != "enforcement.joint-actions")
                    failures.Add($"{f.Key}: a record dated outside {Year}");
                if (Sums.TryGetValue(f.Key, out var load))
                {
                    var adds = await load(system);
                    var sum = records.Where(r => r.Counted).Sum(r => adds.GetValueOrDefault(r.Id));
                    if (sum != f.Numerator) failures.Add($"{f.Key}: counted records add up to {sum}, the figure is {f.Numerator}");
                    if (records.Any(r => !r.Counted && adds.GetValueOrDefault(r.Id) != 0)) failures.Add($"{f.Key}: a record adding to the sum is not counted");
                    if (records.Any(r => r.Counted && adds.GetValueOrDefault(r.Id) == 0)) failures.Add($"{f.Key}: a record adding nothing is counted");
                    if (f.Numerator > 0 && counted == 0) failures.Add($"{f.Key}: a non-zero sum with no records");
                }
                else if (f.Key == "education.hours-per-person")
                {
                    // An average per person: the people who studied, the denominator in tenths of an hour.
                    if (records.Count * 10L != f.Denominator) failures.Add($"{f.Key}: {records.Count} people, denominator {f.Denominator}");
                }
                else if (f.Unit == FigureUnit.Days && f.Denominator is not null)
                {
                    if (records.Count != f.Denominator || counted != records.Count)
                        failures.Add($"{f.Key}: average over {f.Denominator} records, got {records.Count} ({counted} counted)");
                }
                else if (f.Unit != FigureUnit.Count)
                {
                    failures.Add($"{f.Key}: a {f.Unit} figure this test does not know how to check");
                }
                else if (f.Denominator is null)
                {
                    if (records.Count != f.Numerator || counted != records.Count)
                        failures.Add($"{f.Key}: counts {f.Numerator}, got {records.Count} records ({counted} counted)");
                }
                else if (records.Count != f.Denominator || counted != f.Numerator)
                {
                    failures.Add($"{f.Key}: {f.Numerator} ÷ {f.Denominator}, got {counted} counted of {records.Count} records");
                }
            }
        }
        return failures;
    }

    [Fact]
    public async Task EveryFigure_OfEverySource_HasExactlyTheRecordsItCounts()
    {
        var seen = new Dictionary<string, IReadOnlyList<FigureRecord>>();
        var failures = await CheckAllAsync("demo.fazhiban", seen);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The demo year gives every module records to check, so the check above is not vacuous.
        foreach (var source in FigureCatalog.Sources)
            Assert.True(seen.Count(s => s.Key.StartsWith(source.Module + ".") && s.Value.Count > 0) >= 3, $"{source.Module}: fewer than three figures with records");
        Assert.Contains(seen["education.study-attendance-rate"], r => !r.Counted);
        Assert.Contains(seen["disputes.mediation-rate"], r => !r.Counted);
    }

    [Fact]
    public async Task PetitionsReceived2019_AreTheTwentyPetitions()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var context = await ContextAsync(scope.ServiceProvider, "demo.fazhiban");
        var records = await FigureCatalog.RecordsAsync(context, Year, "petitions.received");
        Assert.NotNull(records);
        Assert.Equal(20, records.Count);
        Assert.All(records, r => Assert.Equal("petition", r.Kind));
        Assert.Null(await FigureCatalog.RecordsAsync(context, Year, "nowhere.received"));
    }

    [Fact]
    public async Task VillageCadre_SeesOnlyTheirVillagesRecords_AndTheirFiguresStillMatch()
    {
        var failures = await CheckAllAsync("demo.yangshan");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var (all, mine) = (await AllRecordsAsync("demo.fazhiban"), await AllRecordsAsync("demo.yangshan"));
        var path = await ScopeOfUserAsync("demo.yangshan");
        await AssertAllInScopeAsync(mine, path);
        var disputes = mine.Where(r => r.Kind == "dispute").ToList();
        Assert.NotEmpty(disputes);
        Assert.True(disputes.Count < all.Count(r => r.Kind == "dispute"), "the village sees fewer disputes than the town");
        Assert.Subset(all.Select(r => (r.Kind, r.Id)).ToHashSet(), mine.Select(r => (r.Kind, r.Id)).ToHashSet());
    }

    [Fact]
    public async Task AnotherTown_GetsNoneOfTheTownsRecords()
    {
        var xilian = (await AllRecordsAsync("demo.fazhiban")).Select(r => (r.Kind, r.Id)).ToHashSet();
        Assert.NotEmpty(xilian);
        var longgui = await AllRecordsAsync("demo.longgui");
        Assert.DoesNotContain(longgui, r => xilian.Contains((r.Kind, r.Id)));
        await AssertAllInScopeAsync(longgui, await ScopeOfUserAsync("demo.longgui"));
    }

    async Task<List<FigureRecord>> AllRecordsAsync(string user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var context = await ContextAsync(scope.ServiceProvider, user);
        var records = new List<FigureRecord>();
        foreach (var source in FigureCatalog.Sources)
            foreach (var f in (await source.ForYearAsync(context, Year)).Figures)
                records.AddRange(await source.RecordsAsync(context, Year, f.Key) ?? []);
        return records;
    }

    async Task<string> ScopeOfUserAsync(string user)
    {
        await using var _ = app.SystemScope(out var db);
        return await db.Users.Where(u => u.UserName == user).Select(u => u.ScopePath).SingleAsync();
    }

    async Task AssertAllInScopeAsync(IEnumerable<FigureRecord> records, string path)
    {
        await using var _ = app.SystemScope(out var db);
        foreach (var (kind, id) in records.Select(r => (r.Kind, r.Id)).Distinct())
        {
            var recordPath = await ScopePathAsync(db, kind, id);
            Assert.True(recordPath?.StartsWith(path, StringComparison.Ordinal) == true, $"{kind} {id} at {recordPath} is outside {path}");
        }
    }

    static Task<string?> ScopePathAsync(AppDbContext db, string kind, long id) => kind switch
    {
        "petition" => PathAsync<Petition>(db, id),
        "reception-day" => PathAsync<ReceptionDay>(db, id),
        "dispute" => PathAsync<Dispute>(db, id),
        "screening" => PathAsync<ScreeningRound>(db, id),
        "enforcement-campaign" => PathAsync<Campaign>(db, id),
        "inspection" => PathAsync<Inspection>(db, id),
        "enforcement-order" => PathAsync<RectificationOrder>(db, id),
        "enforcement-entity" => PathAsync<RegulatedEntity>(db, id),
        "enforcement-case" => PathAsync<EnforcementCase>(db, id),
        "enforcement-officer" => PathAsync<EnforcementOfficer>(db, id),
        "education-event" => PathAsync<EducationEvent>(db, id),
        "consultation" => PathAsync<Consultation>(db, id),
        "study-session" => PathAsync<StudySession>(db, id),
        "staff-member" => PathAsync<StaffMember>(db, id),
        "exam" => PathAsync<Exam>(db, id),
        "advisor-work" => PathAsync<AdvisorWork>(db, id),
        "law-savvy-person" => PathAsync<LawSavvyPerson>(db, id),
        "meeting" => PathAsync<Meeting>(db, id),
        "leader-duty" => PathAsync<LeaderDuty>(db, id),
        _ => throw new InvalidOperationException($"Record kind {kind} is not known to this test."),
    };

    static Task<string?> PathAsync<T>(AppDbContext db, long id) where T : class =>
        db.Set<T>().Where(e => EF.Property<long>(e, "Id") == id).Select(e => EF.Property<string?>(e, "ScopePath")).SingleOrDefaultAsync();
}
