namespace MesaBot.Graph;

/// <summary>The "Graph" configuration section: where Microsoft Graph is and what MesaBot does with it.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>
    /// Whether MesaBot calls Graph at all. Unset means "yes outside Development": a developer's machine
    /// has no identity that Graph would accept, and the deployed host must not silently lose mail.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Graph's root; tests point it at a fake server on 127.0.0.1.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The MesaBot app's id in the org app catalog (not the manifest id); empty disables proactive install.</summary>
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>The mailbox (UPN) MesaBot sends from; empty disables e-mail.</summary>
    public string? MailSender { get; set; }

    /// <summary>Who receives the weekly digest (a person or a mail-enabled group); empty disables the digest e-mail.</summary>
    public string? DigestRecipient { get; set; }

    /// <summary>How long a resolved person is remembered before Graph is asked again.</summary>
    public int CacheMinutes { get; set; } = 60;

    /// <summary>
    /// Client id of the user-assigned managed identity Graph is called as. Unset falls back to
    /// AZURE_CLIENT_ID (set by the Bicep template), then to the bot's own app registration.
    /// </summary>
    public string? ManagedIdentityClientId { get; set; }

    public GraphRetryOptions Retry { get; set; } = new();

    public bool IsEnabled(bool isDevelopment) => Enabled ?? !isDevelopment;
}

/// <summary>The section <c>Graph:Retry</c>: Graph calls (mail with attachments) may take longer than the Connector's.</summary>
public sealed class GraphRetryOptions : MesaBot.Http.ResilienceOptions
{
    public GraphRetryOptions()
    {
        AttemptTimeout = TimeSpan.FromSeconds(60);
        TotalTimeout = TimeSpan.FromMinutes(3);
    }
}
