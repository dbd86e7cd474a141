using System.Text.Json;
using System.Text.Json.Serialization;

namespace MesaBot.Protocol;

/// <summary>
/// One Bot Framework activity, as Teams sends and receives it. Only the fields MesaBot reads are typed;
/// everything else lands in <see cref="ExtensionData"/> so a round trip loses nothing Teams sent.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? Text { get; set; }
    public string? Locale { get; set; }
    public string? ReplyToId { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<JsonElement>? Entities { get; set; }
    public JsonElement? ChannelData
    {
        get => _channelData;
        set => (_channelData, _teamsChannelData) = (value, null);
    }
    public JsonElement? Value { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    private JsonElement? _channelData;
    private Lazy<TeamsChannelData?>? _teamsChannelData;

    /// <summary>
    /// The Teams channel data, read once; null when the activity carries none.
    /// </summary>
    /// <exception cref="JsonException">channelData is an object whose fields have the wrong types (the endpoint refuses such an activity with 400).</exception>
    public TeamsChannelData? GetTeamsChannelData() =>
        (_teamsChannelData ??= new(() => _channelData is { ValueKind: JsonValueKind.Object } data
            ? data.Deserialize(ProtocolJson.Options.GetTypeInfo(typeof(TeamsChannelData))) as TeamsChannelData
            : null)).Value;

    /// <summary>The tenant of the activity: Teams puts it in channelData and, usually, in conversation.</summary>
    public string? GetTenantId() => GetTeamsChannelData()?.Tenant?.Id ?? Conversation?.TenantId;
}

public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }

    /// <summary>The roster (GET …/members) names the Entra object id "objectId"; activities say "aadObjectId".</summary>
    public string? ObjectId { get; set; }

    public string? Role { get; set; }

    /// <summary>Teams' userRole in a roster: "user", or "guest" for people invited from outside the tenant.</summary>
    public string? UserRole { get; set; }

    [JsonIgnore]
    public string? EntraObjectId => AadObjectId ?? ObjectId;

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public bool? IsGroup { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    /// <summary>
    /// What Teams sent (a <see cref="JsonElement"/>) or what the bot sends: an <see cref="Cards.AdaptiveCard"/>, which
    /// writes itself straight into the request body, with no JSON tree in between (docs/benchmarks.md, Session 11).
    /// </summary>
    public object? Content { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>The parts of Teams' channelData that MesaBot reads.</summary>
public sealed class TeamsChannelData
{
    public TeamsIdentity? Tenant { get; set; }
    public TeamsIdentity? Team { get; set; }
    public TeamsIdentity? Channel { get; set; }
    public string? EventType { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class TeamsIdentity
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadGroupId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
