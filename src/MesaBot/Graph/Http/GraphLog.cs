using Microsoft.Extensions.Logging;

namespace MesaBot.Graph;

/// <summary>One log line per failed Graph call, with the ids Microsoft support asks for.</summary>
internal static partial class GraphLog
{
    public static GraphFailure Failed(ILogger logger, string operation, Exception exception)
    {
        var failure = GraphFailure.From(exception);
        CallFailed(logger, operation, failure.Status, failure.Code, failure.RequestId, failure.ClientRequestId, failure.Detail);
        return failure;
    }

    [LoggerMessage(EventId = 7010, Level = LogLevel.Warning,
        Message = "Graph {Operation} failed with {Status} {Code} (request-id {RequestId}, client-request-id {ClientRequestId}): {Detail}")]
    private static partial void CallFailed(ILogger logger, string operation, int status, string? code, string? requestId, string? clientRequestId, string detail);
}
