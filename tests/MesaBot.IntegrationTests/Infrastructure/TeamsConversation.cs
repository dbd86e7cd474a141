using System.Net;
using System.Text.Json;
using MesaBot.Protocol;

namespace MesaBot.IntegrationTests.Infrastructure;

/// <summary>
/// A Teams conversation as a test reads it: someone types (with @mentions), the bot answers, the test
/// checks the answer. Each conversation gets its own tenant, so mesas created in one test stay there.
/// </summary>
public sealed class TeamsConversation(BotHostFixture fixture, string conversationType = "channel", string? tenantId = null)
{
    /// <summary>A tenant of its own unless given: pass another conversation's to talk in the same tenant.</summary>
    public string TenantId { get; } = tenantId ?? "tenant-" + Guid.NewGuid().ToString("N")[..8];

    public string ConversationId { get; } = conversationType switch
    {
        "channel" => $"19:{Guid.NewGuid():N}@thread.tacv2",
        "groupChat" => $"19:{Guid.NewGuid():N}@thread.v2",
        _ => "a:" + Guid.NewGuid().ToString("N"),
    };

    public RosterMember Speaker { get; set; } = fixture.BotFramework.Members[0];

    /// <summary>Sends a message; "@Name" words naming roster members become real Teams mentions.</summary>
    public async Task<Reply> SendAsync(string text)
    {
        var activity = Message(text);
        var response = await fixture.Client.SendAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Reply(fixture.BotFramework.SentActivities().Where(a => a.ReplyToId == activity.Id).ToList());
    }

    /// <summary>Presses an Action.Execute button: data is what the card carried plus the inputs.</summary>
    public async Task<InvokeReply> PressAsync(string verb, IReadOnlyDictionary<string, string> data, string? cardMessageId = null)
    {
        var activity = Base("invoke");
        activity.Name = "adaptiveCard/action";
        activity.ReplyToId = cardMessageId;
        activity.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" });
        var response = await fixture.Client.SendAsync(activity);
        return new InvokeReply(response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, activity.Id!);
    }

    /// <summary>An event activity as Teams sends it (meetingStart, meetingEnd, participant joins): no text, a value.</summary>
    public async Task<Reply> EventAsync(string name, object value)
    {
        var activity = Base("event");
        activity.Name = name;
        activity.Value = JsonSerializer.SerializeToElement(value);
        var response = await fixture.Client.SendAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Reply(fixture.BotFramework.SentActivities().Where(a => a.ReplyToId == activity.Id).ToList());
    }

    /// <summary>Any other invoke (e.g. a message action's fetchTask/submitAction); the same activity id again is a resend.</summary>
    public async Task<InvokeReply> InvokeAsync(string name, object value, string? activityId = null)
    {
        var activity = Base("invoke");
        activity.Id = activityId ?? activity.Id;
        activity.Name = name;
        activity.Value = JsonSerializer.SerializeToElement(value);
        var response = await fixture.Client.SendAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        return new InvokeReply(response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement, activity.Id!);
    }

    public Activity Message(string text)
    {
        var activity = Base("message");
        var mentions = new List<JsonElement>();
        var body = text;
        foreach (var member in fixture.BotFramework.Members.Where(m => text.Contains("@" + m.Name, StringComparison.Ordinal)))
        {
            body = body.Replace("@" + member.Name, $"<at>{member.Name}</at>", StringComparison.Ordinal);
            mentions.Add(JsonSerializer.SerializeToElement(new { type = "mention", mentioned = new { id = member.TeamsId, name = member.Name }, text = $"<at>{member.Name}</at>" }));
        }

        var inChannel = conversationType != "personal";
        activity.Text = inChannel ? "<at>MesaBot</at> " + body : body;
        activity.Entities = inChannel
            ? [JsonSerializer.SerializeToElement(new { type = "mention", mentioned = new { id = TeamsActivities.BotId, name = "MesaBot" }, text = "<at>MesaBot</at>" }), .. mentions]
            : mentions;
        return activity;
    }

    private Activity Base(string type)
    {
        var channelData = conversationType == "channel"
            ? new { tenant = new { id = TenantId }, channel = new { id = ConversationId }, team = new { id = "19:team@thread.tacv2" } } as object
            : new { tenant = new { id = TenantId } };
        return new Activity
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            ServiceUrl = fixture.BotFramework.ServiceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = Speaker.TeamsId, Name = Speaker.Name, AadObjectId = Speaker.ObjectId },
            Recipient = new ChannelAccount { Id = TeamsActivities.BotId, Name = "MesaBot" },
            Conversation = new ConversationAccount
            {
                Id = conversationType == "channel" ? $"{ConversationId};messageid={Random.Shared.NextInt64()}" : ConversationId,
                ConversationType = conversationType,
                TenantId = TenantId,
            },
            Locale = "en-US",
            ChannelData = JsonSerializer.SerializeToElement(channelData),
        };
    }
}

/// <summary>What the bot posted in answer to one message.</summary>
public sealed record Reply(IReadOnlyList<Activity> Activities)
{
    /// <summary>Every text and card the bot posted, as one string to search.</summary>
    public string AllText => string.Join("\n", Activities.Select(a =>
        (a.Text ?? string.Empty) + "\n" + string.Join("\n", a.Attachments?.Select(x => Strings(Element(x.Content))) ?? [])));

    private static JsonElement? Element(object? node) => node is null ? null : JsonSerializer.SerializeToElement(node);

    /// <summary>Every string value in a JSON tree (the JSON itself escapes accents).</summary>
    public static string Strings(JsonElement? node) => node switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString()!,
        { ValueKind: JsonValueKind.Object } o => string.Join("\n", o.EnumerateObject().Select(p => Strings(p.Value))),
        { ValueKind: JsonValueKind.Array } a => string.Join("\n", a.EnumerateArray().Select(i => Strings(i))),
        _ => string.Empty,
    };

    public Reply AssertContains(string expected)
    {
        Assert.True(AllText.Contains(expected, StringComparison.Ordinal), $"Expected the reply to contain «{expected}» but it was:\n{AllText}");
        return this;
    }

    /// <summary>The data of the first card button with this verb (to press it next).</summary>
    public Dictionary<string, string> ButtonData(string verb)
    {
        foreach (var attachment in Activities.SelectMany(a => a.Attachments ?? []))
        {
            if (FindAction(Element(attachment.Content)!.Value, verb) is { } data)
            {
                return data;
            }
        }

        throw new Xunit.Sdk.XunitException($"No button with verb {verb} in:\n{AllText}");
    }

    internal static Dictionary<string, string>? FindAction(JsonElement node, string verb)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute"
                && node.TryGetProperty("verb", out var v) && v.GetString() == verb)
            {
                return node.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
            }

            foreach (var property in node.EnumerateObject())
            {
                if (FindAction(property.Value, verb) is { } found)
                {
                    return found;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                if (FindAction(item, verb) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}

public sealed record InvokeReply(HttpStatusCode Status, JsonElement Body, string ActivityId)
{
    public string CardText => Reply.Strings(Body);

    /// <summary>The data of the first button with this verb on the card that came back (to press it next).</summary>
    public Dictionary<string, string> ButtonData(string verb) =>
        Reply.FindAction(Body, verb) ?? throw new Xunit.Sdk.XunitException($"No button with verb {verb} in:\n{CardText}");
}
