using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MesaBot.EndToEndTests.Infrastructure;

/// <summary>
/// The Playground's "custom activity": its page asks for a template of a conversation
/// (`GET /_internal/v1/customActivities/template`), the person edits the JSON, and the Playground sends it
/// to the bot as Teams would (`POST /_internal/v1/customActivities`), with itself as the Connector, so
/// the bot's replies show in that conversation. This is how Teams-only events, such as a meeting's
/// start and end, reach the bot in the Playground.
/// </summary>
public sealed class CustomActivities(PlaygroundEnvironment environment)
{
    public async Task<JsonObject> TemplateAsync(string conversationId)
    {
        using var http = new HttpClient();
        var template = await http.GetFromJsonAsync<JsonObject>($"{environment.PlaygroundUrl}/_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId)}");
        return template ?? throw new InvalidOperationException("The Playground gave no template.");
    }

    public async Task SendAsync(JsonObject activity)
    {
        using var http = new HttpClient();
        var response = await http.PostAsJsonAsync($"{environment.PlaygroundUrl}/_internal/v1/customActivities", activity);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}\n{environment.Diagnostics()}");
    }
}
