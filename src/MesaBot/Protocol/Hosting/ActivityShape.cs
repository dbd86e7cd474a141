using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace MesaBot.Protocol.Hosting;

/// <summary>
/// What makes a deserialized body a Bot Framework activity we can handle. The typed fields already
/// refused wrong JSON types while deserializing; this checks the raw parts we read later (channelData)
/// and the lists a sender may fill with nulls, so that nothing fails inside the turn.
/// </summary>
internal static class ActivityShape
{
    public const string NotAnActivity = "The body must be one JSON Bot Framework activity with a type.";

    // Teams' ids are far shorter; past these they cannot become table keys (1 KiB) or URL segments.
    private const int MaxConversationIdLength = 512;
    private const int MaxAccountIdLength = 256;
    private const int MaxNameLength = 512;

    /// <summary>
    /// JSON may escape lone surrogates ("\ud800") or carry bytes that are not UTF-8, which System.Text.Json
    /// refuses only when a string is read, deep inside a turn. One pass over the body checks every string now.
    /// </summary>
    public static bool HasInvalidText(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !IsValidText(ref reader))
                {
                    return true;
                }
            }

            return false;
        }
        catch (Exception ex) when (ex is InvalidOperationException or JsonException)
        {
            return true;
        }
    }

    // Checked without making a string of it (a body holds a few hundred; this ran as 0.7 % of a busy host's CPU):
    // a string without escapes is valid when its bytes are UTF-8; one with escapes is unescaped into a buffer,
    // which throws (InvalidOperationException) exactly where GetString would.
    private static bool IsValidText(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan; // one segment: the body is a single span
        if (!reader.ValueIsEscaped)
        {
            return Utf8.IsValid(raw);
        }

        // Unescaped text never has more UTF-16 units than its escaped form has bytes.
        const int StackChars = 256;
        char[]? rented = raw.Length > StackChars ? ArrayPool<char>.Shared.Rent(raw.Length) : null;
        Span<char> buffer = rented is null ? stackalloc char[StackChars] : rented;
        try
        {
            reader.CopyString(buffer);
            return true;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <returns>Null when the activity is well formed; otherwise why not (the 400's detail).</returns>
    public static string? Problem(Activity activity)
    {
        if (activity.Type is not { Length: > 0 })
        {
            return NotAnActivity;
        }

        // JSON may say [null] where the type says a member; such a list is refused here, not in the router.
        if (activity.MembersAdded?.Any(m => m is null) == true || activity.MembersRemoved?.Any(m => m is null) == true)
        {
            return "membersAdded and membersRemoved may not hold null.";
        }

        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate
            && !IsId(activity.Conversation?.Id, MaxConversationIdLength))
        {
            return $"conversation.id must be 1 to {MaxConversationIdLength} visible ASCII characters.";
        }

        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke
            && (!IsId(activity.From?.Id, MaxAccountIdLength) || !IsOptionalId(activity.From?.AadObjectId, MaxAccountIdLength)))
        {
            return $"from.id (and from.aadObjectId) must be 1 to {MaxAccountIdLength} visible ASCII characters.";
        }

        if (!IsOptionalId(activity.Conversation?.TenantId, MaxAccountIdLength) || !IsOptionalId(activity.Id, MaxAccountIdLength)
            || !IsOptionalId(activity.ReplyToId, MaxAccountIdLength) || !IsOptionalId(activity.From?.Id, MaxAccountIdLength)
            || !IsOptionalId(activity.From?.AadObjectId, MaxAccountIdLength) || !IsOptionalId(activity.Recipient?.Id, MaxAccountIdLength))
        {
            return $"Ids (id, replyToId, from, recipient, conversation.tenantId) must be 1 to {MaxAccountIdLength} visible ASCII characters.";
        }

        if (activity.Conversation?.ConversationType is not (null or "personal" or "channel" or "groupChat"))
        {
            return "conversation.conversationType must be personal, channel or groupChat.";
        }

        if (new[] { activity.From?.Name, activity.Recipient?.Name, activity.Conversation?.Name }.Any(n => n?.Length > MaxNameLength))
        {
            return $"Names may have at most {MaxNameLength} characters.";
        }

        try
        {
            var teams = activity.GetTeamsChannelData();
            if (!IsOptionalId(teams?.Tenant?.Id, MaxAccountIdLength) || !IsOptionalId(teams?.Team?.Id, MaxConversationIdLength)
                || !IsOptionalId(teams?.Channel?.Id, MaxConversationIdLength)
                || new[] { teams?.Team?.Name, teams?.Channel?.Name }.Any(n => n?.Length > MaxNameLength))
            {
                return "channelData's tenant, team and channel ids must be visible ASCII, and their names short.";
            }
        }
        catch (JsonException)
        {
            return "channelData does not have the shape of Teams channel data (tenant, team and channel are objects with string ids).";
        }

        return null;
    }

    // Teams' ids (19:…@thread.tacv2;messageid=…, 29:…, a:…, GUIDs) are visible ASCII: they become table
    // keys and URL segments, where spaces, controls and other scripts have no business.
    private static bool IsId(string? id, int maxLength) =>
        id is { Length: > 0 } && id.Length <= maxLength && id.All(c => c is >= '!' and <= '~');

    private static bool IsOptionalId(string? id, int maxLength) => id is null || IsId(id, maxLength);
}
