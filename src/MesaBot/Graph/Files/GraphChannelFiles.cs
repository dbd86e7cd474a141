using Microsoft.Graph;
using Microsoft.Extensions.Logging;

namespace MesaBot.Graph;

/// <summary>
/// GET /teams/{team}/channels/{channel}/filesFolder for the folder's drive and item id, then
/// PUT /drives/{drive}/items/{folder}:/{name}:/content (the simple upload, for files under 4 MB — an acta or a
/// workbook is a few dozen KB). Least privilege: Sites.Selected granted write on the team's site (docs/graph.md).
/// </summary>
internal sealed partial class GraphChannelFiles(GraphClientProvider clients, ILogger<GraphChannelFiles> logger) : IChannelFiles
{
    /// <summary>The simple upload's limit; larger files would need an upload session.</summary>
    public const int MaxSimpleUpload = 4 * 1024 * 1024;

    public async Task<ChannelFileResult> UploadAsync(string teamId, string channelId, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        if (content.Length >= MaxSimpleUpload)
        {
            return new ChannelFileResult(null, new GraphFailure(413, "fileTooLarge", $"{content.Length} bytes is over the simple upload's 4 MB."));
        }

        var client = clients.Create();
        var operation = "GET /teams/{id}/channels/{id}/filesFolder";
        try
        {
            var folder = await client.Teams[teamId].Channels[channelId].FilesFolder.GetAsync(cancellationToken: cancellationToken);
            if (folder?.ParentReference?.DriveId is not { } driveId || folder.Id is not { } folderId)
            {
                return new ChannelFileResult(null, new GraphFailure(404, "folderNotProvisioned", "The channel's Files folder has no drive yet."));
            }

            operation = "PUT /drives/{id}/items/{id}:/{name}:/content";
            using var stream = new MemoryStream(content, writable: false);
            var item = await client.Drives[driveId].Items[folderId].ItemWithPath(fileName).Content.PutAsync(stream, cancellationToken: cancellationToken);
            if (item?.WebUrl is not { } webUrl || !Uri.TryCreate(webUrl, UriKind.Absolute, out var link))
            {
                return new ChannelFileResult(null, new GraphFailure(502, "noWebUrl", "The upload answered without a webUrl."));
            }

            Log.Uploaded(logger, fileName, content.Length, teamId, channelId);
            return new ChannelFileResult(link);
        }
        catch (Exception error) when (GraphFailure.IsGraphError(error, cancellationToken))
        {
            return new ChannelFileResult(null, GraphLog.Failed(logger, operation, error));
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7060, Level = LogLevel.Information, Message = "Uploaded {FileName} ({Size} bytes) to the Files folder of channel {ChannelId} in team {TeamId}")]
        public static partial void Uploaded(ILogger logger, string fileName, int size, string teamId, string channelId);
    }
}
