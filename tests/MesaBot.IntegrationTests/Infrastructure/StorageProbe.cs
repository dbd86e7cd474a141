using Azure.Data.Tables;

namespace MesaBot.IntegrationTests.Infrastructure;

/// <summary>Reads the host's tables directly, to check what a request did or did not leave behind.</summary>
public static class StorageProbe
{
    public static async Task<int> CountAsync(string tablePrefix, string table)
    {
        var client = new TableServiceClient(SharedAzurite.ConnectionString).GetTableClient(tablePrefix + table);
        var count = 0;
        try
        {
            await foreach (var _ in client.QueryAsync<TableEntity>(select: ["RowKey"]))
            {
                count++;
            }
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return 0;
        }

        return count;
    }
}
