using Azure.Identity;
using MesaBot.Graph;
using MesaBot.Protocol.Authentication;

namespace MesaBot.Tests.Graph;

public sealed class GraphCredentialsTests
{
    private static BotAuthenticationOptions Bot(string type) => new()
    {
        MicrosoftAppType = type,
        MicrosoftAppId = "11111111-1111-1111-1111-111111111111",
        MicrosoftAppPassword = "secret",
        MicrosoftAppTenantId = "22222222-2222-2222-2222-222222222222",
    };

    [Fact]
    public void Create_AzureClientIdSet_ManagedIdentityEvenForSecretBot()
    {
        var credential = GraphCredentials.Create(new GraphOptions(), Bot("SingleTenant"), azureClientId: "33333333-3333-3333-3333-333333333333");

        Assert.IsType<ManagedIdentityCredential>(credential);
    }

    [Fact]
    public void Create_ManagedIdentityBot_ManagedIdentity()
    {
        var credential = GraphCredentials.Create(new GraphOptions(), Bot("UserAssignedMSI"), azureClientId: null);

        Assert.IsType<ManagedIdentityCredential>(credential);
    }

    [Fact]
    public void Create_SecretBotWithoutIdentity_ClientSecret()
    {
        var credential = GraphCredentials.Create(new GraphOptions(), Bot("SingleTenant"), azureClientId: null);

        Assert.IsType<ClientSecretCredential>(credential);
    }

    [Fact]
    public void Create_SecretBotWithoutTenant_CredentialUnavailableWhichCountsAsAGraphError()
    {
        var bot = Bot("SingleTenant");
        bot.MicrosoftAppTenantId = null;

        var error = Assert.Throws<CredentialUnavailableException>(() => GraphCredentials.Create(new GraphOptions(), bot, azureClientId: null));

        Assert.True(GraphFailure.IsGraphError(error, CancellationToken.None));
        Assert.IsType<ManagedIdentityCredential>(
            GraphCredentials.Create(new GraphOptions { ManagedIdentityClientId = "33333333-3333-3333-3333-333333333333" }, bot, azureClientId: null));
    }
}
