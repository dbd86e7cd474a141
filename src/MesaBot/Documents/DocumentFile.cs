namespace MesaBot.Documents;

/// <summary>A finished Office document: its file name, media type and bytes, which never change once built.</summary>
public sealed record DocumentFile(string FileName, string ContentType, byte[] Content)
{
    public const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>: what the audit log keeps for an approved acta.</summary>
    public string Sha256 => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Content));
}
