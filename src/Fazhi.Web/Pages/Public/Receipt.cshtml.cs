using Fazhi.Core.Petitions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Fazhi.Web.Pages.Public;

/// <summary>
/// The receipt after an online submission: the code, the tracking link and a QR code of it. It reads nothing
/// from the database (so it tells nobody whether a code exists); the link carries the code, never the phone digits.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ReceiptModel : PageModel
{
    public string Code { get; private set; } = "";
    public string TrackingLink { get; private set; } = "";
    public string QrDataUri { get; private set; } = "";

    public IActionResult OnGet(string? code)
    {
        if (ReceiptCodes.Normalise(code) is not { } normalised) return RedirectToPage("/Public/Track");
        Code = normalised;
        TrackingLink = $"{Request.Scheme}://{Request.Host}{Url.Page("/Public/Track", new { code = normalised })}";
        QrDataUri = "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(TrackingLink, QRCodeGenerator.ECCLevel.M, 6));
        return Page();
    }
}
