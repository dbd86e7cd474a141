using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace MesaBot.Storage;

/// <summary>
/// The one storage account client, handing out one shared <see cref="TableClient"/> per table. Every
/// store asks here, so the table prefix and the request counter apply everywhere.
/// </summary>
public sealed class TableStorage
{
    private readonly TableServiceClient _service;
    private readonly string _prefix;
    private readonly Dictionary<string, TableClient> _tables = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public TableStorage(IOptions<StorageOptions> options, RequestCountingPolicy counter, AzuriteConnection azurite)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(20);
        var o = options.Value;
        _service = string.IsNullOrWhiteSpace(o.ConnectionString) && !string.IsNullOrWhiteSpace(o.AccountName)
            ? new TableServiceClient(new Uri($"https://{o.AccountName}.table.core.windows.net"), StorageCredential.For(o), clientOptions)
            : new TableServiceClient(azurite.ResolveConnectionString(o), clientOptions);
        _prefix = options.Value.TablePrefix;
    }

    public TableClient Table(string name)
    {
        lock (_gate)
        {
            if (!_tables.TryGetValue(name, out var client))
            {
                client = _service.GetTableClient(_prefix + name);
                _tables[name] = client;
            }

            return client;
        }
    }

    public async Task CreateTablesAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        foreach (var name in names)
        {
            await Table(name).CreateIfNotExistsAsync(cancellationToken);
        }
    }

    public Task<Azure.Response<Azure.Data.Tables.Models.TableServiceProperties>> PingAsync(CancellationToken cancellationToken) =>
        _service.GetPropertiesAsync(cancellationToken);
}

/// <summary>A table some store needs; every registered one is created at start-up.</summary>
public sealed record RequiredTable(string Name);
