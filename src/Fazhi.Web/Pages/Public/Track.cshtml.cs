using Fazhi.Core.Common;
using Fazhi.Core.Petitions;
using Fazhi.Web.Setup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Fazhi.Web.Pages.Public;

/// <summary>
/// Tracking by receipt code + last 4 digits of the phone: status and dates only. The result is shown in the
/// response to the POST (the digits never go into a URL); a wrong combination gets one neutral message.
/// </summary>
[EnableRateLimiting(PublicSetup.TrackPolicy)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class TrackModel(PublicPetitions petitions) : PageModel
{
    public const string NotFoundMessage = "未查询到信访事项，请核对回执码和联系电话后4位。";

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? LastFour { get; set; }
    [BindProperty] public Satisfaction? Rating { get; set; }
    public PublicTracking? Result { get; private set; }
    public string? Message { get; private set; }

    public void OnGet(string? code) => Code = code;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Result = await petitions.TrackAsync(Code, LastFour, ct);
        if (Result is null) ModelState.AddModelError(string.Empty, NotFoundMessage);
        return Page();
    }

    public async Task<IActionResult> OnPostRateAsync(CancellationToken ct)
    {
        try
        {
            if (Rating is not { } rating) ModelState.AddModelError(string.Empty, "请选择您对答复的满意程度。");
            else if (!await petitions.RateAsync(Code, LastFour, rating, ct)) ModelState.AddModelError(string.Empty, NotFoundMessage);
            else Message = "感谢您的评价。";
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        Result = await petitions.TrackAsync(Code, LastFour, ct);
        return Page();
    }
}
