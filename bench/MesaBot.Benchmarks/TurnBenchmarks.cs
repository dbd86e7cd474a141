using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Protocol;
using MesaBot.Records;
using MesaBot.Protocol.Routing;
using Microsoft.Extensions.Caching.Memory;

namespace MesaBot.Benchmarks;

/// <summary>
/// The in-process cost of a `pendientes` turn, piece by piece and whole, with storage and HTTP taken
/// out: parse the activity, strip the mention, route, build the 10-row list reply (and an item card),
/// serialise the reply as the connector would send it.
/// Run: dotnet run -c Release --project bench/MesaBot.Benchmarks -- --filter '*TurnBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private readonly InMemoryConnector _connector = new();
    private readonly TimeProvider _clock = TurnFixtures.Clock();
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());
    private byte[] _body = [];
    private Activity _activity = null!;
    private IReadOnlyList<ItemView> _items = [];
    private IReadOnlyList<PendingItem> _rows = [];
    private ActivityRouter<TurnContext> _routeOnly = null!;
    private ActivityRouter<TurnContext> _routeAndReply = null!;

    [GlobalSetup]
    public void Setup()
    {
        _body = TurnFixtures.PendientesBody();
        _activity = JsonSerializer.Deserialize<Activity>(_body, ProtocolJson.Options)!;
        _items = TurnFixtures.OpenItems();
        _rows = [.. _items.Select(i => i.Item.Pending(TurnFixtures.Mesa)!)];
        _routeOnly = TurnFixtures.Router((_, _) => Task.CompletedTask);
        _routeAndReply = TurnFixtures.Router(ReplyWithListAsync);
    }

    [Benchmark]
    public Activity? DeserializeActivity() => JsonSerializer.Deserialize<Activity>(_body, ProtocolJson.Options);

    [Benchmark]
    public string MentionText() => Protocol.MentionText.RemoveRecipientMention(_activity);

    [Benchmark]
    public Task<InvokeResponse?> Route() => _routeOnly.RouteAsync(new TurnContext(_activity, _connector), CancellationToken.None);

    /// <summary>The `pendientes` answer: the list card of 50 open items (10 rows and "Ver más"), serialised for the connector.</summary>
    [Benchmark]
    public Task PendientesListReply() => ReplyWithListAsync(new TurnContext(_activity, _connector), CancellationToken.None);

    /// <summary>One item's card (the answer to tarea/cumplida/…), serialised for the connector.</summary>
    [Benchmark]
    public Task ItemCardReply() =>
        Chat(new TurnContext(_activity, _connector)).ShowAsync(
            ItemCard.For(TurnFixtures.Mesa, _items[0].Item, [TurnFixtures.Ana], TurnFixtures.Today, insideMesa: true), CancellationToken.None);

    /// <summary>The whole turn without I/O: bytes in, route, list reply, bytes out.</summary>
    [Benchmark(Baseline = true)]
    public Task<InvokeResponse?> WholeTurn()
    {
        var activity = JsonSerializer.Deserialize<Activity>(_body, ProtocolJson.Options)!;
        return _routeAndReply.RouteAsync(new TurnContext(activity, _connector), CancellationToken.None);
    }

    private Task ReplyWithListAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var mesa = TurnFixtures.Mesa;
        var chat = Chat(turn);
        return chat.ShowAsync(ListReplies.Items(chat, mesa, ListTitles.MesaPending(mesa), _rows, ListQueries.Pending, 1), cancellationToken);
    }

    // The turn as the bot builds it; the roster is never read here (no mention, no card that lists members).
    private ChatContext Chat(TurnContext turn)
    {
        var mesa = TurnFixtures.Mesa;
        var roster = new ConversationRoster(_connector, null!, _cache, null, null, isPersonal: false, mesa.TenantId, TurnFixtures.Ana);
        return new ChatContext(turn, mesa.TenantId, TurnFixtures.Ana, "channel", mesa, _clock, roster);
    }
}
