using MesaBot.Graph;
using Microsoft.Extensions.Logging;

namespace MesaBot.Documents.Delivery;

/// <summary>
/// Every document is first kept as an immutable blob; then, asked in a channel with Graph on, it is also
/// put in the channel's Files folder and the link is that file's. Anywhere else — or when the upload
/// fails, since the document exists either way — the link is a signed one to the stored bytes.
/// </summary>
public sealed partial class DocumentDelivery(DocumentBlobs blobs, DocumentLinks links, IChannelFiles channelFiles, ILogger<DocumentDelivery> logger)
    : IDocumentDelivery
{
    public async Task<DeliveredDocument> DeliverAsync(DocumentFile file, DocumentPlace place, CancellationToken cancellationToken)
    {
        var storedName = DocumentBlobs.StoredName(place, file);
        await blobs.StoreAsync(storedName, file, cancellationToken);
        var link = await ChannelLinkAsync(file, place, cancellationToken) ?? links.Sign(storedName);
        return new DeliveredDocument(storedName, file.Sha256, file.Content.Length, link);
    }

    public Task<Uri> LinkAsync(string storedName, CancellationToken cancellationToken) => Task.FromResult(links.Sign(storedName));

    private async Task<Uri?> ChannelLinkAsync(DocumentFile file, DocumentPlace place, CancellationToken cancellationToken)
    {
        if (place is not { TeamId: { Length: > 0 } teamId, ChannelId: { Length: > 0 } channelId })
        {
            return null;
        }

        var uploaded = await channelFiles.UploadAsync(teamId, channelId, DocumentFileNames.SafeFileName(file.FileName), file.Content, cancellationToken);
        if (uploaded.WebUrl is null && uploaded.Failure is { } failure)
        {
            Log.ChannelUploadFailed(logger, file.FileName, failure.Status, failure.Code);
        }

        return uploaded.WebUrl;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "{FileName} could not go to the channel's Files folder ({Status} {Code}); answering with a signed link instead")]
        public static partial void ChannelUploadFailed(ILogger logger, string fileName, int status, string? code);
    }
}
