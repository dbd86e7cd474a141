using Microsoft.Extensions.DependencyInjection.Extensions;
using MesaBot.Documents;
using MesaBot.Graph;
using MesaBot.IntegrationTests.Graph;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.IntegrationTests.Sessions;

/// <summary>
/// The sessions host (document doubles, no authentication) with Graph on, pointed at <see cref="FakeGraph"/>,
/// and the turns a transcript test takes: a mesa, a Teams meeting's start and its end an hour later.
/// </summary>
public sealed class TranscriptHostFixture : BotHostFixture
{
    /// <summary>
    /// A meeting's transcript as Teams writes it (numbered cues, a sentence cut across cues, one speaker's cues
    /// in a row): an acuerdo, Luis Soto's "yo me encargo" for Friday, the CChC's compromiso, and a question.
    /// </summary>
    public const string Vtt = """
        WEBVTT

        0f3c5a7e-1b2d-4c6e-9a8b-7d6e5f4a3b2c/12-0
        00:00:02.310 --> 00:00:05.870
        <v Ana Pérez>Buenos días a todos, partimos con el primer punto.</v>

        0f3c5a7e-1b2d-4c6e-9a8b-7d6e5f4a3b2c/15-0
        00:00:06.100 --> 00:00:09.440
        <v Ana Pérez>Se acuerda priorizar los puentes</v>

        0f3c5a7e-1b2d-4c6e-9a8b-7d6e5f4a3b2c/15-1
        00:00:09.440 --> 00:00:11.020
        <v Ana Pérez>de la ruta 5.</v>

        3a9d1c2b-5e4f-4a6b-8c7d-1e2f3a4b5c6d/3-0
        00:00:12.500 --> 00:00:16.900
        <v Luis Soto>Yo me encargo de revisar las bases técnicas para el viernes.</v>

        0f3c5a7e-1b2d-4c6e-9a8b-7d6e5f4a3b2c/21-0
        00:00:17.200 --> 00:00:21.750
        <v Ana Pérez>La CChC enviará el informe de indicadores el 15 de diciembre.</v>

        7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d/8-0
        00:00:22.000 --> 00:00:23.400
        <v Francisca Rojas>¿Alguien tiene comentarios?</v>
        """;

    public FakeGraph Graph { get; private set; } = null!;

    public JsonActaBuilder Builder { get; } = new();

    protected override bool Authentication => false;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Graph:Enabled"] = "true",
        ["Graph:BaseUrl"] = Graph.BaseUrl,
        ["Graph:TeamsAppCatalogId"] = GraphHostFixture.CatalogAppId,
        ["Graph:MailSender"] = GraphHostFixture.Sender,
        ["Graph:Retry:BaseDelay"] = "00:00:00.005",
        ["Graph:Retry:MaxDelay"] = "00:00:00.050",
    };

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public async Task<TeamsConversation> MesaAsync(string name)
    {
        var chat = new TeamsConversation(this);
        await chat.SendAsync("vincular " + name);
        return chat;
    }

    public async Task<Mesa> MesaOfAsync(TeamsConversation chat) =>
        (await Get<MesaStore>().FindByConversationAsync(chat.TenantId, chat.ConversationId, CancellationToken.None))!;

    public Task<Reply> StartAsync(TeamsConversation chat, string meeting) =>
        chat.EventAsync("application/vnd.microsoft.meetingStart", new { Id = meeting, JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x", Title = "Mesa mensual", MeetingType = "Scheduled", StartTime = "2026-11-25T12:00:05.000Z" });

    public async Task<Reply> EndAsync(TeamsConversation chat, string meeting)
    {
        Host.Time.Advance(TimeSpan.FromHours(1));
        return await chat.EventAsync("application/vnd.microsoft.meetingEnd", new { Id = meeting, JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x", Title = "Mesa mensual", MeetingType = "Scheduled", EndTime = "2026-11-25T13:00:00.000Z" });
    }

    protected override async Task StartDependenciesAsync() => Graph = await FakeGraph.StartAsync();

    protected override async Task StopDependenciesAsync() => await Graph.DisposeAsync();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IActaDocumentBuilder>(Builder);
        services.AddSingleton<IDocumentDelivery>(new MemoryDocumentDelivery());
        services.RemoveAll<IGraphTokenProvider>();
        services.AddSingleton<IGraphTokenProvider>(new StaticToken());
    }

    private sealed class StaticToken : IGraphTokenProvider
    {
        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(GraphHostFixture.GraphToken);
    }
}
