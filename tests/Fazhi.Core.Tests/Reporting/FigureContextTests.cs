using Fazhi.Core.Calendar;
using Fazhi.Core.Reporting;

namespace Fazhi.Core.Tests.Reporting;

/// <summary>A figure context keeps what was computed with it, so a report loads a module's records once.</summary>
public class FigureContextTests
{
    static readonly WorkCalendar Calendar = WorkCalendar.Shipped();

    [Fact]
    public async Task OnceAsync_ComputesAKeyOnce_AndEachKeyApart()
    {
        var context = new FigureContext(null!, Calendar, new DateOnly(2020, 1, 15));
        var calls = 0;
        Task<int> Compute() => Task.FromResult(++calls);

        Assert.Equal(1, await context.OnceAsync("enforcement:2019", Compute));
        Assert.Equal(1, await context.OnceAsync("enforcement:2019", Compute));
        Assert.Equal(2, await context.OnceAsync("enforcement:2018", Compute));
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task ACopy_StartsAfresh_AndStillEqualsTheOriginal()
    {
        var context = new FigureContext(null!, Calendar, new DateOnly(2020, 1, 15));
        await context.OnceAsync("k", () => Task.FromResult("before"));

        var copy = context with { Today = new DateOnly(2020, 1, 16) };
        Assert.Equal("after", await copy.OnceAsync("k", () => Task.FromResult("after")));
        Assert.Equal("before", await context.OnceAsync("k", () => Task.FromResult("again")));

        Assert.Equal(context, context with { });
        Assert.Equal(context.GetHashCode(), (context with { }).GetHashCode());
        Assert.NotEqual(context, copy);
    }
}
