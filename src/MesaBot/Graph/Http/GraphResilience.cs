using System.Net;
using MesaBot.Http;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace MesaBot.Graph;

/// <summary>
/// Graph's throttling (429) and server errors (5xx but 501), with the library's resilience handler in
/// place of the SDK's own retry handler (which waits on the wall clock). Each retry is logged with
/// Graph's request ids, which Microsoft support asks for.
/// </summary>
internal static partial class GraphResilience
{
    public const string PipelineName = "graph";

    public static IHttpClientBuilder AddGraphResilience(this IHttpClientBuilder builder)
    {
        builder.AddMesaResilience(PipelineName, sp => sp.GetRequiredService<GraphOptions>().Retry, IsTransient, LogRetry);
        return builder;
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || ((int)status >= 500 && status != HttpStatusCode.NotImplemented);

    private static Func<OnRetryArguments<HttpResponseMessage>, ValueTask> LogRetry(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphResilience).FullName!);
        return args =>
        {
            var request = args.Context.GetRequestMessage();
            var response = args.Outcome.Result;
            Log.Retrying(logger, request?.Method, request?.RequestUri?.AbsolutePath, (int?)response?.StatusCode ?? 0,
                response is null ? null : GraphHeaders.RequestId(response),
                request is null ? null : GraphHeaders.ClientRequestId(request, response),
                args.RetryDelay, args.AttemptNumber + 1, args.Outcome.Exception?.Message);
            return ValueTask.CompletedTask;
        };
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7001, Level = LogLevel.Warning,
            Message = "Graph {Method} {Path} answered {Status} (request-id {RequestId}, client-request-id {ClientRequestId}); retrying in {Delay} (attempt {Attempt}) {Error}")]
        public static partial void Retrying(ILogger logger, HttpMethod? method, string? path, int status, string? requestId, string? clientRequestId, TimeSpan delay, int attempt, string? error);
    }
}
