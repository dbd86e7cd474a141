using System.Collections.Concurrent;
using System.Net;
using MesaBot.Protocol;
using MesaBot.Protocol.Connector;

namespace MesaBot.IntegrationTests.Reminders;

/// <summary>An in-memory Connector: records every activity sent (with the fake clock's time) and can fail on demand.</summary>
public sealed class FakeConnector(TimeProvider time) : IConnectorClient
{
    public ConcurrentQueue<SentActivity> Sent { get; } = new();

    public ConcurrentQueue<ConversationParameters> Created { get; } = new();

    /// <summary>Called before each send; throw to fail it (the send is then not recorded).</summary>
    public Action<string>? BeforeSend { get; set; }

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        BeforeSend?.Invoke(conversationId);
        Sent.Enqueue(new SentActivity(conversationId, activity, time.GetUtcNow()));
        return Task.FromResult(new ResourceResponse(Guid.NewGuid().ToString()));
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        Created.Enqueue(parameters);
        return Task.FromResult(new ConversationResourceResponse("a:1on1-" + parameters.Members[0].AadObjectId, null, serviceUrl));
    }

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<ChannelAccount>> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public static ConnectorException Throttled() => new((HttpStatusCode)429, null, "Too many requests");

    public static ConnectorException ServerError() => new(HttpStatusCode.InternalServerError, null, "Internal error");

    public static ConnectorException Blocked() => new(HttpStatusCode.Forbidden, "MessageWritesBlocked", "Blocked");
}

/// <summary>One activity the bot sent: where, what, and when (fake clock).</summary>
public sealed record SentActivity(string ConversationId, Activity Activity, DateTimeOffset At)
{
    public string CardJson => System.Text.Json.JsonSerializer.Serialize(Activity.Attachments![0].Content!, Readable);

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
