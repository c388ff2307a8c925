using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Fazhi.Browser.Tests.Infrastructure;

/// <summary>The checks every page test makes: axe finds nothing serious or critical, and nothing scrolls sideways.</summary>
public static class PageChecks
{
    public static async Task AssertNoSeriousViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"axe on {page.Url}:\n" + string.Join("\n", bad.Select(Describe)));
    }

    public static async Task AssertNoHorizontalScrollAsync(this IPage page)
    {
        var (scroll, viewport) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("window.innerWidth"));
        Assert.True(scroll <= viewport, $"{page.Url}: document is {scroll}px wide in a {viewport}px viewport");
    }

    static string Describe(AxeResultItem v) =>
        $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Select(n => $"    {n.Target} — {n.Html}"));
}
