using System.Security.Cryptography;
using MesaBot.Documents.Acta;
using MesaBot.Documents.Delivery;
using MesaBot.Documents.Workbook;
using Microsoft.Extensions.Options;

namespace MesaBot.Documents.Hosting;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// The acta and workbook builders and the delivery (blobs, signed links, the channel's Files folder through
    /// Graph when it is on). Outside Development the link key must be configured: links signed with a key made
    /// at start would die with the instance and differ between instances.
    /// </summary>
    public static WebApplicationBuilder AddMesaDocuments(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var development = builder.Environment.IsDevelopment();
        services.AddOptions<DocumentOptions>()
            .Bind(builder.Configuration.GetSection(DocumentOptions.Section))
            .PostConfigure(o =>
            {
                if (development && string.IsNullOrEmpty(o.LinkSigningKey))
                {
                    o.LinkSigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
                }
            })
            .Validate(o => o.LinkSigningKey is { Length: >= DocumentOptions.MinimumKeyLength },
                $"Documents:LinkSigningKey is required outside Development and must have at least {DocumentOptions.MinimumKeyLength} characters.")
            // App Service passes an unresolved Key Vault reference through as its own text (secret not set yet, no
            // access): a key anyone who sees the settings could type. Refuse to start instead.
            .Validate(o => o.LinkSigningKey?.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase) != true,
                "Documents:LinkSigningKey is an unresolved Key Vault reference: set the secret documents-link-key in the vault (docs/deploy.md, 6b).")
            .Validate(o => o.LinkLifetime > TimeSpan.Zero, "Documents:LinkLifetime must be positive.")
            .Validate(o => string.IsNullOrEmpty(o.PublicBaseUrl) || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _),
                "Documents:PublicBaseUrl must be an absolute URL.")
            .ValidateOnStart();

        services.AddHttpContextAccessor();
        services.AddSingleton<IActaDocumentBuilder, ActaDocumentBuilder>();
        services.AddSingleton<RecordsWorkbookBuilder>();
        services.AddSingleton<DocumentBlobs>();
        services.AddSingleton<DocumentLinks>();
        services.AddSingleton<IDocumentDelivery, DocumentDelivery>();
        return builder;
    }

    public static WebApplication MapMesaDocuments(this WebApplication app)
    {
        app.MapDocumentDownloads();
        return app;
    }
}
