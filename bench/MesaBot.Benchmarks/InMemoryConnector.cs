using System.Text.Json;
using MesaBot.Protocol;
using MesaBot.Protocol.Connector;

namespace MesaBot.Benchmarks;

/// <summary>
/// The connector with the network taken out: it serialises each reply exactly as ConnectorClient does
/// (UTF-8 JSON with the protocol options), so the cost of producing the bytes stays in the measurement.
/// </summary>
public sealed class InMemoryConnector : IConnectorClient
{
    private static readonly Task<ResourceResponse> Sent = Task.FromResult(new ResourceResponse("1"));

    public long BytesSent { get; private set; }

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Serialise(activity);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        Serialise(activity);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Serialise(activity);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(new ConversationResourceResponse("a:1", "1", serviceUrl));

    public Task<IReadOnlyList<ChannelAccount>> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChannelAccount>>([]);

    private Task<ResourceResponse> Serialise(Activity activity)
    {
        BytesSent += JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options).Length;
        return Sent;
    }
}
