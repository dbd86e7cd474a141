using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using MesaBot.Documents;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests.Sessions;

/// <summary>
/// A host with test doubles of the Documents part (built and merged apart): the builder writes the acta's
/// content as UTF-8 JSON, so a test reads back exactly what it was handed; the delivery keeps the bytes in
/// memory under their stored name and links to them at a loopback address.
/// </summary>
public sealed class SessionHostFixture : BotHostFixture
{
    public JsonActaBuilder Builder { get; } = new();

    public MemoryDocumentDelivery Delivery { get; } = new();

    // Sessions span days on the host's clock; the test tokens are valid only around MesaBotFactory.Start.
    protected override bool Authentication => false;

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IActaDocumentBuilder>(Builder);
        services.AddSingleton<IDocumentDelivery>(Delivery);
        // The idle sweep runs once at start-up and then only when a test calls it: the hours a test advances
        // must not let the scheduler's own tick race the test's call.
        services.Configure<MesaBot.Bot.Sessions.SessionsOptions>(o => o.IdleCheckEvery = TimeSpan.FromDays(1));
    }

    /// <summary>A new channel, linked to a new mesa of that name (its linker, Ana Pérez, coordinates it).</summary>
    public async Task<TeamsConversation> MesaAsync(string name)
    {
        var chat = new TeamsConversation(this);
        await chat.SendAsync("vincular " + name);
        return chat;
    }

    /// <summary>The mesa the conversation is linked to, as stored now.</summary>
    public async Task<MesaBot.Records.Mesa> MesaOfAsync(TeamsConversation chat) =>
        (await Host.Services.GetRequiredService<MesaBot.Records.Stores.MesaStore>().FindByConversationAsync(chat.TenantId, chat.ConversationId, CancellationToken.None))!;
}

public sealed class JsonActaBuilder : IActaDocumentBuilder
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ConcurrentQueue<ActaContent> Built { get; } = new();

    public DocumentFile Build(ActaContent acta)
    {
        Built.Enqueue(acta);
        var name = $"acta-{acta.MesaCode}-{acta.SessionNumber}-v{acta.Version}{(acta.Approval is null ? "-borrador" : string.Empty)}.json";
        return new DocumentFile(name, "application/json", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(acta, Json)));
    }

    public static ActaContent Read(byte[] bytes) => JsonSerializer.Deserialize<ActaContent>(bytes, Json)!;
}

public sealed class MemoryDocumentDelivery : IDocumentDelivery
{
    public ConcurrentDictionary<string, byte[]> Stored { get; } = new(StringComparer.Ordinal);

    public Task<DeliveredDocument> DeliverAsync(DocumentFile file, DocumentPlace place, CancellationToken cancellationToken)
    {
        var name = $"{place.TenantId}/{place.MesaId}/{Guid.NewGuid():N}/{file.FileName}";
        // Stored bytes are immutable: a copy, so nothing the caller does later can change them.
        Stored[name] = [.. file.Content];
        return Task.FromResult(new DeliveredDocument(name, file.Sha256, file.Content.LongLength, Link(name)));
    }

    public Task<Uri> LinkAsync(string storedName, CancellationToken cancellationToken) => Task.FromResult(Link(storedName));

    public static Uri Link(string storedName) => new("http://127.0.0.1:9/documentos/" + Uri.EscapeDataString(storedName));
}
