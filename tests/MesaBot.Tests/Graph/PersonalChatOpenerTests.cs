using System.Net;
using MesaBot.Conversations;
using MesaBot.Graph;
using MesaBot.Protocol.Connector;
using MesaBot.Records;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace MesaBot.Tests.Graph;

public sealed class PersonalChatOpenerTests
{
    private const string Tenant = "mop-tenant";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private const string BotId = "28:bot";

    private readonly Mock<IPersonalConversations> _known = new();
    private readonly Mock<IAppInstaller> _installer = new();
    private readonly Mock<IConnectorClient> _connector = new();
    private readonly PersonalChatOpener _opener;

    public PersonalChatOpenerTests() =>
        _opener = new PersonalChatOpener(_known.Object, _installer.Object, _connector.Object, NullLogger<PersonalChatOpener>.Instance);

    private static Person Ana => new("oid-ana", "Ana Pérez");

    [Fact]
    public async Task Open_ChatAlreadyKnown_ReturnedWithoutInstallOrConnector()
    {
        var stored = new ConversationReference(Tenant, "a:personal-ana", "personal", ServiceUrl, BotId, null, null);
        _known.Setup(k => k.FindForUserAsync(Tenant, "oid-ana", It.IsAny<CancellationToken>())).ReturnsAsync(stored);

        var result = await _opener.OpenAsync(Request(Ana), CancellationToken.None);

        Assert.Equal(PersonalChatStatus.Known, result.Status);
        Assert.Same(stored, result.Conversation);
        _installer.VerifyNoOtherCalls();
        _connector.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Open_Installed_CreatesOneToOneWithObjectIdAndTenant()
    {
        Install(AppInstallStatus.Installed);
        ConversationParameters? sent = null;
        _connector.Setup(c => c.CreateConversationAsync(ServiceUrl, It.IsAny<ConversationParameters>(), It.IsAny<CancellationToken>()))
            .Callback<string, ConversationParameters, CancellationToken>((_, p, _) => sent = p)
            .ReturnsAsync(new ConversationResourceResponse("a:new-chat", null, null));

        var result = await _opener.OpenAsync(Request(Ana), CancellationToken.None);

        Assert.Equal(PersonalChatStatus.Opened, result.Status);
        Assert.Equal(new ConversationReference(Tenant, "a:new-chat", "personal", ServiceUrl, BotId, null, null), result.Conversation);
        Assert.False(sent!.IsGroup);
        Assert.Equal(Tenant, sent.TenantId);
        Assert.Equal("oid-ana", Assert.Single(sent.Members).Id);
    }

    [Fact]
    public async Task Open_PermissionDeniedButTeamsIdKnown_ConnectorUsesTheTeamsId()
    {
        Install(AppInstallStatus.PermissionDenied);
        _connector.Setup(c => c.CreateConversationAsync(ServiceUrl, It.Is<ConversationParameters>(p => p.Members[0].Id == "29:ana"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ConversationResourceResponse("a:chat", null, "https://smba.trafficmanager.net/south/"));

        var result = await _opener.OpenAsync(Request(Ana with { TeamsUserId = "29:ana" }), CancellationToken.None);

        Assert.Equal(PersonalChatStatus.Opened, result.Status);
        Assert.Equal(AppInstallStatus.PermissionDenied, result.Install);
        Assert.Equal("https://smba.trafficmanager.net/south/", result.Conversation!.ServiceUrl);
    }

    [Theory]
    [InlineData(AppInstallStatus.PermissionDenied, "no puedo instalarlo")]
    [InlineData(AppInstallStatus.NotConfigured, "no puedo instalarlo")]
    [InlineData(AppInstallStatus.Failed, "próximo recordatorio")]
    public async Task Open_ConnectorRefuses_UnreachableWithReason(AppInstallStatus install, string expected)
    {
        Install(install);
        _connector.Setup(c => c.CreateConversationAsync(ServiceUrl, It.IsAny<ConversationParameters>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectorException(HttpStatusCode.Forbidden, "BotNotInConversationRoster", "403"));

        var result = await _opener.OpenAsync(Request(Ana), CancellationToken.None);

        Assert.Equal(PersonalChatStatus.Unreachable, result.Status);
        Assert.Null(result.Conversation);
        Assert.Contains("Ana Pérez", result.Reason);
        Assert.Contains(expected, result.Reason);
    }

    private static PersonalChatRequest Request(Person person) => new(Tenant, person, ServiceUrl, BotId);

    private void Install(AppInstallStatus status) =>
        _installer.Setup(i => i.InstallForUserAsync("oid-ana", It.IsAny<CancellationToken>())).ReturnsAsync(new AppInstallResult(status));
}
