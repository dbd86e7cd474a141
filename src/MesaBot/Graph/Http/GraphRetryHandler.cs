using System.Net;
using MesaBot.Http;
using Microsoft.Extensions.Logging;

namespace MesaBot.Graph;

/// <summary>
/// Graph's throttling (429) and server errors (5xx but 501). It replaces the SDK's own retry handler
/// because delays must come from the injected clock; each retry is logged with Graph's request ids.
/// </summary>
internal sealed partial class GraphRetryHandler(TimeProvider time, GraphRetryOptions options, ILogger<GraphRetryHandler> logger)
    : BoundedRetryHandler(time, options)
{
    protected override bool IsTransient(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || ((int)status >= 500 && status != HttpStatusCode.NotImplemented);

    protected override void OnRetrying(HttpRequestMessage request, HttpResponseMessage response, TimeSpan delay, int attempt) =>
        Log.Retrying(logger, request.Method, request.RequestUri?.AbsolutePath, (int)response.StatusCode,
            GraphHeaders.RequestId(response), GraphHeaders.ClientRequestId(request, response), delay, attempt);

    private static partial class Log
    {
        [LoggerMessage(EventId = 7001, Level = LogLevel.Warning,
            Message = "Graph {Method} {Path} answered {Status} (request-id {RequestId}, client-request-id {ClientRequestId}); retrying in {Delay} (attempt {Attempt})")]
        public static partial void Retrying(ILogger logger, HttpMethod method, string? path, int status, string? requestId, string? clientRequestId, TimeSpan delay, int attempt);
    }
}
