using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using MesaBot.Storage;
using Microsoft.Extensions.Options;

namespace MesaBot.Reminders;

/// <summary>
/// The queue and the lease container, on the same account as the tables (connection string, Azurite in
/// Development, or the account name with a managed identity). Names get the table prefix, lower-cased, so
/// tests and environments sharing an account stay apart.
/// </summary>
public sealed class ReminderStorage(IOptions<StorageOptions> storage, IOptions<ReminderOptions> options, AzuriteConnection azurite)
{
    private readonly Lazy<QueueClient> _queue = new(() => CreateQueue(storage.Value, options.Value, azurite));
    private readonly Lazy<BlobContainerClient> _leases = new(() => CreateContainer(storage.Value, options.Value, azurite));

    public QueueClient Queue => _queue.Value;

    public BlobContainerClient Leases => _leases.Value;

    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        await Queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await Leases.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }

    private static string Name(StorageOptions o, string name) =>
        string.IsNullOrEmpty(o.TablePrefix) ? name : $"{o.TablePrefix.ToLowerInvariant()}-{name}";

    private static QueueClient CreateQueue(StorageOptions o, ReminderOptions r, AzuriteConnection azurite)
    {
        var name = Name(o, r.QueueName);
        return string.IsNullOrWhiteSpace(o.ConnectionString) && !string.IsNullOrWhiteSpace(o.AccountName)
            ? new QueueClient(new Uri($"https://{o.AccountName}.queue.core.windows.net/{name}"), StorageCredential.For(o))
            : new QueueClient(azurite.ResolveConnectionString(o), name);
    }

    private static BlobContainerClient CreateContainer(StorageOptions o, ReminderOptions r, AzuriteConnection azurite)
    {
        var name = Name(o, r.LeaseContainer);
        return string.IsNullOrWhiteSpace(o.ConnectionString) && !string.IsNullOrWhiteSpace(o.AccountName)
            ? new BlobContainerClient(new Uri($"https://{o.AccountName}.blob.core.windows.net/{name}"), StorageCredential.For(o))
            : new BlobContainerClient(azurite.ResolveConnectionString(o), name);
    }
}
