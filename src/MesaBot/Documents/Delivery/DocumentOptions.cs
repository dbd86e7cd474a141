namespace MesaBot.Documents.Delivery;

/// <summary>The "Documents" configuration section: where built documents are kept and how their links are signed.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>The HMAC key of the download links (at least 32 characters). Required outside Development; generated at start there.</summary>
    public string? LinkSigningKey { get; set; }

    /// <summary>How long a download link opens the document; a refreshed card signs a new one.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// The host's public address for the links ("https://mesabot.mop.gob.cl"). Unset: the address the current
    /// request arrived at, which for a turn is the bot's messaging endpoint as Teams calls it.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The blob container (with the storage table prefix, lower-cased, in front).</summary>
    public string Container { get; set; } = "documents";

    public const int MinimumKeyLength = 32;
}
