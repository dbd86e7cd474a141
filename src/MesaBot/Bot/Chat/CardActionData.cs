using System.Text.Json;
using MesaBot.Protocol;

namespace MesaBot.Bot.Chat;

/// <summary>
/// The data of an Action.Execute (invoke value.action.data, with the card's inputs merged in by Teams),
/// of its Action.Submit fallback (a message whose value carries the same fields), or of a task module's
/// form (value.data).
/// </summary>
public sealed class CardActionData(JsonElement data)
{
    public static CardActionData Of(Activity activity)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            if (value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
                && action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
            {
                return new CardActionData(data);
            }

            // A task module's form (composeExtension/submitAction) puts its inputs under value.data.
            if (value.TryGetProperty("data", out var submitted) && submitted.ValueKind == JsonValueKind.Object)
            {
                return new CardActionData(submitted);
            }

            return new CardActionData(value);
        }

        return new CardActionData(default);
    }

    public string? this[string key] =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(key, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString() is { Length: > 0 } s ? s : null,
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            }
            : null;
}
