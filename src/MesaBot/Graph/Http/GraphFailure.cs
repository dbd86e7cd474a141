using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace MesaBot.Graph;

/// <summary>
/// What a failed Graph call said, reduced to what callers decide on (status, Graph's error code) and what
/// support needs (request ids). Status 0 means Graph was not reached at all.
/// </summary>
public sealed record GraphFailure(int Status, string? Code, string Detail, string? RequestId = null, string? ClientRequestId = null)
{
    public bool IsNotFound => Status == 404;

    public bool IsForbidden => Status == 403;

    public bool IsConflict => Status == 409;

    public static GraphFailure From(Exception exception) => exception switch
    {
        ODataError odata => new GraphFailure(
            odata.ResponseStatusCode,
            odata.Error?.Code,
            odata.Error?.Message ?? odata.Message,
            GraphHeaders.First(odata.ResponseHeaders, GraphHeaders.RequestIdName) ?? odata.Error?.InnerError?.RequestId,
            GraphHeaders.First(odata.ResponseHeaders, GraphHeaders.ClientRequestIdName) ?? odata.Error?.InnerError?.ClientRequestId),
        ApiException api => new GraphFailure(
            api.ResponseStatusCode,
            null,
            api.Message,
            GraphHeaders.First(api.ResponseHeaders, GraphHeaders.RequestIdName),
            GraphHeaders.First(api.ResponseHeaders, GraphHeaders.ClientRequestIdName)),
        _ => new GraphFailure(0, exception.GetType().Name, exception.Message),
    };

    /// <summary>
    /// Whether the exception is Graph (or its token service) failing, as opposed to a bug or the turn being
    /// cancelled: only these become friendly results; the rest travel to the turn's boundary.
    /// </summary>
    public static bool IsGraphError(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        ApiException or HttpRequestException or AuthenticationFailedException or CredentialUnavailableException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested, // HttpClient's timeout
        _ => false,
    };
}
