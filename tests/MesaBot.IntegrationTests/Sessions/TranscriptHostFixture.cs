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
