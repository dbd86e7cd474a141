using System.Text.Encodings.Web;
using System.Text.Unicode;
using MesaBot.Documents.Resources;

namespace MesaBot.Documents.Delivery;

/// <summary>
/// GET /documents/{storedName}?exp=…&amp;sig=…: the stored bytes, as an attachment with the file's name, for a
/// link that is ours and not expired; anything else a short page and 403 (or 404 for a signed name never stored).
/// No bot token: a browser opens it.
/// </summary>
public static class DocumentEndpoint
{
    // Accents stay letters (the page is UTF-8); only markup is escaped.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IEndpointRouteBuilder MapDocumentDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(DocumentLinks.PathPrefix + "{**storedName}", DownloadAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DownloadAsync(string storedName, string? exp, string? sig, DocumentLinks links, DocumentBlobs blobs,
        HttpContext http, CancellationToken cancellationToken)
    {
        // Every answer holds a signed query string: it must not travel on in a Referer or sit in a shared cache.
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        if (!links.IsValid(storedName, exp, sig) || !DocumentBlobs.IsStoredName(storedName))
        {
            return Refusal(StatusCodes.Status403Forbidden);
        }

        if (await blobs.ReadAsync(storedName, cancellationToken) is not { } stored)
        {
            return Refusal(StatusCodes.Status404NotFound);
        }

        return Results.File(stored.Content, stored.ContentType, DocumentBlobs.FileName(storedName));
    }

    // The person who opens a link is a Chilean public servant in a browser: a sentence in Spanish, not a problem+json.
    private static IResult Refusal(int status)
    {
        var words = DocumentWords.For("es");
        var title = Html.Encode(words[nameof(DocumentTexts.Link_Refused_Title)]);
        var text = Html.Encode(words[nameof(DocumentTexts.Link_Refused)]);
        var html = $"<!doctype html><html lang=\"es-CL\"><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            + $"<body style=\"font-family:sans-serif;max-width:32rem;margin:3rem auto\"><h1>{title}</h1><p>{text}</p></body></html>";
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
