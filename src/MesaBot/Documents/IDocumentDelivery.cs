namespace MesaBot.Documents;

/// <summary>
/// Keeps a built document and gives the mesa a link to it: in a channel with Graph configured, the file is
/// uploaded to the channel's Files folder; otherwise the host serves the stored bytes behind a signed link
/// that expires. Stored bytes are immutable: the same stored name always serves the same bytes, which is
/// what lets an approved acta stay exactly as approved.
/// </summary>
public interface IDocumentDelivery
{
    Task<DeliveredDocument> DeliverAsync(DocumentFile file, DocumentPlace place, CancellationToken cancellationToken);

    /// <summary>
    /// A fresh signed link to stored bytes delivered before (a refreshed card; the old link may have expired). Always
    /// to the stored copy, never to the channel's: that one can be edited in SharePoint, the stored bytes cannot.
    /// </summary>
    Task<Uri> LinkAsync(string storedName, CancellationToken cancellationToken);
}

/// <summary>
/// Where a document belongs: the mesa, and the Teams channel when it was asked for in one. <c>TeamId</c> is the
/// team's Entra group id (<c>channelData.team.aadGroupId</c>), the id Graph names teams by, not the "19:…" thread
/// id; without both ids the document is linked behind a signed link instead of the channel's Files folder.
/// </summary>
public sealed record DocumentPlace(string TenantId, string MesaId, string? TeamId = null, string? ChannelId = null);

/// <summary>A delivered document: where its bytes are kept (<see cref="StoredName"/>), their hash and size, and a link to open it.</summary>
public sealed record DeliveredDocument(string StoredName, string Sha256, long Size, Uri Link);
