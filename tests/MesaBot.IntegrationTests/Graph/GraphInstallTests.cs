using MesaBot.Graph;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Protocol;
using MesaBot.Protocol.Connector;

namespace MesaBot.IntegrationTests.Graph;

/// <summary>Proactive install and the personal chat it leads to, against the fake Graph and the fake Connector.</summary>
public sealed class GraphInstallTests(GraphHostFixture fixture) : IClassFixture<GraphHostFixture>
{
    [Fact]
    public async Task Install_NeverInstalled_201InstalledWithCatalogBinding()
    {
        var ana = fixture.NewMember();

        var result = await fixture.Get<IAppInstaller>().InstallForUserAsync(ana.Id, CancellationToken.None);

        Assert.Equal(AppInstallStatus.Installed, result.Status);
        var call = fixture.Graph.Calls.Single(c => c.Method == "POST" && c.Path == $"/v1.0/users/{ana.Id}/teamwork/installedApps");
        Assert.Equal($"{fixture.Graph.BaseUrl}/appCatalogs/teamsApps/{GraphHostFixture.CatalogAppId}", call.Json.GetProperty("teamsApp@odata.bind").GetString());
    }

    [Fact]
    public async Task Install_AlreadyInstalled_409ReportedAsAlreadyInstalled()
    {
        var ana = fixture.NewMember();
        fixture.Graph.InstalledFor[ana.Id] = true;

        var result = await fixture.Get<IAppInstaller>().InstallForUserAsync(ana.Id, CancellationToken.None);

        Assert.Equal(AppInstallStatus.AlreadyInstalled, result.Status);
        Assert.True(result.IsInstalled);
    }

    [Fact]
    public async Task AssignedByMail_NeverOpenedBot_ReminderReachesTheirPersonalChat()
    {
        // A task was assigned to "ana…@mop.gob.cl"; she has never written to MesaBot.
        var ana = fixture.NewMember();
        var person = await fixture.Get<IPeopleDirectory>().FromAddressAsync(ana.Mail!, CancellationToken.None);
        Assert.True(person.Found);

        var chat = await fixture.Get<IPersonalChatOpener>().OpenAsync(
            new PersonalChatRequest(TeamsActivities.TenantId, person.Person.Person, fixture.BotFramework.ServiceUrl, TeamsActivities.BotId), CancellationToken.None);
        Assert.Equal(PersonalChatStatus.Opened, chat.Status);
        await fixture.Get<IConnectorClient>().SendToConversationAsync(chat.Conversation!.ServiceUrl, chat.Conversation.ConversationId,
            new Activity { Type = "message", Text = "Recordatorio: «Revisar bases» vence mañana." }, CancellationToken.None);

        Assert.Equal(AppInstallStatus.Installed, chat.Install);
        Assert.Equal(1, fixture.Graph.CountCalls("POST", $"/users/{ana.Id}/teamwork/installedApps"));
        var create = fixture.BotFramework.Calls.Single(c => c.Method == "POST" && c.Path.EndsWith("/v3/conversations") && c.Body.Contains(ana.Id));
        Assert.Contains(TeamsActivities.TenantId, create.Body);
        Assert.Equal("personal", chat.Conversation.ConversationType);
        var reminder = fixture.BotFramework.SentActivities().Single(a => a.Text?.Contains("Revisar bases") == true);
        Assert.Contains(fixture.BotFramework.Calls, c => c.Activity == reminder && c.Path.Contains(chat.Conversation.ConversationId));
    }

    [Fact]
    public async Task Open_InstallPermissionMissing_403ReportedAndConnectorFallbackUsed()
    {
        var ana = fixture.NewMember();
        fixture.Graph.InstallPermission = false;
        try
        {
            var install = await fixture.Get<IAppInstaller>().InstallForUserAsync(ana.Id, CancellationToken.None);
            var chat = await fixture.Get<IPersonalChatOpener>().OpenAsync(
                new PersonalChatRequest(TeamsActivities.TenantId, new MesaBot.Records.Person(ana.Id, ana.DisplayName, "29:ana-" + ana.Id[..8]),
                    fixture.BotFramework.ServiceUrl, TeamsActivities.BotId), CancellationToken.None);

            Assert.Equal(AppInstallStatus.PermissionDenied, install.Status);
            Assert.Equal(403, install.Failure!.Status);
            Assert.NotNull(install.Failure.RequestId);
            Assert.Equal(PersonalChatStatus.Opened, chat.Status);
            Assert.Equal(AppInstallStatus.PermissionDenied, chat.Install);
            Assert.Contains(fixture.BotFramework.Calls, c => c.Path.EndsWith("/v3/conversations") && c.Body.Contains("29:ana-" + ana.Id[..8]));
        }
        finally
        {
            fixture.Graph.InstallPermission = true;
        }
    }

    [Fact]
    public async Task Open_NoPermissionAndConnectorRefuses_UnreachableWithSpanishReason()
    {
        var ana = fixture.NewMember("Ana Pérez");
        fixture.Graph.InstallPermission = false;
        fixture.BotFramework.ScriptedFailures.Enqueue((403, null));
        try
        {
            var chat = await fixture.Get<IPersonalChatOpener>().OpenAsync(
                new PersonalChatRequest(TeamsActivities.TenantId, new MesaBot.Records.Person(ana.Id, ana.DisplayName),
                    fixture.BotFramework.ServiceUrl, TeamsActivities.BotId), CancellationToken.None);

            Assert.Equal(PersonalChatStatus.Unreachable, chat.Status);
            Assert.False(chat.IsReachable);
            Assert.Contains("Ana Pérez", chat.Reason);
            Assert.Contains("Aplicaciones → MesaBot", chat.Reason);
        }
        finally
        {
            fixture.Graph.InstallPermission = true;
        }
    }
}
