using MesaBot.Graph;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests.Graph;

/// <summary>Development without Graph configuration: people from the roster only, the rest "not configured", nothing fails.</summary>
public sealed class GraphDisabledTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private T Get<T>() where T : notnull => fixture.Host.Services.GetRequiredService<T>();

    [Fact]
    public async Task Mention_GraphOff_ResolvedFromRosterAlone()
    {
        var result = await Get<IPeopleDirectory>().FromMentionAsync(
            new TeamsMention("29:user-ana", "Ana", RosterOf("19:sin-graph@thread.tacv2"), "19:sin-graph@thread.tacv2"), CancellationToken.None);

        Assert.True(result.Found);
        Assert.Equal(new MesaBot.Records.Person("aad-ana", "Ana Pérez", "29:user-ana"), result.Person.Person);
    }

    [Fact]
    public async Task AddressInstallAndMail_GraphOff_ReportNotConfigured()
    {
        var person = await Get<IPeopleDirectory>().FromAddressAsync("ana.perez@mop.gob.cl", CancellationToken.None);
        var install = await Get<IAppInstaller>().InstallForUserAsync(Guid.NewGuid().ToString(), CancellationToken.None);
        var mail = await Get<DigestMailer>().SendAsync(new DigestMail(new DateOnly(2026, 12, 14), []), CancellationToken.None);

        Assert.Equal(PersonLookupFailure.NotConfigured, person.Failure);
        Assert.Contains("no está configurada", person.Message);
        Assert.Equal(AppInstallStatus.NotConfigured, install.Status);
        Assert.Equal(MailSendStatus.NotConfigured, mail.Status);
    }

    // The turn hands the directory its conversation's roster; here it is read from the fake Connector.
    private Func<CancellationToken, Task<IReadOnlyList<MesaBot.Protocol.ChannelAccount>>> RosterOf(string conversationId) =>
        ct => fixture.Host.Services.GetRequiredService<MesaBot.Protocol.Connector.IConnectorClient>().GetMembersAsync(fixture.BotFramework.ServiceUrl, conversationId, ct);
}
