namespace MesaBot.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Azure Storage connection string; when it and AccountName are empty in Development, a local Azurite is started.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>In Azure: the storage account, reached with a managed identity instead of a shared key.</summary>
    public string? AccountName { get; set; }

    /// <summary>Client id of the user-assigned managed identity; empty uses DefaultAzureCredential.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(AccountName);

    /// <summary>Prefix for every table name (letters and digits): lets tests and environments share one account.</summary>
    public string TablePrefix { get; set; } = string.Empty;

    public AzuriteOptions Azurite { get; set; } = new();
}

public sealed class AzuriteOptions
{
    public int BlobPort { get; set; } = 10000;
    public int QueuePort { get; set; } = 10001;
    public int TablePort { get; set; } = 10002;

    /// <summary>Where Azurite keeps its files; relative paths are under the repository root.</summary>
    public string DataDirectory { get; set; } = ".data/azurite";
}
