namespace MesaBot.Protocol.Routing;

public delegate Task TurnHandler<in TTurn>(TTurn turn, CancellationToken cancellationToken);

public delegate Task<InvokeResponse> InvokeHandler<in TTurn>(TTurn turn, CancellationToken cancellationToken);

/// <summary>
/// Picks the handler for an activity: by type, by invoke name, by Adaptive Card verb, and for messages by
/// the command phrase they start with (longest phrase wins, so "mis pendientes" beats "pendientes").
/// Shaped like the Agents SDK's AgentApplication so handlers move over unchanged. Handlers receive the
/// bot's own turn (<typeparamref name="TTurn"/>), built once before routing with whatever the bot's
/// handlers need; the router itself reads only the protocol turn inside it.
/// </summary>
public sealed class ActivityRouter<TTurn> where TTurn : IRoutedTurn
{
    private readonly List<(string[] Words, TurnHandler<TTurn> Handler)> _commands = [];
    private readonly Dictionary<string, InvokeHandler<TTurn>> _invokes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InvokeHandler<TTurn>> _cardVerbs = new(StringComparer.Ordinal);
    private readonly List<TurnHandler<TTurn>> _botAdded = [];
    private readonly Dictionary<string, TurnHandler<TTurn>> _events = new(StringComparer.Ordinal);
    private TurnHandler<TTurn>? _unmatchedMessage;

    public ActivityRouter<TTurn> OnCommand(IEnumerable<string> phrases, TurnHandler<TTurn> handler)
    {
        foreach (var phrase in phrases)
        {
            _commands.Add((Words(phrase), handler));
        }

        _commands.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        return this;
    }

    public ActivityRouter<TTurn> OnUnmatchedMessage(TurnHandler<TTurn> handler)
    {
        _unmatchedMessage = handler;
        return this;
    }

    /// <summary>The bot was added to a conversation: conversationUpdate naming the bot, or installationUpdate add.</summary>
    public ActivityRouter<TTurn> OnBotAdded(TurnHandler<TTurn> handler)
    {
        _botAdded.Add(handler);
        return this;
    }

    /// <summary>An event activity by its name (e.g. Teams' application/vnd.microsoft.meetingStart).</summary>
    public ActivityRouter<TTurn> OnEvent(string name, TurnHandler<TTurn> handler)
    {
        _events[name] = handler;
        return this;
    }

    public ActivityRouter<TTurn> OnInvoke(string name, InvokeHandler<TTurn> handler)
    {
        _invokes[name] = handler;
        return this;
    }

    /// <summary>A message action's invoke (composeExtension/fetchTask or …/submitAction) for one command id of the manifest.</summary>
    public ActivityRouter<TTurn> OnMessageAction(string invokeName, string commandId, InvokeHandler<TTurn> handler)
    {
        _invokes[MessageActionInvoke.Key(invokeName, commandId)] = handler;
        return this;
    }

    public ActivityRouter<TTurn> OnCardAction(string verb, InvokeHandler<TTurn> handler)
    {
        _cardVerbs[verb] = handler;
        return this;
    }

    public async Task<InvokeResponse?> RouteAsync(TTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await RouteMessageAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate when BotWasAdded(activity):
            case ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade":
                foreach (var handler in _botAdded)
                {
                    await handler(turn, cancellationToken);
                }

                return null;
            case ActivityTypes.Invoke:
                return await RouteInvokeAsync(turn, cancellationToken);
            case ActivityTypes.Event when activity.Name is { } name && _events.TryGetValue(name, out var onEvent):
                await onEvent(turn, cancellationToken);
                return null;
            default:
                return null;
        }
    }

    private Task RouteMessageAsync(TTurn turn, CancellationToken cancellationToken)
    {
        var protocolTurn = turn.Turn;
        var words = Words(protocolTurn.Text);
        foreach (var (phrase, handler) in _commands)
        {
            if (words.Length >= phrase.Length && phrase.SequenceEqual(words[..phrase.Length]))
            {
                protocolTurn.CommandArguments = RestAfter(protocolTurn.Text, phrase.Length);
                return handler(turn, cancellationToken);
            }
        }

        protocolTurn.CommandArguments = protocolTurn.Text;
        return _unmatchedMessage?.Invoke(turn, cancellationToken) ?? Task.CompletedTask;
    }

    private Task<InvokeResponse> RouteInvokeAsync(TTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Turn.Activity;
        var name = activity.Name ?? string.Empty;
        if (name == CardActionInvoke.Name)
        {
            var verb = CardActionInvoke.VerbOf(activity);
            return verb is not null && _cardVerbs.TryGetValue(verb, out var onVerb)
                ? onVerb(turn, cancellationToken)
                : Task.FromResult(InvokeResponse.NotImplemented);
        }

        var key = MessageActionInvoke.CommandIdOf(activity) is { } commandId ? MessageActionInvoke.Key(name, commandId) : name;
        return _invokes.TryGetValue(key, out var handler)
            ? handler(turn, cancellationToken)
            : Task.FromResult(InvokeResponse.NotImplemented);
    }

    /// <summary>The registered command closest to what was typed (edit distance ≤ 2 on the first words), for "¿Quisiste decir…?".</summary>
    public string? ClosestCommand(string text)
    {
        var words = Words(text);
        if (words.Length == 0)
        {
            return null;
        }

        var best = _commands
            .Select(c => (Phrase: string.Join(' ', c.Words), Distance: EditDistance(string.Join(' ', words.Take(c.Words.Length)), string.Join(' ', c.Words))))
            .Where(c => c.Phrase.Length > 1)
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Phrase.Length)
            .FirstOrDefault();
        return best.Phrase is not null && best.Distance <= Math.Min(2, best.Phrase.Length / 3) ? best.Phrase : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static bool BotWasAdded(Activity activity) =>
        activity.MembersAdded?.Any(m => m?.Id is not null && m.Id == activity.Recipient?.Id) == true;

    private static string[] Words(string text) =>
        CommandWords.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    // The arguments keep the user's own spelling, accents and line breaks: only the command words go.
    private static string RestAfter(string text, int wordCount)
    {
        var rest = text.AsSpan().TrimStart();
        for (var i = 0; i < wordCount; i++)
        {
            var end = rest.IndexOfAny(" \t\r\n");
            rest = end < 0 ? [] : rest[end..].TrimStart();
        }

        return rest.ToString().Trim();
    }
}
