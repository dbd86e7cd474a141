using System.Text.RegularExpressions;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MesaBot.Storage;
using Microsoft.Extensions.Options;

namespace MesaBot.Documents.Delivery;

/// <summary>
/// Built documents as blobs that are written once: the name holds the tenant, the mesa, the content's hash
/// and the file name, and an upload never overwrites, so a stored name always serves the bytes that were
/// hashed (an approved acta cannot change under its approval). Same account as the tables (connection
/// string, Azurite, or the account name with a managed identity).
/// </summary>
public sealed partial class DocumentBlobs(IOptions<StorageOptions> storage, IOptions<DocumentOptions> options, AzuriteConnection azurite)
{
    private readonly Lazy<BlobContainerClient> _container = new(() => CreateContainer(storage.Value, options.Value, azurite));
    private volatile bool _created;

    public static string StoredName(DocumentPlace place, DocumentFile file) =>
        $"{DocumentFileNames.Safe(place.TenantId)}/{DocumentFileNames.Safe(place.MesaId)}/{file.Sha256}/{DocumentFileNames.SafeFileName(file.FileName)}";

    /// <summary>Whether a name could be one of ours: checked before the name reaches storage.</summary>
    public static bool IsStoredName(string name) => StoredNamePattern().IsMatch(name);

    public static string FileName(string storedName) => storedName[(storedName.LastIndexOf('/') + 1)..];

    public async Task StoreAsync(string storedName, DocumentFile file, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        try
        {
            await _container.Value.GetBlobClient(storedName).UploadAsync(BinaryData.FromBytes(file.Content), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = file.ContentType },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken);
        }
        catch (RequestFailedException error) when (error.Status == 409)
        {
            // Already stored: the name holds the hash, so it is these very bytes.
        }
    }

    /// <summary>The stored bytes and their media type, or null when no such document was stored.</summary>
    public async Task<(byte[] Content, string ContentType)?> ReadAsync(string storedName, CancellationToken cancellationToken)
    {
        try
        {
            var download = await _container.Value.GetBlobClient(storedName).DownloadContentAsync(cancellationToken);
            return (download.Value.Content.ToArray(), download.Value.Details.ContentType);
        }
        catch (RequestFailedException error) when (error.Status == 404)
        {
            return null;
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await _container.Value.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = true;
        }
    }

    private static BlobContainerClient CreateContainer(StorageOptions o, DocumentOptions d, AzuriteConnection azurite)
    {
        var name = string.IsNullOrEmpty(o.TablePrefix) ? d.Container : $"{o.TablePrefix.ToLowerInvariant()}-{d.Container}";
        return string.IsNullOrWhiteSpace(o.ConnectionString) && !string.IsNullOrWhiteSpace(o.AccountName)
            ? new BlobContainerClient(new Uri($"https://{o.AccountName}.blob.core.windows.net/{name}"), StorageCredential.For(o))
            : new BlobContainerClient(azurite.ResolveConnectionString(o), name);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,128}/[A-Za-z0-9_-]{1,128}/[0-9a-f]{64}/[A-Za-z0-9_-]{1,120}\\.(docx|xlsx)$")]
    private static partial Regex StoredNamePattern();
}
