namespace MesaBot.Graph;

/// <summary>A channel's Files folder (the SharePoint folder behind the channel's "Files" tab).</summary>
public interface IChannelFiles
{
    /// <summary>Writes the file into the folder (replacing one of the same name) and returns its web address, or why it could not.</summary>
    Task<ChannelFileResult> UploadAsync(string teamId, string channelId, string fileName, byte[] content, CancellationToken cancellationToken);
}

/// <summary>The uploaded file's <see cref="WebUrl"/>, or null with the <see cref="Failure"/> (null too when Graph is off).</summary>
public sealed record ChannelFileResult(Uri? WebUrl, GraphFailure? Failure = null)
{
    public static readonly ChannelFileResult NotConfigured = new(WebUrl: null);
}
