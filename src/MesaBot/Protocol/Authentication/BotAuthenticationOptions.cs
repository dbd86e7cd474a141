namespace MesaBot.Protocol.Authentication;

/// <summary>
/// The Azure Bot's standard keys (read from the configuration root, as every Bot Framework host does)
/// plus where the Bot Framework's signing keys are published.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>SingleTenant, MultiTenant or UserAssignedMSI.</summary>
    public string MicrosoftAppType { get; set; } = "SingleTenant";
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>A PEM or PFX file with the app's certificate, used instead of a password when set.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }

    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Tenants whose activities are accepted; empty accepts every tenant.</summary>
    public string[] AllowedTenantIds { get; set; } = [];

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
