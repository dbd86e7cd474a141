using System.Net.Http.Json;
using System.Text.RegularExpressions;
using MesaBot.EndToEndTests.Infrastructure;

namespace MesaBot.EndToEndTests;

/// <summary>
/// Issue 14, "nothing silent": a task reassigned to Carolina (the Playground's user) by its owner Ana
/// reaches Carolina's personal chat as a short message with the item card. The Playground only speaks as
/// Carolina, so Ana's command goes straight to the bot, as Teams would deliver it, with the Playground as
/// its Connector; everything Carolina sees is checked on the page. It works in the team's General
/// channel, with a mesa of its own (shared with the session and registrar tests), so the scenario's Resiliencia
/// channel is left as that test expects it.
/// </summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed partial class ReassignNoticeInPlaygroundTests(PlaygroundEnvironment environment)
{
    // From .m365agentsplayground.yml; the Playground gives the General channel the team's id, as Teams does.
    private const string TenantId = "5e0b2a51-7c1d-4f3a-9b8e-0a1b2c3d4e5f";
    private const string TeamId = "team-innovacion-mop";
    private const string ChannelId = TeamId;
    private const string BotId = "00000000-0000-0000-0000-00000000b07a";

    [Fact]
    public async Task Reassign_ToCarolinaByAna_ReachesCarolinasPersonalChat()
    {
        var chat = environment.Chat;
        await chat.LinkChannelAsync("General", "Vialidad Urbana"); // the session and registrar tests work there too
        await chat.PostAsync("@MesaBot", " tarea preparar informe de avance de obras ", "@Ana Pérez", $" para el {SantiagoClock.Ahead(12)}");
        var card = await chat.ExpectCardWithTextAsync("preparar informe de avance de obras");
        var id = TaskId().Match(await card.InnerTextAsync()).Value;

        using var http = new HttpClient();
        var response = await http.PostAsJsonAsync(environment.BotMessagesUrl, AnaSays($"<at>MesaBot</at> reasignar {id} <at>Carolina Muñoz</at>"));
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}\n{environment.Diagnostics()}");

        await chat.OpenConversationAsync("Personal Chat");
        var notice = await chat.ExpectCardWithTextAsync("de la mesa Vialidad Urbana");
        var text = await notice.InnerTextAsync();
        Assert.Matches(@"Te aviso de un cambio en [A-Z]+-" + id, text);
        Assert.Contains("Ana Pérez te pasó la responsabilidad", text); // to Carolina as tú, not "→ Carolina Muñoz"
        await chat.ScreenshotAsync("11-aviso-reasignacion");
    }

    private object AnaSays(string text) => new
    {
        type = "message",
        id = Guid.NewGuid().ToString("N"),
        channelId = "msteams",
        serviceUrl = environment.PlaygroundUrl,
        from = new { id = "user-id-1", name = "Ana Pérez", aadObjectId = "3f2a1b0c-0000-4000-8000-000000000101" },
        recipient = new { id = BotId, name = "MesaBot" },
        conversation = new { id = $"{ChannelId};messageid={Random.Shared.NextInt64(1, long.MaxValue)}", conversationType = "channel", tenantId = TenantId },
        text,
        textFormat = "plain",
        locale = "es-CL",
        entities = new object[]
        {
            new { type = "mention", mentioned = new { id = BotId, name = "MesaBot" }, text = "<at>MesaBot</at>" },
            new { type = "mention", mentioned = new { id = "user-id-0", name = "Carolina Muñoz" }, text = "<at>Carolina Muñoz</at>" },
        },
        channelData = new { tenant = new { id = TenantId }, channel = new { id = ChannelId }, team = new { id = TeamId } },
    };

    [GeneratedRegex(@"\bT-\d+\b")]
    private static partial Regex TaskId();
}
