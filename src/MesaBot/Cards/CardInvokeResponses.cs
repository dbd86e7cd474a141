namespace MesaBot.Cards;

/// <summary>The bodies Teams expects back from an adaptiveCard/action invoke.</summary>
public static class CardInvokeResponses
{
    /// <summary>Replaces the card the user pressed with <paramref name="card"/>.</summary>
    public static Protocol.InvokeResponse Card(AdaptiveCard card) => Protocol.InvokeResponse.Ok(new
    {
        statusCode = 200,
        type = AdaptiveCard.ContentType,
        value = card,
    });

    /// <summary>Shows a short message instead of changing the card.</summary>
    public static Protocol.InvokeResponse Message(string text) => Protocol.InvokeResponse.Ok(new
    {
        statusCode = 200,
        type = "application/vnd.microsoft.activity.message",
        value = text,
    });
}
