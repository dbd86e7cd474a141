using System.Text.Json;

namespace MesaBot.Protocol.Routing;

/// <summary>The Adaptive Card Action.Execute invoke: <c>adaptiveCard/action</c> with value.action.verb.</summary>
public static class CardActionInvoke
{
    public const string Name = "adaptiveCard/action";

    public static string? VerbOf(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;
}

/// <summary>A message action (composeExtension/*): which command of the manifest it is, from value.commandId.</summary>
public static class MessageActionInvoke
{
    public const string FetchTask = "composeExtension/fetchTask";
    public const string SubmitAction = "composeExtension/submitAction";

    public static string? CommandIdOf(Activity activity) =>
        activity.Name is FetchTask or SubmitAction
        && activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("commandId", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    internal static string Key(string invokeName, string commandId) => invokeName + "#" + commandId;
}
